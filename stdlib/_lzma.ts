/**
 * `_lzma` over the system liblzma (lzma_native.ts, lzma_filters.ts):
 * LZMACompressor and LZMADecompressor for the xz, alone and raw formats,
 * with CPython's argument checks and the loops of _lzmamodule.c.
 *
 * - compress() runs LZMA_RUN until liblzma has taken all the input;
 *   flush() runs LZMA_FINISH to the end of the stream and then frees the
 *   encoder at once (its state is tens of megabytes).
 * - decompress() joins the input left over by the previous call with the
 *   new data and decodes at most `max_length` bytes (negative: no limit).
 *   liblzma may hold output back, so when the output limit is reached with
 *   all input consumed, `needs_input` is false; at the end of the stream
 *   the rest of the input is `unused_data` and the decoder is freed.
 */
import { PyObject, type PyValue } from "../vm/objects/object.ts";
import type { PyType } from "../vm/objects/type.ts";
import { makeBuiltinType } from "../vm/objects/core_types.ts";
import { ExceptionType, PyBaseException, pyError } from "../vm/objects/exceptions.ts";
import { PyBytes } from "../vm/objects/bytes.ts";
import { newTuple } from "../vm/objects/tuple.ts";
import { asCInt, asSize } from "../vm/objects/str_args.ts";
import { defineNativeMethods } from "../vm/objects/native_function.ts";
import { defineGetSets } from "../vm/objects/getset.ts";
import type { PyModule } from "../vm/runtime/module.ts";
import { libc } from "../ffi/native_libc.ts";
import { addFunctions, addTypes, addValues, newModule } from "./module_helpers.ts";
import { signatureConstructor } from "./native_type.ts";
import { binaryData } from "./binascii.ts";
import { defineCompressorMethods, PyStreamCompressor } from "./compressor_methods.ts";
import { refusePickling } from "./unpicklable.ts";
import { OutputChunks } from "./zlib_native.ts";
import { requireSystemLibrary } from "./system_library_import.ts";
import { LZMA, lzma, LZMA_ERROR_MESSAGES, LzmaStream } from "./lzma_native.ts";
import { DecompressorInput } from "./compression_stream.ts";
import {
  addFilter,
  FILTER,
  FilterChain,
  filterChain,
  filterSpec,
  presetOptions,
  unsigned32,
  unsigned64,
} from "./lzma_filters.ts";

const lzmaErrorType = makeBuiltinType("LZMAError", ExceptionType.Exception);
lzmaErrorType.dict.set("__doc__", "Call to liblzma failed.");

const compressorType = makeBuiltinType("LZMACompressor", undefined, { subclassable: false });
const decompressorType = makeBuiltinType("LZMADecompressor", undefined, { subclassable: false });

const FORMAT = { AUTO: 0, XZ: 1, ALONE: 2, RAW: 3 } as const;
const CHECK = { NONE: 0, CRC32: 1, CRC64: 4, SHA256: 10, ID_MAX: 15, UNKNOWN: 16 } as const;
const PRESET_DEFAULT = 6;
const MEMLIMIT_NONE = 0xffffffffffffffffn;

const lzmaError = (message: string) => new PyBaseException(lzmaErrorType, newTuple([message]));

/** catch_lzma_error: throw for a failing liblzma result. */
function check(code: number): number {
  if (
    code === LZMA.OK || code === LZMA.STREAM_END || code === LZMA.NO_CHECK ||
    code === LZMA.GET_CHECK
  ) return code;
  if (code === LZMA.MEM_ERROR) throw pyError("MemoryError");
  throw lzmaError(LZMA_ERROR_MESSAGES[code] ?? `Unrecognized error from liblzma: ${code}`);
}

class PyLzmaDecompressor extends PyObject {
  readonly input = new DecompressorInput();
  check: number = CHECK.UNKNOWN;
  constructor(cls: PyType, readonly stream: LzmaStream) {
    super(cls);
  }
}

