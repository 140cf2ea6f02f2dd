/**
 * Subscription: `c[k]`, `c[k] = v`, `del c[k]`. Lists, tuples, dicts and strs
 * are handled inline (the common cases, and the shapes the JIT specialises);
 * everything else goes through `__getitem__`/`__setitem__`/`__delitem__`, and
 * a class (`list[int]`) through `__class_getitem__`.
 */
import type { PyValue } from "../objects/object.ts";
import { listType, PyList } from "../objects/list.ts";
import { newTuple, PyTuple, tupleType } from "../objects/tuple.ts";
import { dictType, PyDict } from "../objects/dict.ts";
import { indexValue, PySlice, type SliceBounds, sliceIndices } from "../objects/slice.ts";
import { ExceptionType, PyBaseException, pyError } from "../objects/exceptions.ts";
import { typeOf } from "../objects/typeof.ts";
import { PyType } from "../objects/type.ts";
import { isStr } from "../objects/str_wide.ts";
import { strSubscript } from "../objects/str_sequence.ts";
import { slotOf } from "./slots.ts";
import { callObject } from "./call.ts";
import { getAttribute } from "./attributes.ts";
import { exactItems, getIterator, iterateToArray } from "./iteration.ts";
import { replaceRange } from "../objects/array_ops.ts";

/** PySequence_Check: indexable, and not a mapping (a dict). */
export function isSequence(value: PyValue): boolean {
  if (value instanceof PyList || value instanceof PyTuple || isStr(value)) return true;
  if (value instanceof PyDict) return false;
  return slotOf(typeOf(value), "__getitem__") !== undefined;
}

/** A checked, wrapped index into a sequence of `length`, or IndexError. */
export function sequenceIndex(
  key: PyValue,
  length: number,
  typeName: string,
  what = "index",
): number {
  const raw = indexValue(
    key,
    () => `${typeName} indices must be integers or slices, not ${typeOf(key).tpName}`,
  );
  let index = typeof raw === "bigint" ? (raw < 0n ? -Infinity : Infinity) : raw;
  if (index < 0) index += length;
  if (!(index >= 0 && index < length)) {
    throw pyError("IndexError", `${typeName} ${what} out of range`);
  }
  return index;
}

export function sliceOf(items: readonly PyValue[], slice: SliceBounds): PyValue[] {
  const [start, , step, count] = sliceIndices(slice, items.length);
  if (step === 1) return items.slice(start, start + count);
  const out = new Array<PyValue>(count);
  for (let i = 0, at = start; i < count; i++, at += step) out[i] = items[at];
  return out;
}

export function getSubscript(container: PyValue, key: PyValue): PyValue {
  if (container instanceof PyList && container.cls === listType) {
    if (typeof key === "number") {
      const items = container.items;
      const index = key < 0 ? key + items.length : key;
      if (index >= 0 && index < items.length) return items[index];
      throw pyError("IndexError", "list index out of range");
    }
    if (key instanceof PySlice) return new PyList(sliceOf(container.items, key));
    return container.items[sequenceIndex(key, container.items.length, "list")];
  }
  if (container instanceof PyTuple && container.cls === tupleType) {
    if (key instanceof PySlice) return newTuple(sliceOf(container.items, key));
    return container.items[sequenceIndex(key, container.items.length, "tuple")];
  }
  if (container instanceof PyDict && container.cls === dictType) {
    const value = container.get(key);
    if (value !== undefined) return value;
    const missing = typeOf(container).lookup("__missing__");
    if (missing !== undefined) return callObject(missing, [container, key], null);
    throw pyError("KeyError", key);
  }
  if (isStr(container)) return strSubscript(container, key);
  const getitem = slotOf(typeOf(container), "__getitem__");
  if (getitem !== undefined) return getitem(container, key);
  if (container instanceof PyType) {
    if (container.lookup("__class_getitem__") !== undefined) {
      return callObject(getAttribute(container, "__class_getitem__"), [key], null);
    }
    throw pyError("TypeError", `type '${container.name}' is not subscriptable`);
  }
  throw pyError("TypeError", `'${typeOf(container).tpName}' object is not subscriptable`);
}

export function setSubscript(container: PyValue, key: PyValue, value: PyValue): void {
  if (container instanceof PyList && container.cls === listType) {
    if (key instanceof PySlice) {
      assignSlice(container, key, value);
      return;
    }
    container.items[sequenceIndex(key, container.items.length, "list", "assignment index")] = value;
    return;
  }
  if (container instanceof PyDict && container.cls === dictType) {
    container.set(key, value);
    return;
  }
  const setitem = slotOf(typeOf(container), "__setitem__");
  if (setitem === undefined) {
    throw pyError(
      "TypeError",
      `'${typeOf(container).tpName}' object does not support item assignment`,
    );
  }
  setitem(container, key, value);
}

export function deleteSubscript(container: PyValue, key: PyValue): void {
  if (container instanceof PyList && container.cls === listType) {
    if (key instanceof PySlice) {
      const [start, , step, count] = sliceIndices(key, container.items.length);
      const doomed = new Set<number>();
      for (let i = 0, at = start; i < count; i++, at += step) doomed.add(at);
      container.items = container.items.filter((_, index) => !doomed.has(index));
      return;
    }
    container.items.splice(
      sequenceIndex(key, container.items.length, "list", "assignment index"),
      1,
    );
    return;
  }
  if (container instanceof PyDict && container.cls === dictType) {
    if (!container.delete(key)) throw pyError("KeyError", key);
    return;
  }
  const delitem = slotOf(typeOf(container), "__delitem__");
  if (delitem === undefined) throw noItemDeletion(container, key);
  delitem(container, key);
}

