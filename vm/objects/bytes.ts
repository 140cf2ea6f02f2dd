/** The bytes object: an immutable byte string. */
import { PyObject } from "./object.ts";
import { makeBuiltinType } from "./core_types.ts";
import type { PyType } from "./type.ts";

export const bytesType = makeBuiltinType("bytes");

export class PyBytes extends PyObject {
  constructor(readonly bytes: Uint8Array, cls: PyType = bytesType) {
    super(cls);
  }
}
