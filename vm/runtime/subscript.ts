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
    throw pyError("TypeError", `type '${container.tpName}' is not subscriptable`);
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
