/**
 * `range`: an immutable arithmetic progression of ints, CPython 3.11's
 * rangeobject.c. A range with safe-integer bounds is a `PyRange` (number
 * fields: iteration, len and indexing stay on plain numbers); beyond, a
 * `PyLongRange` (range_long.ts). Every method is written once over the bigint
 * view (`rangeFields`), with `PyRange` fast paths where they matter.
 *
 * Slicing computes start and stop as `start + i * step` for the slice's
 * clamped indices (compute_slice), so `range(1, 10, 3)[::2]` is
 * `range(1, 10, 6)`. Iterators are `range_iterator` when start, stop, step and
 * the length fit a C long, `longrange_iterator` otherwise, as in CPython.
 */
import { PyObject, type PyValue } from "../../objects/object.ts";
import { boolType, intType, makeBuiltinType } from "../../objects/core_types.ts";
import { defineNativeMethods } from "../../objects/native_function.ts";
import { defineGetSets } from "../../objects/getset.ts";
import {
  longRangeIterator,
  longRangeIteratorType,
  PyCountingIterator,
  PyLongRange,
} from "./range_long.ts";
import { builtinNamed } from "./iterator_reduce.ts";
import { pyError } from "../../objects/exceptions.ts";
import { typeOf } from "../../objects/typeof.ts";
import { indexValue, PySlice, sliceIndicesLong } from "../../objects/slice.ts";
import { normalizeBigInt } from "../../objects/int_value.ts";
import { newTuple } from "../../objects/tuple.ts";
import { reprOf } from "../../objects/str_convert.ts";
import { toJsString } from "../../objects/str_wide.ts";
import { registerConstructor, registerInitializer } from "../call_type.ts";
import { getIterator, nextOrUndefined, PyNativeIterator, PyRangeIterator } from "../iteration.ts";
import { equals } from "../operators.ts";
import { hashOf } from "../hash.ts";
import { NotImplemented } from "../../objects/singletons.ts";

export const rangeType = makeBuiltinType("range", undefined, { subclassable: false });
export const rangeIteratorType = makeBuiltinType("range_iterator", undefined, {
  subclassable: false,
});

export class PyRange extends PyObject {
  readonly length: number;
  constructor(readonly start: number, readonly stop: number, readonly step: number) {
    super(rangeType);
    const span = step > 0 ? stop - start : start - stop;
    this.length = span <= 0 ? 0 : Math.floor((span - 1) / Math.abs(step)) + 1;
  }
  at(index: number): number {
    return this.start + index * this.step;
  }
}

type AnyRange = PyRange | PyLongRange;

interface RangeFields {
  start: bigint;
  stop: bigint;
  step: bigint;
  length: bigint;
}

function rangeFields(range: AnyRange): RangeFields {
  if (range instanceof PyLongRange) return range;
  return {
    start: BigInt(range.start),
    stop: BigInt(range.stop),
    step: BigInt(range.step),
    length: BigInt(range.length),
  };
}

function asRangeInt(value: PyValue): number | bigint {
  return indexValue(
    value,
    () => `'${typeOf(value).tpName}' object cannot be interpreted as an integer`,
  );
}

/** Whether stepping from `start` towards `stop` stays in safe integers (a `PyRange`'s condition). */
function stepsStaySafe(start: number, stop: number, step: number): boolean {
  return Number.isSafeInteger(stop + step) && Number.isSafeInteger(start - step);
}

/** A `PyRange` for safe-integer bounds, a `PyLongRange` beyond (step not 0). */
export function makeRange(start: number | bigint, stop: number | bigint, step: number | bigint) {
  if (
    typeof start === "number" && typeof stop === "number" && typeof step === "number" &&
    stepsStaySafe(start, stop, step)
  ) return new PyRange(start, stop, step);
  const [a, b, c] = [start, stop, step].map((value) => normalizeBigInt(BigInt(value)));
  if (typeof a === "number" && typeof b === "number" && typeof c === "number") {
    if (stepsStaySafe(a, b, c)) return new PyRange(a, b, c);
  }
  return new PyLongRange(rangeType, BigInt(start), BigInt(stop), BigInt(step));
}

registerConstructor(rangeType, (_cls, args, kwnames) => {
  if (kwnames !== null) throw pyError("TypeError", "range() takes no keyword arguments");
  if (args.length === 0) throw pyError("TypeError", "range expected at least 1 argument, got 0");
  if (args.length > 3) {
    throw pyError("TypeError", `range expected at most 3 arguments, got ${args.length}`);
  }
  if (args.length === 1) return makeRange(0, asRangeInt(args[0]), 1);
  const start = asRangeInt(args[0]);
  const stop = asRangeInt(args[1]);
  const step = args.length === 3 ? asRangeInt(args[2]) : 1;
  if (step === 0 || step === 0n) throw pyError("ValueError", "range() arg 3 must not be zero");
  return makeRange(start, stop, step);
});
registerInitializer(rangeType, () => {});

const LONG_MIN = -(2n ** 63n);
const LONG_MAX = 2n ** 63n - 1n;
const fitsLong = (value: bigint) => value >= LONG_MIN && value <= LONG_MAX;

