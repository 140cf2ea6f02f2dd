/**
 * Maps (hidden classes, PyPy's "mapdict") for instance attributes.
 *
 * An instance of a user class does not own a dictionary. It holds a `map` and a
 * `slots` array; the map says which attribute lives in which slot. Maps form a
 * transition tree: each class has a root map (no attributes) and adding
 * attribute `a` to an instance whose map is M moves it to M's child for `a`,
 * created once and then shared. So every instance whose attributes were added
 * in the same order shares one map, and `slots` is a dense array.
 *
 * Why: a compiled trace reading `p.x` guards `p.map === M` and then loads
 * `p.slots[i]` with `i` a constant — no hashing. The root belongs to one class,
 * so the map guard also proves the class.
 *
 * Deleting an attribute rebuilds the instance's map from the root without it
 * (PyPy does the same); the common paths, reading and assigning an existing
 * attribute, never allocate. When `__dict__` is asked for, the instance moves
 * to dictionary mode for good: its map becomes the class's dictionary map and
 * its only slot holds a real dict, which is then the one truth (so changes
 * through `obj.__dict__` and through attribute access see each other).
 *
 * Unboxed float attributes (PyPy's "unboxed plain attributes"): an attribute
 * first added to a `PyInstance` with an exact float value gets a map whose
 * entry for it is float-kind. Its value lives as a raw double in the
 * instance's `floats` array, at the map's float index for that slot, so a
 * compiled trace reads and writes `p.floats[j]` with no `PyFloat` allocated
 * (n-body's velocity updates allocate nothing). The slot itself holds the
 * `PyFloat` box of that value, or `undefined` when none has been made since
 * the last unboxed store: the first generic read makes one and keeps it, so
 * `p.x is p.x` holds, and a float stored by the interpreter is the object read
 * back, as in CPython. Storing anything but an exact float into a float-kind
 * attribute re-lays the instance out with that attribute generic, and marks
 * the float-kind transition demoted, so instances created afterwards store
 * that attribute boxed from the start (no relayout per instance).
 */
import { PyObject, type PyValue } from "./object.ts";
import type { PyType } from "./type.ts";
import type { PyDict } from "./dict.ts";

/**
 * The exact float type and its box, registered by float.ts (which cannot be
 * imported here: type.ts needs this module before float.ts can load).
 */
const floatBoxes = {
  type: null as PyType | null,
  box: (_value: number): PyValue => {
    throw new Error("float boxes used before float.ts registered them");
  },
};

export function registerFloatBoxes(type: PyType, box: (value: number) => PyValue): void {
  floatBoxes.type = type;
  floatBoxes.box = box;
}

/** Whether `value` is an exact float (a `PyFloat` whose class is `float`). */
export function isExactFloat(value: PyValue): value is PyObject & { value: number } {
  return value instanceof PyObject && value.cls === floatBoxes.type;
}

export class InstanceMap {
  /** Number of attributes (and used slots) described by this map. */
  readonly size: number;
  /** Float-kind attributes in this map (the length `floats` needs). */
  readonly floatCount: number;
  /** Set once an instance left this (float-kind) map because a non-float was stored. */
  demoted = false;
  private readonly transitions = new Map<string, InstanceMap>();
  private readonly floatTransitions = new Map<string, InstanceMap>();
  private index: Map<string, number> | null = null;
  private floatIndexes: Int32Array | null = null;

  private constructor(
    /** The class whose instances use this map tree. */
    readonly owner: PyType,
    readonly parent: InstanceMap | null,
    /** The attribute this map added to its parent's (null for the root). */
    readonly attribute: string | null,
    /** Dictionary mode: slot 0 holds the instance's dict. */
    readonly isDictionary = false,
    /** Whether the attribute this map added is float-kind (stored unboxed). */
    readonly unboxed = false,
  ) {
    this.size = parent === null ? 0 : parent.size + 1;
    this.floatCount = (parent === null ? 0 : parent.floatCount) + (unboxed ? 1 : 0);
  }

