/**
 * `_io.BytesIO`: an in-memory binary stream over a growable Uint8Array.
 * Seeking past the end and writing there fills the gap with zero bytes;
 * `getbuffer()` returns a writable memoryview of the live contents, and while
 * such a view is unreleased the buffer may not change size (BufferError), as
 * in CPython.
 */
import { PyObject, type PyValue } from "../vm/objects/object.ts";
import type { PyType } from "../vm/objects/type.ts";
import { makeBuiltinType } from "../vm/objects/core_types.ts";
import { pyError } from "../vm/objects/exceptions.ts";
import { typeOf } from "../vm/objects/typeof.ts";
import { PyBytes } from "../vm/objects/bytes.ts";
import { newTuple, PyTuple } from "../vm/objects/tuple.ts";
import { PyDict } from "../vm/objects/dict.ts";
import { PyMemoryView } from "../vm/objects/memoryview.ts";
import { expectBuffer, registerBufferExporter } from "../vm/objects/buffer.ts";
import { defineNativeMethods } from "../vm/objects/native_function.ts";
import { defineGetSets } from "../vm/objects/getset.ts";
import { iterateValues } from "../vm/runtime/iteration.ts";
import { setMappedAttribute } from "../vm/objects/instance_map.ts";
import { bufferedIOBaseType, readlinesOf } from "./io_base.ts";
import {
  allocateBytes,
  attributesDict,
  closedFileError,
  intArgument,
  newBytes,
  plainConstructor,
  PyIOObject,
  signatureInitializer,
  sizeArgument,
  writableBuffer,
} from "./io_common.ts";

export const bytesIOType = makeBuiltinType("BytesIO", bufferedIOBaseType);
const bytesIOBufferType = makeBuiltinType("_BytesIOBuffer", undefined, { subclassable: false });

export class PyBytesIO extends PyIOObject {
  buffer = new Uint8Array(0);
  size = 0;
  position = 0;
  isClosed = false;
  views: PyMemoryView[] = [];

  contents(): Uint8Array {
    return this.buffer.subarray(0, this.size);
  }
}

/** The object a getbuffer() memoryview exports (CPython's _io._BytesIOBuffer). */
class PyBytesIOBuffer extends PyObject {
  constructor(readonly owner: PyBytesIO) {
    super(bytesIOBufferType);
  }
}
registerBufferExporter((value) =>
  value instanceof PyBytesIOBuffer ? value.owner.contents() : undefined
);

function live(self: PyBytesIO): PyBytesIO {
  if (self.isClosed) throw closedFileError();
  return self;
}

function checkExports(self: PyBytesIO): void {
  self.views = self.views.filter((view) => !view.released);
  if (self.views.length > 0) {
    throw pyError("BufferError", "Existing exports of data: object cannot be re-sized");
  }
}

function ensureCapacity(self: PyBytesIO, needed: number): void {
  if (needed <= self.buffer.length) return;
  const grown = allocateBytes(
    Math.max(needed, self.buffer.length + (self.buffer.length >> 1), 16),
  );
  grown.set(self.buffer.subarray(0, self.size));
  self.buffer = grown;
}

export function bytesIOWrite(self: PyBytesIO, data: Uint8Array): number {
  live(self);
  checkExports(self);
  const n = data.length;
  if (n === 0) return 0;
  const end = self.position + n;
  ensureCapacity(self, end);
  if (self.position > self.size) self.buffer.fill(0, self.size, self.position);
  self.buffer.set(data, self.position);
  self.position = end;
  if (end > self.size) self.size = end;
  return n;
}

function bytesIORead(self: PyBytesIO, sizeValue: PyValue): PyBytes {
  live(self);
  let size = sizeArgument(sizeValue);
  const available = Math.max(0, self.size - self.position);
  if (size < 0 || size > available) size = available;
  const start = Math.min(self.position, self.size);
  self.position += size;
  return newBytes(self.buffer.slice(start, start + size));
}

function bytesIOReadline(self: PyBytesIO, sizeValue: PyValue): PyBytes {
  live(self);
  const limit = sizeArgument(sizeValue);
  const start = self.position;
  if (start >= self.size) return newBytes(new Uint8Array(0));
  let end = self.buffer.subarray(start, self.size).indexOf(0x0a);
  end = end < 0 ? self.size : start + end + 1;
  if (limit >= 0 && end - start > limit) end = start + limit;
  self.position = end;
  return newBytes(self.buffer.slice(start, end));
}

