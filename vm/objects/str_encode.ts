/**
 * str.encode. The codecs CPython writes in C are here: utf-8, ascii and
 * latin-1 (this file), utf-16 and utf-32 in their three byte orders
 * (codec_utf16_32.ts), with their aliases from encodings/aliases.py. Any other
 * name goes to the codec registry (codec_registry.ts: the encodings package).
 *
 * Errors work as in CPython's encoders. utf-8, ascii and latin-1 hand a
 * maximal run of characters they cannot encode (surrogates for utf-8, code
 * points >= 128 or >= 256) to the error handler as one unit; utf-16 and
 * utf-32 hand over one surrogate at a time. The standard handlers (strict,
 * ignore, replace, backslashreplace, xmlcharrefreplace, namereplace,
 * surrogateescape, surrogatepass) are applied here by name; any other name is
 * looked up in the registry and called with a UnicodeEncodeError, and a str
 * it returns must itself be encodable (ASCII for the utf codecs). An unknown
 * handler name is only an error when there is something to handle, like in
 * CPython. Decoding is str_decode.ts.
 */
import type { PyValue } from "./object.ts";
import { pyError } from "./exceptions.ts";
import { PyBytes } from "./bytes.ts";
import { expectStr } from "./str_args.ts";
import { codePointsOf, type PyStr, toJsString } from "./str_wide.ts";
import { callErrorHandler, codecRegistry } from "./codec_registry.ts";
import { characterName } from "../unicode/names.ts";
import { devMode } from "../runtime/dev_mode.ts";

export type CodecKind = "utf-8" | "ascii" | "latin-1" | "utf-16" | "utf-32";

export interface Codec {
  /** The name in error messages. */
  name: string;
  kind: CodecKind;
  /** utf-16 and utf-32: "little", "big", or "bom" (a BOM, then native little-endian). */
  order?: "little" | "big" | "bom";
}

const UTF8: Codec = { name: "utf-8", kind: "utf-8" };
const ASCII: Codec = { name: "ascii", kind: "ascii" };
const LATIN1: Codec = { name: "latin-1", kind: "latin-1" };

/** Normalised names (encodings.normalize_encoding) and aliases of each codec. */
const CODEC_ALIASES: readonly (readonly [Codec, string])[] = [
  [UTF8, "utf_8 cp65001 u8 utf utf8 utf8_ucs2 utf8_ucs4"],
  [ASCII, "ascii 646 ansi_x3.4_1968 ansi_x3.4_1986 ansi_x3_4_1968 cp367 csascii ibm367"],
  [ASCII, "iso646_us iso_646.irv_1991 iso_ir_6 us us_ascii"],
  [LATIN1, "latin_1 8859 cp819 csisolatin1 ibm819 iso8859 iso8859_1 iso_8859_1"],
  [LATIN1, "iso_8859_1_1987 iso_ir_100 l1 latin latin1"],
  [{ name: "utf-16", kind: "utf-16", order: "bom" }, "utf_16 u16 utf16"],
  [
    { name: "utf-16-le", kind: "utf-16", order: "little" },
    "utf_16_le utf_16le unicodelittleunmarked",
  ],
  [{ name: "utf-16-be", kind: "utf-16", order: "big" }, "utf_16_be utf_16be unicodebigunmarked"],
  [{ name: "utf-32", kind: "utf-32", order: "bom" }, "utf_32 u32 utf32"],
  [{ name: "utf-32-le", kind: "utf-32", order: "little" }, "utf_32_le utf_32le"],
  [{ name: "utf-32-be", kind: "utf-32", order: "big" }, "utf_32_be utf_32be"],
];

const CODEC_NAMES = new Map(
  CODEC_ALIASES.flatMap(([codec, names]) => names.split(" ").map((name) => [name, codec] as const)),
);

/** Exact for primitive strings, which hold no surrogates. */
const UTF8_ENCODER = new TextEncoder();

/** encodings.normalize_encoding after lower-casing: punctuation runs become one '_'. */
function normaliseEncoding(name: string): string {
  return name.toLowerCase().split(/[^a-z0-9.]+/).filter((part) => part !== "").join("_");
}

/** The codec written here for `name`, or undefined when only the registry may know it. */
export function nativeCodec(name: string): Codec | undefined {
  const normal = normaliseEncoding(name);
  return CODEC_NAMES.get(normal) ?? CODEC_NAMES.get(normal.replaceAll(".", "_"));
}