  static root(owner: PyType): InstanceMap {
    return new InstanceMap(owner, null, null);
  }

  static dictionary(owner: PyType): InstanceMap {
    return new InstanceMap(owner, null, null, true);
  }

  /** Slot of `name`, or -1. */
  indexOf(name: string): number {
    let index = this.index;
    if (index === null) {
      index = new Map();
      for (
        let map: InstanceMap | null = this;
        map !== null && map.attribute !== null;
        map = map.parent
      ) {
        index.set(map.attribute, map.size - 1);
      }
      this.index = index;
    }
    return index.get(name) ?? -1;
  }

  /**
   * The float index of slot `slot` (where an instance keeps its value in
   * `floats`), or -1 when the attribute there is stored boxed.
   */
  floatIndex(slot: number): number {
    if (this.floatCount === 0) return -1;
    let indexes = this.floatIndexes;
    if (indexes === null) {
      indexes = new Int32Array(this.size).fill(-1);
      for (
        let map: InstanceMap | null = this;
        map !== null && map.parent !== null;
        map = map.parent
      ) {
        if (map.unboxed) indexes[map.size - 1] = map.floatCount - 1;
      }
      this.floatIndexes = indexes;
    }
    return indexes[slot];
  }

  /**
   * The map after adding `name` (which must not be present), float-kind when
   * `unboxed` asks for it and that transition has not been demoted.
   */
  withAttribute(name: string, unboxed = false): InstanceMap {
    if (unboxed) {
      const float = this.floatChild(name);
      if (!float.demoted) return float;
    }
    let next = this.transitions.get(name);
    if (next === undefined) {
      next = new InstanceMap(this.owner, this, name);
      this.transitions.set(name, next);
    }
    return next;
  }

  /** The float-kind map after adding `name`, demoted or not (relayouts keep kinds). */
  floatChild(name: string): InstanceMap {
    let next = this.floatTransitions.get(name);
    if (next === undefined) {
      next = new InstanceMap(this.owner, this, name, false, true);
      this.floatTransitions.set(name, next);
    }
    return next;
  }

  /** Attribute names in slot order (also `__dict__` order: insertion order). */
  attributes(): string[] {
    const names: string[] = new Array(this.size);
    for (
      let map: InstanceMap | null = this;
      map !== null && map.attribute !== null;
      map = map.parent
    ) {
      names[map.size - 1] = map.attribute;
    }
    return names;
  }

  /** The root of this tree, i.e. the map of an instance with no attributes. */
  rootMap(): InstanceMap {
    let map: InstanceMap = this;
    while (map.parent !== null) map = map.parent;
    return map;
  }
}

/**
 * Instance storage as used by instances of user classes: a map and its slots.
 * Storage that declares `floats` (instances of user classes) may get
 * float-kind attributes; other storage (functions, exceptions, boxed
 * builtins) never does.
 */
export interface MappedStorage {
  map: InstanceMap;
  slots: (PyValue | undefined)[];
  floats?: Float64Array | null;
}

/** The value in slot `index`: boxes an unboxed float on its first read and keeps the box. */
export function slotValue(storage: MappedStorage, index: number): PyValue {
  const value = storage.slots[index];
  if (value !== undefined) return value;
  const box = floatBoxes.box(storage.floats![storage.map.floatIndex(index)]);
  storage.slots[index] = box;
  return box;
}

/** Assigns the existing slot `index` (generalising a float-kind one that gets a non-float). */
export function setSlot(storage: MappedStorage, index: number, value: PyValue): void {
  const floatIndex = storage.map.floatIndex(index);
  if (floatIndex >= 0) {
    if (!isExactFloat(value)) {
      relayout(storage, -1, index);
      storage.slots[index] = value;
      return;
    }
    storage.floats![floatIndex] = value.value;
  }
  storage.slots[index] = value;
}

