/**
 * The BufferedReader, BufferedWriter and BufferedRandom types: constructors,
 * seek/tell/truncate/close/detach, repr and the method tables. Their state,
 * raw-stream calls and writing are io_buffered_state.ts; reading is
 * io_buffered_read.ts.
 */
import type { PyValue } from "../vm/objects/object.ts";
import type { PyType } from "../vm/objects/type.ts";
import { pyError } from "../vm/objects/exceptions.ts";
import { typeOf } from "../vm/objects/typeof.ts";
import { expectBuffer } from "../vm/objects/buffer.ts";
import { defineNativeMethods } from "../vm/objects/native_function.ts";
import { defineGetSets } from "../vm/objects/getset.ts";
import { toJsString } from "../vm/objects/str_wide.ts";
import { reprOf } from "../vm/objects/str_convert.ts";
import { getAttribute } from "../vm/runtime/attributes.ts";
import { isTrue } from "../vm/runtime/operators.ts";
import { ExceptionType, PyBaseException } from "../vm/objects/exceptions.ts";
import {
  callMethod,
  DEFAULT_BUFFER_SIZE,
  intArgument,
  plainConstructor,
  signatureInitializer,
  sizeArgument,
  unsupported,
} from "./io_common.ts";
import { fileIOType, PyFileIO } from "./io_fileio.ts";
import {
  available,
  bufferedClosed,
  bufferedFlush,
  bufferedRandomType,
  bufferedReaderType,
  bufferedWrite,
  bufferedWriterType,
  checkOpen,
  dirtyWriters,
  flushWrites,
  PyBuffered,
  rawSeek,
  rawTell,
  ready,
} from "./io_buffered_state.ts";
import {
  bufferedPeek,
  bufferedRead,
  bufferedRead1,
  bufferedReadinto,
  bufferedReadline,
} from "./io_buffered_read.ts";

export {
  bufferedClosed,
  bufferedFlush,
  bufferedRandomType,
  bufferedRead,
  bufferedRead1,
  bufferedReaderType,
  bufferedWrite,
  bufferedWriterType,
  PyBuffered,
};
export { flushDirtyWriters, flushWritersOn } from "./io_buffered_state.ts";

// --- positioning and lifetime -------------------------------------------------

function bufferedTell(self: PyBuffered): number {
  ready(self);
  const position = rawTell(self) - available(self) + self.writeLength;
  return Math.max(position, 0);
}

function bufferedSeek(self: PyBuffered, targetValue: PyValue, whenceValue: PyValue): number {
  ready(self);
  const target = intArgument(targetValue);
  const whence = intArgument(whenceValue);
  // 3 and 4 are SEEK_DATA and SEEK_HOLE.
  if (whence < 0 || whence > 4) throw pyError("ValueError", `whence value ${whence} unsupported`);
  checkOpen(self, "seek of closed file");
  if (self.rawFile === null && !isTrue(callMethod(self.raw, "seekable"))) {
    throw unsupported("File or stream is not seekable.");
  }
  if (whence < 2 && self.writeLength === 0 && available(self) > 0) {
    // Within the read-ahead: no system call.
    const current = rawTell(self) - available(self);
    const absolute = whence === 0 ? target : current + target;
    const offset = absolute - (current - self.readStart);
    if (offset >= 0 && offset <= self.readEnd) {
      self.readStart = offset;
      return absolute;
    }
  }
  flushWrites(self);
  let offset = target;
  if (whence === 1) offset -= available(self);
  self.readStart = self.readEnd = 0;
  return rawSeek(self, offset, whence);
}

export function bufferedClose(self: PyBuffered): PyValue {
  ready(self);
  if (bufferedClosed(self)) return null;
  let failure: unknown = null;
  try {
    if (self.cls === bufferedReaderType) {
      // A reader's flush is its raw stream's: the read-ahead is not rewound (a pipe cannot be).
      callMethod(self.raw, "flush");
    } else if (self.cls === bufferedWriterType || self.cls === bufferedRandomType) {
      bufferedFlush(self);
    } else callMethod(self, "flush");
  } catch (error) {
    failure = error;
  }
  dirtyWriters.delete(self);
  try {
    callRawClose(self);
  } catch (error) {
    if (failure instanceof PyBaseException && error instanceof PyBaseException) {
      error.context = failure;
    }
    throw error;
  }
  self.readStart = self.readEnd = 0;
  if (failure !== null) throw failure;
  return null;
}

function callRawClose(self: PyBuffered): void {
  callMethod(self.raw, "close");
}

function initBuffered(
  self: PyBuffered,
  raw: PyValue,
  bufferSizeValue: PyValue,
  canRead: boolean,
  canWrite: boolean,
): void {
  self.initialised = false;
  self.detached = false;
  if (canRead && canWrite) {
    if (!isTrue(callMethod(raw, "seekable"))) {
      throw unsupported("File or stream is not seekable.");
    }
  }
  if (canRead && !isTrue(callMethod(raw, "readable"))) {
    throw unsupported("File or stream is not readable.");
  }
  if (canWrite && !isTrue(callMethod(raw, "writable"))) {
    throw unsupported("File or stream is not writable.");
  }
  const bufferSize = intArgument(bufferSizeValue);
  if (bufferSize <= 0) throw pyError("ValueError", "buffer size must be strictly positive");
  self.raw = raw;
  self.rawFile = raw instanceof PyFileIO && raw.cls === fileIOType ? raw : null;
  self.canRead = canRead;
  self.canWrite = canWrite;
  self.bufferSize = bufferSize;
  self.readBuffer = new Uint8Array(0);
  self.readStart = self.readEnd = 0;
  self.writeBuffer = new Uint8Array(0);
  self.writeLength = 0;
  self.initialised = true;
}

