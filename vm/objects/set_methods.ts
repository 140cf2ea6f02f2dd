/**
 * The Python-visible set and frozenset API over the table in set.ts, following
 * setobject.c operation by operation — including which operand is iterated
 * and into which table keys are added, because that decides the iteration
 * order of the result (e.g. `a & b` walks the smaller set and probes the
 * larger one).
 *
 * Operators return NotImplemented for non-set operands (the runtime then
 * raises "unsupported operand type(s)"); the named methods accept any
 * iterable.
 */
import type { PyValue } from "./object.ts";
import type { PyType } from "./type.ts";
import { defineNativeMethods } from "./native_function.ts";
import { ExceptionType, isPyException, pyError } from "./exceptions.ts";
import { NotImplemented } from "./singletons.ts";
import { dictType, PyDict } from "./dict.ts";
import { DUMMY, frozensetType, isAnySet, PySet, setEquals, setIsSubset, setType } from "./set.ts";
import { guardedRepr, registerRepr, reprValue } from "./dict_repr.ts";
import { iterateValues } from "./dict_iterate.ts";
import { hashHigh, tableHash } from "../runtime/hash.ts";
import { wordsToInt } from "../runtime/hash_u64.ts";
import { newTuple } from "./tuple.ts";
import { PyList } from "./list.ts";
import { late } from "../runtime/late_protocols.ts";

setType.dict.set("__hash__", null);

/** The exact type a result of an operation on `set` gets: set or frozenset. */
function baseTypeOf(value: PySet): PyType {
  return value.cls.isSubtypeOf(setType) ? setType : frozensetType;
}

/** set(iterable) / frozenset(iterable) of exactly `cls`. */
export function newSet(cls: PyType = setType, iterable?: PyValue): PySet {
  const result = new PySet(cls);
  if (iterable !== undefined) setUpdateFrom(result, iterable);
  return result;
}

/** frozenset(iterable): a frozenset argument is returned as is. */
export function newFrozenSet(iterable?: PyValue): PySet {
  if (iterable instanceof PySet && iterable.cls === frozensetType) return iterable;
  return newSet(frozensetType, iterable);
}

/** CPython's set_update_internal: add every element of `other`. */
export function setUpdateFrom(set: PySet, other: PyValue): void {
  if (other instanceof PySet) {
    set.merge(other);
    return;
  }
  if (other instanceof PyDict && other.cls === dictType) {
    const size = other.size;
    if ((set.fill + size) * 5 >= set.mask * 3) set.resize((set.used + size) * 2);
    for (let position = 0; position < other.keys.length; position++) {
      const key = other.keys[position];
      if (key === undefined) continue;
      if (other.slots !== null) {
        set.addHashed(key, other.hashLow[position], other.hashHigh[position]);
      } else {
        set.add(key);
      }
    }
    return;
  }
  for (const key of iterateValues(other)) set.add(key);
}

function copyOf(set: PySet): PySet {
  return newSet(baseTypeOf(set), set);
}

/**
 * The key to retry with when looking up `key` raised `error`: frozenset(key)
 * when `key` is an unhashable set and the error a TypeError (CPython's
 * set_contains/set_discard rule); otherwise `error` is rethrown. (A helper
 * for the catch clause, not a wrapper taking a closure: `x in s` made a
 * closure per call.)
 */
function frozenRetryKey(key: PyValue, error: unknown): PySet {
  if (
    key instanceof PySet && key.cls.isSubtypeOf(setType) && isPyException(error) &&
    error.cls.isSubtypeOf(ExceptionType.TypeError)
  ) {
    return newSet(frozensetType, key);
  }
  throw error;
}

export function setContains(set: PySet, key: PyValue): boolean {
  try {
    return set.has(key);
  } catch (error) {
    return set.has(frozenRetryKey(key, error));
  }
}

/** set.discard(key) with CPython's retry for set keys; whether it was there. */
function setDiscard(set: PySet, key: PyValue): boolean {
  try {
    return set.discard(key);
  } catch (error) {
    return set.discard(frozenRetryKey(key, error));
  }
}

export function setUnion(set: PySet, others: readonly PyValue[]): PySet {
  const result = copyOf(set);
  for (const other of others) if (other !== set) setUpdateFrom(result, other);
  return result;
}

