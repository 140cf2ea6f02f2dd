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
 */
import type { PyValue } from "./object.ts";
import type { PyType } from "./type.ts";
import type { PyDict } from "./dict.ts";

export class InstanceMap {
  /** Number of attributes (and used slots) described by this map. */
  readonly size: number;
  private readonly transitions = new Map<string, InstanceMap>();
  private index: Map<string, number> | null = null;

  private constructor(
    /** The class whose instances use this map tree. */
    readonly owner: PyType,
    readonly parent: InstanceMap | null,
    /** The attribute this map added to its parent's (null for the root). */
    readonly attribute: string | null,
    /** Dictionary mode: slot 0 holds the instance's dict. */
    readonly isDictionary = false,
  ) {
    this.size = parent === null ? 0 : parent.size + 1;
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

  /** The map after adding `name` (which must not be present). */
  withAttribute(name: string): InstanceMap {
    let next = this.transitions.get(name);
    if (next === undefined) {
      next = new InstanceMap(this.owner, this, name);
      this.transitions.set(name, next);
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

/** Instance storage as used by instances of user classes: a map and its slots. */
export interface MappedStorage {
  map: InstanceMap;
  slots: PyValue[];
}

export function getMappedAttribute(storage: MappedStorage, name: string): PyValue | undefined {
  if (storage.map.isDictionary) return (storage.slots[0] as PyDict).get(name);
  const index = storage.map.indexOf(name);
  return index < 0 ? undefined : storage.slots[index];
}

export function setMappedAttribute(storage: MappedStorage, name: string, value: PyValue): void {
  if (storage.map.isDictionary) {
    (storage.slots[0] as PyDict).set(name, value);
    return;
  }
  const index = storage.map.indexOf(name);
  if (index >= 0) {
    storage.slots[index] = value;
    return;
  }
  storage.map = storage.map.withAttribute(name);
  storage.slots.push(value);
}

/** Remove `name`; false when it was not set. */
export function deleteMappedAttribute(storage: MappedStorage, name: string): boolean {
  if (storage.map.isDictionary) return (storage.slots[0] as PyDict).delete(name);
  const index = storage.map.indexOf(name);
  if (index < 0) return false;
  const names = storage.map.attributes();
  let map = storage.map.rootMap();
  const slots: PyValue[] = [];
  for (let i = 0; i < names.length; i++) {
    if (i === index) continue;
    map = map.withAttribute(names[i]);
    slots.push(storage.slots[i]);
  }
  storage.map = map;
  storage.slots = slots;
  return true;
}