/** The codec written here for `name`; LookupError when there is none. */
export function findCodec(name: string): Codec {
  const codec = nativeCodec(name);
  if (codec === undefined) throw pyError("LookupError", `unknown encoding: ${name}`);
  return codec;
}

const isSurrogate = (codePoint: number) => codePoint >= 0xd800 && codePoint <= 0xdfff;

function encodable(codec: Codec, codePoint: number): boolean {
  switch (codec.kind) {
    case "ascii":
      return codePoint < 0x80;
    case "latin-1":
      return codePoint < 0x100;
    default:
      return !isSurrogate(codePoint);
  }
}

const REASONS: Record<CodecKind, string> = {
  "utf-8": "surrogates not allowed",
  "ascii": "ordinal not in range(128)",
  "latin-1": "ordinal not in range(256)",
  "utf-16": "surrogates not allowed",
  "utf-32": "surrogates not allowed",
};

export function pushUtf8(codePoint: number, out: number[]): void {
  if (codePoint < 0x80) out.push(codePoint);
  else if (codePoint < 0x800) out.push(0xc0 | (codePoint >> 6), 0x80 | (codePoint & 0x3f));
  else if (codePoint < 0x10000) {
    out.push(0xe0 | (codePoint >> 12), 0x80 | ((codePoint >> 6) & 0x3f), 0x80 | (codePoint & 0x3f));
  } else {
    out.push(
      0xf0 | (codePoint >> 18),
      0x80 | ((codePoint >> 12) & 0x3f),
      0x80 | ((codePoint >> 6) & 0x3f),
      0x80 | (codePoint & 0x3f),
    );
  }
}

/** One code unit of utf-16/utf-32 in the codec's byte order ("bom" means little-endian). */
export function pushUnit(codec: Codec, unit: number, out: number[]): void {
  const size = codec.kind === "utf-16" ? 2 : 4;
  const little = codec.order !== "big";
  for (let k = 0; k < size; k++) {
    out.push((unit >>> (8 * (little ? k : size - 1 - k))) & 0xff);
  }
}

function pushCodePoint(codec: Codec, codePoint: number, out: number[]): void {
  switch (codec.kind) {
    case "utf-8":
      pushUtf8(codePoint, out);
      return;
    case "utf-16":
      if (codePoint >= 0x10000) {
        pushUnit(codec, 0xd800 | ((codePoint - 0x10000) >> 10), out);
        pushUnit(codec, 0xdc00 | (codePoint & 0x3ff), out);
      } else pushUnit(codec, codePoint, out);
      return;
    case "utf-32":
      pushUnit(codec, codePoint, out);
      return;
    default:
      out.push(codePoint);
  }
}

/** backslashreplace's escape of one code point. */
export function backslashEscape(codePoint: number): string {
  const hex = codePoint.toString(16);
  if (codePoint < 0x100) return "\\x" + hex.padStart(2, "0");
  if (codePoint < 0x10000) return "\\u" + hex.padStart(4, "0");
  return "\\U" + hex.padStart(8, "0");
}

/** namereplace's escape: `\N{NAME}`, or backslashreplace's for a character without a name. */
export function nameEscape(codePoint: number): string {
  const name = characterName(codePoint);
  return name === undefined ? backslashEscape(codePoint) : `\\N{${name}}`;
}

/**
 * unicode_check_encoding_errors: in the development mode the str/bytes
 * conversions (str.encode, bytes.decode, str(), bytes()) look up the encoding
 * and the error handler they are given even when the conversion needs neither
 * (empty input, nothing to handle), so that a wrong name is a LookupError.
 */
export function checkEncodingErrors(encoding: string | null, errors: string | null): void {
  if (!devMode.enabled) return;
  if (encoding !== null && nativeCodec(encoding) === undefined) codecRegistry.lookup(encoding);
  if (errors !== null) codecRegistry.lookupErrorHandler(errors);
}

/**
 * `self` encoded; `check`: a conversion Python code asked for (str.encode,
 * bytes(str, ...)), which the development mode checks (checkEncodingErrors).
 */
