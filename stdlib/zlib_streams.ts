/**
 * zlib.Compress and zlib.Decompress, the objects of compressobj() and
 * decompressobj(), with the loops of CPython's zlibmodule.c:
 *
 * - Compress.compress deflates with Z_NO_FLUSH until the input is consumed;
 *   flush(mode) deflates with `mode` and, after Z_FINISH, ends the stream
 *   (later calls then fail with zlib's "inconsistent stream state").
 * - Decompress.decompress inflates with Z_SYNC_FLUSH, at most `max_length`
 *   bytes; input left over at that limit is `unconsumed_tail`, input after
 *   the end of the stream is appended to `unused_data`, and `eof` is set at
 *   the end. A raw stream with a dictionary gets it at once; a zlib stream
 *   asking for one (Z_NEED_DICT) gets it then.
 * - copy() duplicates zlib's state (deflateCopy/inflateCopy).
 */
import { PyObject, type PyValue } from "../vm/objects/object.ts";
import type { PyType } from "../vm/objects/type.ts";
import { makeBuiltinType } from "../vm/objects/core_types.ts";
import { pyError } from "../vm/objects/exceptions.ts";
import { PyBytes } from "../vm/objects/bytes.ts";
import { expectBuffer } from "../vm/objects/buffer.ts";
import { asCInt, asSize } from "../vm/objects/str_args.ts";
import { defineNativeMethods } from "../vm/objects/native_function.ts";
import { defineGetSets } from "../vm/objects/getset.ts";
import { registerConstructor } from "../vm/runtime/call_type.ts";
import { OutputChunks, Z, ZStream } from "./zlib_native.ts";
import { streamError } from "./zlib_errors.ts";
import { binaryData } from "./binascii.ts";
import { refusePickling } from "./unpicklable.ts";

export const compressType = makeBuiltinType("Compress", undefined, { subclassable: false });
export const decompressType = makeBuiltinType("Decompress", undefined, { subclassable: false });

export const DEF_BUF_SIZE = 16 * 1024;

export class PyCompress extends PyObject {
  constructor(cls: PyType, readonly stream: ZStream) {
    super(cls);
  }
}

export class PyDecompress extends PyObject {
  unusedData: Uint8Array = new Uint8Array(0);
  unconsumedTail: Uint8Array = new Uint8Array(0);
  eof = false;
  constructor(readonly stream: ZStream, readonly zdict: Uint8Array | null) {
    super(decompressType);
  }
}

/** Run `flush` until zlib leaves room in the output (its sign that it is done for now). */
function drain(stream: ZStream, flush: number, output: OutputChunks, doing: string): number {
  let err: number;
  do {
    const chunk = output.nextChunk();
    const step = stream.step(flush, chunk);
    output.add(chunk, step.written);
    err = step.err;
    if (err === Z.STREAM_ERROR) throw streamError(stream, err, doing);
    if (step.written < chunk.length) break;
  } while (true);
  return err;
}

function compress(self: PyCompress, data: PyValue): PyBytes {
  const stream = self.stream;
  stream.setInput(binaryData(data));
  const output = new OutputChunks();
  drain(stream, Z.NO_FLUSH, output, "while compressing data");
  return new PyBytes(output.result());
}

function flushCompress(self: PyCompress, modeArgument: PyValue): PyBytes {
  const mode = asCInt(modeArgument);
  if (mode === Z.NO_FLUSH) return new PyBytes(new Uint8Array(0));
  const stream = self.stream;
  stream.setInput(new Uint8Array(0));
  const output = new OutputChunks();
  let err = drain(stream, mode, output, "while flushing");
  if (err === Z.STREAM_END && mode === Z.FINISH) {
    err = stream.end();
    if (err !== Z.OK) throw streamError(stream, err, "while finishing compression");
  } else if (err !== Z.OK && err !== Z.BUF_ERROR) {
    throw streamError(stream, err, "while flushing");
  }
  return new PyBytes(output.result());
}

function copyCompress(self: PyCompress): PyCompress {
  if (!self.stream.initialised) throw pyError("ValueError", "Inconsistent stream state");
  const copy = new ZStream(false);
  const err = self.stream.copyInto(copy);
  if (err === Z.STREAM_ERROR) throw pyError("ValueError", "Inconsistent stream state");
  if (err === Z.MEM_ERROR) {
    throw pyError("MemoryError", "Can't allocate memory for compression object");
  }
  if (err !== Z.OK) throw streamError(self.stream, err, "while copying compression object");
  return new PyCompress(self.cls, copy);
}

/** set_inflate_zdict. */
export function setInflateDictionary(self: PyDecompress): void {
  const err = self.stream.setDictionary(self.zdict!);
  if (err !== Z.OK) throw streamError(self.stream, err, "while setting zdict");
}

