/**
 * Per-instruction inline caches for the interpreter: LOAD_ATTR, STORE_ATTR,
 * LOAD_METHOD and LOAD_GLOBAL remember what the last execution found and, when
 * the same shapes come by again, skip the generic lookup.
 *
 * Every entry is keyed by what makes the answer valid, so a hit needs no
 * further checking:
 * - attribute entries by the receiver's class, that class's `version` (which
 *   changes whenever a lookup through the class could answer differently: an
 *   attribute of it or of any base assigned or deleted, `__bases__` assigned)
 *   and the receiver's instance map (which fixes the slot of each attribute).
 *   They are only made when the class uses object's own `__getattribute__` /
 *   `__setattr__` and the class attribute of that name is absent or a plain
 *   function, i.e. not a data descriptor that could take precedence;
 * - global entries by the position of the name's entry in the globals dict
 *   (checked by the key still there), or for builtins by the globals dict's
 *   `version` (every mutation bumps it) and the builtin's entry position;
 * - a LOAD_METHOD of a class object (`Base.__init__(self, ...)`) by the class
 *   and its version, when its metaclass is `type` and the attribute a plain
 *   function or a builtin method descriptor (a class hands both out as they
 *   are) that no data descriptor of `type` hides.
 * The eval loop checks a site's newest entry inline; the miss functions here
 * then try the site's older entries (up to POLYMORPHIC_LIMIT receiver shapes,
 * as a polymorphic inline cache), and only then the generic path
 * (attributes.ts, namespace.ts), whose answer becomes the newest entry.
 *
 * The caches live on the code object (`RuntimeCode`, with the constants as
 * the eval loop pushes them), indexed by instruction: they are the same
 * guards the JIT's traces will use (type version, map, dict version).
 */
import type { PyObject, PyValue } from "../objects/object.ts";
import { PyObject as PyObjectClass } from "../objects/object.ts";
import { PyGetSetDescriptor } from "../objects/getset.ts";
import type { PyType } from "../objects/type.ts";
import { PyType as PyTypeClass } from "../objects/type.ts";
import { typeOf } from "../objects/typeof.ts";
import { PyFunction } from "../objects/function.ts";
import { PyMethodDescriptor } from "../objects/native_function.ts";
import {
  addSlot,
  type InstanceMap,
  type MappedStorage,
  setSlot,
  slotValue,
} from "../objects/instance_map.ts";
import type { PyDict } from "../objects/dict.ts";
import { objectType, typeType } from "../objects/core_types.ts";
import { PyModule } from "./module.ts";
import {
  attributeStorage,
  getAttribute,
  isDataDescriptor,
  loadMethod,
  methodFound,
  objectGetAttribute,
  setAttribute,
} from "./attributes.ts";
import { loadGlobal } from "./namespace.ts";
import { PyInstance } from "../objects/instance.ts";
import { PyMemberDescriptor } from "../objects/member.ts";
import type { Frame } from "./frame.ts";

/** How many receiver shapes an attribute or method site remembers. */
const POLYMORPHIC_LIMIT = 4;

/**
 * An instance attribute found in slot `index` of instances with map `map`;
 * `floatIndex` >= 0 when that attribute is float-kind (instance_map.ts), so
 * its loads may have to box and its stores go through `setSlot`.
 */
export class SlotEntry {
  readonly floatIndex: number;
  constructor(
    readonly type: PyType,
    readonly version: number,
    readonly map: InstanceMap,
    readonly index: number,
    /** The site's older entry, for another receiver shape. */
    readonly next: SlotEntry | null,
    /**
     * For a STORE_ATTR that adds the attribute: the map before the addition
     * (whose child for the name is `map`); null otherwise.
     */
    readonly addsFrom: InstanceMap | null = null,
  ) {
    this.floatIndex = map.floatIndex(index);
  }
}

/**
 * A `__slots__` member (member.ts) of plain instances of `type`: the value
 * is `members[index]`. One shape per site; it never displaces a chain of
 * slot entries (a site that also sees instances with maps keeps those).
 */