function initEncoder(
  stream: LzmaStream,
  format: number,
  checkId: number,
  preset: number,
  filters: PyValue,
) {
  const init = (code: number) => check(stream.started(code));
  switch (format) {
    case FORMAT.XZ:
      if (filters === null) {
        init(lzma.fn("lzma_easy_encoder")(stream.struct, preset, checkId));
      } else {
        init(
          lzma.fn("lzma_stream_encoder")(
            stream.struct,
            filterChain(filters, lzmaError).array,
            checkId,
          ),
        );
      }
      return;
    case FORMAT.ALONE: {
      if (filters === null) {
        init(lzma.fn("lzma_alone_encoder")(stream.struct, presetOptions(preset, lzmaError)));
        return;
      }
      const chain = filterChain(filters, lzmaError);
      if (!chain.isSingleLzma1) {
        throw pyError(
          "ValueError",
          "Invalid filter chain for FORMAT_ALONE - must be a single LZMA1 filter",
        );
      }
      init(lzma.fn("lzma_alone_encoder")(stream.struct, chain.options[0]));
      return;
    }
    case FORMAT.RAW:
      if (filters === null) throw pyError("ValueError", "Must specify filters for FORMAT_RAW");
      init(lzma.fn("lzma_raw_encoder")(stream.struct, filterChain(filters, lzmaError).array));
      return;
    default:
      throw pyError("ValueError", `Invalid container format: ${format}`);
  }
}

function newCompressor(
  cls: PyType,
  formatArgument: PyValue,
  checkArgument: PyValue,
  presetArgument: PyValue,
  filters: PyValue,
): PyStreamCompressor<LzmaStream> {
  const format = asCInt(formatArgument);
  let checkId = asCInt(checkArgument);
  if (format !== FORMAT.XZ && checkId !== -1 && checkId !== CHECK.NONE) {
    throw pyError("ValueError", "Integrity checks are only supported by FORMAT_XZ");
  }
  if (presetArgument !== null && filters !== null) {
    throw pyError("ValueError", "Cannot specify both preset and filter chain");
  }
  const preset = presetArgument === null ? PRESET_DEFAULT : unsigned32(presetArgument);
  if (format === FORMAT.XZ && checkId === -1) checkId = CHECK.CRC64;
  const stream = new LzmaStream();
  initEncoder(stream, format, checkId, preset, filters);
  return new PyStreamCompressor(cls, stream);
}

function runEncoder(stream: LzmaStream, data: Uint8Array, action: number): PyBytes {
  stream.setInput(data);
  const output = new OutputChunks();
  for (;;) {
    const chunk = output.nextChunk();
    let { code, written } = stream.step(chunk, action);
    output.add(chunk, written);
    if (code === LZMA.BUF_ERROR && data.length === 0 && written < chunk.length) code = LZMA.OK;
    check(code);
    if (action === LZMA.RUN && stream.availableInput === 0) break;
    if (action === LZMA.FINISH && code === LZMA.STREAM_END) break;
  }
  return new PyBytes(output.result());
}

function newDecompressor(
  cls: PyType,
  formatArgument: PyValue,
  memlimitArgument: PyValue,
  filters: PyValue,
): PyLzmaDecompressor {
  const format = asCInt(formatArgument);
  if (memlimitArgument !== null && format === FORMAT.RAW) {
    throw pyError("ValueError", "Cannot specify memory limit with FORMAT_RAW");
  }
  if (format === FORMAT.RAW && filters === null) {
    throw pyError("ValueError", "Must specify filters for FORMAT_RAW");
  }
  if (format !== FORMAT.RAW && filters !== null) {
    throw pyError("ValueError", "Cannot specify filters except with FORMAT_RAW");
  }
  const memlimit = memlimitArgument === null ? MEMLIMIT_NONE : unsigned64(memlimitArgument);
  const stream = new LzmaStream();
  const self = new PyLzmaDecompressor(cls, stream);
  const flags = LZMA.TELL_ANY_CHECK | LZMA.TELL_NO_CHECK;
  const init = (code: number) => check(stream.started(code));
  switch (format) {
    case FORMAT.AUTO:
      init(lzma.fn("lzma_auto_decoder")(stream.struct, memlimit, flags));
      break;
    case FORMAT.XZ:
      init(lzma.fn("lzma_stream_decoder")(stream.struct, memlimit, flags));
      break;
    case FORMAT.ALONE:
      self.check = CHECK.NONE;
      init(lzma.fn("lzma_alone_decoder")(stream.struct, memlimit));
      break;
    case FORMAT.RAW:
      self.check = CHECK.NONE;
      init(lzma.fn("lzma_raw_decoder")(stream.struct, filterChain(filters, lzmaError).array));
      break;
    default:
      throw pyError("ValueError", `Invalid container format: ${format}`);
  }
  return self;
}

