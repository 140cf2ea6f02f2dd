/**
 * Source decoding (PEP 263): bytes of a .py file -> the JS string the tokenizer reads.
 *
 * CPython decides the encoding from a UTF-8 byte order mark and from a coding
 * cookie, a comment matching `coding[:=]\s*([-\w.]+)` on line 1, or on line 2
 * when line 1 holds nothing but whitespace or a comment. Without either the
 * source must be UTF-8. Two callers see slightly different errors in CPython,
 * and `origin` selects which one is reproduced:
 *  - "file": `python script.py` reads the file through the C tokenizer
 *    ("encoding problem: foo", "Non-UTF-8 code starting with '\xe4' in file ...").
 *  - "compile": `compile(bytes, ...)`, which is also what importlib does
 *    ("unknown encoding: foo", "'ascii' codec can't decode byte ...").
 * Errors carry lineno 0 and offset -1 because CPython gives them no location.
 * Under "compile", bytes that are not UTF-8 are kept as escapes (source_utf8.ts)
 * so that, as in CPython, they only fail in a token that needs decoding.
 *
 * A NUL in a script cuts its line short, as in CPython 3.11.2 (see dropNulTails).
 *
 * Known difference: CPython checks a script's lines lazily, so a syntax error
 * before a bad line wins over the decoding error; here decoding errors are
 * raised up front.
 */
import { PySyntaxError } from "./errors.ts";
import { decodeUtf8Escaping, findInvalidUtf8, utf8ErrorMessage } from "./source_utf8.ts";

export type SourceOrigin = "file" | "compile";

const LINE_FEED = 0x0a;
const CARRIAGE_RETURN = 0x0d;

/**
 * Python codec names (normalised as `codecs.lookup` does) for the encodings we
 * can decode exactly. "latin-1" and "ascii" are decoded by hand because the
 * WHATWG TextDecoder maps both labels to windows-1252.
 */
const CODECS: Readonly<Record<string, { codec: string; whatwg: string | null }>> = {
  utf_8: { codec: "utf-8", whatwg: "utf-8" },
  utf8: { codec: "utf-8", whatwg: "utf-8" },
  u8: { codec: "utf-8", whatwg: "utf-8" },
  utf: { codec: "utf-8", whatwg: "utf-8" },
  latin_1: { codec: "latin-1", whatwg: null },
  latin1: { codec: "latin-1", whatwg: null },
  latin: { codec: "latin-1", whatwg: null },
  l1: { codec: "latin-1", whatwg: null },
  iso_8859_1: { codec: "latin-1", whatwg: null },
  iso8859_1: { codec: "latin-1", whatwg: null },
  "8859": { codec: "latin-1", whatwg: null },
  cp819: { codec: "latin-1", whatwg: null },
  ascii: { codec: "ascii", whatwg: null },
  us_ascii: { codec: "ascii", whatwg: null },
  "646": { codec: "ascii", whatwg: null },
  us: { codec: "ascii", whatwg: null },
  cp1250: { codec: "charmap", whatwg: "windows-1250" },
  windows_1250: { codec: "charmap", whatwg: "windows-1250" },
  cp1251: { codec: "charmap", whatwg: "windows-1251" },
  windows_1251: { codec: "charmap", whatwg: "windows-1251" },
  cp1252: { codec: "charmap", whatwg: "windows-1252" },
  windows_1252: { codec: "charmap", whatwg: "windows-1252" },
  cp1253: { codec: "charmap", whatwg: "windows-1253" },
  cp1254: { codec: "charmap", whatwg: "windows-1254" },
  cp1255: { codec: "charmap", whatwg: "windows-1255" },
  cp1256: { codec: "charmap", whatwg: "windows-1256" },
  cp1257: { codec: "charmap", whatwg: "windows-1257" },
  cp1258: { codec: "charmap", whatwg: "windows-1258" },
  cp866: { codec: "charmap", whatwg: "ibm866" },
  koi8_r: { codec: "charmap", whatwg: "koi8-r" },
  koi8_u: { codec: "charmap", whatwg: "koi8-u" },
  mac_roman: { codec: "charmap", whatwg: "macintosh" },
  macroman: { codec: "charmap", whatwg: "macintosh" },
  iso8859_2: { codec: "charmap", whatwg: "iso-8859-2" },
  iso_8859_2: { codec: "charmap", whatwg: "iso-8859-2" },
  latin2: { codec: "charmap", whatwg: "iso-8859-2" },
  iso8859_5: { codec: "charmap", whatwg: "iso-8859-5" },
  iso_8859_5: { codec: "charmap", whatwg: "iso-8859-5" },
  iso8859_7: { codec: "charmap", whatwg: "iso-8859-7" },
  iso_8859_7: { codec: "charmap", whatwg: "iso-8859-7" },
  iso8859_15: { codec: "charmap", whatwg: "iso-8859-15" },
  iso_8859_15: { codec: "charmap", whatwg: "iso-8859-15" },
  latin9: { codec: "charmap", whatwg: "iso-8859-15" },
  euc_jp: { codec: "euc_jp", whatwg: "euc-jp" },
  shift_jis: { codec: "shift_jis", whatwg: "shift_jis" },
  sjis: { codec: "shift_jis", whatwg: "shift_jis" },
  euc_kr: { codec: "euc_kr", whatwg: "euc-kr" },
  gb18030: { codec: "gb18030", whatwg: "gb18030" },
  gbk: { codec: "gbk", whatwg: "gbk" },
};

