/**
 * The format codes of `_struct` (CPython's Modules/_struct.c): parsing a
 * format into items, and packing/unpacking each item with a DataView.
 * Native ('@') sizes and alignments are those of x86_64 Linux; the standard
 * byte orders ('=', '<', '>', '!') use the fixed sizes and no alignment.
 * Integer range errors follow CPython 3.11.2 message for message.
 */
import type { PyValue } from "../vm/objects/object.ts";
import { PyFloat } from "../vm/objects/float.ts";
import { PyBytes } from "../vm/objects/bytes.ts";
import { PyByteArray } from "../vm/objects/bytearray.ts";
import { PyBaseException, pyError } from "../vm/objects/exceptions.ts";
import { intOperand, type IntValue, normalizeBigInt } from "../vm/objects/int_value.ts";
import { typeOf } from "../vm/objects/typeof.ts";
import { intToFloat } from "../vm/objects/int_float.ts";
import { late } from "../vm/runtime/late_protocols.ts";
import { isTrue } from "../vm/runtime/operators.ts";
import { newTuple } from "../vm/objects/tuple.ts";
import { makeBuiltinType } from "../vm/objects/core_types.ts";
import { ExceptionType } from "../vm/objects/exceptions.ts";
import { halfBits, halfValue } from "./struct_half.ts";

/** struct.error: a subclass of Exception whose `__module__` is 'struct'. */
export const structErrorType = makeBuiltinType("error", ExceptionType.Exception);
structErrorType.dict.set("__module__", "struct");
structErrorType.invalidate();

export function structError(message: string): PyBaseException {
  return new PyBaseException(structErrorType, newTuple([message]));
}

/** One parsed format item: `count` values of `code` (or one string of `count` bytes for s/p). */
export interface FormatItem {
  readonly code: string;
  readonly offset: number;
  /** Size in bytes of one value (of the whole string for s/p). */
  readonly size: number;
  readonly count: number;
}

export interface ParsedFormat {
  readonly items: readonly FormatItem[];
  readonly size: number;
  /** The number of values pack takes and unpack returns. */
  readonly length: number;
  readonly little: boolean;
  readonly native: boolean;
}

// deno-fmt-ignore
const NATIVE_SIZES: Record<string, number> = {
  x: 1, c: 1, b: 1, B: 1, "?": 1, h: 2, H: 2, i: 4, I: 4, l: 8, L: 8,
  q: 8, Q: 8, n: 8, N: 8, e: 2, f: 4, d: 8, s: 1, p: 1, P: 8,
};
// deno-fmt-ignore
const STANDARD_SIZES: Record<string, number> = {
  x: 1, c: 1, b: 1, B: 1, "?": 1, h: 2, H: 2, i: 4, I: 4, l: 4, L: 4,
  q: 8, Q: 8, e: 2, f: 4, d: 8, s: 1, p: 1,
};

/** Py_ISSPACE: the ASCII whitespace CPython skips between items. */
const isSpace = (c: string) => " \t\n\r\x0b\x0c".includes(c);
const isDigit = (c: string) => c >= "0" && c <= "9";
const SSIZE_MAX = 2 ** 63 - 1;
const SSIZE_MAX_EXACT = 2n ** 63n - 1n;

/** CPython's prepare_s. */
export function parseFormat(format: string): ParsedFormat {
  let index = 0;
  let native = true;
  let little = true; // x86_64 is little-endian
  const first = format[0];
  if (first !== undefined && "@=<>!".includes(first)) {
    index = 1;
    native = first === "@";
    little = first === "<" || first === "=" || first === "@";
  }
  const sizes = native ? NATIVE_SIZES : STANDARD_SIZES;
  const items: FormatItem[] = [];
  let size = 0;
  let length = 0;
  while (index < format.length) {
    const c = format[index++];
    if (isSpace(c)) continue;
    let count = 1;
    let code = c;
    if (isDigit(c)) {
      // Exact digits: a double would round sys.maxsize + 1 down to 2**63 - 1's value.
      let digits = c;
      while (index < format.length && isDigit(format[index])) digits += format[index++];
      if (BigInt(digits) > SSIZE_MAX_EXACT) throw structError("total struct size too long");
      count = Number(digits);
      if (index >= format.length) {
        throw structError("repeat count given without format specifier");
      }
      code = format[index++];
    }
    const itemSize = Object.hasOwn(sizes, code) ? sizes[code] : undefined;
    if (itemSize === undefined) throw structError("bad char in struct format");
    if (native && itemSize > 1) size = Math.ceil(size / itemSize) * itemSize;
    if (code === "s" || code === "p") {
      items.push({ code, offset: size, size: count, count: 1 });
      length++;
    } else if (code !== "x") {
      items.push({ code, offset: size, size: itemSize, count });
      length += count;
    }
    size += count * itemSize;
    if (size > SSIZE_MAX) throw structError("total struct size too long");
  }
  return { items, size, length, little, native };
}