/** An iterator over `count` items from `first` by `step`, of CPython's type for these bounds. */
function iteratorFrom(first: bigint, step: bigint, count: bigint, fast: boolean): PyNativeIterator {
  if (!fast) return longRangeIterator(first, step, count);
  const last = first + step * count;
  if (Number.isSafeInteger(Number(first)) && Number.isSafeInteger(Number(last))) {
    return new PyRangeIterator(rangeIteratorType, Number(first), Number(last), Number(step));
  }
  return new PyCountingIterator(rangeIteratorType, first, step, count);
}

/**
 * Pickling (3.11's rangeiter_reduce): `iter(range(first, first + count * step,
 * step))` with the index reached as the state; `__setstate__` clamps it to
 * the length.
 */
function rangeIteratorState(self: PyRangeIterator | PyCountingIterator) {
  if (self instanceof PyCountingIterator) {
    return { first: self.first, step: self.step, count: self.count, index: self.index };
  }
  const step = BigInt(self.step);
  const first = BigInt(self.start);
  const span = step > 0n ? BigInt(self.stop) - first : first - BigInt(self.stop);
  const magnitude = step > 0n ? step : -step;
  const count = span <= 0n ? 0n : (span + magnitude - 1n) / magnitude;
  return { first, step, count, index: (BigInt(self.next) - first) / step };
}

const iteratorPickling = {
  __reduce__: ["", (self: PyRangeIterator | PyCountingIterator) => {
    const { first, step, count, index } = rangeIteratorState(self);
    const range = makeRange(
      normalizeBigInt(first),
      normalizeBigInt(first + count * step),
      normalizeBigInt(step),
    );
    return newTuple([builtinNamed("iter"), newTuple([range]), normalizeBigInt(index)]);
  }],
  __setstate__: ["state, /", (self: PyRangeIterator | PyCountingIterator, state: PyValue) => {
    const requested = asRangeInt(state);
    const cLong = self.cls === rangeIteratorType; // PyLong_AsLong; longrange takes any int
    if (cLong && (requested < LONG_MIN || requested > LONG_MAX)) {
      throw pyError("OverflowError", "Python int too large to convert to C long");
    }
    const { count } = rangeIteratorState(self);
    let index = BigInt(requested);
    if (index < 0n) index = 0n;
    else if (index > count) index = count;
    if (self instanceof PyCountingIterator) self.index = index;
    else self.next = self.start + Number(index) * self.step;
    return null;
  }],
} as const;
defineNativeMethods(rangeIteratorType, iteratorPickling);
defineNativeMethods(longRangeIteratorType, iteratorPickling);

/** iter(range(start, stop, step)) of ints, step not 0, without the range (the JIT's range_iter). */
export function rangeIteratorOf(start: number, stop: number, step: number): PyNativeIterator {
  if (stepsStaySafe(start, stop, step)) {
    return new PyRangeIterator(rangeIteratorType, start, stop, step); // (makeRange's PyRange case)
  }
  return rangeIter(makeRange(start, stop, step));
}

function rangeIter(self: AnyRange): PyNativeIterator {
  if (self instanceof PyRange) {
    return new PyRangeIterator(rangeIteratorType, self.start, self.stop, self.step);
  }
  const { start, stop, step, length } = self;
  // range_iter: the int version when the fields and the length fit a C long.
  let fast = fitsLong(start) && fitsLong(stop) && fitsLong(step) && length <= LONG_MAX;
  if (fast && length > 0n) {
    fast = step > 0n ? stop <= LONG_MAX - (step - 1n) : stop >= LONG_MIN + (-1n - step);
  }
  return iteratorFrom(start, step, length, fast);
}

function rangeReversed(self: AnyRange): PyNativeIterator {
  const { start, stop, step, length } = rangeFields(self);
  // range_reverse: the int version when start, stop, -step, start - step and the length fit.
  const fast = fitsLong(start) && fitsLong(stop) && fitsLong(step) && step !== LONG_MIN &&
    fitsLong(start - step) && length <= LONG_MAX;
  return iteratorFrom(start + (length - 1n) * step, -step, length, fast);
}

function rangeRepr(self: AnyRange): string {
  const { start, stop, step } = rangeFields(self);
  return step === 1n ? `range(${start}, ${stop})` : `range(${start}, ${stop}, ${step})`;
}

function rangeLen(self: AnyRange): PyValue {
  if (self instanceof PyRange) return self.length;
  if (self.length > LONG_MAX) {
    throw pyError("OverflowError", "Python int too large to convert to C ssize_t");
  }
  return normalizeBigInt(self.length);
}

/** The item at `index` (already an int), or IndexError. */
function rangeItem(self: AnyRange, index: number | bigint): PyValue {
  if (self instanceof PyRange && typeof index === "number") {
    const at = index < 0 ? index + self.length : index;
    if (at < 0 || at >= self.length) throw pyError("IndexError", "range object index out of range");
    return self.at(at);
  }
  const { start, step, length } = rangeFields(self);
  let at = BigInt(index);
  if (at < 0n) at += length;
  if (at < 0n || at >= length) throw pyError("IndexError", "range object index out of range");
  return normalizeBigInt(start + at * step);
}

