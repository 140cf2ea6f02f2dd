/**
 * The abstract io classes: _IOBase, _RawIOBase, _BufferedIOBase and
 * _TextIOBase. Their methods work only through other methods looked up by
 * name (`self.read`, `self.closed`, `self.flush`), exactly as CPython's
 * iobase.c does, so a Python class deriving from `io.IOBase` or
 * `io.RawIOBase` and defining `readinto` gets `read`, `readline`,
 * iteration and `with` for free. Concrete native classes override the hot
 * methods with their own.
 */
import type { PyValue } from "../vm/objects/object.ts";
import type { PyType } from "../vm/objects/type.ts";
import { makeBuiltinType } from "../vm/objects/core_types.ts";
import { pyError } from "../vm/objects/exceptions.ts";
import { typeOf } from "../vm/objects/typeof.ts";
import { PyBytes } from "../vm/objects/bytes.ts";
import { PyByteArray } from "../vm/objects/bytearray.ts";
import { PyList } from "../vm/objects/list.ts";
import { defineNativeMethods } from "../vm/objects/native_function.ts";
import { defineGetSets } from "../vm/objects/getset.ts";
import { lengthOf } from "../vm/runtime/builtin_functions.ts";
import { registerConstructor } from "../vm/runtime/call_type.ts";
import { getAttribute } from "../vm/runtime/attributes.ts";
import { iterateValues } from "../vm/runtime/iteration.ts";
import { isTrue } from "../vm/runtime/operators.ts";
import {
  allocateBytes,
  callMethod,
  closedFileError,
  DEFAULT_BUFFER_SIZE,
  isClosedAttribute,
  joinBytes,
  newBytes,
  PyIOObject,
  sizeArgument,
  unsupported,
  writableBuffer,
} from "./io_common.ts";
import { defineInstanceDict } from "../vm/runtime/types/object_type.ts";

export const iobaseType = makeBuiltinType("_IOBase");
export const rawIOBaseType = makeBuiltinType("_RawIOBase", iobaseType);
export const bufferedIOBaseType = makeBuiltinType("_BufferedIOBase", iobaseType);
export const textIOBaseType = makeBuiltinType("_TextIOBase", iobaseType);

registerConstructor(iobaseType, (cls: PyType) => new PyIOObject(cls));
defineInstanceDict(iobaseType); // instances have a __dict__, as in CPython

/** ValueError when `self.closed` is true (iobase_check_closed). */
export function checkClosedAttribute(self: PyValue): void {
  if (isClosedAttribute(self)) throw closedFileError();
}

function iobaseClosed(self: PyValue): boolean {
  return self instanceof PyIOObject && self.iobaseClosed;
}

/** The bytes of a read() result, or TypeError naming the method. */
function bytesResult(value: PyValue, method: string): Uint8Array {
  if (value instanceof PyBytes || value instanceof PyByteArray) return value.bytes;
  throw pyError(
    "OSError",
    `${method}() should have returned a bytes object, not '${typeOf(value).tpName}'`,
  );
}