function decompress(self: PyLzmaDecompressor, data: PyValue, maxLengthArgument: PyValue): PyBytes {
  const bytes = binaryData(data);
  const maxLength = asSize(maxLengthArgument);
  const input = self.input;
  if (input.eof) throw pyError("EOFError", "Already at end of stream");
  const limit = maxLength < 0 ? Infinity : maxLength;
  const stream = self.stream;
  input.feed(stream, bytes);
  const output = new OutputChunks(Math.min(32 * 1024, limit), limit);
  let outputFull = false;
  for (;;) {
    const chunk = output.nextChunk();
    let { code, written } = stream.step(chunk, LZMA.RUN);
    output.add(chunk, written);
    outputFull = written === chunk.length;
    if (code === LZMA.BUF_ERROR && stream.availableInput === 0 && !outputFull) code = LZMA.OK;
    check(code);
    if (code === LZMA.GET_CHECK || code === LZMA.NO_CHECK) {
      self.check = lzma.fn("lzma_get_check")(stream.struct);
    }
    if (code === LZMA.STREAM_END) {
      input.eof = true;
      break;
    }
    if (outputFull) {
      if (output.full) break;
    } else if (stream.availableInput === 0) {
      break;
    }
  }
  input.settle(stream, outputFull);
  if (input.eof) stream.end();
  return new PyBytes(output.result());
}

function encodeFilterProperties(spec: PyValue): PyBytes {
  const chain = new FilterChain();
  addFilter(chain, 0, spec, lzmaError);
  const size = new Uint32Array(1);
  check(lzma.fn("lzma_properties_size")(new Uint8Array(size.buffer), chain.array));
  const out = new Uint8Array(Math.max(size[0], 256));
  check(lzma.fn("lzma_properties_encode")(chain.array, out));
  return new PyBytes(out.slice(0, size[0]));
}

function decodeFilterProperties(idArgument: PyValue, props: PyValue): PyValue {
  const id = unsigned64(idArgument);
  const encoded = binaryData(props);
  const filter = new Uint8Array(256);
  const view = new DataView(filter.buffer);
  view.setBigUint64(0, id, true);
  const input = new Uint8Array(Math.max(encoded.length, 256));
  input.set(encoded);
  check(lzma.fn("lzma_properties_decode")(filter, null, input, BigInt(encoded.length)));
  const options = view.getBigUint64(8, true);
  try {
    return filterSpec(id, options === 0n ? null : Deno.UnsafePointer.create(options));
  } finally {
    if (options !== 0n) libc().free(options);
  }
}

defineCompressorMethods(
  compressorType,
  (stream: LzmaStream, data: Uint8Array, finish: boolean) =>
    runEncoder(stream, data, finish ? LZMA.FINISH : LZMA.RUN),
);

defineNativeMethods(decompressorType, {
  decompress: ["data, max_length=-1", decompress],
});

defineGetSets(decompressorType, {
  check: [(self: PyLzmaDecompressor) => self.check],
  eof: [(self: PyLzmaDecompressor) => self.input.eof],
  unused_data: [(self: PyLzmaDecompressor) => new PyBytes(self.input.unusedData)],
  needs_input: [(self: PyLzmaDecompressor) => self.input.needsInput],
});

signatureConstructor(
  compressorType,
  "LZMACompressor",
  "format=1, check=-1, preset=None, filters=None",
  newCompressor,
);
signatureConstructor(
  decompressorType,
  "LZMADecompressor",
  "format=0, memlimit=None, filters=None",
  newDecompressor,
);