function rangeSlice(self: AnyRange, slice: PySlice): AnyRange {
  const { start, step, length } = rangeFields(self);
  const [first, last, by] = sliceIndicesLong(slice, length);
  return makeRange(start + first * step, start + last * step, step * by);
}

function rangeSubscript(self: AnyRange, key: PyValue): PyValue {
  if (key instanceof PySlice) return rangeSlice(self, key);
  const index = indexValue(
    key,
    () => `range indices must be integers or slices, not ${typeOf(key).tpName}`,
  );
  return rangeItem(self, index);
}

/** The position of int `value` in the range, or -1n. */
function positionOf(self: AnyRange, value: number | bigint): bigint {
  const { start, step, length } = rangeFields(self);
  const offset = BigInt(value) - start;
  if (offset % step !== 0n) return -1n;
  const position = offset / step;
  return position >= 0n && position < length ? position : -1n;
}

/** range_contains: exact ints and bools arithmetically, anything else by equality. */
const isExactInt = (value: PyValue) => {
  const type = typeOf(value);
  return type === intType || type === boolType;
};

function intValue(value: PyValue): number | bigint {
  return typeof value === "boolean" ? (value ? 1 : 0) : value as number | bigint;
}

function rangeContains(self: AnyRange, key: PyValue): boolean {
  if (self instanceof PyRange && typeof key === "number") {
    const offset = key - self.start;
    return offset % self.step === 0 && offset / self.step >= 0 && offset / self.step < self.length;
  }
  if (isExactInt(key)) return positionOf(self, intValue(key)) >= 0n;
  const iterator = getIterator(self);
  for (let item = nextOrUndefined(iterator); item !== undefined; item = nextOrUndefined(iterator)) {
    if (equals(item, key)) return true;
  }
  return false;
}

function rangeEquals(self: AnyRange, other: AnyRange): boolean {
  const a = rangeFields(self);
  const b = rangeFields(other);
  if (a.length !== b.length) return false;
  if (a.length === 0n) return true;
  return a.start === b.start && (a.length === 1n || a.step === b.step);
}

function rangeHash(self: AnyRange): PyValue {
  const { start, step, length } = rangeFields(self);
  const items = length === 0n ? [0, null, null] : [
    normalizeBigInt(length),
    normalizeBigInt(start),
    length === 1n ? null : normalizeBigInt(step),
  ];
  return hashOf(newTuple(items));
}

const isRange = (value: PyValue): value is AnyRange =>
  value instanceof PyRange || value instanceof PyLongRange;

defineNativeMethods(rangeType, {
  __repr__: ["", rangeRepr],
  __len__: ["", rangeLen],
  __bool__: ["", (self: AnyRange) => self instanceof PyRange ? self.length > 0 : self.length > 0n],
  __iter__: ["", rangeIter],
  __reversed__: ["", rangeReversed],
  __getitem__: ["key, /", rangeSubscript],
  __contains__: ["key, /", rangeContains],
  __hash__: ["", rangeHash],
  __eq__: [
    "value, /",
    (self: AnyRange, other: PyValue) => isRange(other) ? rangeEquals(self, other) : NotImplemented,
  ],
  __ne__: [
    "value, /",
    (self: AnyRange, other: PyValue) => isRange(other) ? !rangeEquals(self, other) : NotImplemented,
  ],
  __reduce__: ["", (self: AnyRange) => {
    const { start, stop, step } = rangeFields(self);
    return newTuple([rangeType, newTuple([start, stop, step].map(normalizeBigInt))]);
  }],
  index: ["value, /", (self: AnyRange, value: PyValue) => {
    if (isExactInt(value)) {
      const position = positionOf(self, intValue(value));
      if (position < 0n) {
        throw pyError("ValueError", `${toJsString(reprOf(value))} is not in range`);
      }
      return normalizeBigInt(position);
    }
    let position = 0;
    const iterator = getIterator(self);
    for (
      let item = nextOrUndefined(iterator);
      item !== undefined;
      item = nextOrUndefined(iterator)
    ) {
      if (equals(item, value)) return position;
      position++;
    }
    throw pyError("ValueError", "sequence.index(x): x not in sequence");
  }],
  count: ["value, /", (self: AnyRange, value: PyValue) => {
    if (isExactInt(value)) return positionOf(self, intValue(value)) >= 0n ? 1 : 0;
    let count = 0;
    const iterator = getIterator(self);
    for (
      let item = nextOrUndefined(iterator);
      item !== undefined;
      item = nextOrUndefined(iterator)
    ) {
      if (equals(item, value)) count++;
    }
    return count;
  }],
});
defineGetSets(rangeType, {
  start: [(self: AnyRange) => normalizeBigInt(rangeFields(self).start)],
  stop: [(self: AnyRange) => normalizeBigInt(rangeFields(self).stop)],
  step: [(self: AnyRange) => normalizeBigInt(rangeFields(self).step)],
});
