/**
 * The list object. Storage is a plain JS array of values for now; PyPy-style
 * list strategies (unboxed int and float storage) come with the JIT work.
 */
import { PyObject, type PyValue } from "./object.ts";
import { makeBuiltinType } from "./core_types.ts";
import type { PyType } from "./type.ts";

export const listType = makeBuiltinType("list");

export class PyList extends PyObject {
  constructor(public items: PyValue[], cls: PyType = listType) {
    super(cls);
  }
}
