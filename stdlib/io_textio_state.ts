/**
 * The state of a TextIOWrapper and the pieces of it that both the reading/
 * writing code (io_textio.ts) and tell()/seek() (io_textio_seek.ts) use:
 * the decoder chain (codec decoder, then the universal-newline translator,
 * one combined state as IncrementalNewlineDecoder's getstate gives), the
 * pending output, and the buffer calls, which go straight to a native
 * Buffered object when the buffer is exactly one.
 */
import type { PyValue } from "../vm/objects/object.ts";
import { pyError } from "../vm/objects/exceptions.ts";
import { typeOf } from "../vm/objects/typeof.ts";
import { PyBytes } from "../vm/objects/bytes.ts";
import { PyByteArray } from "../vm/objects/bytearray.ts";
import { bufferOf } from "../vm/objects/buffer.ts";
import { type PyStr, strLength, strSlice } from "../vm/objects/str_wide.ts";
import { getAttribute } from "../vm/runtime/attributes.ts";
import { isTrue } from "../vm/runtime/operators.ts";
import { makeBuiltinType } from "../vm/objects/core_types.ts";
import { textIOBaseType } from "./io_base.ts";
import {
  callMethod,
  closedFileError,
  joinBytes,
  newBytes,
  PyIOObject,
  unsupported,
} from "./io_common.ts";
import {
  bufferedClosed,
  bufferedFlush,
  bufferedRandomType,
  bufferedRead,
  bufferedRead1,
  bufferedReaderType,
  bufferedWrite,
  bufferedWriterType,
  flushWritersOn,
  PyBuffered,
} from "./io_buffered.ts";
import type { DecoderFlags, TextCodec, TextDecoderLike, TextEncoderLike } from "./io_codecs.ts";
import { NewlineTranslator } from "./io_newline.ts";

export const textIOWrapperType = makeBuiltinType("TextIOWrapper", textIOBaseType);

/** The codec decoder followed by the newline translator, with one combined state. */
export class DecoderChain implements TextDecoderLike {
  constructor(readonly decoder: TextDecoderLike, readonly translator: NewlineTranslator | null) {}

  decode(input: Uint8Array, final: boolean): PyStr {
    const text = this.decoder.decode(input, final);
    return this.translator === null ? text : this.translator.process(text, final);
  }
  getState(): [Uint8Array, DecoderFlags] {
    const [buffer, flags] = this.decoder.getState();
    if (this.translator === null) return [buffer, flags];
    const pending = this.translator.pendingCR ? 1 : 0;
    if (typeof flags === "number" && flags < 2 ** 51) return [buffer, flags * 2 + pending];
    return [buffer, (BigInt(flags) << 1n) | BigInt(pending)];
  }
  setState(buffer: Uint8Array, flags: DecoderFlags): void {
    if (this.translator === null) {
      this.decoder.setState(buffer, flags);
      return;
    }
    const value = BigInt(flags);
    this.translator.pendingCR = (value & 1n) === 1n;
    const inner = value >> 1n;
    this.decoder.setState(buffer, inner <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(inner) : inner);
  }
  reset(): void {
    this.decoder.reset();
    this.translator?.reset();
  }
}

export class PyTextIOWrapper extends PyIOObject {
  buffer: PyValue = null;
  /** The buffer when it is exactly a native Buffered object (direct calls). */
  nativeBuffer: PyBuffered | null = null;
  initialised = false;
  detached = false;
  encodingName = "utf-8";
  errors: PyStr = "strict";
  codec: TextCodec | null = null;
  decoder: DecoderChain | null = null;
  encoder: TextEncoderLike | null = null;
  /** utf-8 on primitive strings: encoding can wait until the pending text is written. */
  deferEncoding = false;
  readUniversal = false;
  readTranslate = false;
  readnl: string | null = null;
  writeTranslate = true;
  writenl: string | null = null;
  lineBuffering = false;
  writeThrough = false;
  seekable = false;
  telling = false;
  hasRead1 = false;
  chunkSize = 8192;
  decodedChars: PyStr = "";
  decodedCharsUsed = 0;
  /** (decoder flags, bytes fed to the decoder since) at the start of decodedChars. */
  snapshot: [DecoderFlags, Uint8Array] | null = null;
  pending: (string | Uint8Array)[] = [];
  pendingCount = 0;
  b2cratio = 0;
}

export function attached(self: PyTextIOWrapper): PyTextIOWrapper {
  if (!self.initialised) {
    throw pyError(
      "ValueError",
      self.detached
        ? "underlying buffer has been detached"
        : "I/O operation on uninitialized object",
    );
  }
  return self;
}

export function textClosed(self: PyTextIOWrapper): boolean {
  attached(self);
  if (self.nativeBuffer !== null) return bufferedClosed(self.nativeBuffer);
  if (self.cls !== textIOWrapperType) return isTrue(getAttribute(self, "closed"));
  return isTrue(getAttribute(self.buffer, "closed"));
}

export function checkOpen(self: PyTextIOWrapper): void {
  if (textClosed(self)) throw closedFileError();
}

/** The exact native Buffered under `buffer`, or null. */
export function nativeBufferOf(buffer: PyValue): PyBuffered | null {
  if (!(buffer instanceof PyBuffered)) return null;
  const cls = buffer.cls;
  return cls === bufferedReaderType || cls === bufferedWriterType || cls === bufferedRandomType
    ? buffer
    : null;
}