/** save_unconsumed_input. */
function saveUnconsumedInput(self: PyDecompress, err: number): void {
  const stream = self.stream;
  if (err === Z.STREAM_END && stream.availableInput > 0) {
    const left = stream.remainingInput();
    const joined = new Uint8Array(self.unusedData.length + left.length);
    joined.set(self.unusedData);
    joined.set(left, self.unusedData.length);
    self.unusedData = joined;
    stream.setInput(new Uint8Array(0));
  }
  if (stream.availableInput > 0 || self.unconsumedTail.length > 0) {
    self.unconsumedTail = stream.remainingInput();
  }
}

/**
 * The inflate loop shared by decompress() (Z_SYNC_FLUSH, bounded output) and
 * flush() (Z_FINISH): stops at the end of the stream, when the input is used
 * up, at the output limit, or on an error code (returned, not raised).
 */
function inflateLoop(self: PyDecompress, flush: number, output: OutputChunks): number {
  const stream = self.stream;
  for (;;) {
    const chunk = output.nextChunk();
    const step = stream.step(flush, chunk);
    output.add(chunk, step.written);
    const err = step.err;
    if (err === Z.NEED_DICT && self.zdict !== null) {
      setInflateDictionary(self);
      continue;
    }
    if (err !== Z.OK && err !== Z.BUF_ERROR && err !== Z.STREAM_END) return err;
    if (step.written < chunk.length || output.full) return err;
  }
}

function decompress(self: PyDecompress, data: PyValue, maxLengthArgument: PyValue): PyBytes {
  const bytes = binaryData(data);
  const maxLength = asSize(maxLengthArgument);
  if (maxLength < 0) throw pyError("ValueError", "max_length must be non-negative");
  const limit = maxLength === 0 ? Infinity : maxLength;
  self.stream.setInput(bytes);
  const output = new OutputChunks(Math.min(32 * 1024, limit), limit);
  const err = inflateLoop(self, Z.SYNC_FLUSH, output);
  saveUnconsumedInput(self, err);
  if (err === Z.STREAM_END) self.eof = true;
  else if (err !== Z.OK && err !== Z.BUF_ERROR) {
    throw streamError(self.stream, err, "while decompressing data");
  }
  return new PyBytes(output.result());
}

function flushDecompress(self: PyDecompress, lengthArgument: PyValue): PyBytes {
  const length = asSize(lengthArgument);
  if (length <= 0) throw pyError("ValueError", "length must be greater than zero");
  self.stream.setInput(self.unconsumedTail);
  const output = new OutputChunks(length);
  let err = inflateLoop(self, Z.FINISH, output);
  saveUnconsumedInput(self, err);
  if (err === Z.STREAM_END) {
    self.eof = true;
    err = self.stream.end();
    if (err !== Z.OK) throw streamError(self.stream, err, "while finishing decompression");
  }
  return new PyBytes(output.result());
}

function copyDecompress(self: PyDecompress): PyDecompress {
  if (!self.stream.initialised) throw pyError("ValueError", "Inconsistent stream state");
  const stream = new ZStream(true);
  const err = self.stream.copyInto(stream);
  if (err === Z.STREAM_ERROR) throw pyError("ValueError", "Inconsistent stream state");
  if (err === Z.MEM_ERROR) {
    throw pyError("MemoryError", "Can't allocate memory for decompression object");
  }
  if (err !== Z.OK) throw streamError(self.stream, err, "while copying decompression object");
  const copy = new PyDecompress(stream, self.zdict);
  copy.unusedData = self.unusedData;
  copy.unconsumedTail = self.unconsumedTail;
  copy.eof = self.eof;
  return copy;
}

defineNativeMethods(compressType, {
  compress: ["data, /", compress],
  flush: ["mode=4, /", flushCompress],
  copy: ["", copyCompress],
  __copy__: ["", copyCompress],
  __deepcopy__: ["memo, /", copyCompress],
});

defineNativeMethods(decompressType, {
  decompress: ["data, /, max_length=0", decompress],
  flush: [`length=${DEF_BUF_SIZE}, /`, flushDecompress],
  copy: ["", copyDecompress],
  __copy__: ["", copyDecompress],
  __deepcopy__: ["memo, /", copyDecompress],
});

defineGetSets(decompressType, {
  unused_data: [(self) => new PyBytes((self as PyDecompress).unusedData)],
  unconsumed_tail: [(self) => new PyBytes((self as PyDecompress).unconsumedTail)],
  eof: [(self) => (self as PyDecompress).eof],
});

for (const type of [compressType, decompressType]) {
  type.dict.set("__module__", "zlib");
  refusePickling(type, `zlib.${type.name}`);
  registerConstructor(type, () => {
    throw pyError("TypeError", `cannot create 'zlib.${type.name}' instances`);
  });
}

/** The zdict of compressobj: a buffer (Py_buffer converter). */
export const compressDictionary = (zdict: PyValue) => expectBuffer(zdict);