/** get_pylong: an int, through `__index__`; otherwise struct.error. */
function getInt(value: PyValue): IntValue {
  const int = intOperand(value);
  if (int !== undefined) return int;
  if (value !== null && typeof value === "object" && typeOf(value).lookup("__index__")) {
    return late.index(value);
  }
  throw structError("required argument is not an integer");
}

const outOfRange = () => structError("argument out of range");
const S64_MIN = -(2n ** 63n);
const S64_MAX = 2n ** 63n - 1n;
const U64_MAX = 2n ** 64n - 1n;

function signed64(value: IntValue): bigint {
  const big = BigInt(value);
  if (big < S64_MIN || big > S64_MAX) throw outOfRange();
  return big;
}

function unsigned64(value: IntValue): bigint {
  const big = BigInt(value);
  if (big < 0n || big > U64_MAX) throw outOfRange();
  return big;
}

/** The named range errors of np_byte/np_ubyte/np_short/np_ushort. */
const NAMED_RANGES: Record<string, [string, number, number]> = {
  b: ["byte", -128, 127],
  B: ["ubyte", 0, 255],
  h: ["short", -32768, 32767],
  H: ["ushort", 0, 65535],
};

function checkRange(code: string, value: bigint, min: bigint, max: bigint): bigint {
  if (value < min || value > max) {
    throw structError(`'${code}' format requires ${min} <= number <= ${max}`);
  }
  return value;
}

/**
 * The int to store for an integer code, with CPython's error for each code.
 * The big-endian standard codes use bp_int/bp_uint/bp_longlong; the others
 * share the native packers (CPython swaps them into the little-endian table).
 */
function packableInt(code: string, size: number, value: PyValue, bigEndian: boolean): bigint {
  const int = getInt(value);
  if (bigEndian && code !== "b" && code !== "B") {
    if (size === 8) {
      const big = BigInt(int);
      const [min, max] = code === "q" ? [S64_MIN, S64_MAX] : [0n, U64_MAX];
      if (big < min || big > max) throw structError("int too large to convert");
      return big;
    }
    const bound = 2n ** BigInt(size * 8 - 1);
    if ("hil".includes(code)) return checkRange(code, signed64(int), -bound, bound - 1n);
    return checkRange(code, unsigned64(int), 0n, bound * 2n - 1n);
  }
  const named = NAMED_RANGES[code];
  if (named !== undefined) {
    const big = signed64(int);
    const [name, min, max] = named;
    if (big < min || big > max) {
      throw structError(`${name} format requires ${min} <= number <= ${max}`);
    }
    return big;
  }
  switch (code) {
    case "P": {
      const big = BigInt(int);
      if (big < S64_MIN || big > U64_MAX) throw structError("int too large to convert");
      return big;
    }
    case "i":
    case "l":
      if (size === 8) return signed64(int);
      checkRange(code, signed64(int), -(2n ** 31n), 2n ** 31n - 1n);
      return BigInt(int);
    case "I":
    case "L":
      if (size === 8) return unsigned64(int);
      checkRange(code, unsigned64(int), 0n, 2n ** 32n - 1n);
      return BigInt(int);
    case "q":
    case "n":
      return signed64(int);
    default: // Q, N
      return unsigned64(int);
  }
}

/** PyFloat_AsDouble, with struct's error for a non-number. */
function packableFloat(value: PyValue): number {
  if (value instanceof PyFloat) return value.value;
  try {
    const int = intOperand(value);
    return int !== undefined ? intToFloat(int) : late.toFloat(value);
  } catch (error) {
    // CPython replaces any error of PyFloat_AsDouble (no __float__, an
    // int too large, an exception in __float__) by this one.
    if (error instanceof PyBaseException) throw structError("required argument is not a float");
    throw error;
  }
}