/** Text wrappers holding text not yet given to their buffer (written out at exit). */
export const dirtyTextWrappers = new Set<PyTextIOWrapper>();

/**
 * Before open() opens a file again, text written to it through objects that
 * are still pending reaches the file. CPython gets there by reference
 * counting: `open(p, "w").write(s)` flushes as the unreferenced file object
 * dies, so a later `open(p).read()` sees `s`. Without prompt finalisation,
 * flushing writers of the same file at open() keeps that idiom working.
 */
export function flushPendingOn(identity: string): void {
  for (const wrapper of [...dirtyTextWrappers]) {
    if (wrapper.nativeBuffer?.rawFile?.identity === identity) writeFlush(wrapper);
  }
  flushWritersOn(identity);
}

/** Write the pending encoded text to the buffer (textiowrapper_writeflush). */
export function writeFlush(self: PyTextIOWrapper): void {
  if (self.pending.length === 0) return;
  dirtyTextWrappers.delete(self);
  const parts: Uint8Array[] = [];
  let text = "";
  for (const part of self.pending) {
    if (typeof part === "string") text += part;
    else {
      if (text !== "") parts.push(ENCODER.encode(text));
      text = "";
      parts.push(part);
    }
  }
  if (text !== "") parts.push(ENCODER.encode(text));
  self.pending = [];
  self.pendingCount = 0;
  const bytes = joinBytes(parts);
  if (self.nativeBuffer !== null) bufferedWrite(self.nativeBuffer, bytes);
  else callMethod(self.buffer, "write", newBytes(bytes));
}

const ENCODER = new TextEncoder();

export function bufferFlush(self: PyTextIOWrapper): void {
  if (self.nativeBuffer !== null) bufferedFlush(self.nativeBuffer);
  else callMethod(self.buffer, "flush");
}

/** Bytes from buffer.read1(size) (or read): the next chunk for the decoder. */
export function bufferReadChunk(self: PyTextIOWrapper, size: number): Uint8Array {
  const method = self.hasRead1 ? "read1" : "read";
  let result: PyValue;
  if (self.nativeBuffer !== null) {
    result = self.hasRead1
      ? bufferedRead1(self.nativeBuffer, size)
      : bufferedRead(self.nativeBuffer, size);
  } else result = callMethod(self.buffer, method, size);
  if (result === null) return new Uint8Array(0);
  const bytes = result instanceof PyBytes || result instanceof PyByteArray
    ? result.bytes
    : bufferOf(result);
  if (bytes === undefined) {
    throw pyError(
      "TypeError",
      `underlying ${method}() should have returned a bytes-like object, not '${
        typeOf(result).tpName
      }'`,
    );
  }
  return bytes;
}

export function requireDecoder(self: PyTextIOWrapper): DecoderChain {
  if (self.decoder === null) throw unsupported("not readable");
  return self.decoder;
}

export function setDecodedChars(self: PyTextIOWrapper, text: PyStr): void {
  self.decodedChars = text;
  self.decodedCharsUsed = 0;
}

/** Up to n (all when n < 0) of the decoded characters not yet returned. */
export function takeDecodedChars(self: PyTextIOWrapper, n: number): PyStr {
  const total = strLength(self.decodedChars);
  const available = total - self.decodedCharsUsed;
  if (available <= 0) return "";
  const count = n < 0 || n > available ? available : n;
  const start = self.decodedCharsUsed;
  self.decodedCharsUsed += count;
  return start === 0 && count === total
    ? self.decodedChars
    : strSlice(self.decodedChars, start, start + count);
}

/**
 * Read and decode one chunk (textiowrapper_read_chunk); false at end of
 * file. While telling, records the decoder state before the chunk and the
 * bytes fed since, which tell() works back from.
 */
export function readChunk(self: PyTextIOWrapper, sizeHint: number): boolean {
  const decoder = requireDecoder(self);
  let before: [Uint8Array, DecoderFlags] | null = null;
  if (self.telling) before = decoder.getState();
  const hint = sizeHint > 0 ? Math.floor(Math.max(self.b2cratio, 1) * sizeHint) : 0;
  const input = bufferReadChunk(self, Math.max(self.chunkSize, hint));
  let eof = input.length === 0;
  const decoded = decoder.decode(input, eof);
  setDecodedChars(self, decoded);
  const chars = strLength(decoded);
  self.b2cratio = chars > 0 ? input.length / chars : 0;
  if (chars > 0) eof = false;
  if (before !== null) {
    self.snapshot = [before[1], joinBytes([before[0], input]).slice()];
  }
  return !eof;
}

/** buffer.read(n) as bytes (seek() re-feeding the decoder). */
export function readChunkBytes(self: PyTextIOWrapper, n: number): Uint8Array {
  const result = self.nativeBuffer !== null
    ? bufferedRead(self.nativeBuffer, n)
    : callMethod(self.buffer, "read", n);
  if (result === null) return new Uint8Array(0);
  const bytes = bufferOf(result);
  if (bytes === undefined) {
    throw pyError(
      "TypeError",
      `underlying read() should have returned a bytes object, not '${typeOf(result).tpName}'`,
    );
  }
  return bytes;
}
