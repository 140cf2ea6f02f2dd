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
  /** Attribute values by slot; `undefined` in a float-kind slot not boxed yet (instance_map.ts). */
  slots: (PyValue | undefined)[];
  /** Raw values of float-kind attributes (instance_map.ts); null until there is one. */
  floats: Float64Array | null = null;
  /** Values of `__slots__` members (member.ts); null until one is assigned. */
  members: PyValue[] | null = null;
  /** (`map` and `slots` given: an instance made in its state at once, jit/materialize.ts.) */
  constructor(cls: PyType, map?: InstanceMap, slots?: (PyValue | undefined)[]) {
    super(cls);
    this.map = map ?? cls.rootMap();
    this.slots = slots ?? [];
  }
}

/**
 * Attribute storage of a boxed builtin value of a Python subclass (`class
 * P(tuple)`, a `PyFloat` of `class F(float)`, ...), kept in a side object
 * (the `instanceStorage` field) because the builtin's own fields may use the
 * names `map` and `slots` (PyDict does). Exact builtin instances never get
 * the field, so their JS shape is unchanged.
 */
export class BoxedStorage implements MappedStorage {
  slots: PyValue[] = [];
  members: PyValue[] | null = null;
  constructor(public map: InstanceMap) {}
}

export interface HasBoxedStorage {
  instanceStorage?: BoxedStorage;
}

/** Attach a `BoxedStorage` to a fresh builtin value whose class is a Python subclass. */
export function withInstanceStorage(value: PyValue, cls: PyType): PyValue {
  if (
    value instanceof PyObject && value.cls === cls && cls.isHeapType &&
    !(value instanceof PyInstance) && (value as Partial<MappedStorage>).map === undefined
  ) {
    (value as HasBoxedStorage).instanceStorage ??= new BoxedStorage(cls.rootMap());
  }
  return value;
}

/** Where `__slots__` members of `value` live: the instance itself or its boxed storage. */
export function memberStorage(value: PyValue): { members?: PyValue[] | null } {
  return (value as HasBoxedStorage).instanceStorage ?? value as { members?: PyValue[] | null };
}
