/**
 * Argument coercions shared by the bytes and bytearray methods, with
 * CPython's messages: single byte values, search needles (an int or a
 * bytes-like object), fill characters.
 */
import type { PyValue } from "./object.ts";
import { pyError } from "./exceptions.ts";
import { typeOf } from "./typeof.ts";
import { intOperand } from "./int_value.ts";
import { late } from "../runtime/late_protocols.ts";
import { bufferOf } from "./buffer.ts";
import { PyBytes } from "./bytes.ts";
import { PyByteArray } from "./bytearray.ts";

/** An int, bool, int subclass or object with `__index__`, or undefined. */
export function indexOperand(value: PyValue): number | bigint | undefined {
  const integer = intOperand(value);
  if (integer !== undefined) return integer;
  if (value !== null && typeof value === "object" && typeOf(value).lookup("__index__")) {
    return late.index(value);
  }
  return undefined;
}

/** A byte value 0..255 from an int-like value already known to be one. */
export function byteInRange(value: number | bigint): number {
  if (value < 0 || value > 255) throw pyError("ValueError", "byte must be in range(0, 256)");
  return Number(value);
}

/** A byte argument (append, insert, `__setitem__`): an int in range(256). */
export function expectByte(value: PyValue): number {
  const integer = indexOperand(value);
  if (integer === undefined) {
    throw pyError(
      "TypeError",
      `'${typeOf(value).tpName}' object cannot be interpreted as an integer`,
    );
  }
  return byteInRange(integer);
}

/** A needle of find/count/index/`in`: a bytes-like object, or an int standing for one byte. */
export function expectNeedle(value: PyValue): Uint8Array {
  const bytes = bufferOf(value);
  if (bytes !== undefined) return bytes;
  const integer = indexOperand(value);
  if (integer === undefined) {
    throw pyError(
      "TypeError",
      `argument should be integer or bytes-like object, not '${typeOf(value).tpName}'`,
    );
  }
  return Uint8Array.of(byteInRange(integer));
}

/** The fillchar of center/ljust/rjust: a bytes or bytearray of exactly one byte. */
export function expectFillByte(method: string, value: PyValue | undefined): number {
  if (value === undefined) return 0x20;
  if ((value instanceof PyBytes || value instanceof PyByteArray) && value.bytes.length === 1) {
    return value.bytes[0];
  }
  throw pyError(
    "TypeError",
    `${method}() argument 2 must be a byte string of length 1, not ${typeOf(value).tpName}`,
  );
}

/** Can `late.iterate` iterate it (`__iter__`, or the `__getitem__` sequence protocol)? */
export function isIterable(value: PyValue): boolean {
  if (typeof value === "string") return true;
  const type = typeOf(value);
  return (type.lookup("__iter__") ?? type.lookup("__getitem__") ?? null) !== null;
}
