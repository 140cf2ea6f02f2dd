/** The float object: a boxed JS number (see docs/ARCHITECTURE.md, values). */
import { PyObject } from "./object.ts";
import { makeBuiltinType } from "./core_types.ts";
import type { PyType } from "./type.ts";
import { registerFloatBoxes } from "./instance_map.ts";

export const floatType = makeBuiltinType("float");

export class PyFloat extends PyObject {
  constructor(readonly value: number, cls: PyType = floatType) {
    super(cls);
  }
}

registerFloatBoxes(floatType, (value) => new PyFloat(value));