/** CPython's set_intersection. */
export function setIntersection(set: PySet, other: PyValue): PySet {
  if (other === set) return copyOf(set);
  const result = new PySet(baseTypeOf(set));
  if (other instanceof PySet) {
    let small = other;
    let large = set;
    if (other.used > set.used) {
      small = set;
      large = other;
    }
    for (let slot = 0; slot <= small.mask; slot++) {
      const key = small.keys[slot];
      if (key === undefined || key === DUMMY) continue;
      const low = small.hashLow[slot];
      const high = small.highOf(slot);
      if (large.lookup(key as PyValue, low, high) >= 0) result.addHashed(key as PyValue, low, high);
    }
    return result;
  }
  for (const key of iterateValues(other)) {
    const low = tableHash(key);
    const high = hashHigh;
    if (set.lookup(key, low, high) >= 0) {
      result.addHashed(key, low, high);
      if (result.used >= set.used) break;
    }
  }
  return result;
}

function setIntersectionMulti(set: PySet, others: readonly PyValue[]): PySet {
  if (others.length === 0) return copyOf(set);
  let result = set;
  for (const other of others) result = setIntersection(result, other);
  return result;
}

/** CPython's set_difference_update_internal. */
export function setDifferenceUpdate(set: PySet, other: PyValue): void {
  if (other === set) {
    set.clear();
    return;
  }
  if (other instanceof PySet) {
    const source = (other.used >> 3) > set.used ? setIntersection(set, other) : other;
    for (let slot = 0; slot <= source.mask; slot++) {
      const key = source.keys[slot];
      if (key === undefined || key === DUMMY) continue;
      set.discardHashed(key as PyValue, source.hashLow[slot], source.highOf(slot));
    }
  } else {
    for (const key of iterateValues(other)) set.discard(key);
  }
  if (set.fill - set.used > (set.mask >>> 2)) {
    set.resize(set.used > 50000 ? set.used * 2 : set.used * 4);
  }
}

/** CPython's set_difference. */
export function setDifference(set: PySet, other: PyValue): PySet {
  let otherSize: number;
  if (other instanceof PySet) otherSize = other.used;
  else if (other instanceof PyDict && other.cls === dictType) otherSize = other.size;
  else return copyAndSubtract(set, other);
  if ((set.used >> 2) > otherSize) return copyAndSubtract(set, other);
  const result = new PySet(baseTypeOf(set));
  for (let slot = 0; slot <= set.mask; slot++) {
    const key = set.keys[slot];
    if (key === undefined || key === DUMMY) continue;
    const low = set.hashLow[slot];
    const high = set.highOf(slot);
    const present = other instanceof PySet
      ? other.lookup(key as PyValue, low, high) >= 0
      : (other as PyDict).lookupHashed(key as PyValue, low, high) >= 0;
    if (!present) result.addHashed(key as PyValue, low, high);
  }
  return result;
}

function copyAndSubtract(set: PySet, other: PyValue): PySet {
  const result = copyOf(set);
  setDifferenceUpdate(result, other);
  return result;
}

function setDifferenceMulti(set: PySet, others: readonly PyValue[]): PySet {
  if (others.length === 0) return copyOf(set);
  const result = setDifference(set, others[0]);
  for (let i = 1; i < others.length; i++) setDifferenceUpdate(result, others[i]);
  return result;
}

/** CPython's set_symmetric_difference_update. */
export function setSymmetricDifferenceUpdate(set: PySet, other: PyValue): void {
  if (other === set) {
    set.clear();
    return;
  }
  if (other instanceof PyDict && other.cls === dictType) {
    for (let position = 0; position < other.keys.length; position++) {
      const key = other.keys[position];
      if (key === undefined) continue;
      // The dict's stored hash when it keeps them (its general strategy), as CPython.
      const stored = other.slots !== null;
      const low = stored ? other.hashLow[position] : tableHash(key);
      const high = stored ? other.hashHigh[position] : hashHigh;
      if (!set.discardHashed(key, low, high)) set.addHashed(key, low, high);
    }
    return;
  }
  const source = other instanceof PySet ? other : newSet(baseTypeOf(set), other);
  for (let slot = 0; slot <= source.mask; slot++) {
    const key = source.keys[slot];
    if (key === undefined || key === DUMMY) continue;
    const low = source.hashLow[slot];
    const high = source.highOf(slot);
    if (!set.discardHashed(key as PyValue, low, high)) set.addHashed(key as PyValue, low, high);
  }
}

