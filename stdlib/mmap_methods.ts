/**
 * The Python-visible methods of mmap.mmap, with CPython 3.11's argument
 * conversions and messages (Modules/mmapmodule.c): the file-like cursor
 * (read, readline, read_byte, write, write_byte, seek, tell), searching
 * (find and rfind start at the cursor by default), move, flush, madvise,
 * subscripts (an int index reads an int; iteration, through C's sq_item,
 * yields one-byte bytes objects) and the context manager. Every operation
 * on a closed map raises ValueError "mmap closed or invalid" first.
 */
import type { PyValue } from "../vm/objects/object.ts";
import { PyBytes } from "../vm/objects/bytes.ts";
import { pyError } from "../vm/objects/exceptions.ts";
import { typeOf } from "../vm/objects/typeof.ts";
import { asInteger, asSize } from "../vm/objects/str_args.ts";
import { expectBuffer } from "../vm/objects/buffer.ts";
import { bytesIndexOf, bytesLastIndexOf } from "../vm/objects/bytes_search.ts";
import { indexValue, PySlice, sliceIndices } from "../vm/objects/slice.ts";
import {
  type IndexedSequence,
  PyIndexIterator,
  sequenceIteratorType,
} from "../vm/runtime/iteration.ts";
import { reversedType } from "../vm/runtime/types/iterator_types.ts";
import { ACCESS_NAMES } from "./mmap_constants.ts";
import { PyMmap } from "./mmap_object.ts";
import { fileSize } from "./mmap_native.ts";
import { intArgument } from "./posix_path.ts";

const SSIZE_MAX = 2n ** 63n - 1n;

/** Bytes from `cursor` to the end (none when a resize left the cursor past it). */
function remaining(self: PyMmap): number {
  return Math.max(0, self.size - self.pos);
}

/** PyNumber_AsSsize_t(value, PyExc_OverflowError). */
function ssizeOrOverflow(value: PyValue): number {
  const raw = asInteger(value);
  if (typeof raw === "bigint" && (raw > SSIZE_MAX || raw < -SSIZE_MAX - 1n)) {
    throw pyError("OverflowError", "cannot fit 'int' into an index-sized integer");
  }
  return Number(raw);
}

/** A Py_ssize_t subscript (PyNumber_AsSsize_t with IndexError), counted from the end if negative. */
function subscriptIndex(self: PyMmap, key: PyValue, what: string): number {
  const raw = indexValue(key, () => what);
  if (typeof raw === "bigint" && (raw > SSIZE_MAX || raw < -SSIZE_MAX - 1n)) {
    throw pyError("IndexError", "cannot fit 'int' into an index-sized integer");
  }
  let index = Number(raw);
  if (index < 0) index += self.size;
  if (!(index >= 0 && index < self.size)) throw pyError("IndexError", "mmap index out of range");
  return index;
}

function isIndex(value: PyValue): boolean {
  if (typeof value === "number" || typeof value === "bigint" || typeof value === "boolean") {
    return true;
  }
  return value !== null && typeof value === "object" &&
    typeOf(value).lookup("__index__") !== undefined;
}

export function getItem(self: PyMmap, key: PyValue): PyValue {
  const bytes = self.bytes;
  if (key instanceof PySlice) {
    const [start, , step, count] = sliceIndices(key, bytes.length);
    if (step === 1) return new PyBytes(bytes.slice(start, start + count));
    const out = new Uint8Array(count);
    for (let i = 0, at = start; i < count; i++, at += step) out[i] = bytes[at];
    return new PyBytes(out);
  }
  if (!isIndex(key)) throw pyError("TypeError", "mmap indices must be integers");
  return bytes[subscriptIndex(self, key, "mmap indices must be integers")];
}

/** A byte value for m[i] = v: an index in range(0, 256). */
function byteValue(value: PyValue): number {
  if (!isIndex(value)) throw pyError("TypeError", "mmap item value must be an int");
  const raw = asInteger(value);
  if (typeof raw === "bigint" && (raw > SSIZE_MAX || raw < -SSIZE_MAX - 1n)) {
    throw pyError("TypeError", "cannot fit 'int' into an index-sized integer");
  }
  if (raw < 0 || raw > 255) {
    throw pyError("ValueError", "mmap item value must be in range(0, 256)");
  }
  return Number(raw);
}

