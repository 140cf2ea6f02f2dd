/**
 * `obj.__class__ = C` (CPython's object_set_class). Allowed only between
 * mutable (Python-defined) classes, or between module types, whose instances
 * have the same layout: the same builtin base, the same `__slots__` members in
 * the same positions, and the same `__dict__`/`__weakref__` support.
 *
 * An instance's attribute map belongs to its class (instance_map.ts: a map
 * guard also proves the class), so the instance moves to the new class's
 * dictionary map, carrying its attributes over in a real dict.
 */
import type { PyObject, PyValue } from "../objects/object.ts";
import { PyType, TypeFlag } from "../objects/type.ts";
import { PyTuple } from "../objects/tuple.ts";
import { typeOf } from "../objects/typeof.ts";
import { pyError } from "../objects/exceptions.ts";
import { PyMemberDescriptor } from "../objects/member.ts";
import { instanceDict } from "../objects/instance_dict.ts";
import { moduleType } from "./module.ts";
import { attributeStorage } from "./attributes.ts";
import { bestBase, checkLayouts, solidBase } from "./call_type.ts";
import { recomputeMros } from "./mro.ts";

export function assignClass(obj: PyValue, value: PyValue | undefined): void {
  if (value === undefined) throw pyError("TypeError", "can't delete __class__ attribute");
  if (!(value instanceof PyType)) {
    throw pyError(
      "TypeError",
      `__class__ must be set to a class, not '${typeOf(value).tpName}' object`,
    );
  }
  const old = typeOf(obj);
  const modules = value.isSubtypeOf(moduleType) && old.isSubtypeOf(moduleType);
  if (!modules && (!isMutable(value) || !isMutable(old))) {
    throw pyError(
      "TypeError",
      "__class__ assignment only supported for mutable types or ModuleType subclasses",
    );
  }
  if (layoutOf(value) !== layoutOf(old) || !sameLayoutChain(value, old)) {
    throw pyError(
      "TypeError",
      `__class__ assignment: '${value.name}' object layout differs from '${old.name}'`,
    );
  }
  const storage = attributeStorage(obj);
  if (storage !== null) {
    const dict = instanceDict(storage);
    storage.map = value.dictionaryMap();
    storage.slots = [dict];
  }
  (obj as PyObject).cls = value;
}

function isMutable(type: PyType): boolean {
  return type.isHeapType && (type.flags & TypeFlag.IMMUTABLETYPE) === 0;
}

/** What instances of `type` look like inside: comparable as a string. */
function layoutOf(type: PyType): string {
  const members: string[] = [];
  for (const klass of type.mro) {
    for (const [name, entry] of klass.dict) {
      if (entry instanceof PyMemberDescriptor && entry.owner === klass) members[entry.index] = name;
    }
  }
  return [
    solidBase(type).name,
    members.join(","),
    type.instancesHaveDict,
    type.instancesWeakrefable,
  ].join("|");
}

/** The `__slots__` members a class adds itself, sorted (CPython's ht_slots). */
function ownSlotNames(type: PyType): string[] {
  const names: string[] = [];
  for (const [name, entry] of type.dict) {
    if (entry instanceof PyMemberDescriptor && entry.owner === type) names.push(name);
  }
  return names.sort();
}

/** CPython's tp_base: the base whose layout the class extends. */
function layoutBase(type: PyType): PyType | undefined {
  return type.bases.length === 0 ? undefined : bestBase(type.bases);
}

/** Whether `type` adds nothing to its tp_base's layout (compatible_with_tp_base). */
function addsNoLayout(type: PyType, base: PyType): boolean {
  return ownSlotNames(type).length === 0 &&
    type.instancesHaveDict === base.instancesHaveDict &&
    type.instancesWeakrefable === base.instancesWeakrefable;
}

/** The nearest class along the tp_base chain that adds to the layout. */
function layoutLevel(type: PyType): PyType {
  for (;;) {
    const base = layoutBase(type);
    if (base === undefined || !addsNoLayout(type, base)) return type;
    type = base;
  }
}

/**
 * compatible_for_assignment: the classes that add to the layout must be one
 * class, or siblings (the same tp_base) that add the same slots, dict and
 * weakref support: `class L(H): __slots__ = ["e"]` and `class M(I):
 * __slots__ = ["e"]` differ even when H and I have the same slots.
 */
function sameLayoutChain(a: PyType, b: PyType): boolean {
  const levelA = layoutLevel(a);
  const levelB = layoutLevel(b);
  if (levelA === levelB) return true;
  return layoutBase(levelA) === layoutBase(levelB) && levelA.isHeapType && levelB.isHeapType &&
    ownSlotNames(levelA).join(",") === ownSlotNames(levelB).join(",") &&
    levelA.instancesHaveDict === levelB.instancesHaveDict &&
    levelA.instancesWeakrefable === levelB.instancesWeakrefable;
}

/** `C.__bases__ = (...)` (CPython's type_set_bases): checks, then a new MRO for C and below. */
export function assignBases(cls: PyType, value: PyValue | undefined): void {
  if (!isMutable(cls)) {
    throw pyError("TypeError", `cannot set '__bases__' attribute of immutable type '${cls.name}'`);
  }
  if (value === undefined) {
    throw pyError(
      "TypeError",
      `cannot delete '__bases__' attribute of immutable type '${cls.name}'`,
    );
  }
  if (!(value instanceof PyTuple)) {
    throw pyError(
      "TypeError",
      `can only assign tuple to ${cls.name}.__bases__, not ${typeOf(value).tpName}`,
    );
  }
  if (value.items.length === 0) {
    throw pyError("TypeError", `can only assign non-empty tuple to ${cls.name}.__bases__, not ()`);
  }
  const bases: PyType[] = [];
  for (const base of value.items) {
    if (!(base instanceof PyType)) {
      throw pyError(
        "TypeError",
        `${cls.name}.__bases__ must be tuple of classes, not '${typeOf(base).tpName}'`,
      );
    }
    // The layout-base chain is checked too: a reentrant assignment (from a
    // custom mro()) may have set bases whose MROs are not updated yet.
    if (base.isSubtypeOf(cls) || (base.mro.length > 0 && layoutChainReaches(base, cls))) {
      throw pyError("TypeError", "a __bases__ item causes an inheritance cycle");
    }
    bases.push(base);
  }
  checkLayouts(bases);
  const newSolid = bases.map(solidBase).reduce((a, b) => (b.isSubtypeOf(a) ? b : a));
  const oldSolid = cls.bases.map(solidBase).reduce((a, b) => (b.isSubtypeOf(a) ? b : a));
  if (newSolid !== oldSolid) {
    throw pyError(
      "TypeError",
      `__bases__ assignment: '${bases[0].name}' object layout differs from '${cls.bases[0].name}'`,
    );
  }
  const previous = cls.bases;
  cls.bases = bases;
  try {
    recomputeMros(cls);
  } catch (error) {
    if (cls.bases === bases) cls.bases = previous;
    throw error;
  }
  // Unless a reentrant assignment replaced them meanwhile.
  if (cls.bases === bases) cls.relinkSubclass(previous);
}

/** type_is_subtype_base_chain: whether `target` is on `type`'s chain of layout bases. */
function layoutChainReaches(type: PyType, target: PyType): boolean {
  const seen = new Set<PyType>();
  for (let klass: PyType | undefined = type; klass !== undefined; klass = layoutBase(klass)) {
    if (klass === target) return true;
    if (seen.has(klass)) return false;
    seen.add(klass);
  }
  return false;
}