const CONSTANTS = {
  FORMAT_AUTO: FORMAT.AUTO,
  FORMAT_XZ: FORMAT.XZ,
  FORMAT_ALONE: FORMAT.ALONE,
  FORMAT_RAW: FORMAT.RAW,
  CHECK_NONE: CHECK.NONE,
  CHECK_CRC32: CHECK.CRC32,
  CHECK_CRC64: CHECK.CRC64,
  CHECK_SHA256: CHECK.SHA256,
  CHECK_ID_MAX: CHECK.ID_MAX,
  CHECK_UNKNOWN: CHECK.UNKNOWN,
  FILTER_LZMA1: FILTER.LZMA1,
  FILTER_LZMA2: Number(FILTER.LZMA2),
  FILTER_DELTA: Number(FILTER.DELTA),
  FILTER_X86: Number(FILTER.X86),
  FILTER_IA64: Number(FILTER.IA64),
  FILTER_ARM: Number(FILTER.ARM),
  FILTER_ARMTHUMB: Number(FILTER.ARMTHUMB),
  FILTER_SPARC: Number(FILTER.SPARC),
  FILTER_POWERPC: Number(FILTER.POWERPC),
  MF_HC3: 0x03,
  MF_HC4: 0x04,
  MF_BT2: 0x12,
  MF_BT3: 0x13,
  MF_BT4: 0x14,
  MODE_FAST: 1,
  MODE_NORMAL: 2,
  PRESET_DEFAULT,
  PRESET_EXTREME: 0x80000000,
} as const;

const COMPRESSOR_DOC = `LZMACompressor(format=FORMAT_XZ, check=-1, preset=None, filters=None)

Create a compressor object for compressing data incrementally.

format specifies the container format to use for the output. This can
be FORMAT_XZ (default), FORMAT_ALONE, or FORMAT_RAW.

check specifies the integrity check to use. For FORMAT_XZ, the default
is CHECK_CRC64. FORMAT_ALONE and FORMAT_RAW do not support integrity
checks; for these formats, check must be omitted, or be CHECK_NONE.

The settings used by the compressor can be specified either as a
preset compression level (with the 'preset' argument), or in detail
as a custom filter chain (with the 'filters' argument). For FORMAT_XZ
and FORMAT_ALONE, the default is to use the PRESET_DEFAULT preset
level. For FORMAT_RAW, the caller must always specify a filter chain;
the raw compressor does not support preset compression levels.

preset (if provided) should be an integer in the range 0-9, optionally
OR-ed with the constant PRESET_EXTREME.

filters (if provided) should be a sequence of dicts. Each dict should
have an entry for "id" indicating the ID of the filter, plus
additional entries for options to the filter.

For one-shot compression, use the compress() function instead.
`;

const DECOMPRESSOR_DOC = `Create a decompressor object for decompressing data incrementally.

  format
    Specifies the container format of the input stream.  If this is
    FORMAT_AUTO (the default), the decompressor will automatically detect
    whether the input is FORMAT_XZ or FORMAT_ALONE.  Streams created with
    FORMAT_RAW cannot be autodetected.
  memlimit
    Limit the amount of memory used by the decompressor.  This will cause
    decompression to fail if the input cannot be decompressed within the
    given limit.
  filters
    A custom filter chain.  This argument is required for FORMAT_RAW, and
    not accepted with any other format.  When provided, this should be a
    sequence of dicts, each indicating the ID and options for a single
    filter.

For one-shot decompression, use the decompress() function instead.`;

export function createLzmaModule(): PyModule {
  requireSystemLibrary("_lzma", "XZ library", lzma);
  const module = newModule("_lzma");
  compressorType.dict.set("__doc__", COMPRESSOR_DOC);
  decompressorType.dict.set("__doc__", DECOMPRESSOR_DOC);
  addTypes(module, [compressorType, decompressorType, lzmaErrorType]);
  refusePickling(compressorType, "_lzma.LZMACompressor");
  refusePickling(decompressorType, "_lzma.LZMADecompressor");
  addFunctions(module, {
    is_check_supported: [
      "check_id, /",
      (checkId: PyValue) => lzma.fn("lzma_check_is_supported")(asCInt(checkId)) !== 0,
    ],
    _encode_filter_properties: ["filter, /", encodeFilterProperties],
    _decode_filter_properties: ["filter_id, encoded_props, /", decodeFilterProperties],
  });
  addValues(module, CONSTANTS);
  return module;
}
