/**
 * The set-like behaviour of `d.keys()` and `d.items()`: `&`, `|`, `^`, `-`
 * (and their reflected forms), `isdisjoint`, and comparisons with sets and
 * other set-like views. As in CPython (dictobject.c, dictviews_*), the
 * result is a new `set` built from the LEFT operand, whatever its type
 * (`[1, 2] - d.keys()` works), then updated with the right one; `&` walks
 * the smaller side.
 */
import type { PyValue } from "./object.ts";
import { defineNativeMethods } from "./native_function.ts";
import { NotImplemented } from "./singletons.ts";
import { dictItemsType, dictKeysType, isSetLikeView, PyDictView } from "./dict_views.ts";
import { PySet, setType } from "./set.ts";
import {
  newSet,
  setDifferenceUpdate,
  setIsDisjoint,
  setSymmetricDifferenceUpdate,
  setUpdateFrom,
} from "./set_methods.ts";
import { iterateValues } from "./dict_iterate.ts";

/** set(value); a keys view converts through its dict (CPython's dictviews_to_set). */
function toSet(value: PyValue): PySet {
  return newSet(setType, value instanceof PyDictView && value.kind === "keys" ? value.dict : value);
}

function lengthOf(value: PyValue): number {
  if (value instanceof PyDictView) return value.dict.size;
  if (value instanceof PySet) return value.used;
  return -1;
}

function viewOr(left: PyValue, right: PyValue): PyValue {
  const result = toSet(left);
  setUpdateFrom(result, right);
  return result;
}

function viewSub(left: PyValue, right: PyValue): PyValue {
  const result = toSet(left);
  setDifferenceUpdate(result, right);
  return result;
}

function viewXor(left: PyValue, right: PyValue): PyValue {
  const result = toSet(left);
  setSymmetricDifferenceUpdate(result, right);
  return result;
}

/** CPython's _PyDictView_Intersect. */
function viewAnd(left: PyValue, right: PyValue): PyValue {
  let view = left;
  let other = right;
  if (!isSetLikeView(view)) [view, other] = [right, left];
  const self = view as PyDictView;
  const selfLength = self.dict.size;
  if (other instanceof PySet && other.cls === setType && selfLength <= other.used) {
    const result = new PySet(setType);
    for (const key of self.iterate()) if (other.has(key)) result.add(key);
    return result;
  }
  let probe = self;
  if (isSetLikeView(other) && lengthOf(other) > selfLength) {
    probe = other;
    other = self;
  }
  const result = new PySet(setType);
  for (const key of iterateValues(other)) {
    if (probe.contains(key)) result.add(key);
  }
  return result;
}

/** Comparison of a set-like view with a set or another set-like view. */
function viewCompare(view: PyDictView, other: PyValue, operator: string): PyValue {
  if (!(other instanceof PySet) && !isSetLikeView(other)) return NotImplemented;
  const viewLength = view.dict.size;
  const otherLength = lengthOf(other);
  const contains = (container: PyValue, key: PyValue) =>
    container instanceof PySet ? container.has(key) : (container as PyDictView).contains(key);
  const allContainedIn = (from: PyValue, into: PyValue) => {
    const keys = from instanceof PyDictView
      ? Array.from(from.iterate())
      : (from as PySet).keyList();
    return keys.every((key) => contains(into, key));
  };
  switch (operator) {
    case "==":
      return viewLength === otherLength && allContainedIn(view, other);
    case "!=":
      return !(viewLength === otherLength && allContainedIn(view, other));
    case "<":
      return viewLength < otherLength && allContainedIn(view, other);
    case "<=":
      return viewLength <= otherLength && allContainedIn(view, other);
    case ">":
      return viewLength > otherLength && allContainedIn(other, view);
    default:
      return viewLength >= otherLength && allContainedIn(other, view);
  }
}

for (const type of [dictKeysType, dictItemsType]) {
  // Set-like views compare by value, so (as in CPython) they are unhashable.
  type.dict.set("__hash__", null);
  defineNativeMethods(type, {
    __or__: ["other, /", viewOr],
    __ror__: ["other, /", (self: PyDictView, other: PyValue) => viewOr(other, self)],
    __and__: ["other, /", viewAnd],
    __rand__: ["other, /", (self: PyDictView, other: PyValue) => viewAnd(other, self)],
    __sub__: ["other, /", viewSub],
    __rsub__: ["other, /", (self: PyDictView, other: PyValue) => viewSub(other, self)],
    __xor__: ["other, /", viewXor],
    __rxor__: ["other, /", (self: PyDictView, other: PyValue) => viewXor(other, self)],
    __eq__: ["other, /", (self: PyDictView, other: PyValue) => viewCompare(self, other, "==")],
    __ne__: ["other, /", (self: PyDictView, other: PyValue) => viewCompare(self, other, "!=")],
    __lt__: ["other, /", (self: PyDictView, other: PyValue) => viewCompare(self, other, "<")],
    __le__: ["other, /", (self: PyDictView, other: PyValue) => viewCompare(self, other, "<=")],
    __gt__: ["other, /", (self: PyDictView, other: PyValue) => viewCompare(self, other, ">")],
    __ge__: ["other, /", (self: PyDictView, other: PyValue) => viewCompare(self, other, ">=")],
    isdisjoint: ["other, /", (self: PyDictView, other: PyValue) => {
      return setIsDisjoint(toSet(self), other instanceof PyDictView ? toSet(other) : other);
    }],
  });
}
