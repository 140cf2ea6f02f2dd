/**
 * `__slots__` at class creation (CPython's type_new slot handling).
 *
 * Each name listed becomes a `member_descriptor` (member.ts) in the class
 * namespace, at an index after the members of the bases, so one
 * `members` array per instance serves the whole hierarchy. A class with
 * `__slots__` has no instance `__dict__` (and cannot be weakly referenced)
 * unless it lists `__dict__` (`__weakref__`) or inherits one: the two flags
 * on the type, read by `attributeStorage` and by `_weakref`. Names are
 * mangled like private identifiers and created in sorted order, as CPython
 * does, which is the order `vars(cls)` shows.
 */
import type { PyValue } from "../../objects/object.ts";
import type { PyType } from "../../objects/type.ts";
import { ExceptionType, pyError } from "../../objects/exceptions.ts";
import { typeOf } from "../../objects/typeof.ts";
import { isStr, toJsString } from "../../objects/str_wide.ts";
import { strIsidentifier } from "../../objects/str_predicates.ts";
import { PyMemberDescriptor } from "../../objects/member.ts";
import { intType } from "../../objects/core_types.ts";
import { tupleType } from "../../objects/tuple.ts";
import { iterateToArray } from "../iteration.ts";
import { mangle } from "../../compiler/symtable_scope.ts";

/** Builtin bases whose instances are variable-sized in CPython: no slots may be added. */
const variableSizedBases: PyType[] = [intType, tupleType];

function baseHasDict(base: PyType): boolean {
  return base.isHeapType ? base.instancesHaveDict : base.isSubtypeOf(ExceptionType.BaseException);
}

function baseHasWeakref(base: PyType): boolean {
  return base.isHeapType && base.instancesWeakrefable;
}

/** The slot names of a `__slots__` value: one str, or an iterable of strs. */
function slotNames(value: PyValue): string[] {
  const items = isStr(value) ? [value] : iterateToArray(value);
  return items.map((item) => {
    if (!isStr(item)) {
      throw pyError("TypeError", `__slots__ items must be strings, not '${typeOf(item).name}'`);
    }
    if (!strIsidentifier(item)) throw pyError("TypeError", "__slots__ must be identifiers");
    return toJsString(item);
  });
}

/** Apply the class namespace's `__slots__` (if any) to a freshly created class. */
export function applySlots(cls: PyType): void {
  const bases = cls.bases;
  const baseMembers = Math.max(0, ...bases.map((base) => base.memberCount));
  if (bases.filter((base) => base.memberCount > 0).length > 1) {
    throw pyError("TypeError", "multiple bases have instance lay-out conflict");
  }
  cls.memberCount = baseMembers;
  const declared = cls.dict.get("__slots__");
  if (declared === undefined) return;
  let hasDict = bases.some(baseHasDict);
  let hasWeakref = bases.some(baseHasWeakref);
  const members: string[] = [];
  for (const name of slotNames(declared)) {
    if (name === "__dict__") {
      if (hasDict) throw pyError("TypeError", "__dict__ slot disallowed: we already got one");
      hasDict = true;
    } else if (name === "__weakref__") {
      if (hasWeakref) {
        throw pyError(
          "TypeError",
          "__weakref__ slot disallowed: either we already got one, or the base type's item size is nonzero",
        );
      }
      hasWeakref = true;
    } else {
      members.push(mangle(cls.name, name));
    }
  }
  if (members.length > 0) {
    const solid = variableSizedBases.find((base) => cls.isSubtypeOf(base));
    if (solid !== undefined) {
      throw pyError("TypeError", `nonempty __slots__ not supported for subtype of '${solid.name}'`);
    }
  }
  for (const name of members) {
    if (cls.dict.has(name)) {
      throw pyError("ValueError", `'${name}' in __slots__ conflicts with class variable`);
    }
  }
  members.sort();
  members.forEach((name, i) => {
    cls.dict.set(name, new PyMemberDescriptor(cls, name, baseMembers + i));
  });
  cls.memberCount = baseMembers + members.length;
  cls.instancesHaveDict = hasDict;
  cls.instancesWeakrefable = hasWeakref;
  cls.invalidate();
}