export function setSymmetricDifference(set: PySet, other: PyValue): PySet {
  const result = newSet(baseTypeOf(set), other);
  setSymmetricDifferenceUpdate(result, set);
  return result;
}

function asSet(value: PyValue): PySet {
  return value instanceof PySet ? value : newSet(setType, value);
}

export function setIsSubsetOf(set: PySet, other: PyValue): boolean {
  return setIsSubset(set, asSet(other));
}

export function setIsSupersetOf(set: PySet, other: PyValue): boolean {
  return setIsSubset(asSet(other), set);
}

/** CPython's set_isdisjoint. */
export function setIsDisjoint(set: PySet, other: PyValue): boolean {
  if (other === set) return set.used === 0;
  if (other instanceof PySet) {
    let small = other;
    let large = set;
    if (other.used > set.used) {
      small = set;
      large = other;
    }
    for (let slot = 0; slot <= small.mask; slot++) {
      const key = small.keys[slot];
      if (key === undefined || key === DUMMY) continue;
      if (large.lookup(key as PyValue, small.hashLow[slot], small.highOf(slot)) >= 0) {
        return false;
      }
    }
    return true;
  }
  for (const key of iterateValues(other)) if (set.has(key)) return false;
  return true;
}

/** Rich comparison of two sets; NotImplemented when `other` is not a set. */
export function setCompare(set: PySet, other: PyValue, operator: string): PyValue {
  if (!(other instanceof PySet)) return NotImplemented;
  switch (operator) {
    case "==":
      return setEquals(set, other);
    case "!=":
      return !setEquals(set, other);
    case "<=":
      return setIsSubset(set, other);
    case ">=":
      return setIsSubset(other, set);
    case "<":
      return set.used < other.used && setIsSubset(set, other);
    default:
      return set.used > other.used && setIsSubset(other, set);
  }
}

/**
 * list(s), as set_repr and set_reduce take the keys (PySequence_List): table
 * order, or a subclass's own `__iter__`.
 */
function keysAsListed(set: PySet): PyValue[] {
  const exact = set.cls === setType || set.cls === frozensetType;
  return exact ? set.keyList() : Array.from(iterateValues(set));
}

/** repr(s): `{1, 2}`, `set()`, `frozenset({1})`, `Sub({1})`; `Name(...)` when recursive. */
export function setRepr(set: PySet): string {
  const name = set.cls.name;
  return guardedRepr(set, `${name}(...)`, () => {
    if (set.used === 0) return `${name}()`;
    const body = `{${keysAsListed(set).map(reprValue).join(", ")}}`;
    return set.cls === setType ? body : `${name}(${body})`;
  });
}

registerRepr(setType, (value) => setRepr(value as PySet));
registerRepr(frozensetType, (value) => setRepr(value as PySet));

/**
 * iter(set): installed by vm/runtime/types/set_iterator.ts, whose iterator
 * is a native one (iteration.ts), which this module cannot import without an
 * import cycle.
 */
let makeSetIterator: (set: PySet) => PyValue = () => {
  throw new Error("the set iterator is not installed");
};

export function installSetIterator(make: (set: PySet) => PyValue): void {
  makeSetIterator = make;
}

/** Binary operator: NotImplemented unless both operands are sets. */
function operator(apply: (left: PySet, right: PySet) => PyValue) {
  return (left: PyValue, right: PyValue): PyValue =>
    isAnySet(left) && isAnySet(right) ? apply(left, right) : NotImplemented;
}

const orOperator = operator((left, right) => setUnion(left, [right]));
const andOperator = operator(setIntersection);
const subOperator = operator(setDifference);
const xorOperator = operator(setSymmetricDifference);