/** Adds `value` in a new slot, moving the storage to `map`, the map that adds it. */
export function addSlot(storage: MappedStorage, map: InstanceMap, value: PyValue): void {
  if (map.unboxed) {
    if (!isExactFloat(value)) {
      storage.map = map.parent!.withAttribute(map.attribute!);
      storage.slots.push(value);
      return;
    }
    setFloatCapacity(storage, map.floatCount);
    storage.floats![map.floatCount - 1] = value.value;
  }
  storage.map = map;
  storage.slots.push(value);
}

/**
 * The store of a compiled trace into an unboxed attribute: the raw value,
 * and the slot's box dropped (the next generic read makes a new one).
 */
export function addUnboxedSlot(storage: MappedStorage, map: InstanceMap, value: number): void {
  setFloatCapacity(storage, map.floatCount);
  storage.floats![map.floatCount - 1] = value;
  storage.map = map;
  storage.slots.push(undefined);
}

function setFloatCapacity(storage: MappedStorage, count: number): void {
  const floats = storage.floats;
  if (floats !== null && floats !== undefined && floats.length >= count) return;
  const grown = new Float64Array(Math.max(4, count, (floats?.length ?? 0) * 2));
  if (floats) grown.set(floats);
  storage.floats = grown;
}

/** Whether a new attribute with this value would be stored unboxed in this storage. */
export function wantsUnboxed(storage: MappedStorage, value: PyValue): boolean {
  return storage.floats !== undefined && isExactFloat(value);
}

export function getMappedAttribute(storage: MappedStorage, name: string): PyValue | undefined {
  if (storage.map.isDictionary) return (storage.slots[0] as PyDict).get(name);
  const index = storage.map.indexOf(name);
  return index < 0 ? undefined : slotValue(storage, index);
}

export function setMappedAttribute(storage: MappedStorage, name: string, value: PyValue): void {
  if (storage.map.isDictionary) {
    (storage.slots[0] as PyDict).set(name, value);
    return;
  }
  const index = storage.map.indexOf(name);
  if (index >= 0) {
    setSlot(storage, index, value);
    return;
  }
  addSlot(storage, storage.map.withAttribute(name, wantsUnboxed(storage, value)), value);
}

/** Remove `name`; false when it was not set. */
export function deleteMappedAttribute(storage: MappedStorage, name: string): boolean {
  if (storage.map.isDictionary) return (storage.slots[0] as PyDict).delete(name);
  const index = storage.map.indexOf(name);
  if (index < 0) return false;
  relayout(storage, index, -1);
  return true;
}

/**
 * Rebuilds the storage's map from the root: without slot `skip`, and with
 * slot `generalise` stored boxed (its float-kind transition demoted). Every
 * other attribute keeps its kind; values keep their boxes.
 */
function relayout(storage: MappedStorage, skip: number, generalise: number): void {
  const old = storage.map;
  const names = old.attributes();
  const values = names.map((_, i) => slotValue(storage, i));
  const kinds: boolean[] = [];
  for (let map: InstanceMap | null = old; map !== null && map.parent !== null; map = map.parent) {
    kinds[map.size - 1] = map.unboxed;
    if (map.size - 1 === generalise) map.demoted = true;
  }
  let map = old.rootMap();
  const slots: PyValue[] = [];
  const floats: number[] = [];
  for (let i = 0; i < names.length; i++) {
    if (i === skip) continue;
    const unboxed = kinds[i] && i !== generalise;
    map = unboxed ? map.floatChild(names[i]) : map.withAttribute(names[i]);
    slots.push(values[i]);
    if (unboxed) floats.push((values[i] as PyObject & { value: number }).value);
  }
  storage.map = map;
  storage.slots = slots;
  if (storage.floats !== undefined) {
    storage.floats = floats.length === 0 ? null : Float64Array.from(floats);
  }
}
