/**
 * bytes and bytearray as sequences: indexing (an int), slicing (a new byte
 * string), concatenation with any bytes-like object, repetition and rich
 * comparison (lexicographic on unsigned bytes; bytes and bytearray compare
 * with each other, never with str).
 */
import type { PyValue } from "./object.ts";
import { PyBytes } from "./bytes.ts";
import { pyError } from "./exceptions.ts";
import { NotImplemented } from "./singletons.ts";
import { typeOf } from "./typeof.ts";
import { indexValue, PySlice, sliceIndices } from "./slice.ts";
import { bufferOf } from "./buffer.ts";
import { indexOperand } from "./bytes_args.ts";
import { allocateBytes, copyBytes } from "./bytes_alloc.ts";
import type { ComparisonOperator } from "./str_sequence.ts";

const SSIZE_MAX = 2n ** 63n - 1n;

/** A checked index into `length` bytes; `what` names the type in messages ("" for bytes). */
export function byteIndex(key: PyValue, length: number, typeName: string, what: string): number {
  return boundedByteIndex(unboundedByteIndex(key, typeName), length, typeName, what);
}

/** An index operand as an int (negative ones not yet counted from the end). */
export function unboundedByteIndex(key: PyValue, typeName: string): number {
  const raw = indexValue(
    key,
    () =>
      `${typeName === "bytes" ? "byte" : typeName} indices must be integers or slices, not ${
        typeOf(key).tpName
      }`,
  );
  if (typeof raw === "bigint" && (raw > SSIZE_MAX || raw < -SSIZE_MAX - 1n)) {
    throw pyError("IndexError", `cannot fit 'int' into an index-sized integer`);
  }
  return Number(raw);
}

/** `index` counted from the end when negative, checked against `length`. */
export function boundedByteIndex(
  index: number,
  length: number,
  typeName: string,
  what: string,
): number {
  if (index < 0) index += length;
  if (!(index >= 0 && index < length)) {
    throw pyError("IndexError", `${typeName === "bytes" ? "" : typeName + " "}${what}out of range`);
  }
  return index;
}

/** self[key]: an int for an index, a copy of the selected bytes for a slice. */
export function bytesSubscript(
  self: Uint8Array,
  key: PyValue,
  typeName: string,
): number | Uint8Array {
  if (typeof key === "number") {
    const index = key < 0 ? key + self.length : key;
    if (index >= 0 && index < self.length) return self[index];
  }
  if (key instanceof PySlice) return sliceBytes(self, key);
  return self[byteIndex(key, self.length, typeName, "index ")];
}

export function sliceBytes(self: Uint8Array, slice: PySlice): Uint8Array {
  const [start, , step, count] = sliceIndices(slice, self.length);
  if (step === 1) return copyBytes(self.subarray(start, start + count));
  const out = allocateBytes(count);
  for (let i = 0, at = start; i < count; i++, at += step) out[i] = self[at];
  return out;
}

/** self + other for a bytes-like other; the "can't concat" TypeError otherwise. */
export function bytesConcat(self: Uint8Array, other: PyValue, selfTypeName: string): Uint8Array {
  const bytes = bufferOf(other);
  if (bytes === undefined) {
    throw pyError("TypeError", `can't concat ${typeOf(other).tpName} to ${selfTypeName}`);
  }
  const out = allocateBytes(self.length + bytes.length);
  out.set(self);
  out.set(bytes, self.length);
  return out;
}

/** The repeat count of `*`, or undefined when `count` is not an int (NotImplemented). */
export function repeatCount(count: PyValue): number | undefined {
  const times = indexOperand(count);
  if (times === undefined) return undefined;
  if (typeof times === "bigint") {
    if (times > SSIZE_MAX || times < -SSIZE_MAX - 1n) {
      throw pyError("OverflowError", "cannot fit 'int' into an index-sized integer");
    }
    if (times < 0n) return 0;
  }
  return Math.max(0, Number(times));
}

/** `count` copies of `self`; bytes (not bytearray) past PY_SSIZE_T_MAX is an OverflowError. */
export function bytesRepeat(self: Uint8Array, times: number, isBytes = false): Uint8Array {
  if (times === 0 || self.length === 0) return allocateBytes(0);
  const length = self.length * times;
  if (isBytes && length > 2 ** 52 && BigInt(self.length) * BigInt(times) > SSIZE_MAX - 33n) {
    throw pyError("OverflowError", "repeated bytes are too long");
  }
  if (length > 2 ** 32) throw pyError("MemoryError");
  const out = allocateBytes(length);
  if (self.length === 1) return out.fill(self[0]);
  out.set(self);
  for (let filled = self.length; filled < out.length; filled *= 2) {
    out.copyWithin(filled, 0, Math.min(filled, out.length - filled));
  }
  return out;
}

/**
 * `b * times` of an exact bytes (bytes_repeat: one whose size would not
 * change is returned itself); also a trace's bytes_repeat op (jit/ir_ops.ts).
 */
export function repeatExactBytes(self: PyBytes, times: number): PyBytes {
  if (times === 1 || self.bytes.length === 0) return self;
  return new PyBytes(bytesRepeat(self.bytes, Math.max(0, times), true));
}

export function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const common = Math.min(a.length, b.length);
  for (let i = 0; i < common; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return a.length - b.length;
}

export function bytesRichCompare(
  self: Uint8Array,
  other: PyValue,
  operator: ComparisonOperator,
): PyValue {
  const bytes = bufferOf(other);
  if (bytes === undefined) return NotImplemented;
  if (operator === "__eq__" || operator === "__ne__") {
    const equal = self.length === bytes.length && compareBytes(self, bytes) === 0;
    return operator === "__eq__" ? equal : !equal;
  }
  const order = compareBytes(self, bytes);
  switch (operator) {
    case "__lt__":
      return order < 0;
    case "__le__":
      return order <= 0;
    case "__gt__":
      return order > 0;
    case "__ge__":
      return order >= 0;
  }
}
