/**
 * str as a sequence and a value: indexing and slicing by code point,
 * concatenation, repetition and rich comparison (code point order). Slice
 * arithmetic is CPython's PySlice_Unpack + PySlice_AdjustIndices. Hashing is
 * vm/runtime/hash.ts's (one str hash for dicts and hash()).
 */
import { unboxStr } from "./str_boxed.ts";
import type { PyValue } from "./object.ts";
import { PySlice } from "./slice.ts";
import { intOperand } from "./int_value.ts";
import { pyError } from "./exceptions.ts";
import { NotImplemented } from "./singletons.ts";
import { typeOf } from "./typeof.ts";
import { asInteger, sliceBound, typeName } from "./str_args.ts";
import { filledArray } from "./array_fill.ts";
import {
  checkStrLength,
  codePointsOf,
  isStr,
  type PyStr,
  PyWideStr,
  strAt,
  strCompare,
  strConcat,
  strEquals,
  strFromCodePoints,
  strLength,
  strSlice,
} from "./str_wide.ts";

const SSIZE_MAX = 2n ** 63n - 1n;

/** self[key] for an int-like key or a slice. */
export function strSubscript(self: PyStr, key: PyValue): PyStr {
  if (typeof key === "number") return strItem(self, key);
  if (key instanceof PySlice) return strSliceWithStep(self, key.start, key.stop, key.step);
  if (!isIndexLike(key)) {
    throw pyError("TypeError", `string indices must be integers, not '${typeName(key)}'`);
  }
  const index = asInteger(key);
  if (typeof index === "number") return strItem(self, index);
  if (index > SSIZE_MAX || index < -SSIZE_MAX - 1n) {
    throw pyError("IndexError", "cannot fit 'int' into an index-sized integer");
  }
  throw pyError("IndexError", "string index out of range");
}

/** An int, a bool, an int subclass instance or an object with `__index__`. */
export function isIndexLike(value: PyValue): boolean {
  return intOperand(value) !== undefined ||
    (value !== null && typeof value === "object" &&
      typeOf(value).lookup("__index__") !== undefined);
}

function strItem(self: PyStr, index: number): PyStr {
  const length = strLength(self);
  const position = index < 0 ? index + length : index;
  if (position < 0 || position >= length) {
    throw pyError("IndexError", "string index out of range");
  }
  return strAt(self, position);
}

/** Arrays of UTF-16 units, one per length below KEPT_UNITS, that strSliceWithStep refills. */
const KEPT_UNITS = 64;
const keptUnits: number[][] = [];

/** self[start:stop:step] with Python's slice semantics (None allowed everywhere). */
export function strSliceWithStep(
  self: PyStr,
  startArgument: PyValue,
  stopArgument: PyValue,
  stepArgument: PyValue,
): PyStr {
  const step = sliceBound(stepArgument, 1);
  if (step === 0) throw pyError("ValueError", "slice step cannot be zero");
  const length = strLength(self);
  const huge = Number.MAX_SAFE_INTEGER;
  let start = sliceBound(startArgument, step < 0 ? huge : 0);
  let stop = sliceBound(stopArgument, step < 0 ? -huge : huge);
  if (start < 0) {
    start += length;
    if (start < 0) start = step < 0 ? -1 : 0;
  } else if (start >= length) start = step < 0 ? length - 1 : length;
  if (stop < 0) {
    stop += length;
    if (stop < 0) stop = step < 0 ? -1 : 0;
  } else if (stop >= length) stop = step < 0 ? length - 1 : length;
  if (step === 1) return stop > start ? strSlice(self, start, stop) : "";
  if (typeof self === "string" && Math.abs(stop - start) <= 256 * Math.abs(step)) {
    // A short pick of a primitive str, whose UTF-16 units are its code points
    // (str_wide.ts): one fromCharCode of the units (1.3x `+=` of characters),
    // gathered in an array of its size (1.3x pushing them: "item%d"[::-1]).
    // A short pick reuses the array kept for its size: a fresh one was most
    // of the bytes such slices allocate (120 bytes for a 9-character str).
    const count = step > 0
      ? (stop > start ? Math.ceil((stop - start) / step) : 0)
      : (start > stop ? Math.ceil((start - stop) / -step) : 0);
    const units = count < KEPT_UNITS
      ? (keptUnits[count] ??= filledArray(count, 0))
      : new Array<number>(count);
    for (let k = 0, i = start; k < count; k++, i += step) units[k] = self.charCodeAt(i);
    return String.fromCharCode.apply(null, units);
  }
  const points = codePointsOf(self);
  const picked: number[] = [];
  if (step > 0) { for (let i = start; i < stop; i += step) picked.push(points[i]); }
  else for (let i = start; i > stop; i += step) picked.push(points[i]);
  return strFromCodePoints(picked);
}

/** `self + other` (str.__add__): only strs concatenate. */
export function strAdd(self: PyStr, other: PyValue): PyStr {
  other = unboxStr(other);
  if (!isStr(other)) {
    throw pyError(
      "TypeError",
      `can only concatenate str (not "${typeName(other)}") to str`,
    );
  }
  return strConcat(self, other);
}

/** `self * count` for an int-like count; the operator's TypeError otherwise. */
export function strRepeat(self: PyStr, count: PyValue): PyStr {
  if (!isIndexLike(count)) {
    throw pyError("TypeError", `can't multiply sequence by non-int of type '${typeName(count)}'`);
  }
  const times = asInteger(count);
  if (typeof times === "bigint" && (times > SSIZE_MAX || times < -SSIZE_MAX - 1n)) {
    throw pyError("OverflowError", "cannot fit 'int' into an index-sized integer");
  }
  const n = Number(times);
  const length = strLength(self);
  if (n <= 0 || length === 0) return "";
  if (n === 1) return self;
  // The exact count: Number(times) may round a count near 2**63 up past it.
  // (Only a product near that needs it: the BigInts cost most of `"  " * 3`.)
  if (length * n > 2 ** 62 && BigInt(length) * BigInt(times) > SSIZE_MAX) {
    throw pyError("OverflowError", "repeated string is too long");
  }
  checkStrLength(length * n);
  if (typeof self === "string") return self.repeat(n);
  const points = self.codePoints;
  const repeated = new Uint32Array(points.length * n);
  for (let i = 0; i < n; i++) repeated.set(points, i * points.length);
  return new PyWideStr(repeated);
}

export type ComparisonOperator = "__lt__" | "__le__" | "__eq__" | "__ne__" | "__gt__" | "__ge__";

/** Rich comparison; NotImplemented unless both operands are strs. */
export function strRichCompare(
  self: PyStr,
  other: PyValue,
  operator: ComparisonOperator,
): PyValue {
  other = unboxStr(other);
  if (!isStr(other)) return NotImplemented;
  switch (operator) {
    case "__eq__":
      return strEquals(self, other);
    case "__ne__":
      return !strEquals(self, other);
    case "__lt__":
      return strCompare(self, other) < 0;
    case "__le__":
      return strCompare(self, other) <= 0;
    case "__gt__":
      return strCompare(self, other) > 0;
    case "__ge__":
      return strCompare(self, other) >= 0;
  }
}

/**
 * The characters of a str one by one, for the runtime's str iterator: each call
 * returns the next one-character str, then undefined. Works for both forms.
 */
export function strCharacterStepper(self: PyStr): () => PyStr | undefined {
  let index = 0;
  const length = strLength(self);
  return () => index < length ? strAt(self, index++) : undefined;
}
