/**
 * str.encode for the three codecs the runtime needs before the codec registry
 * exists: utf-8, ascii and latin-1 (with their aliases from
 * encodings/aliases.py). Any other name raises LookupError.
 *
 * Errors work on runs, as in CPython's encoders: a maximal run of characters the
 * codec cannot encode (surrogates for utf-8, code points >= 128 or >= 256 for
 * ascii and latin-1) goes to the error handler as one unit. `strict` raises
 * UnicodeEncodeError(encoding, str, start, end, reason) for the run;
 * `surrogateescape` turns U+DC80..U+DCFF back into bytes and raises from the
 * first character of the run it cannot; `surrogatepass` writes surrogates as
 * their 3-byte UTF-8 form (utf-8 only). An unknown handler name is only an
 * error when there is something to handle, like in CPython. Decoding with the
 * same codecs is str_decode.ts.
 */
import type { PyValue } from "./object.ts";
import { pyError } from "./exceptions.ts";
import { PyBytes } from "./bytes.ts";
import { expectStr } from "./str_args.ts";
import { codePointsOf, type PyStr, toJsString } from "./str_wide.ts";

export interface Codec {
  /** The name in error messages. */
  name: string;
  reason: string;
  /** Code points from this one up cannot be encoded (utf-8: only surrogates). */
  limit: number;
}

const UTF8: Codec = { name: "utf-8", reason: "surrogates not allowed", limit: Infinity };
const ASCII: Codec = { name: "ascii", reason: "ordinal not in range(128)", limit: 0x80 };
const LATIN1: Codec = { name: "latin-1", reason: "ordinal not in range(256)", limit: 0x100 };

/** Normalised names (encodings.normalize_encoding) and aliases of each codec. */
const CODEC_ALIASES: readonly (readonly [Codec, string])[] = [
  [UTF8, "utf_8 cp65001 u8 utf utf8 utf8_ucs2 utf8_ucs4"],
  [ASCII, "ascii 646 ansi_x3.4_1968 ansi_x3.4_1986 ansi_x3_4_1968 cp367 csascii ibm367"],
  [ASCII, "iso646_us iso_646.irv_1991 iso_ir_6 us us_ascii"],
  [LATIN1, "latin_1 8859 cp819 csisolatin1 ibm819 iso8859 iso8859_1 iso_8859_1"],
  [LATIN1, "iso_8859_1_1987 iso_ir_100 l1 latin latin1"],
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

export function findCodec(name: string): Codec {
  const normal = normaliseEncoding(name);
  const codec = CODEC_NAMES.get(normal) ?? CODEC_NAMES.get(normal.replaceAll(".", "_"));
  if (codec === undefined) throw pyError("LookupError", `unknown encoding: ${name}`);
  return codec;
}

const isSurrogate = (codePoint: number) => codePoint >= 0xd800 && codePoint <= 0xdfff;

function encodable(codec: Codec, codePoint: number): boolean {
  return codec === UTF8 ? !isSurrogate(codePoint) : codePoint < codec.limit;
}

function pushUtf8(codePoint: number, out: number[]): void {
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

function pushAscii(text: string, out: number[]): void {
  for (let i = 0; i < text.length; i++) out.push(text.charCodeAt(i));
}

function backslashEscape(codePoint: number): string {
  const hex = codePoint.toString(16);
  if (codePoint < 0x100) return "\\x" + hex.padStart(2, "0");
  if (codePoint < 0x10000) return "\\u" + hex.padStart(4, "0");
  return "\\U" + hex.padStart(8, "0");
}

export function strEncode(self: PyStr, encoding: PyValue, errors: PyValue): PyBytes {
  const encodingName = expectStr(encoding, "encode() argument 'encoding' must be str, not ");
  const handler = toJsString(
    expectStr(errors, "encode() argument 'errors' must be str, not "),
  );
  const codec = findCodec(toJsString(encodingName));
  if (codec === UTF8 && typeof self === "string") {
    return new PyBytes(UTF8_ENCODER.encode(self));
  }
  const points = codePointsOf(self);
  const out: number[] = [];
  for (let i = 0; i < points.length;) {
    const codePoint = points[i];
    if (encodable(codec, codePoint)) {
      if (codec === UTF8) pushUtf8(codePoint, out);
      else out.push(codePoint);
      i++;
      continue;
    }
    let runEnd = i + 1;
    while (runEnd < points.length && !encodable(codec, points[runEnd])) runEnd++;
    handleRun(self, points, i, runEnd, codec, handler, out);
    i = runEnd;
  }
  return new PyBytes(Uint8Array.from(out));
}

function encodeError(self: PyStr, codec: Codec, start: number, end: number) {
  return pyError("UnicodeEncodeError", codec.name, self, start, end, codec.reason);
}

function handleRun(
  self: PyStr,
  points: ArrayLike<number>,
  start: number,
  end: number,
  codec: Codec,
  handler: string,
  out: number[],
): void {
  switch (handler) {
    case "strict":
      throw encodeError(self, codec, start, end);
    case "ignore":
      return;
    case "replace":
      for (let i = start; i < end; i++) out.push(0x3f);
      return;
    case "backslashreplace":
      for (let i = start; i < end; i++) pushAscii(backslashEscape(points[i]), out);
      return;
    case "xmlcharrefreplace":
      for (let i = start; i < end; i++) pushAscii(`&#${points[i]};`, out);
      return;
    case "surrogateescape":
      for (let i = start; i < end; i++) {
        if (points[i] < 0xdc80 || points[i] > 0xdcff) throw encodeError(self, codec, i, end);
        out.push(points[i] - 0xdc00);
      }
      return;
    case "surrogatepass":
      if (codec !== UTF8) throw encodeError(self, codec, start, end);
      for (let i = start; i < end; i++) pushUtf8(points[i], out);
      return;
    default:
      throw pyError("LookupError", `unknown error handler name '${handler}'`);
  }
}
