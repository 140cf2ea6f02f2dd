/**
 * The mutating operations of bytearray: item and slice assignment and
 * deletion (extended slices included, with CPython's size rules), append,
 * extend, insert, pop, remove, reverse, clear, `+=` and `*=`.
 *
 * Slice assignment takes any bytes-like value directly; anything else except
 * numbers and strs is first turned into a bytearray (as `bytearray(value)`
 * would), so `ba[1:3] = [65, 66]` and `ba[1:3] = range(3)` work. Assigning an
 * empty value to an extended slice deletes it, as in CPython.
 */
import type { PyValue } from "./object.ts";
import { pyError } from "./exceptions.ts";
import { typeOf } from "./typeof.ts";
import { late } from "../runtime/late_protocols.ts";
import { PySlice, sliceIndices } from "./slice.ts";
import { isStr } from "./str_wide.ts";
import { floatType } from "./float.ts";
import { complexType } from "./complex.ts";
import type { PyByteArray } from "./bytearray.ts";
import { bufferOf } from "./buffer.ts";
import { expectByte, indexOperand, isIterable } from "./bytes_args.ts";
import {
  boundedByteIndex,
  byteIndex,
  bytesRepeat,
  repeatCount,
  unboundedByteIndex,
} from "./bytes_sequence.ts";
import { bytesIndexOf } from "./bytes_search.ts";
import { byteStringContents } from "./bytes_construct.ts";

function isNumber(value: PyValue): boolean {
  if (typeof value === "number" || typeof value === "bigint" || typeof value === "boolean") {
    return true;
  }
  if (value === null || typeof value !== "object") return false;
  const type = typeOf(value);
  return type.isSubtypeOf(floatType) || type.isSubtypeOf(complexType) ||
    type.lookup("__index__") !== undefined || type.lookup("__int__") !== undefined ||
    type.lookup("__float__") !== undefined;
}

/** The bytes a slice assignment inserts. */
function assignedBytes(value: PyValue): Uint8Array {
  const buffer = bufferOf(value);
  if (buffer !== undefined) return buffer.slice();
  if (isNumber(value) || isStr(value)) {
    throw pyError(
      "TypeError",
      "can assign only bytes, buffers, or iterables of ints in range(0, 256)",
    );
  }
  return byteStringContents("bytearray", { source: value });
}

export function bytearraySetItem(self: PyByteArray, key: PyValue, value: PyValue): void {
  if (key instanceof PySlice) {
    setSlice(self, key, assignedBytes(value));
    return;
  }
  // The value is converted before the bounds check: its __index__ may resize self.
  const raw = unboundedByteIndex(key, "bytearray");
  const byte = expectByte(value);
  self.storage[boundedByteIndex(raw, self.length, "bytearray", "index ")] = byte;
}

function setSlice(self: PyByteArray, slice: PySlice, data: Uint8Array): void {
  const [start, stopIndex, step, count] = sliceIndices(slice, self.length);
  let stop = stopIndex;
  if ((step < 0 && start < stop) || (step > 0 && start > stop)) stop = start;
  if (step === 1) {
    self.splice(start, stop, data);
    return;
  }
  if (data.length === 0) {
    deleteSlice(self, slice);
    return;
  }
  if (data.length !== count) {
    throw pyError(
      "ValueError",
      `attempt to assign bytes of size ${data.length} to extended slice of size ${count}`,
    );
  }
  for (let i = 0, at = start; i < count; i++, at += step) self.storage[at] = data[i];
}

function deleteSlice(self: PyByteArray, slice: PySlice): void {
  const [start, , step, count] = sliceIndices(slice, self.length);
  if (count === 0) return;
  if (step === 1) {
    self.splice(start, start + count, new Uint8Array(0));
    return;
  }
  const doomed = new Uint8Array(self.length);
  for (let i = 0, at = start; i < count; i++, at += step) doomed[at] = 1;
  self.assign(self.bytes.filter((_, index) => doomed[index] === 0));
}

export function bytearrayDelItem(self: PyByteArray, key: PyValue): void {
  if (key instanceof PySlice) {
    deleteSlice(self, key);
    return;
  }
  const index = byteIndex(key, self.length, "bytearray", "index ");
  self.splice(index, index + 1, new Uint8Array(0));
}

export function bytearrayAppend(self: PyByteArray, item: PyValue): null {
  self.append(expectByte(item));
  return null;
}

export function bytearrayExtend(self: PyByteArray, iterable: PyValue): null {
  const buffer = bufferOf(iterable);
  if (buffer !== undefined) {
    self.appendAll(buffer);
    return null;
  }
  if (!isIterable(iterable)) {
    throw pyError("TypeError", `can't extend bytearray with ${typeOf(iterable).tpName}`);
  }
  const added: number[] = [];
  for (const item of late.iterate(iterable)) added.push(expectByte(item));
  self.appendAll(Uint8Array.from(added));
  return null;
}

export function bytearrayInsert(self: PyByteArray, index: PyValue, item: PyValue): null {
  const raw = indexOperand(index);
  if (raw === undefined) {
    throw pyError(
      "TypeError",
      `'${typeOf(index).tpName}' object cannot be interpreted as an integer`,
    );
  }
  const length = self.length;
  let at = typeof raw === "bigint" ? (raw < 0n ? -Infinity : Infinity) : raw;
  if (at < 0) at = Math.max(0, at + length);
  if (at > length) at = length;
  const byte = expectByte(item);
  self.splice(at, at, Uint8Array.of(byte));
  return null;
}

export function bytearrayPop(self: PyByteArray, index: PyValue): number {
  if (self.length === 0) throw pyError("IndexError", "pop from empty bytearray");
  const raw = indexOperand(index);
  if (raw === undefined) {
    throw pyError(
      "TypeError",
      `'${typeOf(index).tpName}' object cannot be interpreted as an integer`,
    );
  }
  let at = typeof raw === "bigint" ? (raw < 0n ? -Infinity : Infinity) : raw;
  if (at < 0) at += self.length;
  if (!(at >= 0 && at < self.length)) throw pyError("IndexError", "pop index out of range");
  const byte = self.storage[at];
  self.splice(at, at + 1, new Uint8Array(0));
  return byte;
}

export function bytearrayRemove(self: PyByteArray, value: PyValue): null {
  const byte = expectByte(value);
  const at = bytesIndexOf(self.bytes, Uint8Array.of(byte), 0, self.length);
  if (at < 0) throw pyError("ValueError", "value not found in bytearray");
  self.splice(at, at + 1, new Uint8Array(0));
  return null;
}

/** `self += other`: any bytes-like other. */
export function bytearrayInplaceConcat(self: PyByteArray, other: PyValue): PyByteArray {
  const buffer = bufferOf(other);
  if (buffer === undefined) {
    throw pyError("TypeError", `can't concat ${typeOf(other).tpName} to bytearray`);
  }
  self.appendAll(buffer);
  return self;
}

/** `self *= count`, or undefined when count is not an int (NotImplemented). */
export function bytearrayInplaceRepeat(self: PyByteArray, count: PyValue): PyByteArray | undefined {
  const times = repeatCount(count);
  if (times === undefined) return undefined;
  self.assign(bytesRepeat(self.bytes, times));
  return self;
}
