/**
 * The iteration protocol: `iter()`, `next()` and the FOR_ITER fast path.
 *
 * Builtin containers hand out `PyNativeIterator`s whose `advance()` returns
 * the next value or `undefined` when exhausted, so a `for` loop over a list,
 * tuple, str or range never raises StopIteration internally. Any other
 * iterator goes through `__next__`, where StopIteration means exhausted.
 */
import { PyObject, type PyValue } from "../objects/object.ts";
import type { PyType } from "../objects/type.ts";
import { makeBuiltinType } from "../objects/core_types.ts";
import { typeOf } from "../objects/typeof.ts";
import { ExceptionType, PyBaseException, pyError } from "../objects/exceptions.ts";
import { listType, PyList } from "../objects/list.ts";
import { PyTuple, tupleType } from "../objects/tuple.ts";
import { slotOf } from "./slots.ts";
import { PyDictIterator, PyDictView } from "../objects/dict_views.ts";
import { dictType, PyDict } from "../objects/dict.ts";
import { PySetIterator } from "./types/set_iterator.ts";
import { type PyStr, PyWideStr, strAt, strLength } from "../objects/str_wide.ts";
import { consumeGenerator, isPlainGenerator, PUSH_TAKEN, PyGenerator } from "./generator.ts";

export const listIteratorType = makeBuiltinType("list_iterator", undefined, {
  subclassable: false,
});
export const listReverseIteratorType = makeBuiltinType("list_reverseiterator", undefined, {
  subclassable: false,
});
export const tupleIteratorType = makeBuiltinType("tuple_iterator", undefined, {
  subclassable: false,
});
/** CPython iterates ASCII-only strs with a type of their own. */
export const strAsciiIteratorType = makeBuiltinType("str_ascii_iterator", undefined, {
  subclassable: false,
});
export const strIteratorType = makeBuiltinType("str_iterator", undefined, {
  subclassable: false,
});
export const sequenceIteratorType = makeBuiltinType("iterator", undefined, { subclassable: false });

export class PyNativeIterator extends PyObject {
  constructor(
    cls: PyType,
    readonly advance: () => PyValue | undefined,
    /** How many items remain (`__length_hint__`), when the iterator knows. */
    readonly lengthHint: (() => number) | null = null,
  ) {
    super(cls);
  }
}

/**
 * The iterator of a range with safe-integer bounds: its state is plain fields
 * so that FOR_ITER can step it inline (eval.ts) without calling `advance`.
 */
export class PyRangeIterator extends PyNativeIterator {
  /** The first value: pickling states the position as an index from it. */
  readonly start: number;
  constructor(cls: PyType, public next: number, readonly stop: number, readonly step: number) {
    super(cls, advanceRange, rangeRemaining);
    this.start = next;
  }
}

function rangeRemaining(this: PyRangeIterator): number {
  const span = this.step > 0 ? this.stop - this.next : this.next - this.stop;
  return span <= 0 ? 0 : Math.ceil(span / Math.abs(this.step));
}

function advanceRange(this: PyRangeIterator): number | undefined {
  const value = this.next;
  if (this.step > 0 ? value >= this.stop : value <= this.stop) return undefined;
  this.next = value + this.step;
  return value;
}

/**
 * How a `PyIndexIterator` reads its sequence: the item at an index
 * (undefined past either end) and the sequence's length.
 */
export interface IndexedSequence {
  itemAt(sequence: PyValue, index: number): PyValue | undefined;
  size(sequence: PyValue): number;
}

/**
 * An iterator over a sequence by position, forwards or backwards: the list,
 * tuple, str, bytes and bytearray iterators, `reversed`, and the iterator of
 * the `__getitem__` protocol. Its state is CPython's it_seq/it_index, kept in
 * fields because pickling (`__reduce__`, `__setstate__`) reads and sets them;
 * `sequence` becomes null once exhausted, as CPython drops its reference.
 * The length is re-read at each step: a list may grow or shrink while iterated.
 */
export class PyIndexIterator extends PyNativeIterator {
  constructor(
    cls: PyType,
    public sequence: PyValue | null,
    public index: number,
    readonly access: IndexedSequence,
    readonly step: 1 | -1,
  ) {
    super(cls, advanceIndex, indexRemaining);
  }
}

