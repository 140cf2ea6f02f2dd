/**
 * `zlib` over the system libz (zlib_native.ts): one-shot compress() and
 * decompress(), the stream objects of compressobj()/decompressobj()
 * (zlib_streams.ts), crc32/adler32 and the constants, with the checks and
 * messages of CPython's zlibmodule.c. Importing zlib where libz cannot be
 * loaded raises ImportError, as on a CPython built without zlib.
 */
import type { PyValue } from "../vm/objects/object.ts";
import { pyError } from "../vm/objects/exceptions.ts";
import { PyBytes } from "../vm/objects/bytes.ts";
import { bufferOf } from "../vm/objects/buffer.ts";
import { asCInt, asSize } from "../vm/objects/str_args.ts";
import type { PyModule } from "../vm/runtime/module.ts";
import { addFunctions, addValues, newModule } from "./module_helpers.ts";
import { binaryData, bitwiseUnsigned } from "./binascii.ts";
import { adler32, crc32 } from "./zlib_checksum.ts";
import { OutputChunks, Z, zlib, zlibLoadError, zlibVersion, ZStream } from "./zlib_native.ts";
import { streamError, zlibError, zlibErrorType } from "./zlib_errors.ts";
import {
  compressDictionary,
  compressType,
  DEF_BUF_SIZE,
  PyCompress,
  PyDecompress,
  setInflateDictionary,
} from "./zlib_streams.ts";

const CONSTANTS = {
  MAX_WBITS: 15,
  DEFLATED: 8,
  DEF_MEM_LEVEL: 8,
  DEF_BUF_SIZE,
  Z_NO_COMPRESSION: 0,
  Z_BEST_SPEED: 1,
  Z_BEST_COMPRESSION: 9,
  Z_DEFAULT_COMPRESSION: -1,
  Z_FILTERED: 1,
  Z_HUFFMAN_ONLY: 2,
  Z_RLE: 3,
  Z_FIXED: 4,
  Z_DEFAULT_STRATEGY: 0,
  Z_NO_FLUSH: 0,
  Z_PARTIAL_FLUSH: 1,
  Z_SYNC_FLUSH: 2,
  Z_FULL_FLUSH: 3,
  Z_FINISH: 4,
  Z_BLOCK: 5,
  Z_TREES: 6,
} as const;

const { DEFLATED, DEF_MEM_LEVEL, Z_DEFAULT_STRATEGY } = CONSTANTS;

/**
 * Run `flush` while zlib fills the output (Z_BUF_ERROR there only means "no
 * progress"); the last zlib result.
 */
function runToEnd(stream: ZStream, flush: number, output: OutputChunks): number {
  for (;;) {
    const chunk = output.nextChunk();
    const step = stream.step(flush, chunk);
    output.add(chunk, step.written);
    const usable = step.err === Z.OK || step.err === Z.BUF_ERROR;
    if (!usable || step.written < chunk.length) return step.err;
  }
}

function compress(data: PyValue, levelArgument: PyValue, wbitsArgument: PyValue): PyBytes {
  const input = binaryData(data);
  const level = asCInt(levelArgument);
  const wbits = asCInt(wbitsArgument);
  const stream = new ZStream(false);
  const err = stream.initDeflate(level, DEFLATED, wbits, DEF_MEM_LEVEL, Z_DEFAULT_STRATEGY);
  if (err === Z.MEM_ERROR) throw pyError("MemoryError", "Out of memory while compressing data");
  if (err === Z.STREAM_ERROR) throw zlibError("Bad compression level");
  if (err !== Z.OK) throw streamError(stream, err, "while compressing data");
  stream.setInput(input);
  const output = new OutputChunks();
  const result = runToEnd(stream, Z.FINISH, output);
  if (result === Z.STREAM_ERROR) {
    stream.end();
    throw streamError(stream, result, "while compressing data");
  }
  const ended = stream.end();
  if (ended !== Z.OK) throw streamError(stream, ended, "while finishing compression");
  return new PyBytes(output.result());
}

function decompress(data: PyValue, wbitsArgument: PyValue, bufsizeArgument: PyValue): PyBytes {
  const input = binaryData(data);
  const wbits = asCInt(wbitsArgument);
  let bufsize = asSize(bufsizeArgument);
  if (bufsize < 0) throw pyError("ValueError", "bufsize must be non-negative");
  if (bufsize === 0) bufsize = 1;
  const stream = new ZStream(true);
  let err = stream.initInflate(wbits);
  if (err === Z.MEM_ERROR) throw pyError("MemoryError", "Out of memory while decompressing data");
  if (err !== Z.OK) throw streamError(stream, err, "while preparing to decompress data");
  stream.setInput(input);
  const output = new OutputChunks(bufsize);
  err = runToEnd(stream, Z.FINISH, output);
  if (err === Z.MEM_ERROR) {
    stream.end();
    throw pyError("MemoryError", "Out of memory while decompressing data");
  }
  if (err !== Z.STREAM_END) {
    stream.end();
    throw streamError(stream, err, "while decompressing data");
  }
  err = stream.end();
  if (err !== Z.OK) throw streamError(stream, err, "while finishing decompression");
  return new PyBytes(output.result());
}

