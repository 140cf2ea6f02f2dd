/** `classmethod`, `staticmethod` and `property`: the builtin descriptor types. */
import { PyObject, type PyValue } from "./object.ts";
import { makeBuiltinType } from "./core_types.ts";
import type { PyType } from "./type.ts";
import type { InstanceMap, MappedStorage } from "./instance_map.ts";

export const classmethodType = makeBuiltinType("classmethod");
export const staticmethodType = makeBuiltinType("staticmethod");
export const propertyType = makeBuiltinType("property");

/**
 * classmethod and staticmethod objects have a `__dict__` (their constructors
 * copy the wrapped callable's `__name__`, `__doc__`, ... into it, as
 * functools.wraps does), so they keep attributes like a user instance.
 */
export class PyClassMethod extends PyObject implements MappedStorage {
  map: InstanceMap;
  slots: PyValue[] = [];
  constructor(public func: PyValue, cls: PyType = classmethodType) {
    super(cls);
    this.map = cls.rootMap();
  }
}

export class PyStaticMethod extends PyObject implements MappedStorage {
  map: InstanceMap;
  slots: PyValue[] = [];
  constructor(public func: PyValue, cls: PyType = staticmethodType) {
    super(cls);
    this.map = cls.rootMap();
  }
}

export class PyProperty extends PyObject {
  /** The attribute name `__set_name__` gave it, for error messages (CPython's prop_name). */
  name: PyValue | undefined = undefined;
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
