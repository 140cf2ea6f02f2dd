/**
 * array.array's constructor and named methods (append ... tounicode,
 * buffer_info, byteswap, pickling), with arraymodule.c's messages.
 *
 * buffer_info() returns the address of the JS typed array's backing store
 * when FFI is permitted (so ctypes can use it), else a fake, stable address
 * per storage allocation (from a counter, 16-byte aligned); either changes
 * when the array reallocates — as CPython's does when realloc moves the
 * block.
 */
import type { PyValue } from "../vm/objects/object.ts";
import type { PyType } from "../vm/objects/type.ts";
import { pyError } from "../vm/objects/exceptions.ts";
import { typeOf } from "../vm/objects/typeof.ts";
import { PyBytes } from "../vm/objects/bytes.ts";
import { PyByteArray } from "../vm/objects/bytearray.ts";
import { PyList } from "../vm/objects/list.ts";
import { newTuple, PyTuple } from "../vm/objects/tuple.ts";
import { intOperand, normalizeBigInt } from "../vm/objects/int_value.ts";
import { asInteger, asSize } from "../vm/objects/str_args.ts";
import { indexOperand } from "../vm/objects/bytes_args.ts";
import { bufferLayoutOf, bufferOf } from "../vm/objects/buffer.ts";
import { PyMemoryView } from "../vm/objects/memoryview.ts";
import {
  codePointsOf,
  isStr,
  type PyStr,
  strFromCodePoints,
  toJsString,
} from "../vm/objects/str_wide.ts";
import { late } from "../vm/runtime/late_protocols.ts";
import { positionalOnlyArguments } from "../vm/runtime/call_type.ts";
import { equals } from "../vm/runtime/operators.ts";
import { isIterable } from "../vm/objects/bytes_args.ts";
import { getIterator, nextOrUndefined } from "../vm/runtime/iteration.ts";
import { badTypecode, storable, type TypeCode, TYPECODES } from "./array_codes.ts";
import { arrayType, PyArray } from "./array_object.ts";
import { arrayOf } from "./array_sequence.ts";

/** The typecode argument: a str of one character (not yet looked up). */
function typecodeCharacter(value: PyValue, what: string): string {
  if (!isStr(value) || toJsString(value).length !== 1) {
    throw pyError(
      "TypeError",
      `${what} must be a unicode character, not ${typeOf(value).tpName}`,
    );
  }
  return toJsString(value);
}

/** The type of a typecode character; ValueError for an unknown one. */
function typecodeType(code: string): TypeCode {
  if (!Object.hasOwn(TYPECODES, code)) badTypecode();
  return TYPECODES[code];
}

/**
 * array_new, in its order: the typecode must be one character; a str (or a
 * unicode array) initializes only a 'u' array; an initializer other than a
 * list, tuple, bytes, bytearray, str or same-typecode array is iterated —
 * iter() is called — before the typecode itself is looked up.
 */
export function newArray(
  cls: PyType,
  args: readonly PyValue[],
  kwnames: readonly string[] | null,
): PyArray {
  // Keywords are for a subclass's own __init__ (array_new's tp_init test).
  const positional =
    positionalOnlyArguments("array.array", cls, arrayType, "__init__", args, kwnames)
      .length;
  if (positional < 1) {
    throw pyError("TypeError", `array() takes at least 1 argument (${positional} given)`);
  }
  if (positional > 2) {
    throw pyError("TypeError", `array() takes at most 2 arguments (${positional} given)`);
  }
  const code = typecodeCharacter(args[0], "array() argument 1");
  if (positional < 2) return new PyArray(typecodeType(code), cls);
  const initial = args[1];
  if (isStr(initial) && code !== "u") {
    throw pyError("TypeError", `cannot use a str to initialize an array with typecode '${code}'`);
  }
  if (initial instanceof PyArray && initial.type.code === "u" && code !== "u") {
    throw pyError(
      "TypeError",
      `cannot use a unicode array to initialize an array with typecode '${code}'`,
    );
  }
  const direct = initial instanceof PyList || initial instanceof PyTuple ||
    initial instanceof PyBytes || initial instanceof PyByteArray || isStr(initial) ||
    (initial instanceof PyArray && initial.type.code === code);
  const iterator = direct ? undefined : getIterator(initial);
  const array = new PyArray(typecodeType(code), cls);
  if (iterator !== undefined) {
    appendAll(array, iterator);
  } else if (initial instanceof PyList || initial instanceof PyTuple) {
    setFromList(array, initial.items);
  } else if (initial instanceof PyBytes || initial instanceof PyByteArray) {
    frombytes(array, initial);
  } else if (initial instanceof PyArray) {
    array.appendRaw(initial.view().slice());
  } else {
    array.appendRaw(codePointsOf(initial as PyStr));
  }
  return array;
}