/** m[key] = value, or del m[key] when value is undefined (always refused). */
export function setItem(self: PyMmap, key: PyValue, value: PyValue | undefined): PyValue {
  const bytes = self.writable();
  if (key instanceof PySlice) {
    const [start, , step, count] = sliceIndices(key, bytes.length);
    if (value === undefined) {
      throw pyError("TypeError", "mmap object doesn't support slice deletion");
    }
    const data = expectBuffer(value);
    if (data.length !== count) throw pyError("IndexError", "mmap slice assignment is wrong size");
    if (step === 1) bytes.set(data, start);
    else for (let i = 0, at = start; i < count; i++, at += step) bytes[at] = data[i];
    return null;
  }
  if (!isIndex(key)) throw pyError("TypeError", "mmap indices must be integer");
  const index = subscriptIndex(self, key, "mmap indices must be integer");
  if (value === undefined) throw pyError("TypeError", "mmap doesn't support item deletion");
  bytes[index] = byteValue(value);
  return null;
}

/** sq_item, which iteration and `in` use: one-byte bytes objects. */
const BYTE_ITEMS: IndexedSequence = {
  itemAt(sequence, index) {
    const self = sequence as PyMmap;
    const bytes = self.bytes;
    return index < bytes.length ? new PyBytes(bytes.slice(index, index + 1)) : undefined;
  },
  size: (sequence) => (sequence as PyMmap).mapping?.size ?? 0,
};

export function iterate(self: PyMmap): PyValue {
  return new PyIndexIterator(sequenceIteratorType, self, 0, BYTE_ITEMS, 1);
}

export function iterateReversed(self: PyMmap): PyValue {
  return new PyIndexIterator(reversedType, self, self.size - 1, BYTE_ITEMS, -1);
}

export function repr(self: PyMmap): string {
  const name = typeOf(self).tpName;
  if (self.mapping === null) return `<${name} closed=True>`;
  return `<${name} closed=False, access=${ACCESS_NAMES[self.access]}, ` +
    `length=${self.mapping.size}, pos=${self.pos}, offset=${self.offset}>`;
}

function read(self: PyMmap, n: PyValue): PyValue {
  const bytes = self.bytes;
  let count = -1;
  if (n !== null) {
    if (!isIndex(n)) {
      throw pyError("TypeError", `argument should be integer or None, not '${typeOf(n).tpName}'`);
    }
    count = ssizeOrOverflow(n);
  }
  const available = remaining(self);
  if (count < 0 || count > available) count = available;
  const start = self.pos;
  self.pos += count;
  return new PyBytes(bytes.slice(start, start + count));
}

function readByte(self: PyMmap): PyValue {
  const bytes = self.bytes;
  if (self.pos >= bytes.length) throw pyError("ValueError", "read byte out of range");
  return bytes[self.pos++];
}

function readline(self: PyMmap): PyValue {
  const bytes = self.bytes;
  if (remaining(self) === 0) return new PyBytes(new Uint8Array(0));
  const start = self.pos;
  const newline = bytes.indexOf(0x0a, start);
  const end = newline < 0 ? bytes.length : newline + 1;
  self.pos = end;
  return new PyBytes(bytes.slice(start, end));
}

function write(self: PyMmap, data: PyValue): PyValue {
  self.valid();
  const source = expectBuffer(data);
  const bytes = self.writable();
  if (self.pos > bytes.length || bytes.length - self.pos < source.length) {
    throw pyError("ValueError", "data out of range");
  }
  bytes.set(source, self.pos);
  self.pos += source.length;
  return source.length;
}

/** PyArg's "b": an unsigned char given as an int. */
function unsignedByte(value: PyValue): number {
  const raw = asInteger(value);
  if (raw < 0) throw pyError("OverflowError", "unsigned byte integer is less than minimum");
  if (raw > 255) throw pyError("OverflowError", "unsigned byte integer is greater than maximum");
  return Number(raw);
}

function writeByte(self: PyMmap, byte: PyValue): PyValue {
  self.valid();
  const value = unsignedByte(byte);
  const bytes = self.writable();
  if (self.pos >= bytes.length) throw pyError("ValueError", "write byte out of range");
  bytes[self.pos++] = value;
  return null;
}

/** find/rfind's start and end: counted from the end when negative, clamped to the map. */
function searchBound(value: PyValue | undefined, otherwise: number, size: number): number {
  if (value === undefined) return otherwise;
  let bound = asSize(value);
  if (bound < 0) bound = Math.max(0, bound + size);
  return Math.min(bound, size);
}

