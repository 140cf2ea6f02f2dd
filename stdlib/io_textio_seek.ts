/**
 * TextIOWrapper.tell() and seek(): opaque cookies, as CPython builds them.
 *
 * A text position cannot in general be a byte offset: the decoder may be
 * in the middle of a multi-byte sequence or hold state (a pending '\r', a
 * BOM already consumed). The cookie packs five numbers into one int, laid
 * out as the bytes of CPython's C cookie struct (a 64-bit offset, three
 * 32-bit ints and a byte, little-endian) so the values match CPython's —
 *   start_pos | dec_flags << 64 | bytes_to_feed << 96 | chars_to_skip << 128 | need_eof << 160
 * — meaning: seek the buffer to start_pos, set the decoder state to
 * (b"", dec_flags), feed it bytes_to_feed bytes (with final=need_eof) and
 * skip chars_to_skip of the characters that come out.
 *
 * tell() starts from the snapshot taken before the current chunk was
 * decoded (its decoder flags and the bytes fed since), estimates how many of
 * those bytes produced the characters already consumed (using the chunk's
 * bytes-per-char ratio, halving back on overshoot), then feeds bytes one at
 * a time, remembering the last point where the decoder had no pending
 * input, until enough characters have come out. The decoder's own state is
 * saved and restored around the search.
 */
import type { PyValue } from "../vm/objects/object.ts";
import { pyError } from "../vm/objects/exceptions.ts";
import { strLength } from "../vm/objects/str_wide.ts";
import { intArgument, unsupported } from "./io_common.ts";
import { callMethod } from "./io_common.ts";
import { indexValue } from "../vm/objects/slice.ts";
import { typeOf } from "../vm/objects/typeof.ts";
import type { DecoderFlags } from "./io_codecs.ts";
import {
  attached,
  checkOpen,
  type DecoderChain,
  type PyTextIOWrapper,
  readChunkBytes,
  setDecodedChars,
  textIOWrapperType,
  writeFlush,
} from "./io_textio_state.ts";
import { bufferFlush } from "./io_textio_state.ts";

const MASK64 = (1n << 64n) - 1n;
const MASK32 = (1n << 32n) - 1n;

interface Cookie {
  startPos: bigint;
  decFlags: bigint;
  bytesToFeed: number;
  charsToSkip: number;
  needEof: boolean;
}

function packCookie(cookie: Cookie): PyValue {
  const value = cookie.startPos | ((cookie.decFlags & MASK32) << 64n) |
    (BigInt(cookie.bytesToFeed) << 96n) | (BigInt(cookie.charsToSkip) << 128n) |
    (BigInt(cookie.needEof ? 1 : 0) << 160n);
  return value <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(value) : value;
}

function unpackCookie(value: bigint): Cookie {
  return {
    startPos: value & MASK64,
    decFlags: (value >> 64n) & MASK32,
    bytesToFeed: Number((value >> 96n) & MASK32),
    charsToSkip: Number((value >> 128n) & MASK32),
    needEof: ((value >> 160n) & 0xffn) !== 0n,
  };
}

function flagsValue(flags: DecoderFlags): DecoderFlags {
  return typeof flags === "bigint" && flags <= BigInt(Number.MAX_SAFE_INTEGER)
    ? Number(flags)
    : flags;
}

function textFlushForSeek(self: PyTextIOWrapper): void {
  if (self.cls === textIOWrapperType) {
    checkOpen(self);
    self.telling = self.seekable;
    writeFlush(self);
    bufferFlush(self);
  } else callMethod(self, "flush");
}

