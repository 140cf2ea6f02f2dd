/**
 * The `_type_` codes of ctypes' simple types (CPython's cfield.c table):
 * size, alignment, FFI type, the PEP 3118 format character, and the
 * functions that read a Python value from memory and write one into it,
 * with CPython's conversions and messages. Integers wrap silently to their
 * width, as C assignment does. A setter returns the object that must stay
 * alive while the memory refers to it (a bytes object whose native copy a
 * c_char_p points at), or null.
 *
 * Everything is read and written with an explicit byte order so the same
 * table serves the byte-swapped types of BigEndianStructure.
 */
import type { PyValue } from "../vm/objects/object.ts";
import { PyObject } from "../vm/objects/object.ts";
import { pyError } from "../vm/objects/exceptions.ts";
import { typeOf } from "../vm/objects/typeof.ts";
import { PyFloat } from "../vm/objects/float.ts";
import { PyBytes } from "../vm/objects/bytes.ts";
import { PyByteArray } from "../vm/objects/bytearray.ts";
import { normalizeBigInt } from "../vm/objects/int_value.ts";
import { indexOperand } from "../vm/objects/bytes_args.ts";
import {
  codePointsOf,
  isStr,
  strFromCodePoint,
  strFromCodePoints,
} from "../vm/objects/str_wide.ts";
import { makeBuiltinType } from "../vm/objects/core_types.ts";
import { late } from "../vm/runtime/late_protocols.ts";
import { objectId } from "../vm/runtime/identity.ts";
import type { NativeType } from "../ffi/signatures.ts";
import { readWord } from "../ffi/native_values.ts";
import { isNulTerminated } from "../vm/objects/bytes_alloc.ts";
import {
  addressOfBytes,
  allocateManaged,
  type Block,
  bytesAt,
  cStringLength,
  nativeCopy,
  wideStringLength,
} from "../ffi/native_memory.ts";
import { readLongDouble, writeLongDouble } from "./_ctypes_long_double.ts";

export type Getter = (view: DataView, offset: number, little: boolean) => PyValue;
export type Setter = (view: DataView, offset: number, value: PyValue, little: boolean) => PyValue;

export interface SimpleCode {
  readonly code: string;
  readonly size: number;
  readonly align: number;
  readonly native: NativeType;
  /** PEP 3118 format character (before the byte-order prefix). */
  readonly format: string;
  readonly get: Getter;
  readonly set: Setter;
  /** An integer code: allowed in bit fields. */
  readonly integer: boolean;
  readonly signed: boolean;
}

/** Native memory holding a converted argument (a str's wchar_t copy): CPython's capsule. */
const capsuleType = makeBuiltinType("PyCapsule", undefined, { subclassable: false });
export class PyCapsule extends PyObject {
  constructor(readonly memory: Block | null = null) {
    super(capsuleType);
  }
}

/** PyLong_AsUnsignedLongMask's argument check: any int-like value. */
export function integerValue(value: PyValue): number | bigint {
  const integer = indexOperand(value);
  if (integer === undefined) {
    throw pyError(
      "TypeError",
      `'${typeOf(value).name}' object cannot be interpreted as an integer`,
    );
  }
  return integer;
}

/** PyFloat_AsDouble. */
function realValue(value: PyValue): number {
  if (value instanceof PyFloat) return value.value;
  if (typeof value === "number") return value;
  return late.toFloat(value);
}

function wrap(value: number | bigint, bits: number, signed: boolean): number | bigint {
  if (typeof value === "number" && bits <= 32) {
    return signed
      ? (bits === 32 ? value | 0 : (value << (32 - bits)) >> (32 - bits))
      : bits === 32
      ? value >>> 0
      : value & ((1 << bits) - 1);
  }
  const big = BigInt(value);
  const wrapped = signed ? BigInt.asIntN(bits, big) : BigInt.asUintN(bits, big);
  return bits <= 32 ? Number(wrapped) : wrapped;
}