export class MemberEntry {
  constructor(
    readonly type: PyType,
    readonly version: number,
    readonly index: number,
  ) {}
}

/** The member entry's index for `obj`, or -1 (not a plain instance of the entry's class now). */
function memberIndex(entry: CacheEntry, obj: PyValue): number {
  if (
    !(entry instanceof MemberEntry) || !(obj instanceof PyInstance) || obj.cls !== entry.type ||
    entry.type.version !== entry.version
  ) {
    return -1;
  }
  return entry.index;
}

/** After a generic access to `obj.name`: an entry for it when it was a `__slots__` member. */
function rememberMember(
  caches: CacheEntry[],
  at: number,
  obj: PyValue,
  name: string,
  generic: (type: PyType) => boolean,
): void {
  if (!(obj instanceof PyInstance) || caches[at] instanceof SlotEntry) return;
  const type = obj.cls;
  const descriptor = type.lookup(name);
  if (descriptor instanceof PyMemberDescriptor && generic(type)) {
    caches[at] = new MemberEntry(type, type.version, descriptor.index);
  }
}

/** A method found on the class; `map` null when receivers have no attributes of their own. */
export class MethodEntry {
  constructor(
    readonly type: PyType,
    readonly version: number,
    readonly map: InstanceMap | null,
    readonly method: PyValue,
    readonly next: MethodEntry | null,
  ) {}
}

/**
 * LOAD_ATTR's answer through a builtin computed attribute (a getset data
 * descriptor: an exception's `__context__`, `__cause__`, `args`), by the
 * receiver's class and version when the class uses the generic
 * `__getattribute__` without `__getattr__`: the descriptor wins over the
 * instance's own attributes, so its getter is the answer.
 */
export class GetSetEntry {
  constructor(
    readonly type: PyType,
    readonly version: number,
    readonly descriptor: PyGetSetDescriptor,
  ) {}
}

/** Whether `type` has a data descriptor `name`, which a class's own attribute cannot hide. */
function metaDataDescriptor(name: string): boolean {
  const descriptor = typeType.lookup(name);
  return descriptor !== undefined && isDataDescriptor(descriptor);
}

/** LOAD_METHOD's answer for a class object itself as the receiver (see above). */
export class ClassAttributeEntry {
  constructor(
    readonly cls: PyType,
    readonly version: number,
    readonly value: PyValue,
  ) {}
}

/** The entries to keep behind a new one: the site's chain, or none once it is full. */
function older<E extends SlotEntry | MethodEntry>(
  entry: CacheEntry,
  kind: new (...a: never[]) => E,
): E | null {
  if (!(entry instanceof kind)) return null;
  let depth = 1;
  for (let e: E | null = entry; e !== null; e = e.next as E | null) {
    if (depth++ >= POLYMORPHIC_LIMIT) return null; // full: start again
  }
  return entry;
}

/** The entry of a slot chain that matches `obj`'s class, version and map, or null. */
function matchingSlot(entry: CacheEntry, obj: PyValue): SlotEntry | null {
  if (!(entry instanceof SlotEntry) || typeof obj !== "object" || obj === null) return null;
  const map = (obj as unknown as MappedStorage).map;
  for (let e: SlotEntry | null = entry; e !== null; e = e.next) {
    if (obj.cls === e.type && e.type.version === e.version && map === e.map) return e;
  }
  return null;
}

/**
 * A global found at `position` of the globals' entries (valid while the entry
 * there still has this name: keys are unique among live entries, and deleted
 * entries lose their key), or, with `position` -1, a builtin found at
 * `builtinsPosition` of the builtins' entries while the globals had no such
 * name (valid while the globals dict is unchanged).
 */
export class GlobalEntry {
  constructor(
    readonly globals: PyDict,
    readonly position: number,
    readonly globalsVersion: number,
    readonly builtins: PyDict,
    readonly builtinsPosition: number,
  ) {}
}

export type CacheEntry =
  | SlotEntry
  | MemberEntry
  | MethodEntry
  | GlobalEntry
  | ClassAttributeEntry
  | GetSetEntry
  | undefined;