function setFromList(array: PyArray, items: readonly PyValue[]): void {
  const values = array.type.make(items.length);
  for (let i = 0; i < items.length; i++) values[i] = storable(array.type, items[i]) as never;
  array.appendRaw(values);
}

/** One converted item, in a typed array of length 1. */
function single(array: PyArray, value: PyValue) {
  const values = array.type.make(1);
  values[0] = storable(array.type, value) as never;
  return values;
}

/** Appends the items an iterator yields, one by one (a bad item stops it, keeping those before). */
function appendAll(array: PyArray, iterator: PyValue): void {
  for (let item = nextOrUndefined(iterator); item !== undefined; item = nextOrUndefined(iterator)) {
    append(array, item);
  }
}

export function append(array: PyArray, value: PyValue): null {
  const raw = storable(array.type, value);
  const at = array.length;
  array.resize(at + 1);
  array.items[at] = raw as never;
  return null;
}

/** array_do_extend. */
export function extend(array: PyArray, other: PyValue): null {
  if (!(other instanceof PyArray)) {
    if (!isIterable(other)) {
      throw pyError("TypeError", `'${typeOf(other).tpName}' object is not iterable`);
    }
    appendAll(array, getIterator(other));
    return null;
  }
  if (other.type !== array.type) {
    throw pyError("TypeError", "can only extend with array of same kind");
  }
  array.appendRaw(other.view().slice());
  return null;
}

/**
 * array_array_frombytes: a simple buffer (a strided memoryview refuses to
 * give one) of one-byte items; the array itself is exporting while it is
 * read, so it cannot grow from itself.
 */
export function frombytes(array: PyArray, data: PyValue): null {
  const layout = bufferLayoutOf(data);
  if (layout === undefined) {
    throw pyError("TypeError", `a bytes-like object is required, not '${typeOf(data).tpName}'`);
  }
  if (data instanceof PyMemoryView && !data.cContiguous) {
    throw pyError("BufferError", "memoryview: underlying buffer is not C-contiguous");
  }
  if (layout.itemsize !== 1) throw pyError("TypeError", "a bytes-like object is required");
  const bytes = bufferOf(data)!;
  if (data === array && bytes.length > 0) {
    throw pyError("BufferError", "cannot resize an array that is exporting buffers");
  }
  const size = array.itemsize;
  if (bytes.length % size !== 0) {
    throw pyError("ValueError", "bytes length not a multiple of item size");
  }
  if (bytes.length === 0) return null;
  const at = array.length;
  array.resize(at + bytes.length / size);
  // `bytes` may view this array's old storage: resize leaves that buffer
  // alone (it copies out of it or writes past its live items).
  new Uint8Array(array.items.buffer, at * size, bytes.length).set(bytes);
  return null;
}

/** Largest Py_ssize_t on a 64-bit build. */
const SSIZE_MAX = 2n ** 63n - 1n;

/**
 * array_array_fromfile: everything read() returns goes to frombytes (so a
 * partial item is its ValueError), then EOFError if it was short.
 */
function fromfile(array: PyArray, file: PyValue, count: PyValue): null {
  const exact = asInteger(count);
  if (asSize(exact) < 0) throw pyError("ValueError", "negative count");
  const nbytes = BigInt(exact) * BigInt(array.itemsize);
  if (nbytes > SSIZE_MAX) throw pyError("MemoryError");
  const read = late.getAttribute(file, "read");
  const data = late.call(read, [normalizeBigInt(nbytes)], null);
  if (!(data instanceof PyBytes)) throw pyError("TypeError", "read() didn't return bytes");
  frombytes(array, data);
  if (BigInt(data.bytes.length) !== nbytes) {
    throw pyError("EOFError", "read() didn't return enough bytes");
  }
  return null;
}