/**
 * What decoding through a Python codec gave: the text, no such codec, or
 * the codec's error message.
 */
export type CodecDecoding = { text: string } | { unknown: true } | { error: string };

/**
 * Decodes with the codecs the table above lacks (cp437, ...), through the
 * running interpreter's codec registry; installed by the runtime, absent in
 * tools that only parse.
 */
let codecDecoder: ((name: string, body: Uint8Array) => CodecDecoding) | null = null;

export function installSourceCodecDecoder(
  decoder: (name: string, body: Uint8Array) => CodecDecoding,
): void {
  codecDecoder = decoder;
}

function sourceError(message: string, filename: string): PySyntaxError {
  return new PySyntaxError("SyntaxError", message, filename, 0, -1, null, 0, -1);
}

/**
 * Does the source declare its encoding (UTF-8 BOM or coding cookie)? CPython
 * then knows the encoding (`tok->encoding`) and reports parser error offsets in
 * characters; for bytes without a declaration they stay in bytes (see the
 * tokenizer's `byteOffsets` option).
 */
export function declaresEncoding(bytes: Uint8Array): boolean {
  return hasUtf8Bom(bytes) || findCodingCookie(bytes) !== null;
}

function hasUtf8Bom(bytes: Uint8Array): boolean {
  return bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}

/** Decode a Python source file to a string, honouring its BOM and coding cookie. */
export function decodeSource(
  bytes: Uint8Array,
  filename: string,
  origin: SourceOrigin = "file",
): string {
  const text = decodeBytes(bytes, filename, origin);
  return origin === "file" && text.indexOf("\0") >= 0 ? dropNulTails(text) : text;
}

/**
 * CPython 3.11.2 reads a script line by line as C strings, so a NUL ends its
 * line early: the rest of that line, newline included, is never seen and the
 * next line continues the same one. (compile() instead raises ValueError
 * "source code string cannot contain null bytes", which is the caller's job.)
 */
function dropNulTails(text: string): string {
  return text.replace(/\0[^\r\n]*(?:\r\n|\r|\n)?/g, "");
}

function decodeBytes(bytes: Uint8Array, filename: string, origin: SourceOrigin): string {
  const hasBom = hasUtf8Bom(bytes);
  const body = hasBom ? bytes.subarray(3) : bytes;
  const { spec: cookie, line: cookieLine } = findCookie(body);
  if (hasBom && cookie !== null && cookie !== "utf-8") {
    throw sourceError(`encoding problem: ${cookie} with BOM`, filename);
  }
  if (cookie === null || cookie === "utf-8") return decodeUtf8(body, filename, origin);
  if (origin === "file" && !hasBom && cookieLine === 2) {
    // A script's line 1 is read, as UTF-8, before line 2 declares the encoding.
    decodeUtf8(body.subarray(0, lineEnd(body, 0)), filename, origin);
  }

  const codec = CODECS[cookie.toLowerCase().replace(/[^a-z0-9.]+/g, "_")];
  const decoded = codec === undefined ? codecDecoder?.(cookie, body) : undefined;
  if (decoded !== undefined && "text" in decoded) return decoded.text;
  if (decoded !== undefined && "error" in decoded) {
    throw sourceError(origin === "file" ? `encoding problem: ${cookie}` : decoded.error, filename);
  }
  if (codec === undefined) {
    throw sourceError(
      origin === "file" ? `encoding problem: ${cookie}` : `unknown encoding: ${cookie}`,
      filename,
    );
  }
  const bad = codec.whatwg === null ? undecodableByte(body, codec.codec) : -1;
  let text: string | null = null;
  if (bad < 0) {
    if (codec.whatwg === null) {
      text = decodeLatin1(body);
    } else {
      try {
        text = new TextDecoder(codec.whatwg, { fatal: true }).decode(body);
      } catch {
        text = null;
      }
    }
  }
  if (text !== null) return text;
  if (origin === "file") throw sourceError(`encoding problem: ${cookie}`, filename);
  const invalidUtf8 = codec.codec === "utf-8" ? findInvalidUtf8(body) : null;
  if (invalidUtf8 !== null) throw sourceError(utf8ErrorMessage(body, invalidUtf8), filename);
  const position = Math.max(bad, 0);
  const reason = codec.codec === "ascii"
    ? "ordinal not in range(128)"
    : "character maps to <undefined>";
  const byteText = (body[position] ?? 0).toString(16).padStart(2, "0");
  throw sourceError(
    `'${codec.codec}' codec can't decode byte 0x${byteText} in position ${position}: ${reason}`,
    filename,
  );
}