/** Whether the class attribute `name` cannot shadow an instance attribute (no data descriptor). */
function plainClassAttribute(type: PyType, name: string): boolean {
  const attribute = type.lookup(name);
  return attribute === undefined || attribute instanceof PyFunction;
}

/** The receiver's own mapped storage when it is the object itself, not in dictionary mode. */
function ownMappedStorage(obj: PyValue): MappedStorage | null {
  if (typeof obj !== "object" || obj === null || obj instanceof PyTypeClass) return null;
  if (obj instanceof PyModule) return null;
  const storage = attributeStorage(obj);
  if (storage !== (obj as unknown as MappedStorage) || storage.map.isDictionary) return null;
  return storage;
}

export function usesGenericGetAttribute(type: PyType): boolean {
  return type.lookup("__getattribute__") === objectGetAttribute &&
    type.lookup("__getattr__") === undefined;
}

export function usesGenericSetAttribute(type: PyType): boolean {
  const hook = type.lookup("__setattr__");
  return hook instanceof PyMethodDescriptor && hook.owner === objectType;
}

/** LOAD_ATTR's miss path: the generic lookup, then an entry if the answer was an instance slot. */
export function loadAttrMiss(
  caches: CacheEntry[],
  at: number,
  obj: PyValue,
  name: string,
): PyValue {
  const entry = caches[at];
  if (
    entry instanceof GetSetEntry && obj instanceof PyObjectClass && obj.cls === entry.type &&
    entry.type.version === entry.version
  ) {
    return entry.descriptor.get(obj);
  }
  const hit = matchingSlot(entry, obj);
  if (hit !== null) return slotValue(obj as unknown as MappedStorage, hit.index);
  const member = memberIndex(caches[at], obj);
  if (member >= 0) {
    const value = (obj as PyInstance).members?.[member];
    if (value !== undefined) return value;
  }
  const value = getAttribute(obj, name);
  if (
    (entry === undefined || entry instanceof GetSetEntry) && obj instanceof PyObjectClass &&
    !(obj instanceof PyTypeClass) && !(obj instanceof PyModule)
  ) {
    const type = obj.cls;
    const descriptor = type.lookup(name);
    if (descriptor instanceof PyGetSetDescriptor && usesGenericGetAttribute(type)) {
      caches[at] = new GetSetEntry(type, type.version, descriptor);
      return value;
    }
  }
  if (member < 0) rememberMember(caches, at, obj, name, usesGenericGetAttribute);
  const storage = ownMappedStorage(obj);
  if (storage !== null) {
    const type = (obj as PyObject).cls;
    const index = storage.map.indexOf(name);
    if (index >= 0 && usesGenericGetAttribute(type) && plainClassAttribute(type, name)) {
      const chain = older(caches[at], SlotEntry);
      caches[at] = new SlotEntry(type, type.version, storage.map, index, chain);
    }
  }
  return value;
}

/** STORE_ATTR's miss path: the generic store, then an entry if it assigned an existing slot. */
export function storeAttrMiss(
  caches: CacheEntry[],
  at: number,
  obj: PyValue,
  name: string,
  value: PyValue,
): void {
  const entry = caches[at];
  const hit = matchingSlot(entry, obj);
  if (hit !== null) {
    setSlot(obj as unknown as MappedStorage, hit.index, value);
    return;
  }
  const member = memberIndex(entry, obj);
  if (member >= 0) {
    ((obj as PyInstance).members ??= [])[member] = value;
    return;
  }
  const adding = addingSlot(entry, obj);
  if (adding !== null) {
    addSlot(obj as unknown as MappedStorage, adding.map, value);
    return;
  }
  const before = ownMappedStorage(obj)?.map ?? null;
  setAttribute(obj, name, value);
  rememberMember(caches, at, obj, name, usesGenericSetAttribute);
  const storage = ownMappedStorage(obj);
  if (storage !== null) {
    const type = (obj as PyObject).cls;
    const index = storage.map.indexOf(name);
    if (index >= 0 && usesGenericSetAttribute(type) && plainClassAttribute(type, name)) {
      const added = before !== null && before !== storage.map && storage.map.parent === before;
      const chain = older(entry, SlotEntry);
      caches[at] = new SlotEntry(
        type,
        type.version,
        storage.map,
        index,
        chain,
        added ? before : null,
      );
    }
  }
}