function advanceIndex(this: PyIndexIterator): PyValue | undefined {
  const sequence = this.sequence;
  if (sequence === null) return undefined;
  const index = this.index;
  const access = this.access;
  // A list's or tuple's items read in place (the common iterator), others through `access`.
  const value = index < 0
    ? undefined
    : access === ITEMS_SEQUENCE
    ? (sequence as PyList).items[index]
    : access.itemAt(sequence, index);
  if (value === undefined) {
    this.sequence = null;
    return undefined;
  }
  this.index += this.step;
  return value;
}

function indexRemaining(this: PyIndexIterator): number {
  if (this.sequence === null) return 0;
  const size = this.access.size(this.sequence);
  if (this.step > 0) return Math.max(0, size - this.index);
  return this.index >= 0 && this.index < size ? this.index + 1 : 0;
}

/** The items of a list or tuple (anything with an `items` array). */
export const ITEMS_SEQUENCE: IndexedSequence = {
  itemAt: (sequence, index) => (sequence as PyList).items[index],
  size: (sequence) => (sequence as PyList).items.length,
};

const STR_SEQUENCE: IndexedSequence = {
  itemAt: (sequence, index) =>
    index < strLength(sequence as PyStr) ? strAt(sequence as PyStr, index) : undefined,
  size: (sequence) => strLength(sequence as PyStr),
};

const NON_ASCII = /[\u0080-\uffff]/;

/** The iterator of a list or tuple. */
export function arrayIterator(cls: PyType, sequence: PyList | PyTuple): PyNativeIterator {
  return new PyIndexIterator(cls, sequence, 0, ITEMS_SEQUENCE, 1);
}

/** The same, from the last item down (reversed() of a list or an exact tuple). */
export function reversedArrayIterator(cls: PyType, sequence: PyList | PyTuple): PyNativeIterator {
  return new PyIndexIterator(cls, sequence, sequence.items.length - 1, ITEMS_SEQUENCE, -1);
}

/** iter(obj). */
/**
 * The items of an exact list or tuple, else undefined: the fast path of
 * iteration, which a subclass must not take (it may override `__iter__`).
 */
export function exactItems(value: PyValue): readonly PyValue[] | undefined {
  if (value instanceof PyList) return value.cls === listType ? value.items : undefined;
  if (value instanceof PyTuple) return value.cls === tupleType ? value.items : undefined;
  return undefined;
}

export function getIterator(obj: PyValue): PyValue {
  if (obj instanceof PyList && obj.cls === listType) return arrayIterator(listIteratorType, obj);
  if (obj instanceof PyTuple && obj.cls === tupleType) {
    return arrayIterator(tupleIteratorType, obj);
  }
  if (typeof obj === "string" || obj instanceof PyWideStr) {
    const type = typeof obj === "string" && !NON_ASCII.test(obj)
      ? strAsciiIteratorType
      : strIteratorType;
    return new PyIndexIterator(type, obj, 0, STR_SEQUENCE, 1);
  }
  if (obj instanceof PyNativeIterator) return obj;
  // A generator is its own iterator (its type takes no subclasses): sum(g), any(g),
  // list(g)... of `sum(f(v) for v in d.values())` without the `__iter__` slot's lookup.
  if (isPlainGenerator(obj)) return obj;
  // A dict view's `__iter__` (view types take no subclasses), and an exact dict's.
  if (obj instanceof PyDictView) return obj.iterate();
  if (obj instanceof PyDict && obj.cls === dictType) return new PyDictIterator(obj, "keys", false);
  const type = typeOf(obj);
  const iter = slotOf(type, "__iter__");
  if (iter !== undefined) {
    const iterator = iter(obj);
    if (iterator instanceof PyNativeIterator || iterator instanceof PyGenerator) return iterator;
    if (slotOf(typeOf(iterator), "__next__") === undefined) {
      throw pyError(
        "TypeError",
        `iter() returned non-iterator of type '${typeOf(iterator).tpName}'`,
      );
    }
    return iterator;
  }
  const getitem = slotOf(type, "__getitem__");
  if (getitem !== undefined && type.lookup("__iter__") !== null) { // `__iter__ = None` opts out
    const sequence = getItemSequence(getitem, (value) => {
      const length = slotOf(typeOf(value), "__len__");
      return length === undefined ? 0 : Number(length(value));
    });
    return new PyIndexIterator(sequenceIteratorType, obj, 0, sequence, 1);
  }
  throw pyError("TypeError", `'${type.tpName}' object is not iterable`);
}

