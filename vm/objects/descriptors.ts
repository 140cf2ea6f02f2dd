/** `classmethod`, `staticmethod` and `property`: the builtin descriptor types. */
import { PyObject, type PyValue } from "./object.ts";
import { makeBuiltinType } from "./core_types.ts";
import type { PyType } from "./type.ts";

export const classmethodType = makeBuiltinType("classmethod");
export const staticmethodType = makeBuiltinType("staticmethod");
export const propertyType = makeBuiltinType("property");

export class PyClassMethod extends PyObject {
  constructor(public func: PyValue, cls: PyType = classmethodType) {
    super(cls);
  }
}

export class PyStaticMethod extends PyObject {
  constructor(public func: PyValue, cls: PyType = staticmethodType) {
    super(cls);
  }
}

export class PyProperty extends PyObject {
  constructor(
    public fget: PyValue,
    public fset: PyValue,
    public fdel: PyValue,
    public doc: PyValue,
    cls: PyType = propertyType,
  ) {
    super(cls);
  }
}