/** _IOBase.readline: peek (when there is one) to read up to the newline, else byte by byte. */
function iobaseReadline(self: PyValue, limit: PyValue): PyValue {
  const size = sizeArgument(limit);
  let peek: PyValue | undefined;
  try {
    peek = getAttribute(self, "peek");
  } catch {
    peek = undefined;
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  while (size < 0 || total < size) {
    let readahead = 1;
    if (peek !== undefined) {
      const ahead = callMethod(self, "peek", 1);
      if (!(ahead instanceof PyBytes)) {
        throw pyError(
          "OSError",
          `peek() should have returned a bytes object, not '${typeOf(ahead).tpName}'`,
        );
      }
      const window = size >= 0 ? ahead.bytes.subarray(0, size - total) : ahead.bytes;
      if (window.length > 0) {
        const newline = window.indexOf(0x0a);
        readahead = newline >= 0 ? newline + 1 : window.length;
      }
    }
    const chunk = callMethod(self, "read", readahead);
    if (chunk instanceof PyBytes || chunk instanceof PyByteArray) {
      if (chunk.bytes.length === 0) break;
    } else {
      throw pyError(
        "OSError",
        `read() should have returned a bytes object, not '${typeOf(chunk).tpName}'`,
      );
    }
    const bytes = chunk.bytes.slice();
    chunks.push(bytes);
    total += bytes.length;
    if (bytes[bytes.length - 1] === 0x0a) break;
  }
  return newBytes(joinBytes(chunks));
}

/** readlines(hint): lines by iteration until their total length passes hint. */
export function readlinesOf(self: PyValue, hintValue: PyValue, stopAtHint = false): PyList {
  const hint = sizeArgument(hintValue);
  const lines: PyValue[] = [];
  let total = 0;
  for (const line of iterateValues(self)) {
    lines.push(line);
    if (hint > 0) {
      total += lengthOf(line) as number;
      // _IOBase stops once the total exceeds the hint; BytesIO once it reaches it.
      if (stopAtHint ? total >= hint : total > hint) break;
    }
  }
  return new PyList(lines);
}

defineNativeMethods(iobaseType, {
  seek: ["*args", () => {
    throw unsupported("seek");
  }],
  tell: ["", (self: PyValue) => callMethod(self, "seek", 0, 1)],
  truncate: ["*args", () => {
    throw unsupported("truncate");
  }],
  flush: ["", (self: PyValue) => {
    if (iobaseClosed(self)) throw closedFileError();
    return null;
  }],
  close: ["", (self: PyValue) => {
    if (iobaseClosed(self)) return null;
    try {
      callMethod(self, "flush");
    } finally {
      if (self instanceof PyIOObject) self.iobaseClosed = true;
    }
    return null;
  }],
  seekable: ["", () => false],
  readable: ["", () => false],
  writable: ["", () => false],
  _checkClosed: ["*args", (self: PyValue) => {
    checkClosedAttribute(self);
    return null;
  }],
  _checkSeekable: ["*args", (self: PyValue) => {
    if (!isTrue(callMethod(self, "seekable"))) throw unsupported("File or stream is not seekable.");
    return true;
  }],
  _checkReadable: ["*args", (self: PyValue) => {
    if (!isTrue(callMethod(self, "readable"))) throw unsupported("File or stream is not readable.");
    return true;
  }],
  _checkWritable: ["*args", (self: PyValue) => {
    if (!isTrue(callMethod(self, "writable"))) throw unsupported("File or stream is not writable.");
    return true;
  }],
  fileno: ["", () => {
    throw unsupported("fileno");
  }],
  isatty: ["", (self: PyValue) => {
    checkClosedAttribute(self);
    return false;
  }],
  __enter__: ["", (self: PyValue) => {
    checkClosedAttribute(self);
    return self;
  }],
  __exit__: ["*args", (self: PyValue) => callMethod(self, "close")],
  __iter__: ["", (self: PyValue) => {
    checkClosedAttribute(self);
    return self;
  }],
  __next__: ["", (self: PyValue) => {
    const line = callMethod(self, "readline");
    if (lengthOf(line) === 0) throw pyError("StopIteration");
    return line;
  }],
  readline: ["size=-1, /", iobaseReadline],
  readlines: ["hint=-1, /", readlinesOf],
  writelines: ["lines, /", (self: PyValue, lines: PyValue) => {
    checkClosedAttribute(self);
    for (const line of iterateValues(lines)) callMethod(self, "write", line);
    return null;
  }],
});
defineGetSets(iobaseType, {
  closed: [(self: PyValue) => iobaseClosed(self)],
});

/** _RawIOBase.readall: read() in DEFAULT_BUFFER_SIZE pieces until EOF. */
function rawReadall(self: PyValue): PyValue {
  const chunks: Uint8Array[] = [];
  for (;;) {
    const data = callMethod(self, "read", DEFAULT_BUFFER_SIZE);
    if (data === null) {
      if (chunks.length === 0) return null;
      break;
    }
    const bytes = bytesResult(data, "read");
    if (bytes.length === 0) break;
    chunks.push(bytes.slice());
  }
  return newBytes(joinBytes(chunks));
}

defineNativeMethods(rawIOBaseType, {
  read: ["size=-1, /", (self: PyValue, sizeValue: PyValue) => {
    const size = sizeArgument(sizeValue);
    if (size < 0) return callMethod(self, "readall");
    const buffer = new PyByteArray(allocateBytes(size));
    const n = callMethod(self, "readinto", buffer);
    if (n === null) return null;
    const count = Number(n);
    if (!(count >= 0 && count <= size)) {
      throw pyError("ValueError", `readinto returned ${count} outside buffer size ${size}`);
    }
    return newBytes(buffer.bytes.slice(0, count));
  }],
  readall: ["", rawReadall],
  readinto: ["buffer, /", () => {
    throw pyError("NotImplementedError");
  }],
  write: ["b, /", () => {
    throw pyError("NotImplementedError");
  }],
});

/** _BufferedIOBase.readinto/readinto1 through read/read1. */
function bufferedReadintoVia(method: "read" | "read1") {
  return (self: PyValue, target: PyValue) => {
    const into = writableBuffer(target, method === "read" ? "readinto" : "readinto1");
    const data = callMethod(self, method, into.length);
    if (!(data instanceof PyBytes)) throw pyError("TypeError", "read() should return bytes");
    into.set(data.bytes.subarray(0, into.length));
    return Math.min(data.bytes.length, into.length);
  };
}

function unsupportedMethod(name: string) {
  return () => {
    throw unsupported(name);
  };
}

defineNativeMethods(bufferedIOBaseType, {
  detach: ["", unsupportedMethod("detach")],
  read: ["size=-1, /", unsupportedMethod("read")],
  read1: ["size=-1, /", unsupportedMethod("read1")],
  write: ["b, /", unsupportedMethod("write")],
  readinto: ["buffer, /", bufferedReadintoVia("read")],
  readinto1: ["buffer, /", bufferedReadintoVia("read1")],
});

defineNativeMethods(textIOBaseType, {
  detach: ["", unsupportedMethod("detach")],
  read: ["size=-1, /", unsupportedMethod("read")],
  readline: ["size=-1, /", unsupportedMethod("readline")],
  write: ["s, /", unsupportedMethod("write")],
});
defineGetSets(textIOBaseType, {
  encoding: [() => null],
  newlines: [() => null],
  errors: [() => null],
});
