/**
 * Bytes to str for the codecs written here (str_encode.ts lists them):
 * `bytes.decode(encoding, errors)` and `str(b, encoding, errors)`. Other
 * names go to the codec registry (codec_registry.ts).
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
 * UTF-16 and UTF-32 are codec_utf16_32.ts's. Decoding resumes where the
 * handler says. Standard handlers: strict raises
 * UnicodeDecodeError(encoding, bytes, start, end, reason); ignore; replace
 * (U+FFFD); backslashreplace (\xNN per byte); surrogateescape (U+DC80..U+DCFF
 * for up to four bytes >= 0x80); surrogatepass (one surrogate encoded in the
 * codec's own form). Any other handler comes from the registry.
 */
import type { PyValue } from "./object.ts";
import { pyError } from "./exceptions.ts";
import type { PyBytes } from "./bytes.ts";
import { expectStr } from "./str_args.ts";
import { checkEncodingErrors, type Codec, nativeCodec } from "./str_encode.ts";
import { callDecodeErrorHandler, codecRegistry } from "./codec_registry.ts";
import {
  type DecodeError,
  type DecodeStep,
  encodedWideSurrogateAt,
  wideDecoder,
} from "./codec_utf16_32.ts";
import { codePointsOf, type PyStr, strFromCodePoints, strFromJs, toJsString } from "./str_wide.ts";

/** Fatal on malformed input; keeps a BOM, as CPython's utf-8 codec does. */
const UTF8_DECODER = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

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

/**
 * PyUnicode_Decode: `data` decoded (empty bytes give '' whatever the codec);
 * `check`: a conversion Python code asked for (bytes.decode, str(bytes, ...)),
 * which the development mode checks (checkEncodingErrors).
 */
export function decodeBytes(
  data: PyBytes,
  encoding: PyValue,
  errors: PyValue,
  check = false,
): PyStr {
  const encodingName = toJsString(
    expectStr(encoding, "decode() argument 'encoding' must be str, not "),
  );
  const handler = toJsString(expectStr(errors, "decode() argument 'errors' must be str, not "));
  if (check) checkEncodingErrors(encodingName, handler);
  if (data.bytes.length === 0) return "";
  const codec = nativeCodec(encodingName);
  if (codec === undefined) return codecRegistry.decode(data, encodingName, handler);
  let input = data;
  let bytes = data.bytes;
  if (codec.kind === "utf-8") {
    // Hot path: V8's decoder for well-formed input (it rejects exactly what CPython rejects).
    try {
      return strFromJs(UTF8_DECODER.decode(bytes));
    } catch {
      // Malformed: the loop below finds the errors CPython reports.
    }
  }
  const [start, name, step] = decoderFor(codec, bytes);
  const out: number[] = [];
  for (let at = start; at < bytes.length;) {
    const decoded = step(bytes, at);
    if (Array.isArray(decoded)) {
      out.push(decoded[0]);
      at += decoded[1];
      continue;
    }
    [at, input] = handleError(input, name, decoded, handler, out);
    bytes = input.bytes;
  }
  return strFromCodePoints(out);
}

const latin1Step: DecodeStep = (bytes, at) => [bytes[at], 1];
const asciiStep: DecodeStep = (bytes, at) =>
  bytes[at] < 0x80
    ? [bytes[at], 1]
    : { start: at, end: at + 1, reason: "ordinal not in range(128)" };
const utf8Step: DecodeStep = (bytes, at) =>
  bytes[at] < 0x80 ? [bytes[at], 1] : decodeUtf8At(bytes, at);

/** [first byte, name in errors, one-character step] of a codec written here. */
function decoderFor(codec: Codec, bytes: Uint8Array): [number, string, DecodeStep] {
  switch (codec.kind) {
    case "latin-1":
      return [0, codec.name, latin1Step];
    case "ascii":
      return [0, codec.name, asciiStep];
    case "utf-8":
      return [0, codec.name, utf8Step];
    default: {
      const wide = wideDecoder(codec, bytes);
      return [wide.start, wide.name, wide.step];
    }
  }
}

/** The surrogate surrogatepass finds at `at` for codec `name`, or -1. */
function encodedSurrogate(name: string, bytes: Uint8Array, at: number): number {
  if (name === "utf-8") return encodedSurrogateAt(bytes, at);
  if (name.startsWith("utf-16") || name.startsWith("utf-32")) {
    return encodedWideSurrogateAt(name, bytes, at);
  }
  return -1;
}

/** Apply the error handler; returns where decoding resumes, and in which bytes. */
function handleError(
  data: PyBytes,
  encoding: string,
  error: DecodeError,
  handler: string,
  out: number[],
): [number, PyBytes] {
  const { start, end } = error;
  const bytes = data.bytes;
  const exception = () => pyError("UnicodeDecodeError", encoding, data, start, end, error.reason);
  switch (handler) {
    case "strict":
      throw exception();
    case "ignore":
      return [end, data];
    case "replace":
      out.push(0xfffd);
      return [end, data];
    case "backslashreplace":
      for (let i = start; i < end; i++) {
        for (const char of "\\x" + bytes[i].toString(16).padStart(2, "0")) {
          out.push(char.charCodeAt(0));
        }
      }
      return [end, data];
    case "surrogateescape": {
      let consumed = 0;
      while (consumed < 4 && start + consumed < end && bytes[start + consumed] >= 0x80) {
        out.push(0xdc00 + bytes[start + consumed]);
        consumed++;
      }
      if (consumed === 0) throw exception();
      return [start + consumed, data];
    }
    case "surrogatepass": {
      const surrogate = encodedSurrogate(encoding, bytes, start);
      if (surrogate < 0) throw exception();
      out.push(surrogate);
      return [start + (encoding === "utf-8" ? 3 : encoding.startsWith("utf-16") ? 2 : 4), data];
    }
  }
  const [replacement, resume, input] = callDecodeErrorHandler(handler, exception());
  out.push(...codePointsOf(replacement));
  return [resume, input];
}