/** An integer code's reader and writer. */
function integerCode(code: string, size: number, signed: boolean, native: NativeType): SimpleCode {
  const bits = size * 8;
  let get: Getter;
  let put: (view: DataView, offset: number, value: number | bigint, little: boolean) => void;
  switch (size) {
    case 1:
      get = signed ? (v, o) => v.getInt8(o) : (v, o) => v.getUint8(o);
      put = (v, o, x) => v.setUint8(o, Number(x) & 0xff);
      break;
    case 2:
      get = signed ? (v, o, l) => v.getInt16(o, l) : (v, o, l) => v.getUint16(o, l);
      put = (v, o, x, l) => v.setUint16(o, Number(x) & 0xffff, l);
      break;
    case 4:
      get = signed ? (v, o, l) => v.getInt32(o, l) : (v, o, l) => v.getUint32(o, l);
      put = (v, o, x, l) => v.setUint32(o, Number(x) >>> 0, l);
      break;
    default:
      get = signed
        ? (v, o, l) => normalizeBigInt(v.getBigInt64(o, l))
        : (v, o, l) => normalizeBigInt(v.getBigUint64(o, l));
      put = (v, o, x, l) => v.setBigUint64(o, BigInt.asUintN(64, BigInt(x)), l);
  }
  return {
    code,
    size,
    align: size,
    native,
    format: code === "l" ? "q" : code === "L" ? "Q" : code,
    get,
    set: (view, offset, value, little) => {
      put(view, offset, wrap(integerValue(value), bits, signed), little);
      return null;
    },
    integer: true,
    signed,
  };
}

const ONE_CHAR = "one character bytes, bytearray or integer expected";

function charValue(value: PyValue): number {
  if (value instanceof PyBytes || value instanceof PyByteArray) {
    if (value.bytes.length === 1) return value.bytes[0];
    throw pyError("TypeError", ONE_CHAR);
  }
  const integer = typeof value === "number" || typeof value === "bigint"
    ? value
    : typeof value === "boolean"
    ? Number(value)
    : undefined;
  if (integer !== undefined && integer >= 0 && integer < 256) return Number(integer);
  throw pyError("TypeError", ONE_CHAR);
}

/** Native copies of bytes objects, one per object (bytes are immutable), alive with it. */
const bytesCopies = new WeakMap<PyBytes, Block>();

/**
 * The address of a bytes object's contents, NUL-terminated, alive as long
 * as it: its own memory when that is NUL-terminated in place (as CPython's
 * always is), else a native copy.
 */
export function nativeBytesAddress(value: PyBytes): number {
  if (isNulTerminated(value.bytes)) return addressOfBytes(value.bytes);
  let copy = bytesCopies.get(value);
  if (copy === undefined) {
    copy = nativeCopy(value.bytes);
    bytesCopies.set(value, copy);
  }
  return copy.address;
}

/** A str as a NUL-terminated wchar_t (UTF-32) array held by a capsule. */
export function nativeWideString(value: PyValue): { address: number; keep: PyCapsule } {
  const points = codePointsOf(value as never);
  const block = allocateManaged((points.length + 1) * 4);
  const keep = new PyCapsule(block);
  for (let i = 0; i < points.length; i++) block.view.setUint32(i * 4, points[i], true);
  return { address: block.address, keep };
}

/** The bytes of a NUL-terminated C string at `address`. */
export function readCString(address: number, limit = -1): PyBytes {
  const length = limit >= 0 ? limit : cStringLength(address);
  return new PyBytes(bytesAt(address, length).slice());
}

/** The str of a NUL-terminated wchar_t string at `address`. */
export function readWideString(address: number, limit = -1): PyValue {
  const length = limit >= 0 ? limit : wideStringLength(address);
  const bytes = bytesAt(address, length * 4);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const points = new Uint32Array(length);
  for (let i = 0; i < length; i++) points[i] = view.getUint32(i * 4, true);
  return strFromCodePoints(points);
}

function readAddress(view: DataView, offset: number, little: boolean): number {
  return little ? Number(readWord(view, offset)) : Number(view.getBigUint64(offset, false));
}

function writeAddress(view: DataView, offset: number, address: number | bigint, little: boolean) {
  view.setBigUint64(offset, BigInt.asUintN(64, BigInt(address)), little);
}

/** py_object: objects by handle (their id), so memory holds a pointer-sized value. */
const handles = new Map<number, PyValue>();

function objectHandle(value: PyValue): number {
  const id = objectId(value);
  handles.set(id, value);
  return id;
}

export function objectFromHandle(handle: number): PyValue | undefined {
  return handles.get(handle);
}

