/**
 * `_io.BufferedRWPair`: a BufferedReader over one raw stream and a
 * BufferedWriter over another, presented as one object (a socket-like pair
 * of pipes). Every method forwards to the reader or the writer; it cannot
 * seek.
 */
import type { PyValue } from "../vm/objects/object.ts";
import type { PyType } from "../vm/objects/type.ts";
import { makeBuiltinType } from "../vm/objects/core_types.ts";
import { pyError } from "../vm/objects/exceptions.ts";
import { PyBaseException } from "../vm/objects/exceptions.ts";
import { defineNativeMethods } from "../vm/objects/native_function.ts";
import { defineGetSets } from "../vm/objects/getset.ts";
import { callObject } from "../vm/runtime/call.ts";
import { getAttribute } from "../vm/runtime/attributes.ts";
import { isTrue } from "../vm/runtime/operators.ts";
import { bufferedIOBaseType } from "./io_base.ts";
import { bufferedReaderType, bufferedWriterType } from "./io_buffered.ts";
import {
  callMethod,
  DEFAULT_BUFFER_SIZE,
  plainConstructor,
  PyIOObject,
  signatureInitializer,
} from "./io_common.ts";

export const bufferedRWPairType = makeBuiltinType("BufferedRWPair", bufferedIOBaseType);

class PyBufferedRWPair extends PyIOObject {
  reader: PyValue = null;
  writer: PyValue = null;
}

function part(self: PyBufferedRWPair, which: "reader" | "writer"): PyValue {
  const stream = self[which];
  if (stream === null) {
    throw pyError("ValueError", "I/O operation on uninitialized object");
  }
  return stream;
}

plainConstructor(bufferedRWPairType, (cls: PyType) => new PyBufferedRWPair(cls));
signatureInitializer(
  bufferedRWPairType,
  "BufferedRWPair",
  "reader, writer, buffer_size=8192, /",
  (self: PyBufferedRWPair, reader: PyValue, writer: PyValue, size: PyValue) => {
    const bufferSize = size ?? DEFAULT_BUFFER_SIZE;
    self.reader = callObject(bufferedReaderType, [reader, bufferSize], null);
    self.writer = callObject(bufferedWriterType, [writer, bufferSize], null);
  },
);

function forward(which: "reader" | "writer", name: string) {
  return (self: PyBufferedRWPair, ...args: PyValue[]) =>
    callMethod(part(self, which), name, ...args.filter((arg) => arg !== undefined));
}

defineNativeMethods(bufferedRWPairType, {
  read: ["size=-1, /", forward("reader", "read")],
  peek: ["size=0, /", forward("reader", "peek")],
  read1: ["size=-1, /", forward("reader", "read1")],
  readinto: ["buffer, /", forward("reader", "readinto")],
  readinto1: ["buffer, /", forward("reader", "readinto1")],
  write: ["buffer, /", forward("writer", "write")],
  flush: ["", forward("writer", "flush")],
  readable: ["", forward("reader", "readable")],
  writable: ["", forward("writer", "writable")],
  close: ["", (self: PyBufferedRWPair) => {
    let failure: unknown = null;
    try {
      callMethod(part(self, "writer"), "close");
    } catch (error) {
      failure = error;
    }
    try {
      callMethod(part(self, "reader"), "close");
    } catch (error) {
      if (failure instanceof PyBaseException && error instanceof PyBaseException) {
        error.context = failure;
      }
      throw error;
    }
    if (failure !== null) throw failure;
    return null;
  }],
  isatty: ["", (self: PyBufferedRWPair) =>
    isTrue(callMethod(part(self, "writer"), "isatty")) ||
    isTrue(callMethod(part(self, "reader"), "isatty"))],
});
defineGetSets(bufferedRWPairType, {
  closed: [(self: PyBufferedRWPair) => getAttribute(part(self, "writer"), "closed")],
});