/**
 * CPython words this two ways: PySequence_DelItem's "doesn't" for a type with
 * sequence methods and an integer key, PyObject_DelItem's "does not" otherwise.
 */
function noItemDeletion(container: PyValue, key: PyValue) {
  const type = typeOf(container);
  const sequenceLike = type.isHeapType ||
    ["__getitem__", "__len__", "__contains__"].some((name) => slotOf(type, name) !== undefined);
  const integerKey = typeof key === "number" || typeof key === "bigint" ||
    typeof key === "boolean" || slotOf(typeOf(key), "__index__") !== undefined;
  const verb = sequenceLike && integerKey ? "doesn't" : "does not";
  return pyError("TypeError", `'${type.tpName}' object ${verb} support item deletion`);
}

/**
 * `lst[start:stop:step]` of an exact list, the bounds ints or None: a
 * compiled trace's BUILD_SLICE + BINARY_SUBSCR, with no slice object.
 */
export function listSlice(list: PyList, start: PyValue, stop: PyValue, step: PyValue): PyList {
  const items = list.items;
  if (plainBound(start) && plainBound(stop)) {
    const n = items.length;
    if (step === null || step === 1) { // the common copies and windows
      const a = start === null ? 0 : forwardBound(start, n);
      const b = stop === null ? n : forwardBound(stop, n);
      return new PyList(a < b ? items.slice(a, b) : []);
    }
    if (step === -1) { // reversed prefixes (fannkuch's flips)
      const a = start === null ? n - 1 : backwardBound(start, n);
      const b = stop === null ? -1 : backwardBound(stop, n);
      const out: PyValue[] = [];
      for (let i = a; i > b; i--) out.push(items[i]);
      return new PyList(out);
    }
  }
  return new PyList(sliceOf(items, { start, stop, step }));
}

/** A slice bound the fast paths take: None or a small int. */
function plainBound(bound: PyValue): bound is number | null {
  return bound === null || typeof bound === "number";
}

/** PySlice_AdjustIndices for a step > 0. */
function forwardBound(index: number, length: number): number {
  if (index < 0) return index + length < 0 ? 0 : index + length;
  return index > length ? length : index;
}

/** PySlice_AdjustIndices for a step < 0. */
function backwardBound(index: number, length: number): number {
  if (index < 0) return index + length < 0 ? -1 : index + length;
  return index >= length ? length - 1 : index;
}

/**
 * `lst[start:stop:step] = value` of an exact list from an exact list or
 * tuple, the bounds ints or None (a compiled trace's BUILD_SLICE +
 * STORE_SUBSCR). False, with nothing done, when an extended slice's size
 * differs from the value's: the trace then leaves, and the interpreter
 * raises CPython's ValueError at the right instruction.
 */
export function assignListSlice(
  list: PyList,
  start: PyValue,
  stop: PyValue,
  step: PyValue,
  value: PyValue,
): boolean {
  if ((step === null || step === 1) && plainBound(start) && plainBound(stop)) {
    const items = list.items, n = items.length;
    const a = start === null ? 0 : forwardBound(start, n);
    const b = stop === null ? n : forwardBound(stop, n);
    const replacement = value === list ? items.slice() : (value as PyList | PyTuple).items;
    replaceRange(items, a, Math.max(a, b) - a, replacement);
    return true;
  }
  const bounds = { start, stop, step };
  if (step !== null && step !== 1) {
    const count = sliceIndices(bounds, list.items.length)[3];
    if ((value as PyList).items.length !== count) return false;
  }
  assignSlice(list, bounds, value);
  return true;
}

/** `lst[a:b:c] = iterable`, with CPython's extended-slice size rule. */
function assignSlice(list: PyList, slice: SliceBounds, value: PyValue): void {
  const replacement = value === list ? list.items.slice() : assignedItems(value);
  const [start, stop, step, count] = sliceIndices(slice, list.items.length);
  if (step === 1) {
    const end = Math.max(start, stop);
    replaceRange(list.items, start, end - start, replacement);
    return;
  }
  if (replacement.length !== count) {
    throw pyError(
      "ValueError",
      `attempt to assign sequence of size ${replacement.length} to extended slice of size ${count}`,
    );
  }
  for (let i = 0, at = start; i < count; i++, at += step) list.items[at] = replacement[i];
}

/** The items of a slice assignment's value: PySequence_Fast(v, "can only assign an iterable"). */
function assignedItems(value: PyValue): readonly PyValue[] {
  const items = exactItems(value);
  if (items !== undefined) return items;
  let iterator: PyValue;
  try {
    iterator = getIterator(value);
  } catch (error) {
    if (error instanceof PyBaseException && error.cls.isSubtypeOf(ExceptionType.TypeError)) {
      throw pyError("TypeError", "can only assign an iterable");
    }
    throw error;
  }
  return iterateToArray(iterator);
}
