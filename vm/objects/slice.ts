/** Slice objects (`slice` type): start, stop and step, each any value (None when absent). */
import { PyObject, type PyValue } from "./object.ts";
import { makeBuiltinType } from "./core_types.ts";
import { pyError } from "./exceptions.ts";
import { late } from "../runtime/late_protocols.ts";
import { typeOf } from "./typeof.ts";

export const sliceType = makeBuiltinType("slice", undefined, { subclassable: false });

export class PySlice extends PyObject {
  constructor(readonly start: PyValue, readonly stop: PyValue, readonly step: PyValue) {
    super(sliceType);
  }
}

/** An index value from a slice bound or subscript: int, bool, or anything with __index__. */
export function indexValue(value: PyValue, what: () => string): number | bigint {
  if (typeof value === "number" || typeof value === "bigint") return value;
  if (typeof value === "boolean") return value ? 1 : 0;
  if (
    value !== null && typeof value === "object" && typeOf(value).lookup("__index__") !== undefined
  ) {
    return late.index(value);
  }
  throw pyError("TypeError", what());
}

function clampBound(value: PyValue, length: number, negativeStep: boolean): number {
  let index: number;
  if (typeof value === "number") index = value; // the common case: no index protocol
  else {
    const raw = indexValue(value, badSliceIndex);
    index = typeof raw === "bigint" ? (raw < 0n ? -Infinity : Infinity) : raw;
  }
  if (index < 0) {
    index += length;
    if (index < 0) index = negativeStep ? -1 : 0;
  } else if (index >= length) index = negativeStep ? length - 1 : length;
  return index;
}

const BAD_SLICE_INDEX = "slice indices must be integers or None or have an __index__ method";

function badSliceIndex(): string {
  return BAD_SLICE_INDEX;
}

/** What `sliceIndices` reads of a slice (a compiled trace passes the bounds without a slice). */
export interface SliceBounds {
  readonly start: PyValue;
  readonly stop: PyValue;
  readonly step: PyValue;
}

/**
 * CPython's PySlice_Unpack + PySlice_AdjustIndices: the concrete
 * [start, stop, step, count] a slice selects from a sequence of `length`.
 */
export function sliceIndices(
  slice: SliceBounds,
  length: number,
): [number, number, number, number] {
  let step = 1;
  if (slice.step !== null && slice.step !== 1) {
    const raw = indexValue(slice.step, badSliceIndex);
    if (raw === 0 || raw === 0n) throw pyError("ValueError", "slice step cannot be zero");
    step = typeof raw === "bigint"
      ? (raw < 0n ? -Number.MAX_SAFE_INTEGER : Number.MAX_SAFE_INTEGER)
      : raw;
  }
  const negative = step < 0;
  const start = slice.start === null
    ? (negative ? length - 1 : 0)
    : clampBound(slice.start, length, negative);
  const stop = slice.stop === null
    ? (negative ? -1 : length)
    : clampBound(slice.stop, length, negative);
  let count = 0;
  if (negative ? stop < start : start < stop) {
    count = negative
      ? Math.floor((start - stop - 1) / -step) + 1
      : Math.floor((stop - start - 1) / step) + 1;
  }
  return [start, stop, step, count];
}

function bigIndex(value: PyValue): bigint {
  return BigInt(indexValue(value, badSliceIndex));
}

/**
 * CPython's _PySlice_GetLongIndices: (start, stop, step) of the slice over a
 * sequence of `length`, in arbitrary precision (slice.indices, range slicing).
 */
export function sliceIndicesLong(slice: PySlice, length: bigint): [bigint, bigint, bigint] {
  const step = slice.step === null ? 1n : bigIndex(slice.step);
  if (step === 0n) throw pyError("ValueError", "slice step cannot be zero");
  const negative = step < 0n;
  const lower = negative ? -1n : 0n;
  const upper = negative ? length - 1n : length;
  const clamp = (value: PyValue, fallback: bigint) => {
    if (value === null) return fallback;
    let index = bigIndex(value);
    if (index < 0n) {
      index += length;
      if (index < lower) index = lower;
    } else if (index > upper) index = upper;
    return index;
  };
  return [
    clamp(slice.start, negative ? upper : lower),
    clamp(slice.stop, negative ? lower : upper),
    step,
  ];
}
