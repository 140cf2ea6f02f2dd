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
import { PyGetSetDescriptor } from "../../objects/getset.ts";
import { tupleType } from "../../objects/tuple.ts";
import { bytesType } from "../../objects/bytes.ts";
import { iterateToArray } from "../iteration.ts";
import { mangle } from "../../compiler/symtable_scope.ts";
import { instanceDictDescriptor } from "./object_type.ts";

/**
 * Builtin bases whose instances are variable-sized in CPython: subclasses
 * may add no slots and get no `__weakref__`.
 */
const variableSizedBases: PyType[] = [intType, tupleType, bytesType];

/** Instances of `base` have a `__dict__`: builtins that define their own (type, module). */
function baseHasDict(base: PyType): boolean {
  if (base.isHeapType) return base.instancesHaveDict;
  if (base.isSubtypeOf(ExceptionType.BaseException)) return true;
  return base.lookup("__dict__") !== undefined;
}

/** Builtin types whose instances CPython lets you weakly reference. */
const weakrefableBuiltins = new Set([
  "type",
  "function",
  "builtin_function_or_method",
  "method",
  "set",
  "frozenset",
  "module",
  "generator",
  "coroutine",
  "async_generator",
  "code",
  "partial",
  "Pattern",
  "_IOBase",
  "array",
  "memoryview",
  "_lru_cache_wrapper",
  "_tee",
  "deque",
  "mmap",
]);

/** Instances of `type` may be weakly referenced (Python classes: the flag `__slots__` sets). */
export function isWeakrefableType(type: PyType): boolean {
  if (type.isHeapType) return type.instancesWeakrefable;
  return type.mro.some((klass) => !klass.isHeapType && weakrefableBuiltins.has(klass.name));
}

function baseHasWeakref(base: PyType): boolean {
  return isWeakrefableType(base);
}

/** The slot names of a `__slots__` value: one str, or an iterable of strs. */
function slotNames(value: PyValue): string[] {
  const items = isStr(value) ? [value] : iterateToArray(value);
  return items.map((item) => {
    if (!isStr(item)) {
      throw pyError("TypeError", `__slots__ items must be strings, not '${typeOf(item).tpName}'`);
    }
    if (!strIsidentifier(item)) throw pyError("TypeError", "__slots__ must be identifiers");
    return toJsString(item);
  });
}

/** The ancestor that introduced `type`'s member layout (classes adding no slots share it). */
function solidBase(type: PyType): PyType {
  let solid = type;
  for (const klass of type.mro) if (klass.memberCount === type.memberCount) solid = klass;
  return solid;
}

/** Apply the class namespace's `__slots__` (if any) to a freshly created class. */
export function applySlots(cls: PyType): void {
  const bases = cls.bases;
  const baseMembers = Math.max(0, ...bases.map((base) => base.memberCount));
  // Bases with slots must share one member layout: their solid bases form a chain (best_base).
  let winner: PyType | null = null;
  for (const base of bases) {
    if (base.memberCount === 0) continue;
    const solid = solidBase(base);
    if (winner === null || solid.isSubtypeOf(winner)) winner = solid;
    else if (!winner.isSubtypeOf(solid)) {
      throw pyError("TypeError", "multiple bases have instance lay-out conflict");
    }
  }
  cls.memberCount = baseMembers;
  const inheritsDict = bases.some(baseHasDict);
  const inheritsWeakref = bases.some(baseHasWeakref);
  const declared = cls.dict.get("__slots__");
  const variableSized = variableSizedBases.find((base) => cls.isSubtypeOf(base));
  if (declared === undefined) {
    if (variableSized !== undefined) cls.instancesWeakrefable = false;
    addAttributeDescriptors(cls, !inheritsDict, !inheritsWeakref && variableSized === undefined);
    return;
  }
  let hasDict = inheritsDict;
  let hasWeakref = inheritsWeakref;
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
  if (members.length > 0 && variableSized !== undefined) {
    throw pyError(
      "TypeError",
      `nonempty __slots__ not supported for subtype of '${variableSized.name}'`,
    );
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
  addAttributeDescriptors(cls, hasDict && !inheritsDict, hasWeakref && !inheritsWeakref);
  cls.invalidate();
}

/** The first weak reference to an object, or None; installed by stdlib/_weakref.ts. */
let firstWeakReference: (value: PyValue) => PyValue = () => null;
export function registerWeakReferenceLookup(lookup: (value: PyValue) => PyValue): void {
  firstWeakReference = lookup;
}

/**
 * The `__dict__` and `__weakref__` getset descriptors CPython puts in the
 * namespace of the class that introduces them (so `vars(C)` lists them).
 */
function addAttributeDescriptors(cls: PyType, addsDict: boolean, addsWeakref: boolean): void {
  if (addsDict && !cls.dict.has("__dict__")) {
    cls.dict.set("__dict__", instanceDictDescriptor(cls));
  }
  if (addsWeakref && !cls.dict.has("__weakref__")) {
    cls.dict.set(
      "__weakref__",
      new PyGetSetDescriptor(cls, "__weakref__", (value: PyValue) => firstWeakReference(value)),
    );
  }
}