/** The entry of a slot chain that adds the attribute to `obj`'s current map, or null. */
function addingSlot(entry: CacheEntry, obj: PyValue): SlotEntry | null {
  if (!(entry instanceof SlotEntry) || typeof obj !== "object" || obj === null) return null;
  const map = (obj as unknown as MappedStorage).map;
  for (let e: SlotEntry | null = entry; e !== null; e = e.next) {
    if (e.addsFrom === map && obj.cls === e.type && e.type.version === e.version) return e;
  }
  return null;
}

/** LOAD_METHOD's miss path; `methodFound.unbound` tells the caller how to push the result. */
export function loadMethodMiss(
  caches: CacheEntry[],
  at: number,
  obj: PyValue,
  name: string,
): PyValue {
  const entry = caches[at];
  if (entry instanceof MethodEntry) {
    for (let e = entry.next; e !== null; e = e.next) {
      const method = cachedMethod(e, obj);
      if (method !== undefined) {
        methodFound.unbound = true;
        return method;
      }
    }
  } else if (
    entry instanceof ClassAttributeEntry && entry.cls === obj &&
    entry.version === entry.cls.version && entry.cls.cls === typeType
  ) {
    methodFound.unbound = false;
    return entry.value;
  }
  const method = loadMethod(obj, name);
  if (!methodFound.unbound) {
    if (
      obj instanceof PyTypeClass && obj.cls === typeType &&
      (method instanceof PyFunction || method instanceof PyMethodDescriptor) &&
      obj.lookup(name) === method && !metaDataDescriptor(name)
    ) {
      caches[at] = new ClassAttributeEntry(obj, obj.version, method);
    }
    return method;
  }
  const type = typeOf(obj);
  const chain = older(entry, MethodEntry);
  if (typeof obj !== "object" || obj === null) {
    caches[at] = new MethodEntry(type, type.version, null, method, chain);
  } else {
    const storage = ownMappedStorage(obj);
    if (storage !== null) {
      caches[at] = new MethodEntry(type, type.version, storage.map, method, chain);
    } else if (!type.isHeapType && attributeStorage(obj) === null) {
      caches[at] = new MethodEntry(type, type.version, null, method, chain);
    }
  }
  return method;
}

/** LOAD_GLOBAL's miss path: the builtin case of a cached entry, else the generic lookup. */
export function loadGlobalMiss(
  caches: CacheEntry[],
  at: number,
  frame: Frame,
  name: string,
): PyValue {
  const globals = frame.globals;
  const builtins = frame.builtins;
  const entry = caches[at];
  if (
    entry instanceof GlobalEntry && entry.position < 0 && entry.globals === globals &&
    entry.globalsVersion === globals.version && entry.builtins === builtins &&
    builtins.keys[entry.builtinsPosition] === name
  ) {
    return builtins.values[entry.builtinsPosition]!;
  }
  const value = loadGlobal(frame, name);
  const position = globals.lookupPosition(name);
  if (position >= 0) caches[at] = new GlobalEntry(globals, position, 0, builtins, -1);
  else {
    const builtinsPosition = builtins.lookupPosition(name);
    if (builtinsPosition >= 0) {
      caches[at] = new GlobalEntry(globals, -1, globals.version, builtins, builtinsPosition);
    }
  }
  return value;
}

/** The method a LOAD_METHOD cache entry (one, not its chain) gives `obj`, or undefined. */
export function cachedMethod(entry: CacheEntry, obj: PyValue): PyValue | undefined {
  if (!(entry instanceof MethodEntry)) return undefined;
  const type = typeOf(obj);
  if (type !== entry.type || type.version !== entry.version) return undefined;
  if (entry.map !== null && (obj as unknown as MappedStorage).map !== entry.map) return undefined;
  return entry.method;
}
