/** The tuple object: an immutable array of values. */
import { PyObject, type PyValue } from "./object.ts";
import { makeBuiltinType } from "./core_types.ts";
import type { PyType } from "./type.ts";

export const tupleType = makeBuiltinType("tuple");

export class PyTuple extends PyObject {
  constructor(readonly items: readonly PyValue[], cls: PyType = tupleType) {
    super(cls);
  }
}

export const EMPTY_TUPLE = new PyTuple([]);

export function newTuple(items: readonly PyValue[]): PyTuple {
  return items.length === 0 ? EMPTY_TUPLE : new PyTuple(items);
}