export function strEncode(
  self: PyStr,
  encoding: PyValue,
  errors: PyValue,
  check = false,
): PyBytes {
  const encodingName = toJsString(
    expectStr(encoding, "encode() argument 'encoding' must be str, not "),
  );
  const handler = toJsString(
    expectStr(errors, "encode() argument 'errors' must be str, not "),
  );
  if (check) checkEncodingErrors(encodingName, handler);
  const codec = nativeCodec(encodingName);
  if (codec === undefined) return codecRegistry.encode(self, encodingName, handler);
  if (codec === UTF8 && typeof self === "string") {
    return new PyBytes(UTF8_ENCODER.encode(self));
  }
  return new PyBytes(Uint8Array.from(encodeCodePoints(self, codec, handler)));
}

/** `self` encoded with a codec written here, as byte values. */
export function encodeCodePoints(self: PyStr, codec: Codec, handler: string): number[] {
  const points = codePointsOf(self);
  const out: number[] = [];
  if (codec.order === "bom") pushUnit(codec, 0xfeff, out);
  const perCharacter = codec.kind === "utf-16" || codec.kind === "utf-32";
  for (let i = 0; i < points.length;) {
    const codePoint = points[i];
    if (encodable(codec, codePoint)) {
      pushCodePoint(codec, codePoint, out);
      i++;
      continue;
    }
    let runEnd = i + 1;
    if (!perCharacter) {
      while (runEnd < points.length && !encodable(codec, points[runEnd])) runEnd++;
    }
    i = handleRun(self, points, i, runEnd, codec, handler, out);
  }
  return out;
}

function encodeError(self: PyStr, codec: Codec, start: number, end: number) {
  return pyError("UnicodeEncodeError", codec.name, self, start, end, REASONS[codec.kind]);
}

/** The standard handlers whose replacement is ASCII text, by name. */
const TEXT_HANDLERS: Record<string, (codePoint: number) => string> = {
  replace: () => "?",
  backslashreplace: backslashEscape,
  xmlcharrefreplace: (codePoint) => `&#${codePoint};`,
  namereplace: nameEscape,
};

/** Apply the error handler to points[start:end]; returns where encoding resumes. */
function handleRun(
  self: PyStr,
  points: Uint32Array,
  start: number,
  end: number,
  codec: Codec,
  handler: string,
  out: number[],
): number {
  const text = TEXT_HANDLERS[handler];
  if (text !== undefined) {
    for (let i = start; i < end; i++) {
      for (const char of text(points[i])) pushCodePoint(codec, char.charCodeAt(0), out);
    }
    return end;
  }
  switch (handler) {
    case "strict":
      throw encodeError(self, codec, start, end);
    case "ignore":
      return end;
    case "surrogateescape":
      // One byte per character: utf-16/32 reject the odd-sized replacement.
      for (let i = start; i < end; i++) {
        if (points[i] < 0xdc80 || points[i] > 0xdcff) throw encodeError(self, codec, i, end);
        if (codec.kind === "utf-16" || codec.kind === "utf-32") {
          throw encodeError(self, codec, end - 1, end);
        }
        out.push(points[i] - 0xdc00);
      }
      return end;
    case "surrogatepass":
      if (codec.kind === "ascii" || codec.kind === "latin-1") {
        throw encodeError(self, codec, start, end);
      }
      for (let i = start; i < end; i++) {
        if (!isSurrogate(points[i])) throw encodeError(self, codec, start, end);
        if (codec.kind === "utf-8") pushUtf8(points[i], out);
        else pushUnit(codec, points[i], out);
      }
      return end;
  }
  const exception = encodeError(self, codec, start, end);
  const [replacement, resume] = callErrorHandler(handler, exception, points.length, true);
  const unit = codec.kind === "utf-16" ? 2 : codec.kind === "utf-32" ? 4 : 1;
  if (replacement instanceof PyBytes) {
    if (replacement.bytes.length % unit !== 0) throw encodeError(self, codec, resume - 1, resume);
    out.push(...replacement.bytes);
    return resume;
  }
  const limit = codec.kind === "latin-1" ? 0x100 : 0x80;
  for (const codePoint of codePointsOf(replacement)) {
    if (codePoint >= limit) {
      throw unit === 1
        ? encodeError(self, codec, start, end)
        : encodeError(self, codec, resume - 1, resume);
    }
    pushCodePoint(codec, codePoint, out);
  }
  return resume;
}
