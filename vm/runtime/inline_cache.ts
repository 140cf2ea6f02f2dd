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
 * - global entries by the identity and `version` of the globals and builtins
 *   dicts (every mutation bumps a dict's version).
 * A miss falls back to the generic path (attributes.ts, namespace.ts) and
 * refills the entry; a monomorphic site thus pays the full lookup once.
 *
 * The caches live on the code object (`RuntimeCode`, with the constants as
 * the eval loop pushes them), indexed by instruction: they are the same
 * guards the JIT's traces will use (type version, map, dict version).
 */
import type { PyObject, PyValue } from "../objects/object.ts";
import type { PyType } from "../objects/type.ts";
import { PyType as PyTypeClass } from "../objects/type.ts";
import { typeOf } from "../objects/typeof.ts";
import { PyFunction } from "../objects/function.ts";
import { PyMethodDescriptor } from "../objects/native_function.ts";
import type { InstanceMap, MappedStorage } from "../objects/instance_map.ts";
import type { PyDict } from "../objects/dict.ts";
import { objectType } from "../objects/core_types.ts";
import { PyModule } from "./module.ts";
import {
  attributeStorage,
  getAttribute,
  loadMethod,
  methodFound,
  objectGetAttribute,
  setAttribute,
} from "./attributes.ts";
import { loadGlobal } from "./namespace.ts";
import type { Frame } from "./frame.ts";

/** An instance attribute found in slot `index` of instances with map `map`. */
export class SlotEntry {
  constructor(
    readonly type: PyType,
    readonly version: number,
    readonly map: InstanceMap,
    readonly index: number,
  ) {}
}

/** A method found on the class; `map` null when receivers have no attributes of their own. */
export class MethodEntry {
  constructor(
    readonly type: PyType,
    readonly version: number,
    readonly map: InstanceMap | null,
    readonly method: PyValue,
  ) {}
}

export class GlobalEntry {
  constructor(
    readonly globals: PyDict,
    readonly globalsVersion: number,
    readonly builtinsVersion: number,
    readonly value: PyValue,
  ) {}
}

export type CacheEntry = SlotEntry | MethodEntry | GlobalEntry | undefined;

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

function usesGenericGetAttribute(type: PyType): boolean {
  return type.lookup("__getattribute__") === objectGetAttribute &&
    type.lookup("__getattr__") === undefined;
}

function usesGenericSetAttribute(type: PyType): boolean {
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
  const value = getAttribute(obj, name);
  const storage = ownMappedStorage(obj);
  if (storage !== null) {
    const type = (obj as PyObject).cls;
    const index = storage.map.indexOf(name);
    if (index >= 0 && usesGenericGetAttribute(type) && plainClassAttribute(type, name)) {
      caches[at] = new SlotEntry(type, type.version, storage.map, index);
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
  setAttribute(obj, name, value);
  const storage = ownMappedStorage(obj);
  if (storage !== null) {
    const type = (obj as PyObject).cls;
    const index = storage.map.indexOf(name);
    if (index >= 0 && usesGenericSetAttribute(type) && plainClassAttribute(type, name)) {
      caches[at] = new SlotEntry(type, type.version, storage.map, index);
    }
  }
}

/** LOAD_METHOD's miss path; `methodFound.unbound` tells the caller how to push the result. */
export function loadMethodMiss(
  caches: CacheEntry[],
  at: number,
  obj: PyValue,
  name: string,
): PyValue {
  const method = loadMethod(obj, name);
  if (!methodFound.unbound) return method;
  const type = typeOf(obj);
  if (typeof obj !== "object" || obj === null) {
    caches[at] = new MethodEntry(type, type.version, null, method);
  } else {
    const storage = ownMappedStorage(obj);
    if (storage !== null) caches[at] = new MethodEntry(type, type.version, storage.map, method);
    else if (!type.isHeapType && attributeStorage(obj) === null) {
      caches[at] = new MethodEntry(type, type.version, null, method);
    }
  }
  return method;
}

/** LOAD_GLOBAL's miss path. */
export function loadGlobalMiss(
  caches: CacheEntry[],
  at: number,
  frame: Frame,
  name: string,
): PyValue {
  const value = loadGlobal(frame, name);
  caches[at] = new GlobalEntry(frame.globals, frame.globals.version, frame.builtins.version, value);
  return value;
}

/** The method a cached LOAD_METHOD site gives `obj`, or undefined on a miss. */
export function cachedMethod(entry: CacheEntry, obj: PyValue): PyValue | undefined {
  if (!(entry instanceof MethodEntry)) return undefined;
  const type = typeOf(obj);
  if (type !== entry.type || type.version !== entry.version) return undefined;
  if (entry.map !== null && (obj as unknown as MappedStorage).map !== entry.map) return undefined;
  return entry.method;
}
