/**
 * `_bz2` over the system libbz2 (bz2_native.ts): BZ2Compressor and
 * BZ2Decompressor with the loops of CPython's _bz2module.c.
 *
 * - compress() runs BZ_RUN until libbz2 has taken all the input; flush()
 *   runs BZ_FINISH to the end of the stream, after which the compressor
 *   refuses more work and its (large) libbz2 state is freed at once.
 * - decompress() joins the input left over by the previous call with the
 *   new data and decompresses at most `max_length` bytes (negative: no
 *   limit). At the end of the stream the rest of the input is
 *   `unused_data`; `needs_input` is true when all input was consumed short
 *   of the end.
 */
import { PyObject, type PyValue } from "../vm/objects/object.ts";
import type { PyType } from "../vm/objects/type.ts";
import { makeBuiltinType } from "../vm/objects/core_types.ts";
import { type PyBaseException, pyError } from "../vm/objects/exceptions.ts";
import { PyBytes } from "../vm/objects/bytes.ts";
import { asCInt, asSize } from "../vm/objects/str_args.ts";
import { defineNativeMethods } from "../vm/objects/native_function.ts";
import { defineGetSets } from "../vm/objects/getset.ts";
import type { PyModule } from "../vm/runtime/module.ts";
import { requireSystemLibrary } from "./system_library_import.ts";
import { addTypes, newModule } from "./module_helpers.ts";
import { signatureConstructor } from "./native_type.ts";
import { registerConstructor } from "../vm/runtime/call_type.ts";
import { binaryData } from "./binascii.ts";
import { defineCompressorMethods, PyStreamCompressor } from "./compressor_methods.ts";
import { refusePickling } from "./unpicklable.ts";
import { OutputChunks } from "./zlib_native.ts";
import { BZ, bz2, BzStream } from "./bz2_native.ts";
import { DecompressorInput } from "./compression_stream.ts";

const compressorType = makeBuiltinType("BZ2Compressor", undefined, { subclassable: false });
const decompressorType = makeBuiltinType("BZ2Decompressor", undefined, { subclassable: false });

/** catch_bz2_error: the exception for a failing libbz2 result, or null. */
function bz2Error(code: number): PyBaseException | null {
  switch (code) {
    case BZ.PARAM_ERROR:
      return pyError("ValueError", "Internal error - invalid parameters passed to libbzip2");
    case BZ.MEM_ERROR:
      return pyError("MemoryError");
    case BZ.DATA_ERROR:
    case BZ.DATA_ERROR_MAGIC:
      return pyError("OSError", "Invalid data stream");
    case BZ.IO_ERROR:
      return pyError("OSError", "Unknown I/O error");
    case BZ.UNEXPECTED_EOF:
      return pyError(
        "EOFError",
        "Compressed file ended before the logical end-of-stream was detected",
      );
    case BZ.SEQUENCE_ERROR:
      return pyError(
        "RuntimeError",
        "Internal error - Invalid sequence of commands sent to libbzip2",
      );
    default:
      return code < 0 ? pyError("SystemError", `Unrecognized error from libbzip2: ${code}`) : null;
  }
}

function check(code: number): number {
  const error = bz2Error(code);
  if (error !== null) throw error;
  return code;
}

class PyBz2Decompressor extends PyObject {
  readonly input = new DecompressorInput();
  constructor(cls: PyType, readonly stream: BzStream) {
    super(cls);
  }
}

function newCompressor(cls: PyType, levelArgument: PyValue): PyStreamCompressor<BzStream> {
  const level = asCInt(levelArgument);
  if (level < 1 || level > 9) throw pyError("ValueError", "compresslevel must be between 1 and 9");
  const stream = new BzStream(false, level);
  check(stream.status);
  return new PyStreamCompressor(cls, stream);
}

/** Compress `data` with `action` (BZ_RUN until consumed, BZ_FINISH to the stream end). */
function runCompressor(stream: BzStream, data: Uint8Array, action: number): PyBytes {
  stream.setInput(data);
  const output = new OutputChunks();
  for (;;) {
    if (action === BZ.RUN && stream.availableInput === 0) break;
    const chunk = output.nextChunk();
    const step = stream.step(chunk, action);
    output.add(chunk, step.written);
    check(step.code);
    if (action === BZ.FINISH && step.code === BZ.STREAM_END) break;
  }
  return new PyBytes(output.result());
}

function decompress(self: PyBz2Decompressor, data: PyValue, maxLengthArgument: PyValue): PyBytes {
  const bytes = binaryData(data);
  const maxLength = asSize(maxLengthArgument);
  const input = self.input;
  if (input.eof) throw pyError("EOFError", "End of stream already reached");
  const limit = maxLength < 0 ? Infinity : maxLength;
  const stream = self.stream;
  input.feed(stream, bytes);
  const output = new OutputChunks(Math.min(32 * 1024, limit), limit);
  for (;;) {
    const chunk = output.nextChunk();
    const step = stream.step(chunk, 0);
    output.add(chunk, step.written);
    check(step.code);
    if (step.code === BZ.STREAM_END) {
      input.eof = true;
      break;
    }
    if (stream.availableInput === 0) break;
    if (step.written === chunk.length && output.full) break;
  }
  input.settle(stream, false);
  if (input.eof) stream.end();
  return new PyBytes(output.result());
}

defineCompressorMethods(
  compressorType,
  (stream: BzStream, data: Uint8Array, finish: boolean) =>
    runCompressor(stream, data, finish ? BZ.FINISH : BZ.RUN),
);

defineNativeMethods(decompressorType, {
  decompress: ["data, max_length=-1", decompress],
});

defineGetSets(decompressorType, {
  eof: [(self: PyBz2Decompressor) => self.input.eof],
  unused_data: [(self: PyBz2Decompressor) => new PyBytes(self.input.unusedData)],
  needs_input: [(self: PyBz2Decompressor) => self.input.needsInput],
});

signatureConstructor(compressorType, "BZ2Compressor", "compresslevel=9, /", newCompressor);
registerConstructor(decompressorType, (cls, args, kwnames) => {
  if (kwnames !== null && kwnames.length > 0) {
    throw pyError("TypeError", "BZ2Decompressor() takes no keyword arguments");
  }
  if (args.length > 0) {
    throw pyError("TypeError", "BZ2Decompressor() takes no positional arguments");
  }
  const stream = new BzStream(true);
  check(stream.status);
  return new PyBz2Decompressor(cls, stream);
});

const COMPRESSOR_DOC = `Create a compressor object for compressing data incrementally.

  compresslevel
    Compression level, as a number between 1 and 9.

For one-shot compression, use the compress() function instead.`;

const DECOMPRESSOR_DOC = `Create a decompressor object for decompressing data incrementally.

For one-shot decompression, use the decompress() function instead.`;

export function createBz2Module(): PyModule {
  requireSystemLibrary("_bz2", "bzip2 library", bz2);
  const module = newModule("_bz2");
  compressorType.dict.set("__doc__", COMPRESSOR_DOC);
  decompressorType.dict.set("__doc__", DECOMPRESSOR_DOC);
  addTypes(module, [compressorType, decompressorType]);
  refusePickling(compressorType, "_bz2.BZ2Compressor");
  refusePickling(decompressorType, "_bz2.BZ2Decompressor");
  return module;
}