function decodeUtf8(body: Uint8Array, filename: string, origin: SourceOrigin): string {
  const invalid = findInvalidUtf8(body);
  if (invalid === null) return new TextDecoder("utf-8", { ignoreBOM: true }).decode(body);
  // compile() only fails when a token holding the bytes is decoded (see source_utf8.ts).
  if (origin === "compile") return decodeUtf8Escaping(body);
  const byteText = body[invalid.index].toString(16).padStart(2, "0");
  throw sourceError(
    `Non-UTF-8 code starting with '\\x${byteText}' in file ${filename} on line ` +
      `${lineNumberAt(body, invalid.index)}, but no encoding declared; ` +
      "see https://peps.python.org/pep-0263/ for details",
    filename,
  );
}

function decodeLatin1(body: Uint8Array): string {
  let text = "";
  const chunk = 8192;
  for (let i = 0; i < body.length; i += chunk) {
    text += String.fromCharCode(...body.subarray(i, i + chunk));
  }
  return text;
}

/** Index of the first byte `codec` (ascii or latin-1) cannot decode, or -1. */
function undecodableByte(body: Uint8Array, codec: string): number {
  if (codec !== "ascii") return -1;
  for (let i = 0; i < body.length; i++) if (body[i] >= 0x80) return i;
  return -1;
}

/** 1-based line of a byte index; any of \n, \r\n, \r ends a line as in CPython. */
function lineNumberAt(body: Uint8Array, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) {
    if (body[i] === LINE_FEED) line++;
    else if (body[i] === CARRIAGE_RETURN && body[i + 1] !== LINE_FEED) line++;
  }
  return line;
}

/**
 * The coding cookie of line 1 or 2, normalised like CPython's `get_normal_name`
 * ("utf-8", "iso-8859-1" or the name as written), or null.
 */
export function findCodingCookie(body: Uint8Array): string | null {
  return findCookie(body).spec;
}

/** The cookie and the line it is on (0 when there is none). */
function findCookie(body: Uint8Array): { spec: string | null; line: number } {
  const firstEnd = lineEnd(body, 0);
  const first = codingSpec(body, 0, firstEnd);
  if (first.spec !== null) return { spec: first.spec, line: 1 };
  if (first.hasCode || firstEnd >= body.length) return { spec: null, line: 0 };
  const secondStart = body[firstEnd] === CARRIAGE_RETURN && body[firstEnd + 1] === LINE_FEED
    ? firstEnd + 2
    : firstEnd + 1;
  const spec = codingSpec(body, secondStart, lineEnd(body, secondStart)).spec;
  return { spec, line: spec === null ? 0 : 2 };
}

function lineEnd(body: Uint8Array, start: number): number {
  let i = start;
  while (i < body.length && body[i] !== LINE_FEED && body[i] !== CARRIAGE_RETURN) i++;
  return i;
}

function isSpaceTabOrFormFeed(byte: number): boolean {
  return byte === 0x20 || byte === 0x09 || byte === 0x0c;
}

function isCookieNameByte(byte: number): boolean {
  return (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5a) ||
    (byte >= 0x61 && byte <= 0x7a) || byte === 0x2d || byte === 0x5f || byte === 0x2e;
}

/**
 * CPython's `get_coding_spec` on one line [start, end): the line must be a
 * comment; the first "coding" followed by ':' or '=' and a non-empty name wins.
 * `hasCode` tells whether the line holds anything but a comment, which stops
 * the search at line 1.
 */
function codingSpec(
  body: Uint8Array,
  start: number,
  end: number,
): { spec: string | null; hasCode: boolean } {
  const size = end - start;
  let i = 0;
  for (; i < size; i++) {
    const byte = body[start + i];
    if (byte === 0x23) break;
    if (!isSpaceTabOrFormFeed(byte)) return { spec: null, hasCode: true };
  }
  for (; i < size - 6; i++) {
    const at = start + i;
    if (
      body[at] !== 0x63 || body[at + 1] !== 0x6f || body[at + 2] !== 0x64 ||
      body[at + 3] !== 0x69 || body[at + 4] !== 0x6e || body[at + 5] !== 0x67
    ) continue;
    let t = at + 6;
    if (body[t] !== 0x3a && body[t] !== 0x3d) continue;
    do t++; while (body[t] === 0x20 || body[t] === 0x09);
    const nameStart = t;
    while (t < body.length && isCookieNameByte(body[t])) t++;
    if (t > nameStart) {
      return {
        spec: normalCodingName(String.fromCharCode(...body.subarray(nameStart, t))),
        hasCode: false,
      };
    }
  }
  return { spec: null, hasCode: false };
}

/** CPython's `get_normal_name`: only utf-8 and latin-1 spellings are canonicalised. */
function normalCodingName(name: string): string {
  const folded = name.slice(0, 12).toLowerCase().replaceAll("_", "-");
  if (folded === "utf-8" || folded.startsWith("utf-8-")) return "utf-8";
  if (
    folded === "latin-1" || folded === "iso-8859-1" || folded === "iso-latin-1" ||
    folded.startsWith("latin-1-") || folded.startsWith("iso-8859-1-") ||
    folded.startsWith("iso-latin-1-")
  ) return "iso-8859-1";
  return name;
}