export function textTell(self: PyTextIOWrapper): PyValue {
  attached(self);
  checkOpen(self);
  if (!self.seekable) throw unsupported("underlying stream is not seekable");
  if (!self.telling) throw pyError("OSError", "telling position disabled by next() call");
  textFlushForSeek(self);
  const position = BigInt(intArgument(callMethod(self.buffer, "tell")));
  const decoder = self.decoder;
  if (decoder === null || self.snapshot === null) return packCookie(plain(position));
  const [snapshotFlags, nextInput] = self.snapshot;
  let decFlags = BigInt(snapshotFlags);
  const chunkStart = position - BigInt(nextInput.length);
  let charsToSkip = self.decodedCharsUsed;
  if (charsToSkip === 0) return packCookie({ ...plain(chunkStart), decFlags });

  const saved = decoder.getState();
  try {
    // Fast search for a point close to the position where the decoder is clean.
    let skipBytes = Math.floor(self.b2cratio * charsToSkip);
    let skipBack = 1;
    let found = false;
    while (skipBytes > 0) {
      decoderSetState(decoder, chunkStart, decFlags);
      const n = strLength(decoder.decode(nextInput.subarray(0, skipBytes), false));
      if (n <= charsToSkip) {
        const [pending, flags] = decoder.getState();
        if (pending.length === 0) {
          decFlags = BigInt(flags);
          charsToSkip -= n;
          found = true;
          break;
        }
        skipBytes -= pending.length;
        skipBack = 1;
      } else {
        skipBytes -= skipBack;
        skipBack *= 2;
      }
    }
    if (!found) {
      skipBytes = 0;
      decoderSetState(decoder, chunkStart, decFlags);
    }
    let startPos = chunkStart + BigInt(skipBytes);
    let startFlags = decFlags;
    if (charsToSkip === 0) return packCookie({ ...plain(startPos), decFlags: startFlags });

    // Feed bytes one at a time until enough characters have come out.
    let bytesFed = 0;
    let charsDecoded = 0;
    let needEof = false;
    let reached = false;
    for (let i = skipBytes; i < nextInput.length; i++) {
      bytesFed++;
      charsDecoded += strLength(decoder.decode(nextInput.subarray(i, i + 1), false));
      const [pending, flags] = decoder.getState();
      if (pending.length === 0 && charsDecoded <= charsToSkip) {
        startPos += BigInt(bytesFed);
        charsToSkip -= charsDecoded;
        startFlags = BigInt(flags);
        bytesFed = 0;
        charsDecoded = 0;
      }
      if (charsDecoded >= charsToSkip) {
        reached = true;
        break;
      }
    }
    if (!reached) {
      charsDecoded += strLength(decoder.decode(new Uint8Array(0), true));
      needEof = true;
      if (charsDecoded < charsToSkip) {
        throw pyError("OSError", "can't reconstruct logical file position");
      }
    }
    return packCookie({
      startPos,
      decFlags: startFlags,
      bytesToFeed: bytesFed,
      charsToSkip,
      needEof,
    });
  } finally {
    decoder.setState(saved[0], saved[1]);
  }
}

/**
 * Put the decoder in the state (b"", flags) at `position`; at the very start
 * that is reset() (CPython's rule, for codecs such as utf-16 whose initial
 * state is not (b"", 0)), which also forgets the newlines seen so far.
 */
function decoderSetState(decoder: DecoderChain, position: bigint, flags: bigint): void {
  if (position === 0n && flags === 0n) decoder.reset();
  else decoder.setState(new Uint8Array(0), flagsValue(flags));
}

function plain(position: bigint): Cookie {
  return { startPos: position, decFlags: 0n, bytesToFeed: 0, charsToSkip: 0, needEof: false };
}

export function textSeek(
  self: PyTextIOWrapper,
  cookieValue: PyValue,
  whenceValue: PyValue,
): PyValue {
  attached(self);
  checkOpen(self);
  const whence = intArgument(whenceValue);
  if (!self.seekable) throw unsupported("underlying stream is not seekable");
  let cookieNumber = indexValue(
    cookieValue,
    () => `'${typeOf(cookieValue).tpName}' object cannot be interpreted as an integer`,
  );
  if (whence === 1) {
    if (cookieNumber !== 0 && cookieNumber !== 0n) {
      throw unsupported("can't do nonzero cur-relative seeks");
    }
    cookieNumber = BigInt(textTell(self) as number | bigint);
  } else if (whence === 2) {
    if (cookieNumber !== 0 && cookieNumber !== 0n) {
      throw unsupported("can't do nonzero end-relative seeks");
    }
    textFlushForSeek(self);
    setDecodedChars(self, "");
    self.snapshot = null;
    self.decoder?.reset();
    const result = callMethod(self.buffer, "seek", 0, 2);
    if (self.encoder !== null) {
      // At the end of a non-empty stream the encoder must not write a BOM.
      if (result === 0) self.encoder.reset();
      else self.encoder.setStateZero();
    }
    return result;
  } else if (whence !== 0) {
    throw pyError("ValueError", `invalid whence (${whence}, should be 0, 1 or 2)`);
  }
  const cookieBig = BigInt(cookieNumber);
  if (cookieBig < 0n) throw pyError("ValueError", `negative seek position ${cookieBig}`);
  textFlushForSeek(self);
  const cookie = unpackCookie(cookieBig);
  const startPos = cookie.startPos <= BigInt(Number.MAX_SAFE_INTEGER)
    ? Number(cookie.startPos)
    : cookie.startPos;
  callMethod(self.buffer, "seek", startPos);
  setDecodedChars(self, "");
  self.snapshot = null;
  const decoder = self.decoder;
  if (cookieBig === 0n && decoder !== null) decoder.reset();
  else if (decoder !== null) {
    decoderSetState(decoder, cookie.startPos, cookie.decFlags);
    self.snapshot = [flagsValue(cookie.decFlags), new Uint8Array(0)];
  }
  if (cookie.charsToSkip > 0 && decoder !== null) {
    const input = readChunkBytes(self, cookie.bytesToFeed);
    setDecodedChars(self, decoder.decode(input, cookie.needEof));
    self.snapshot = [flagsValue(cookie.decFlags), input];
    if (strLength(self.decodedChars) < cookie.charsToSkip) {
      throw pyError("OSError", "can't restore logical file position");
    }
    self.decodedCharsUsed = cookie.charsToSkip;
  }
  if (self.encoder !== null) {
    if (cookieBig === 0n) self.encoder.reset();
    else self.encoder.setStateZero();
  }
  return cookieNumber;
}