function pointerCode(
  code: string,
  get: Getter,
  set: Setter,
): SimpleCode {
  return {
    code,
    size: 8,
    align: 8,
    native: "usize",
    format: code,
    get,
    set,
    integer: false,
    signed: false,
  };
}

function typeName(value: PyValue): string {
  return typeOf(value).name;
}

const CODES: SimpleCode[] = [
  integerCode("b", 1, true, "i8"),
  integerCode("B", 1, false, "u8"),
  integerCode("h", 2, true, "i16"),
  integerCode("H", 2, false, "u16"),
  integerCode("i", 4, true, "i32"),
  integerCode("I", 4, false, "u32"),
  integerCode("l", 8, true, "i64"),
  integerCode("L", 8, false, "u64"),
  integerCode("q", 8, true, "i64"),
  integerCode("Q", 8, false, "u64"),
  {
    code: "?",
    size: 1,
    align: 1,
    native: "bool",
    format: "?",
    get: (view, offset) => view.getUint8(offset) !== 0,
    set: (view, offset, value) => {
      view.setUint8(offset, late.truth(value) ? 1 : 0);
      return null;
    },
    integer: true,
    signed: false,
  },
  {
    code: "c",
    size: 1,
    align: 1,
    native: "i8",
    format: "c",
    get: (view, offset) => new PyBytes(Uint8Array.of(view.getUint8(offset))),
    set: (view, offset, value) => {
      view.setUint8(offset, charValue(value));
      return null;
    },
    integer: true,
    signed: true,
  },
  {
    code: "u",
    size: 4,
    align: 4,
    native: "u32",
    format: "u",
    get: (view, offset, little) => {
      const point = view.getUint32(offset, little);
      if (point > 0x10ffff) {
        throw pyError(
          "ValueError",
          `character U+${point.toString(16)} is not in range [U+0000; U+10ffff]`,
        );
      }
      return strFromCodePoint(point);
    },
    set: (view, offset, value, little) => {
      if (!isStr(value)) {
        throw pyError(
          "TypeError",
          `unicode string expected instead of ${typeName(value)} instance`,
        );
      }
      const points = codePointsOf(value);
      if (points.length !== 1) throw pyError("TypeError", "one character unicode string expected");
      view.setUint32(offset, points[0], little);
      return null;
    },
    integer: false,
    signed: false,
  },
  {
    code: "v",
    size: 2,
    align: 2,
    native: "i16",
    format: "v",
    get: (view, offset, little) => view.getInt16(offset, little) !== 0,
    set: (view, offset, value, little) => {
      view.setInt16(offset, late.truth(value) ? -1 : 0, little);
      return null;
    },
    integer: false,
    signed: true,
  },
  {
    code: "f",
    size: 4,
    align: 4,
    native: "f32",
    format: "f",
    get: (view, offset, little) => new PyFloat(view.getFloat32(offset, little)),
    set: (view, offset, value, little) => {
      view.setFloat32(offset, realValue(value), little);
      return null;
    },
    integer: false,
    signed: true,
  },
  {
    code: "d",
    size: 8,
    align: 8,
    native: "f64",
    format: "d",
    get: (view, offset, little) => new PyFloat(view.getFloat64(offset, little)),
    set: (view, offset, value, little) => {
      view.setFloat64(offset, realValue(value), little);
      return null;
    },
    integer: false,
    signed: true,
  },
  {
    code: "g",
    size: 16,
    align: 16,
    native: { struct: ["u64", "u64"] },
    format: "g",
    get: (view, offset, little) => new PyFloat(readLongDouble(view, offset, little)),
    set: (view, offset, value, little) => {
      writeLongDouble(view, offset, realValue(value), little);
      return null;
    },
    integer: false,
    signed: true,
  },
  pointerCode(
    "P",
    (view, offset, little) => {
      const value = normalizeBigInt(view.getBigUint64(offset, little));
      return value === 0 ? null : value;
    },
    (view, offset, value, little) => {
      if (value === null) writeAddress(view, offset, 0, little);
      else {
        const integer = typeof value === "number" || typeof value === "bigint" ||
            typeof value === "boolean"
          ? indexOperand(value)
          : undefined;
        if (integer === undefined) throw pyError("TypeError", "cannot be converted to pointer");
        writeAddress(view, offset, integer, little);
      }
      return null;
    },
  ),
  pointerCode(
    "z",
    (view, offset, little) => {
      const address = readAddress(view, offset, little);
      return address === 0 ? null : readCString(address);
    },
    (view, offset, value, little) => {
      if (value === null) {
        writeAddress(view, offset, 0, little);
        return null;
      }
      if (value instanceof PyBytes) {
        writeAddress(view, offset, nativeBytesAddress(value), little);
        return value;
      }
      if (typeof value === "number" || typeof value === "bigint") {
        writeAddress(view, offset, value, little);
        return null;
      }
      throw pyError(
        "TypeError",
        `bytes or integer address expected instead of ${typeName(value)} instance`,
      );
    },
  ),
  pointerCode(
    "Z",
    (view, offset, little) => {
      const address = readAddress(view, offset, little);
      return address === 0 ? null : readWideString(address);
    },
    (view, offset, value, little) => {
      if (value === null) {
        writeAddress(view, offset, 0, little);
        return null;
      }
      if (typeof value === "number" || typeof value === "bigint") {
        writeAddress(view, offset, value, little);
        return null;
      }
      if (!isStr(value)) {
        throw pyError(
          "TypeError",
          `unicode string or integer address expected instead of ${typeName(value)} instance`,
        );
      }
      const { address, keep } = nativeWideString(value);
      writeAddress(view, offset, address, little);
      return keep;
    },
  ),
  pointerCode(
    "O",
    (view, offset, little) => {
      const handle = readAddress(view, offset, little);
      const value = handle === 0 ? undefined : objectFromHandle(handle);
      if (value === undefined) throw pyError("ValueError", "PyObject is NULL");
      return value;
    },
    (view, offset, value, little) => {
      writeAddress(view, offset, objectHandle(value), little);
      return value;
    },
  ),
];

