/**
 * Bytes to str for the codecs str.encode knows (utf-8, ascii, latin-1): what
 * `bytes.decode(encoding, errors)` and `str(b, encoding, errors)` need before
 * the codec registry exists. Names and aliases are str_encode.ts's.
 *
 * UTF-8 errors follow CPython's decoder exactly, because error positions are
 * visible (UnicodeDecodeError.start/end, and one U+FFFD per error with
 * 'replace'):
 *   - a byte 0x80..0xC1 or 0xF5..0xFF where a character should start:
 *     "invalid start byte", one byte;
 *   - a lead byte followed by a byte that cannot continue it (including the
 *     second-byte limits that exclude overlong forms, surrogates and code points
 *     beyond U+10FFFF: E0 A0.., ED ..9F, F0 90.., F4 ..8F): "invalid continuation
 *     byte", covering the lead byte and the valid continuation bytes before it;
 *   - a valid but unfinished sequence at the end: "unexpected end of data",
 *     up to the end.
 * Decoding resumes after the reported range. Handlers: strict raises
 * UnicodeDecodeError(encoding, bytes, start, end, reason); ignore; replace
 * (U+FFFD); backslashreplace (\xNN per byte); surrogateescape (U+DC80..U+DCFF
 * per byte); surrogatepass (utf-8 only: a 3-byte encoded surrogate decodes to
 * the surrogate itself).
 */
import type { PyValue } from "./object.ts";
import { pyError } from "./exceptions.ts";
import type { PyBytes } from "./bytes.ts";
import { expectStr } from "./str_args.ts";
import { findCodec } from "./str_encode.ts";
import { type PyStr, strFromCodePoints, strFromJs, toJsString } from "./str_wide.ts";

/** Fatal on malformed input; keeps a BOM, as CPython's utf-8 codec does. */
const UTF8_DECODER = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

interface DecodeError {
  start: number;
  end: number;
  reason: string;
}

const isContinuation = (byte: number) => (byte & 0xc0) === 0x80;

/** The lowest and highest second byte allowed after each 3- and 4-byte lead. */
function secondByteRange(lead: number): [number, number] {
  if (lead === 0xe0) return [0xa0, 0xbf];
  if (lead === 0xed) return [0x80, 0x9f];
  if (lead === 0xf0) return [0x90, 0xbf];
  if (lead === 0xf4) return [0x80, 0x8f];
  return [0x80, 0xbf];
}

/**
 * Decode one UTF-8 character at `at`: [code point, length], or the error
 * CPython reports there.
 */
function decodeUtf8At(bytes: Uint8Array, at: number): [number, number] | DecodeError {
  const lead = bytes[at];
  if (lead < 0x80) return [lead, 1];
  const length = lead >= 0xc2 && lead <= 0xdf
    ? 2
    : lead >= 0xe0 && lead <= 0xef
    ? 3
    : lead >= 0xf0 && lead <= 0xf4
    ? 4
    : 0;
  if (length === 0) return { start: at, end: at + 1, reason: "invalid start byte" };
  const [low, high] = length === 2 ? [0x80, 0xbf] : secondByteRange(lead);
  for (let k = 1; k < length; k++) {
    if (at + k >= bytes.length) {
      return { start: at, end: bytes.length, reason: "unexpected end of data" };
    }
    const byte = bytes[at + k];
    const valid = k === 1 ? byte >= low && byte <= high : isContinuation(byte);
    if (!valid) return { start: at, end: at + k, reason: "invalid continuation byte" };
  }
  let codePoint = lead & (0xff >> (length + 1));
  for (let k = 1; k < length; k++) codePoint = (codePoint << 6) | (bytes[at + k] & 0x3f);
  return [codePoint, length];
}

/** An encoded surrogate (ED A0..BF 80..BF) at `at`, for surrogatepass; or -1. */
function encodedSurrogateAt(bytes: Uint8Array, at: number): number {
  if (at + 2 >= bytes.length || bytes[at] !== 0xed) return -1;
  const second = bytes[at + 1];
  const third = bytes[at + 2];
  if (second < 0xa0 || second > 0xbf || !isContinuation(third)) return -1;
  return 0xd000 | ((second & 0x3f) << 6) | (third & 0x3f);
}

export function decodeBytes(data: PyBytes, encoding: PyValue, errors: PyValue): PyStr {
  const encodingName = expectStr(encoding, "decode() argument 'encoding' must be str, not ");
  const handler = toJsString(expectStr(errors, "decode() argument 'errors' must be str, not "));
  const codec = findCodec(toJsString(encodingName));
  const bytes = data.bytes;
  if (codec.name === "utf-8") {
    // Hot path: V8's decoder for well-formed input (it rejects exactly what CPython rejects).
    try {
      return strFromJs(UTF8_DECODER.decode(bytes));
    } catch {
      // Malformed: the loop below finds the errors CPython reports.
    }
  }
  const out: number[] = [];
  for (let at = 0; at < bytes.length;) {
    let error: DecodeError;
    if (codec.name === "latin-1" || bytes[at] < 0x80) {
      out.push(bytes[at++]);
      continue;
    }
    if (codec.name === "ascii") {
      error = { start: at, end: at + 1, reason: "ordinal not in range(128)" };
    } else {
      const decoded = decodeUtf8At(bytes, at);
      if (Array.isArray(decoded)) {
        out.push(decoded[0]);
        at += decoded[1];
        continue;
      }
      error = decoded;
    }
    at = handleError(data, codec.name, error, handler, out);
  }
  return strFromCodePoints(out);
}

/** Apply the error handler; returns where decoding resumes. */
function handleError(
  data: PyBytes,
  encoding: string,
  error: DecodeError,
  handler: string,
  out: number[],
): number {
  const { start, end } = error;
  const bytes = data.bytes;
  switch (handler) {
    case "strict":
      throw pyError("UnicodeDecodeError", encoding, data, start, end, error.reason);
    case "ignore":
      return end;
    case "replace":
      out.push(0xfffd);
      return end;
    case "backslashreplace":
      for (let i = start; i < end; i++) {
        for (const char of "\\x" + bytes[i].toString(16).padStart(2, "0")) {
          out.push(char.charCodeAt(0));
        }
      }
      return end;
    case "surrogateescape":
      for (let i = start; i < end; i++) {
        if (bytes[i] < 0x80) {
          throw pyError("UnicodeDecodeError", encoding, data, start, end, error.reason);
        }
        out.push(0xdc00 + bytes[i]);
      }
      return end;
    case "surrogatepass": {
      const surrogate = encoding === "utf-8" ? encodedSurrogateAt(bytes, start) : -1;
      if (surrogate < 0) {
        throw pyError("UnicodeDecodeError", encoding, data, start, end, error.reason);
      }
      out.push(surrogate);
      return start + 3;
    }
    default:
      throw pyError("LookupError", `unknown error handler name '${handler}'`);
  }
}