function bufferedRepr(self: PyBuffered): string {
  const type = typeOf(self);
  const typeName = type.isHeapType ? type.name : `_io.${type.name}`;
  let name: PyValue;
  try {
    name = getAttribute(self, "name");
  } catch (error) {
    if (
      error instanceof PyBaseException &&
      (error.cls.isSubtypeOf(ExceptionType.AttributeError) ||
        error.cls.isSubtypeOf(ExceptionType.ValueError))
    ) {
      return `<${typeName}>`;
    }
    throw error;
  }
  return `<${typeName} name=${toJsString(reprOf(name))}>`;
}

for (
  const [type, canRead, canWrite, name] of [
    [bufferedReaderType, true, false, "BufferedReader"],
    [bufferedWriterType, false, true, "BufferedWriter"],
    [bufferedRandomType, true, true, "BufferedRandom"],
  ] as const
) {
  plainConstructor(type, (cls: PyType) => new PyBuffered(cls));
  signatureInitializer(
    type,
    name,
    "raw, buffer_size=8192",
    (self: PyBuffered, raw: PyValue, size: PyValue) =>
      initBuffered(self, raw, size ?? DEFAULT_BUFFER_SIZE, canRead, canWrite),
  );
}

const commonMethods = {
  close: ["", bufferedClose],
  detach: ["", (self: PyBuffered) => {
    ready(self);
    callMethod(self, "flush");
    const raw = self.raw;
    self.raw = null;
    self.rawFile = null;
    self.initialised = false;
    self.detached = true;
    return raw;
  }],
  seek: ["target, whence=0, /", bufferedSeek],
  tell: ["", bufferedTell],
  truncate: ["pos=None, /", (self: PyBuffered, position: PyValue) => {
    ready(self);
    checkOpen(self, "truncate of closed file");
    if (!self.canWrite) throw unsupported("truncate");
    bufferedFlush(self);
    const size = position === null ? bufferedTell(self) : position;
    return callMethod(self.raw, "truncate", size);
  }],
  seekable: ["", (self: PyBuffered) => callMethod(ready(self).raw, "seekable")],
  fileno: ["", (self: PyBuffered) => callMethod(ready(self).raw, "fileno")],
  isatty: ["", (self: PyBuffered) => callMethod(ready(self).raw, "isatty")],
  _dealloc_warn: ["source, /", () => null],
  __repr__: ["", bufferedRepr],
} as const;

const readMethods = {
  readable: ["", (self: PyBuffered) => callMethod(ready(self).raw, "readable")],
  read: ["size=-1, /", (self: PyBuffered, size: PyValue) => bufferedRead(self, sizeArgument(size))],
  read1: [
    "size=-1, /",
    (self: PyBuffered, size: PyValue) => bufferedRead1(self, sizeArgument(size)),
  ],
  peek: ["size=0, /", bufferedPeek],
  readinto: [
    "buffer, /",
    (self: PyBuffered, target: PyValue) => bufferedReadinto(self, target, false, "readinto"),
  ],
  readinto1: [
    "buffer, /",
    (self: PyBuffered, target: PyValue) => bufferedReadinto(self, target, true, "readinto"),
  ],
  readline: [
    "size=-1, /",
    (self: PyBuffered, size: PyValue) => bufferedReadline(self, sizeArgument(size)),
  ],
  __next__: ["", (self: PyBuffered) => {
    const line = bufferedReadline(self, -1);
    if (line.bytes.length === 0) throw pyError("StopIteration");
    return line;
  }],
} as const;

const writeMethods = {
  writable: ["", (self: PyBuffered) => callMethod(ready(self).raw, "writable")],
  flush: ["", (self: PyBuffered) => {
    bufferedFlush(self);
    return null;
  }],
  write: [
    "buffer, /",
    (self: PyBuffered, data: PyValue) => bufferedWrite(self, expectBuffer(data)),
  ],
} as const;

defineNativeMethods(bufferedReaderType, {
  ...commonMethods,
  ...readMethods,
  // A reader has nothing to write out: flush is the raw stream's.
  flush: ["", (self: PyBuffered) => callMethod(ready(self).raw, "flush")],
});
defineNativeMethods(bufferedWriterType, { ...commonMethods, ...writeMethods });
defineNativeMethods(bufferedRandomType, { ...commonMethods, ...readMethods, ...writeMethods });

for (const type of [bufferedReaderType, bufferedWriterType, bufferedRandomType]) {
  defineGetSets(type, {
    raw: [(self: PyBuffered) => ready(self).raw],
    closed: [(self: PyBuffered) => bufferedClosed(self)],
    name: [(self: PyBuffered) => getAttribute(ready(self).raw, "name")],
    mode: [(self: PyBuffered) => getAttribute(ready(self).raw, "mode")],
    _finalizing: [() => false],
  });
}

/** Write out what writers on the file `identity` (st_dev:st_ino) still hold. */