export const SIMPLE_CODES: ReadonlyMap<string, SimpleCode> = new Map(
  CODES.map((entry) => [entry.code, entry]),
);

/** The codes CPython accepts as `_type_` of a simple type, in its error message's order. */
export const SIMPLE_TYPE_CHARS = "cbBhHiIlLdfuzZqQPXOv?g";

/** Bytes of a char array up to the first NUL (the `value` of c_char arrays, 's' getter). */
export function charArrayValue(bytes: Uint8Array): PyBytes {
  const end = bytes.indexOf(0);
  return new PyBytes(bytes.slice(0, end < 0 ? bytes.length : end));
}

/** The str of a wchar_t array up to the first NUL ('U' getter). */
export function wideArrayValue(view: DataView, offset: number, count: number): PyValue {
  const points: number[] = [];
  for (let i = 0; i < count; i++) {
    const point = view.getUint32(offset + i * 4, true);
    if (point === 0) break;
    points.push(point);
  }
  return strFromCodePoints(points);
}

/**
 * Writes `value` into a c_char array field ('s' setter): bytes only, up to
 * its first NUL (CPython measures it with strlen), plus the NUL when there
 * is room.
 */
export function setCharArray(bytes: Uint8Array, value: PyValue): void {
  if (!(value instanceof PyBytes)) {
    throw pyError("TypeError", `expected bytes, ${typeName(value)} found`);
  }
  const nul = value.bytes.indexOf(0);
  const data = nul < 0 ? value.bytes : value.bytes.subarray(0, nul);
  if (data.length > bytes.length) {
    throw pyError(
      "ValueError",
      `bytes too long (${data.length}, maximum length ${bytes.length})`,
    );
  }
  bytes.set(data);
  if (data.length < bytes.length) bytes[data.length] = 0;
}

/** Writes a str into a c_wchar array ('U' setter). */
export function setWideArray(view: DataView, offset: number, count: number, value: PyValue): void {
  if (!isStr(value)) {
    throw pyError("TypeError", `unicode string expected instead of ${typeName(value)} instance`);
  }
  const points = codePointsOf(value);
  if (points.length > count) {
    throw pyError("ValueError", `string too long (${points.length}, maximum length ${count})`);
  }
  for (let i = 0; i < points.length; i++) view.setUint32(offset + i * 4, points[i], true);
  if (points.length < count) view.setUint32(offset + points.length * 4, 0, true);
}