/** A sequence read through its `__getitem__`: IndexError or StopIteration ends it. */
export function getItemSequence(
  getitem: (sequence: PyValue, index: PyValue) => PyValue,
  size: (sequence: PyValue) => number,
): IndexedSequence {
  return {
    size,
    itemAt(sequence: PyValue, index: number): PyValue | undefined {
      try {
        return getitem(sequence, index);
      } catch (error) {
        if (isInstanceOf(error, "IndexError") || isInstanceOf(error, "StopIteration")) {
          return undefined;
        }
        throw error;
      }
    },
  };
}

function isInstanceOf(error: unknown, name: "IndexError" | "StopIteration"): boolean {
  return error instanceof PyBaseException && error.cls.isSubtypeOf(ExceptionType[name]);
}

/** next(iterator) for FOR_ITER: the value, or undefined when exhausted. */
export function nextOrUndefined(iterator: PyValue): PyValue | undefined {
  // Fast path for builtin iterator types only: a Python subclass may override __next__.
  if (iterator instanceof PyNativeIterator && !iterator.cls.isHeapType) return iterator.advance();
  if (iterator instanceof PyGenerator) {
    const result = iterator.resume(null);
    return result.done ? undefined : result.value;
  }
  // Dict and set iterators step without their `__next__` slot and the StopIteration it
  // raises at the end (their types take no subclasses: CPython's are not base types).
  if (iterator instanceof PyDictIterator || iterator instanceof PySetIterator) {
    return iterator.next();
  }
  const next = slotOf(typeOf(iterator), "__next__");
  if (next === undefined) {
    throw pyError("TypeError", `'${typeOf(iterator).tpName}' object is not an iterator`);
  }
  try {
    return next(iterator);
  } catch (error) {
    if (isInstanceOf(error, "StopIteration")) return undefined;
    throw error;
  }
}

/** Iterate any iterable from TypeScript. */
export function* iterateValues(iterable: PyValue): Generator<PyValue> {
  const items = exactItems(iterable);
  if (items !== undefined) {
    yield* items;
    return;
  }
  const iterator = getIterator(iterable);
  for (
    let value = nextOrUndefined(iterator);
    value !== undefined;
    value = nextOrUndefined(iterator)
  ) {
    yield value;
  }
}

export function iterateToArray(iterable: PyValue): PyValue[] {
  const items = exactItems(iterable);
  if (items !== undefined) return items.slice();
  return drainIterator(getIterator(iterable));
}

/**
 * Calls `take` with each item of `iterable` until it answers false. A
 * generator runs in push mode (generator.ts consumeGenerator), `quick`
 * offered each value first: for natives like sum(), any() and all().
 */
export function forEachItem(
  iterable: PyValue,
  take: (item: PyValue) => boolean,
  quick: (item: PyValue) => number,
): void {
  const items = exactItems(iterable);
  if (items !== undefined) {
    for (let i = 0; i < items.length; i++) if (!take(items[i])) return;
    return;
  }
  const iterator = getIterator(iterable);
  if (isPlainGenerator(iterator)) return consumeGenerator(iterator, quick, take);
  for (let v = nextOrUndefined(iterator); v !== undefined; v = nextOrUndefined(iterator)) {
    if (!take(v)) return;
  }
}

/** The remaining items of an iterator, in order. */
export function drainIterator(iterator: PyValue): PyValue[] {
  const out: PyValue[] = [];
  if (isPlainGenerator(iterator)) {
    const push = (value: PyValue) => out.push(value) > 0;
    consumeGenerator(iterator, (value) => (push(value), PUSH_TAKEN), push);
    return out;
  }
  for (
    let value = nextOrUndefined(iterator);
    value !== undefined;
    value = nextOrUndefined(iterator)
  ) {
    out.push(value);
  }
  return out;
}