/** Write one value of `code` at `offset`. */
function packOne(
  view: DataView,
  offset: number,
  item: FormatItem,
  value: PyValue,
  format: ParsedFormat,
): void {
  const { code, size } = item;
  const little = format.little;
  switch (code) {
    case "c": {
      if (!(value instanceof PyBytes) || value.bytes.length !== 1) {
        throw structError("char format requires a bytes object of length 1");
      }
      view.setUint8(offset, value.bytes[0]);
      return;
    }
    case "?":
      view.setUint8(offset, isTrue(value) ? 1 : 0);
      return;
    case "e":
      view.setUint16(offset, halfBits(packableFloat(value)), little);
      return;
    case "f": {
      const x = packableFloat(value);
      const y = Math.fround(x);
      if (!format.native && !Number.isFinite(y) && Number.isFinite(x)) {
        throw pyError("OverflowError", "float too large to pack with f format");
      }
      view.setFloat32(offset, y, little);
      return;
    }
    case "d":
      view.setFloat64(offset, packableFloat(value), little);
      return;
  }
  const int = packableInt(code, size, value, !format.native && !little);
  switch (size) {
    case 1:
      view.setUint8(offset, Number(BigInt.asUintN(8, int)));
      return;
    case 2:
      view.setUint16(offset, Number(BigInt.asUintN(16, int)), little);
      return;
    case 4:
      view.setUint32(offset, Number(BigInt.asUintN(32, int)), little);
      return;
    default:
      view.setBigUint64(offset, BigInt.asUintN(64, int), little);
  }
}

function packString(target: Uint8Array, offset: number, item: FormatItem, value: PyValue): void {
  let bytes: Uint8Array;
  if (value instanceof PyBytes || value instanceof PyByteArray) bytes = value.bytes;
  else throw structError(`argument for '${item.code}' must be a bytes object`);
  const size = item.size;
  if (item.code === "s") {
    const n = Math.min(bytes.length, size);
    target.set(bytes.subarray(0, n), offset);
    target.fill(0, offset + n, offset + size);
    return;
  }
  if (size === 0) return;
  const n = Math.min(bytes.length, size - 1);
  target.set(bytes.subarray(0, n), offset + 1);
  target.fill(0, offset + 1 + n, offset + size);
  target[offset] = Math.min(n, 255);
}

/** Pack `values` (already counted) into `target` at `base`. */
export function packValues(
  format: ParsedFormat,
  values: readonly PyValue[],
  target: Uint8Array,
  base: number,
): void {
  const scratch = new Uint8Array(format.size);
  const view = new DataView(scratch.buffer);
  let next = 0;
  try {
    for (const item of format.items) {
      if (item.code === "s" || item.code === "p") {
        packString(scratch, item.offset, item, values[next++]);
        continue;
      }
      for (let k = 0; k < item.count; k++) {
        packOne(view, item.offset + k * item.size, item, values[next++], format);
      }
    }
  } finally {
    // CPython zeroes the area and writes item by item: a failed pack_into
    // leaves the items before the bad one written.
    target.set(scratch, base);
  }
}

function unpackOne(view: DataView, offset: number, code: string, little: boolean): PyValue {
  switch (code) {
    case "c":
      return new PyBytes(new Uint8Array([view.getUint8(offset)]));
    case "?":
      return view.getUint8(offset) !== 0;
    case "b":
      return view.getInt8(offset);
    case "B":
      return view.getUint8(offset);
    case "h":
      return view.getInt16(offset, little);
    case "H":
      return view.getUint16(offset, little);
    case "e":
      return new PyFloat(halfValue(view.getUint16(offset, little)));
    case "f":
      return new PyFloat(view.getFloat32(offset, little));
    case "d":
      return new PyFloat(view.getFloat64(offset, little));
  }
  throw pyError("SystemError", `struct: no unpacker for format code '${code}'`);
}

/** Unpack `format.size` bytes of `source` starting at `base`. */
export function unpackValues(format: ParsedFormat, source: Uint8Array, base: number): PyValue[] {
  const bytes = source.slice(base, base + format.size);
  const view = new DataView(bytes.buffer);
  const little = format.little;
  const result: PyValue[] = [];
  for (const item of format.items) {
    const { code, offset, size } = item;
    if (code === "s") {
      result.push(new PyBytes(bytes.slice(offset, offset + size)));
      continue;
    }
    if (code === "p") {
      let n = size === 0 ? 0 : bytes[offset];
      if (n >= size) n = size - 1;
      result.push(new PyBytes(bytes.slice(offset + 1, offset + 1 + Math.max(n, 0))));
      continue;
    }
    for (let k = 0; k < item.count; k++) {
      const at = offset + k * size;
      if ("iIlLqQnNP".includes(code)) {
        result.push(unpackInt(view, at, size, "ilqn".includes(code), little));
      } else if (code === "?" && !format.native) {
        result.push(bytes[at] !== 0);
      } else {
        result.push(unpackOne(view, at, code, little));
      }
    }
  }
  return result;
}

function unpackInt(
  view: DataView,
  offset: number,
  size: number,
  signed: boolean,
  little: boolean,
): IntValue {
  if (size === 4) {
    return signed ? view.getInt32(offset, little) : view.getUint32(offset, little);
  }
  const big = signed ? view.getBigInt64(offset, little) : view.getBigUint64(offset, little);
  return normalizeBigInt(big);
}
