/** The complex object: two JS numbers. */
import { PyObject } from "./object.ts";
import { makeBuiltinType } from "./core_types.ts";
import type { PyType } from "./type.ts";

export const complexType = makeBuiltinType("complex");

export class PyComplex extends PyObject {
  constructor(readonly real: number, readonly imag: number, cls: PyType = complexType) {
    super(cls);
  }
}
