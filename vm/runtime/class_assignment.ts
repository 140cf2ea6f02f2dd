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
import { MroError, PyType, TypeFlag } from "../objects/type.ts";
import { PyTuple } from "../objects/tuple.ts";
import { typeOf } from "../objects/typeof.ts";
import { pyError } from "../objects/exceptions.ts";
import { PyMemberDescriptor } from "../objects/member.ts";
import { instanceDict } from "../objects/instance_dict.ts";
import { moduleType } from "./module.ts";
import { attributeStorage } from "./attributes.ts";
import { checkLayouts, solidBase } from "./call_type.ts";

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
  if (layoutOf(value) !== layoutOf(old)) {
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
    if (base.isSubtypeOf(cls)) {
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
  try {
    cls.setBases(bases);
  } catch (error) {
    if (error instanceof MroError) throw pyError("TypeError", error.message);
    throw error;
  }
}