/** array_array_tofile: f.write() of each 64 KiB block, nothing for an empty array. */
function tofile(array: PyArray, file: PyValue): null {
  const BLOCK = 64 * 1024;
  const bytes = array.bytes.slice();
  for (let at = 0; at < bytes.length; at += BLOCK) {
    const block = new PyBytes(bytes.slice(at, at + BLOCK));
    late.call(late.getAttribute(file, "write"), [block], null);
  }
  return null;
}

function index(array: PyArray, value: PyValue, start: PyValue, stop: PyValue): number {
  const bound = (raw: PyValue): number => {
    let n = ssizeArgumentClamped(raw);
    if (n < 0) {
      n += array.length;
      if (n < 0) n = 0;
    }
    return n;
  };
  const from = bound(start);
  const to = stop === undefined ? Number.MAX_SAFE_INTEGER : bound(stop);
  for (let i = from; i < to && i < array.length; i++) {
    const item = array.get(i);
    if (item === value || equals(item, value)) return i;
  }
  throw pyError("ValueError", "array.index(x): x not in array");
}

/** _PyEval_SliceIndexNotNone: out-of-range ints clamp. */
function ssizeArgumentClamped(value: PyValue): number {
  const int = indexOperand(value);
  if (int === undefined) {
    throw pyError(
      "TypeError",
      "slice indices must be integers or have an __index__ method",
    );
  }
  if (typeof int === "bigint") return int < 0n ? -Number.MAX_SAFE_INTEGER : Number.MAX_SAFE_INTEGER;
  return int;
}

function pop(array: PyArray, at: PyValue): PyValue {
  let i = asSize(at);
  if (array.length === 0) throw pyError("IndexError", "pop from empty array");
  if (i < 0) i += array.length;
  if (i < 0 || i >= array.length) throw pyError("IndexError", "pop index out of range");
  const value = array.get(i);
  array.splice(i, i + 1, array.type.make(0));
  return value;
}

function insert(array: PyArray, at: PyValue, value: PyValue): null {
  let i = asSize(at);
  const item = single(array, value);
  const n = array.length;
  if (i < 0) {
    i += n;
    if (i < 0) i = 0;
  }
  if (i > n) i = n;
  array.splice(i, i, item);
  return null;
}

function remove(array: PyArray, value: PyValue): null {
  for (let i = 0; i < array.length; i++) {
    const item = array.get(i);
    if (item === value || equals(item, value)) {
      array.splice(i, i + 1, array.type.make(0));
      return null;
    }
  }
  throw pyError("ValueError", "array.remove(x): x not in array");
}

/**
 * Reverses the bytes of every item: each word read little-endian through a
 * DataView and written back big-endian, which V8's optimising tiers compile
 * to a load, a byte-swap instruction and a store (20M 4-byte items ~15 ms,
 * against ~35 ms for shifts and masks per word). The signed accessors:
 * Maglev inlines those, where an unsigned 32-bit one left a call per item
 * (a 20M-item swap 0.5 s in one run).
 */
function byteswap(array: PyArray): null {
  const n = array.length;
  const view = new DataView(array.items.buffer, 0, n * array.itemsize);
  switch (array.itemsize) {
    case 2:
      for (let at = 0; at < 2 * n; at += 2) view.setInt16(at, view.getInt16(at, true));
      break;
    case 4:
      for (let at = 0; at < 4 * n; at += 4) view.setInt32(at, view.getInt32(at, true));
      break;
    case 8:
      for (let at = 0; at < 8 * n; at += 8) {
        const low = view.getInt32(at, true);
        view.setInt32(at, view.getInt32(at + 4, true));
        view.setInt32(at + 4, low);
      }
      break;
  }
  return null;
}

const addresses = new WeakMap<ArrayBufferLike, number>();

/**
 * The real address of the items when FFI is permitted (ctypes may then read
 * the array through it: a V8 backing store does not move while it lives).
 */
function storageAddress(buffer: ArrayBufferLike): number | undefined {
  try {
    return Number(Deno.UnsafePointer.value(Deno.UnsafePointer.of(buffer as ArrayBuffer)));
  } catch {
    return undefined;
  }
}
let nextAddress = 0x7f3a_0000_0000;