/** Methods shared by set and frozenset. */
const SHARED_METHODS = {
  __contains__: ["key, /", setContains],
  __len__: ["", (self: PySet) => self.used],
  __iter__: ["", (self: PySet) => makeSetIterator(self)],
  __repr__: ["", setRepr],
  __eq__: ["other, /", (self: PySet, other: PyValue) => setCompare(self, other, "==")],
  __ne__: ["other, /", (self: PySet, other: PyValue) => setCompare(self, other, "!=")],
  __le__: ["other, /", (self: PySet, other: PyValue) => setCompare(self, other, "<=")],
  __ge__: ["other, /", (self: PySet, other: PyValue) => setCompare(self, other, ">=")],
  __lt__: ["other, /", (self: PySet, other: PyValue) => setCompare(self, other, "<")],
  __gt__: ["other, /", (self: PySet, other: PyValue) => setCompare(self, other, ">")],
  __or__: ["other, /", orOperator],
  __ror__: ["other, /", (self: PySet, other: PyValue) => orOperator(other, self)],
  __and__: ["other, /", andOperator],
  __rand__: ["other, /", (self: PySet, other: PyValue) => andOperator(other, self)],
  __sub__: ["other, /", subOperator],
  __rsub__: ["other, /", (self: PySet, other: PyValue) => subOperator(other, self)],
  __xor__: ["other, /", xorOperator],
  __rxor__: ["other, /", (self: PySet, other: PyValue) => xorOperator(other, self)],
  union: ["*others", (self: PySet, others: PyValue[]) => setUnion(self, others)],
  intersection: ["*others", setIntersectionMulti],
  difference: ["*others", setDifferenceMulti],
  symmetric_difference: ["other, /", setSymmetricDifference],
  issubset: ["other, /", setIsSubsetOf],
  issuperset: ["other, /", setIsSupersetOf],
  isdisjoint: ["other, /", setIsDisjoint],
  // set_reduce: the state is __getstate__'s (the __dict__ and any __slots__ values).
  __reduce__: ["", (self: PySet) => {
    // An exact set or frozenset has no __dict__ or slots: object.__getstate__ gives None.
    const exact = self.cls === setType || self.cls === frozensetType;
    const state = exact ? null : late.call(late.getAttribute(self, "__getstate__"), [], null);
    return newTuple([self.cls, newTuple([new PyList(keysAsListed(self))]), state]);
  }],
} as const;

defineNativeMethods(setType, {
  ...SHARED_METHODS,
  __ior__: ["other, /", (self: PySet, other: PyValue) => {
    if (!isAnySet(other)) return NotImplemented;
    setUpdateFrom(self, other);
    return self;
  }],
  __iand__: ["other, /", (self: PySet, other: PyValue) => {
    if (!isAnySet(other)) return NotImplemented;
    self.adoptTable(setIntersection(self, other));
    return self;
  }],
  __isub__: ["other, /", (self: PySet, other: PyValue) => {
    if (!isAnySet(other)) return NotImplemented;
    setDifferenceUpdate(self, other);
    return self;
  }],
  __ixor__: ["other, /", (self: PySet, other: PyValue) => {
    if (!isAnySet(other)) return NotImplemented;
    setSymmetricDifferenceUpdate(self, other);
    return self;
  }],
  add: ["key, /", (self: PySet, key: PyValue) => {
    self.add(key);
    return null;
  }],
  discard: ["key, /", (self: PySet, key: PyValue) => {
    setDiscard(self, key);
    return null;
  }],
  remove: ["key, /", (self: PySet, key: PyValue) => {
    if (!setDiscard(self, key)) {
      throw pyError("KeyError", key);
    }
    return null;
  }],
  pop: ["", (self: PySet) => {
    const key = self.pop();
    if (key === undefined) throw pyError("KeyError", "pop from an empty set");
    return key;
  }],
  clear: ["", (self: PySet) => {
    self.clear();
    return null;
  }],
  copy: ["", copyOf],
  update: ["*others", (self: PySet, others: PyValue[]) => {
    for (const other of others) setUpdateFrom(self, other);
    return null;
  }],
  intersection_update: ["*others", (self: PySet, others: PyValue[]) => {
    self.adoptTable(setIntersectionMulti(self, others));
    return null;
  }],
  difference_update: ["*others", (self: PySet, others: PyValue[]) => {
    for (const other of others) setDifferenceUpdate(self, other);
    return null;
  }],
  symmetric_difference_update: ["other, /", (self: PySet, other: PyValue) => {
    setSymmetricDifferenceUpdate(self, other);
    return null;
  }],
});

defineNativeMethods(frozensetType, {
  ...SHARED_METHODS,
  __hash__: ["", (self: PySet) => {
    const low = self.frozenHash();
    return wordsToInt(self.frozenHashHigh, low);
  }],
  copy: ["", (self: PySet) => self.cls === frozensetType ? self : copyOf(self)],
});
