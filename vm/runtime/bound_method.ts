/** Bound methods (`method` type): a function and the instance it was read from. */
import { PyObject, type PyValue } from "../objects/object.ts";
import { makeBuiltinType } from "../objects/core_types.ts";

export const methodType = makeBuiltinType("method", undefined, { subclassable: false });

export class PyBoundMethod extends PyObject {
  constructor(readonly func: PyValue, readonly self: PyValue) {
    super(methodType);
  }
}