function bufferInfo(array: PyArray): PyValue {
  const buffer = array.items.buffer;
  let address = addresses.get(buffer);
  if (address === undefined) {
    address = storageAddress(buffer);
    if (address === undefined) {
      address = nextAddress;
      nextAddress += Math.ceil((buffer.byteLength + 16) / 16) * 16;
    }
    addresses.set(buffer, address);
  }
  return newTuple([array.allocated === 0 ? 0 : address, array.length]);
}

function reduceEx(array: PyArray, protocol: PyValue): PyValue {
  const level = intOperand(protocol);
  if (level === undefined) {
    throw pyError("TypeError", "__reduce_ex__ argument should be an integer");
  }
  let dict: PyValue = null;
  try {
    dict = late.getAttribute(array, "__dict__");
  } catch (error) {
    if (!(error instanceof Object && typeOf(error as PyValue).name === "AttributeError")) {
      throw error;
    }
  }
  const cls = typeOf(array);
  if (level < 3) {
    return newTuple([cls, newTuple([array.type.code, tolist(array)]), dict]);
  }
  return newTuple([
    reconstructor!,
    newTuple([cls, array.type.code, array.type.machineFormat, new PyBytes(array.bytes.slice())]),
    dict,
  ]);
}

let reconstructor: PyValue | undefined;
export function setReconstructor(value: PyValue): void {
  reconstructor = value;
}

export function tolist(array: PyArray): PyList {
  const items: PyValue[] = [];
  for (let i = 0; i < array.length; i++) items.push(array.get(i));
  return new PyList(items);
}

/** The code points of a 'u' array as a str (ValueError past U+10FFFF, as wchar_t decoding). */
export function unicodeText(array: PyArray) {
  const points = array.view() as Uint32Array;
  for (const point of points) {
    if (point > 0x10ffff) {
      throw pyError(
        "ValueError",
        `character U+${point.toString(16)} is not in range [U+0000; U+10ffff]`,
      );
    }
  }
  return strFromCodePoints(points);
}

const unicodeOnly = (array: PyArray, method: string) => {
  if (array.type.code !== "u") {
    throw pyError("ValueError", `${method}() may only be called on unicode type arrays`);
  }
};

export const METHODS = {
  append: ["v, /", append],
  buffer_info: ["", bufferInfo],
  byteswap: ["", byteswap],
  count: ["v, /", (array: PyArray, value: PyValue) => {
    let n = 0;
    for (let i = 0; i < array.length; i++) {
      const item = array.get(i);
      if (item === value || equals(item, value)) n++;
    }
    return n;
  }],
  extend: ["bb, /", extend],
  frombytes: ["buffer, /", frombytes],
  fromfile: ["f, n, /", fromfile],
  fromlist: ["list, /", (array: PyArray, list: PyValue) => {
    if (!(list instanceof PyList)) throw pyError("TypeError", "arg must be list");
    setFromList(array, list.items.slice());
    return null;
  }],
  fromunicode: ["ustr, /", (array: PyArray, text: PyValue) => {
    if (!isStr(text)) {
      throw pyError(
        "TypeError",
        `fromunicode() argument must be str, not ${typeOf(text).tpName}`,
      );
    }
    unicodeOnly(array, "fromunicode");
    const points = codePointsOf(text);
    if (points.length > 0) array.appendRaw(points);
    return null;
  }],
  index: ["v, start=0, stop=?, /", index],
  insert: ["i, v, /", insert],
  pop: ["i=-1, /", pop],
  remove: ["v, /", remove],
  reverse: ["", (array: PyArray) => (array.view().reverse(), null)],
  tobytes: ["", (array: PyArray) => new PyBytes(array.bytes.slice())],
  tofile: ["f, /", tofile],
  tolist: ["", tolist],
  tounicode: ["", (array: PyArray) => {
    unicodeOnly(array, "tounicode");
    return unicodeText(array);
  }],
  __reduce_ex__: ["value, /", reduceEx],
  __copy__: ["", (array: PyArray) => arrayOf(array, array.view())],
  __deepcopy__: ["unused, /", (array: PyArray) => arrayOf(array, array.view())],
  __sizeof__: ["", (array: PyArray) => 64 + array.allocated * array.itemsize],
} as const;