function bytesIOSeek(self: PyBytesIO, positionValue: PyValue, whenceValue: PyValue): number {
  live(self);
  let position = intArgument(positionValue);
  const whence = intArgument(whenceValue);
  if (position < 0 && whence === 0) {
    throw pyError("ValueError", `negative seek value ${position}`);
  }
  if (whence === 1) position = Math.max(0, self.position + position);
  else if (whence === 2) position = Math.max(0, self.size + position);
  else if (whence !== 0) {
    throw pyError("ValueError", `invalid whence (${whence}, should be 0, 1 or 2)`);
  }
  self.position = position;
  return position;
}

function bytesIOTruncate(self: PyBytesIO, sizeValue: PyValue): number {
  live(self);
  checkExports(self);
  const size = sizeValue === null ? self.position : intArgument(sizeValue);
  if (size < 0) throw pyError("ValueError", `negative size value ${size}`);
  if (size < self.size) self.size = size;
  return size;
}

function initBytesIO(self: PyBytesIO, initial: PyValue): void {
  checkExports(self);
  self.size = 0;
  self.position = 0;
  if (initial !== null) {
    const data = expectBuffer(initial);
    self.buffer = data.slice();
    self.size = data.length;
  }
}

plainConstructor(bytesIOType, (cls: PyType) => new PyBytesIO(cls));
signatureInitializer(bytesIOType, "BytesIO", "initial_bytes=None", initBytesIO);

defineNativeMethods(bytesIOType, {
  getvalue: ["", (self: PyBytesIO) => newBytes(live(self).buffer.slice(0, self.size))],
  getbuffer: ["", (self: PyBytesIO) => {
    live(self);
    const view = new PyMemoryView(new PyBytesIOBuffer(self), 0, self.size, 1, false);
    self.views.push(view);
    return view;
  }],
  read: ["size=-1, /", bytesIORead],
  read1: ["size=-1, /", bytesIORead],
  readline: ["size=-1, /", bytesIOReadline],
  readlines: ["size=None, /", (self: PyBytesIO, hint: PyValue) => {
    live(self);
    return readlinesOf(self, hint, true);
  }],
  readinto: ["buffer, /", (self: PyBytesIO, target: PyValue) => {
    live(self);
    const into = writableBuffer(target, "readinto");
    const n = Math.max(0, Math.min(into.length, self.size - self.position));
    into.set(self.buffer.subarray(self.position, self.position + n));
    self.position += n;
    return n;
  }],
  write: ["b, /", (self: PyBytesIO, data: PyValue) => bytesIOWrite(self, expectBuffer(data))],
  writelines: ["lines, /", (self: PyBytesIO, lines: PyValue) => {
    live(self);
    for (const line of iterateValues(lines)) bytesIOWrite(self, expectBuffer(line));
    return null;
  }],
  seek: ["pos, whence=0, /", bytesIOSeek],
  tell: ["", (self: PyBytesIO) => live(self).position],
  truncate: ["size=None, /", bytesIOTruncate],
  seekable: ["", (self: PyBytesIO) => !!live(self)],
  readable: ["", (self: PyBytesIO) => !!live(self)],
  writable: ["", (self: PyBytesIO) => !!live(self)],
  isatty: ["", (self: PyBytesIO) => !live(self)],
  flush: ["", (self: PyBytesIO) => {
    live(self);
    return null;
  }],
  close: ["", (self: PyBytesIO) => {
    checkExports(self);
    self.isClosed = true;
    self.iobaseClosed = true;
    self.buffer = new Uint8Array(0);
    self.size = 0;
    return null;
  }],
  __iter__: ["", (self: PyBytesIO) => self],
  __next__: ["", (self: PyBytesIO) => {
    const line = bytesIOReadline(self, -1);
    if (line.bytes.length === 0) throw pyError("StopIteration");
    return line;
  }],
  __getstate__: ["", (self: PyBytesIO) => {
    live(self);
    return newTuple([
      newBytes(self.buffer.slice(0, self.size)),
      self.position,
      attributesDict(self),
    ]);
  }],
  __setstate__: ["state, /", (self: PyBytesIO, state: PyValue) => {
    if (!(state instanceof PyTuple) || state.items.length < 3) {
      throw pyError(
        "TypeError",
        `${typeOf(self).tpName}.__setstate__ argument should be 3-tuple, got ${
          typeOf(state).tpName
        }`,
      );
    }
    const [value, position, dict] = state.items;
    initBytesIO(self, value);
    self.position = intArgument(position);
    if (dict instanceof PyDict) {
      for (const name of iterateValues(dict)) {
        if (typeof name === "string") setMappedAttribute(self, name, dict.get(name)!);
      }
    }
    return null;
  }],
});
defineGetSets(bytesIOType, {
  closed: [(self: PyBytesIO) => self.isClosed],
});
