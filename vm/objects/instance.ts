/**
 * Instances of user-defined classes (and of builtin classes that keep no
 * native state of their own, such as `object()`): a class, a map and slots.
 * All of them share this one JS shape, which keeps attribute access in compiled
 * traces monomorphic.
 */
import { PyObject, type PyValue } from "./object.ts";
import type { InstanceMap, MappedStorage } from "./instance_map.ts";
import type { PyType } from "./type.ts";

export class PyInstance extends PyObject implements MappedStorage {
  map: InstanceMap;
  slots: PyValue[] = [];
  constructor(cls: PyType) {
    super(cls);
    this.map = cls.rootMap();
  }
}