function search(reverse: boolean) {
  return (self: PyMmap, sub: PyValue, start?: PyValue, end?: PyValue): PyValue => {
    const bytes = self.bytes;
    const needle = expectBuffer(sub);
    const from = searchBound(start, self.pos, bytes.length);
    const to = searchBound(end, bytes.length, bytes.length);
    const haystack = bytes.subarray(0, to);
    return reverse
      ? bytesLastIndexOf(haystack, needle, from, to)
      : bytesIndexOf(haystack, needle, from, to);
  };
}

function seek(self: PyMmap, distance: PyValue, whence: PyValue): PyValue {
  const size = self.size;
  const offset = asSize(distance);
  const how = intArgument(whence);
  let where: number;
  if (how === 0) where = offset;
  else if (how === 1) where = self.pos + offset;
  else if (how === 2) where = size + offset;
  else throw pyError("ValueError", "unknown seek type");
  if (where > size || where < 0) throw pyError("ValueError", "seek out of range");
  self.pos = where;
  return null;
}

function move(self: PyMmap, destination: PyValue, source: PyValue, count: PyValue): PyValue {
  self.valid();
  const [to, from, length] = [asSize(destination), asSize(source), asSize(count)];
  const bytes = self.writable();
  if (
    to < 0 || from < 0 || length < 0 || bytes.length - to < length ||
    bytes.length - from < length
  ) {
    throw pyError("ValueError", "source, destination, or count out of range");
  }
  bytes.copyWithin(to, from, from + length);
  return null;
}

function flush(self: PyMmap, offsetArgument: PyValue, sizeArgument?: PyValue): PyValue {
  const mapping = self.valid();
  const offset = asSize(offsetArgument);
  const size = sizeArgument === undefined ? mapping.size : asSize(sizeArgument);
  if (size < 0 || offset < 0 || mapping.size - offset < size) {
    throw pyError("ValueError", "flush values out of range");
  }
  if (self.access === 1 || self.access === 3) return null; // ACCESS_READ, ACCESS_COPY
  mapping.sync(offset, size);
  return null;
}

function madvise(self: PyMmap, option: PyValue, startArgument: PyValue, length?: PyValue) {
  const mapping = self.valid();
  const advice = intArgument(option);
  const start = asSize(startArgument);
  if (length !== undefined) asSize(length);
  const wanted = length === undefined ? BigInt(mapping.size) : BigInt(asInteger(length));
  if (start < 0 || start >= mapping.size) {
    throw pyError("ValueError", "madvise start out of bounds");
  }
  if (wanted < 0n) throw pyError("ValueError", "madvise length invalid");
  if (SSIZE_MAX - BigInt(start) < wanted) {
    throw pyError("OverflowError", "madvise length too large");
  }
  const span = Math.min(Number(wanted), mapping.size - start);
  mapping.advise(start, span, advice);
  return null;
}

function size(self: PyMmap): PyValue {
  self.valid();
  return fileSize(self.fd);
}

export const MMAP_METHODS = {
  close: ["", (self: PyMmap) => {
    self.close();
    return null;
  }],
  find: ["sub, start=?, end=?, /", search(false), { style: "parsetuple" }],
  flush: ["offset=0, size=?, /", flush, { style: "parsetuple" }],
  madvise: ["option, start=0, length=?, /", madvise, { style: "parsetuple" }],
  move: ["dest, src, count, /", move, { style: "parsetuple" }],
  read: ["n=None, /", read, { style: "parsetuple" }],
  read_byte: ["", readByte],
  readline: ["", readline],
  resize: ["newsize, /", (self: PyMmap, newSize: PyValue) => {
    self.valid();
    asSize(newSize);
    self.resize(BigInt(asInteger(newSize)));
    return null;
  }, { style: "parsetuple" }],
  rfind: ["sub, start=?, end=?, /", search(true), { style: "parsetuple" }],
  seek: ["pos, whence=0, /", seek, { style: "parsetuple" }],
  size: ["", size],
  tell: ["", (self: PyMmap) => {
    self.valid();
    return self.pos;
  }],
  write: ["bytes, /", write, { style: "parsetuple" }],
  write_byte: ["byte, /", writeByte, { style: "parsetuple" }],
  __enter__: ["", (self: PyMmap) => {
    self.valid();
    return self;
  }],
  __exit__: ["*args", (self: PyMmap) => {
    self.close();
    return null;
  }],
  __repr__: ["", repr],
  __len__: ["", (self: PyMmap) => self.size],
  __getitem__: ["key, /", getItem],
  __setitem__: ["key, value, /", setItem],
  __delitem__: ["key, /", (self: PyMmap, key: PyValue) => setItem(self, key, undefined)],
} as const;