function compressobj(
  levelArgument: PyValue,
  methodArgument: PyValue,
  wbitsArgument: PyValue,
  memLevelArgument: PyValue,
  strategyArgument: PyValue,
  zdict: PyValue | undefined,
): PyCompress {
  const [level, method, wbits, memLevel, strategy] = [
    levelArgument,
    methodArgument,
    wbitsArgument,
    memLevelArgument,
    strategyArgument,
  ].map(asCInt);
  const dictionary = zdict === undefined ? null : compressDictionary(zdict);
  const stream = new ZStream(false);
  const err = stream.initDeflate(level, method, wbits, memLevel, strategy);
  if (err === Z.MEM_ERROR) {
    throw pyError("MemoryError", "Can't allocate memory for compression object");
  }
  if (err === Z.STREAM_ERROR) throw pyError("ValueError", "Invalid initialization option");
  if (err !== Z.OK) throw streamError(stream, err, "while creating compression object");
  if (dictionary !== null && stream.setDictionary(dictionary) !== Z.OK) {
    throw pyError("ValueError", "Invalid dictionary");
  }
  return new PyCompress(compressType, stream);
}

function decompressobj(wbitsArgument: PyValue, zdict: PyValue | undefined): PyDecompress {
  const wbits = asCInt(wbitsArgument);
  let dictionary: Uint8Array | null = null;
  if (zdict !== undefined) {
    const bytes = bufferOf(zdict);
    if (bytes === undefined) {
      throw pyError("TypeError", "zdict argument must support the buffer protocol");
    }
    dictionary = bytes.slice();
  }
  const stream = new ZStream(true);
  const err = stream.initInflate(wbits);
  if (err === Z.STREAM_ERROR) throw pyError("ValueError", "Invalid initialization option");
  if (err === Z.MEM_ERROR) {
    throw pyError("MemoryError", "Can't allocate memory for decompression object");
  }
  if (err !== Z.OK) throw streamError(stream, err, "while creating decompression object");
  const created = new PyDecompress(stream, dictionary);
  if (dictionary !== null && wbits < 0) setInflateDictionary(created);
  return created;
}

const MODULE_DOC = `The functions in this module allow compression and decompression using the
zlib library, which is based on GNU zip.

adler32(string[, start]) -- Compute an Adler-32 checksum.
compress(data[, level]) -- Compress data, with compression level 0-9 or -1.
compressobj([level[, ...]]) -- Return a compressor object.
crc32(string[, start]) -- Compute a CRC-32 checksum.
decompress(string,[wbits],[bufsize]) -- Decompresses a compressed string.
decompressobj([wbits[, zdict]]) -- Return a decompressor object.

'wbits' is window buffer size and container format.
Compressor objects support compress() and flush() methods; decompressor
objects support decompress() and flush().`;

export function createZlibModule(): PyModule {
  if (zlib() === null) {
    throw pyError(
      "ImportError",
      `zlib: the system zlib library could not be loaded (${zlibLoadError()})`,
    );
  }
  const module = newModule("zlib", MODULE_DOC);
  zlibErrorType.dict.set("__module__", "zlib");
  zlibErrorType.invalidate();
  module.dict.set("error", zlibErrorType);
  addFunctions(module, {
    compress: ["data, /, level=-1, wbits=15", compress],
    decompress: [`data, /, wbits=15, bufsize=${DEF_BUF_SIZE}`, decompress],
    compressobj: [
      "level=-1, method=8, wbits=15, memLevel=8, strategy=0, zdict=?",
      compressobj,
    ],
    decompressobj: ["wbits=15, zdict=?", decompressobj],
    crc32: ["data, value=0, /", (data, value) => crc32(binaryData(data), bitwiseUnsigned(value))],
    adler32: [
      "data, value=1, /",
      (data, value) => adler32(binaryData(data), bitwiseUnsigned(value)),
    ],
  });
  const version = zlibVersion();
  addValues(module, {
    ...CONSTANTS,
    ZLIB_VERSION: version,
    ZLIB_RUNTIME_VERSION: version,
    __version__: "1.0",
  });
  return module;
}
