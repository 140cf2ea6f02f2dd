/**
 * JSON string literals: `encode_basestring_ascii` (everything outside
 * printable ASCII escaped, astral characters as surrogate pairs) and
 * `encode_basestring` (only the quote, the backslash and control characters
 * escaped), as CPython's C versions write them.
 *
 * Hot path: nearly every string a document holds needs no escape at all, so
 * one regex test over the whole string decides that and the result is the
 * string between quotes. Otherwise a loop writes the quoted text as UTF-16
 * units, each escape looked up in a table built once (a replace() callback
 * per match cost several times more); the encoder (make_encoder) has it
 * write straight into its document.
 */
import { pyError } from "../vm/objects/exceptions.ts";
import type { PyValue } from "../vm/objects/object.ts";
import { typeOf } from "../vm/objects/typeof.ts";
import { strOperand } from "../vm/objects/str_boxed.ts";
import { codePointsOf, type PyStr, strFromCodePoints } from "../vm/objects/str_wide.ts";

const HEX = "0123456789abcdef";

const hex4 = (c: number) =>
  "\\u" + HEX[(c >> 12) & 15] + HEX[(c >> 8) & 15] + HEX[(c >> 4) & 15] + HEX[c & 15];

const SHORT_ESCAPES: Readonly<Record<number, string>> = {
  0x5c: "\\\\",
  0x22: '\\"',
  0x08: "\\b",
  0x0c: "\\f",
  0x0a: "\\n",
  0x0d: "\\r",
  0x09: "\\t",
};

/**
 * The escape of each character below 0x80 that JSON needs escaped (the
 * quote, the backslash, control characters and DEL), "" for the others.
 * encode_basestring uses it too, except for DEL, which it keeps.
 */
const ASCII_ESCAPES: readonly string[] = Array.from(
  { length: 0x80 },
  (_, c) => c >= 0x20 && c < 0x7f && c !== 0x22 && c !== 0x5c ? "" : SHORT_ESCAPES[c] ?? hex4(c),
);

/** A primitive str that encode_basestring_ascii copies unchanged. */
export const ASCII_SAFE = /^[\x20\x21\x23-\x5b\x5d-\x7e]*$/;
/** A primitive str that encode_basestring copies unchanged. */
// deno-lint-ignore no-control-regex
export const UNICODE_SAFE = /^[^\\"\x00-\x1f]*$/;

/** The str argument, or the str inside a str subclass instance (PyUnicode_Check). */
function expectString(value: PyValue): PyStr {
  const str = strOperand(value);
  if (str === undefined) {
    throw pyError("TypeError", `first argument must be a string, not ${typeOf(value).tpName}`);
  }
  return str;
}

/** An escape for code point `c` in ASCII-only output (a surrogate pair above the BMP). */
function asciiEscape(c: number): string {
  if (c < 0x80) return ASCII_ESCAPES[c];
  if (c < 0x10000) return hex4(c);
  const v = c - 0x10000;
  return hex4(0xd800 | (v >> 10)) + hex4(0xdc00 | (v & 0x3ff));
}

/**
 * The encoder's way to escape a primitive str that needs it (one that its
 * safe pattern rejects): written quoted straight into the document's
 * buffer of UTF-16 units from `at`, which has room for `text.length * 6 + 2`
 * more; returns the new end. The same output as quoteAscii/quoteUnicode,
 * without building the escaped string first (3x on "\u00e9t\u00e9 \"quoted\"").
 */
export type EscapeWriter = (text: string, buffer: Uint16Array, at: number) => number;

const HEX_UNITS = Array.from(HEX, (digit) => digit.charCodeAt(0));

function writeEscape(escape: string, buffer: Uint16Array, at: number): number {
  for (let k = 0; k < escape.length; k++) buffer[at++] = escape.charCodeAt(k);
  return at;
}

/** quoteAscii into a buffer (primitive strs are BMP without surrogates: one \uXXXX each). */
export const writeQuotedAscii: EscapeWriter = (text, buffer, at) => {
  buffer[at++] = 0x22;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x20 && c < 0x7f && c !== 0x22 && c !== 0x5c) buffer[at++] = c;
    else if (c >= 0x80) {
      buffer[at++] = 0x5c;
      buffer[at++] = 0x75;
      buffer[at++] = HEX_UNITS[(c >> 12) & 15];
      buffer[at++] = HEX_UNITS[(c >> 8) & 15];
      buffer[at++] = HEX_UNITS[(c >> 4) & 15];
      buffer[at++] = HEX_UNITS[c & 15];
    } else at = writeEscape(ASCII_ESCAPES[c], buffer, at);
  }
  buffer[at++] = 0x22;
  return at;
};

/** quoteUnicode into a buffer. */
export const writeQuotedUnicode: EscapeWriter = (text, buffer, at) => {
  buffer[at++] = 0x22;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x20 && c !== 0x22 && c !== 0x5c) buffer[at++] = c;
    else at = writeEscape(ASCII_ESCAPES[c], buffer, at);
  }
  buffer[at++] = 0x22;
  return at;
};

/** `text` (a primitive str) quoted, escaped by `escape` unless `safe` says it needs none. */
function quote(text: string, safe: RegExp, escape: EscapeWriter): string {
  if (safe.test(text)) return '"' + text + '"';
  const room = text.length * 6 + 2;
  // A scratch buffer: a typed array of more than 64 bytes has its own
  // backing store, whose allocation cost 10x the escaping of a short str.
  if (scratch.length < room) scratch = new Uint16Array(Math.max(room, scratch.length * 2));
  return textOfUnits(scratch, escape(text, scratch, 0));
}

let scratch = new Uint16Array(256);

const utf16 = new TextDecoder("utf-16le");
const utf8 = new TextDecoder();
const SHORT_TEXT = 1024;
/**
 * Units from which an ASCII text is cheaper through the UTF-8 decoder than
 * through apply() (9000 texts of 64 units: even; of 230: 2.4x).
 */
const DECODED_ASCII = 64;
let asciiScratch = new Uint8Array(0);

/**
 * The JS string of `units[0, length)` (units without surrogates); `ascii`
 * when the caller knows them all to be ASCII.
 */
export function textOfUnits(units: Uint16Array, length: number, ascii = false): string {
  if (length >= DECODED_ASCII) {
    const text = ascii ? knownAsciiText(units, length) : asciiText(units, length);
    if (text !== undefined) return text;
    if (length > SHORT_TEXT) return utf16.decode(units.subarray(0, length));
  }
  // Short texts skip the decoder's fixed cost (a call into Deno); apply()
  // takes a plain array several times faster than a typed one.
  const codes = new Array<number>(length);
  for (let i = 0; i < length; i++) codes[i] = units[i];
  return String.fromCharCode.apply(null, codes);
}

/**
 * A text all of whose units are ASCII (any ensure_ascii document),
 * through the UTF-8 decoder: its ASCII path makes a one-byte string about
 * 8x faster than the UTF-16 decoder makes a two-byte one, at half the
 * memory. Undefined at the first unit past ASCII.
 */
function asciiText(units: Uint16Array, length: number): string | undefined {
  const bytes = asciiBytes(length);
  return copyAscii(units, length, bytes) ? decodeAscii(bytes, length) : undefined;
}

/**
 * asciiText of units known to be ASCII: the typed array's own conversion
 * copies them (a native loop; a JS one runs cold through the first
 * megabytes of a process's first big document).
 */
function knownAsciiText(units: Uint16Array, length: number): string {
  const bytes = asciiBytes(length);
  bytes.set(units.subarray(0, length));
  return decodeAscii(bytes, length);
}

function asciiBytes(length: number): Uint8Array {
  if (asciiScratch.length < length) {
    asciiScratch = new Uint8Array(Math.max(length, asciiScratch.length * 2));
  }
  return asciiScratch;
}

function decodeAscii(bytes: Uint8Array, length: number): string {
  const text = utf8.decode(bytes.subarray(0, length));
  if (bytes.length > MAX_ASCII_SCRATCH) asciiScratch = new Uint8Array(0);
  return text;
}

/**
 * Copy `units[0, length)` into `bytes` while they are ASCII; false at the
 * first that is not. Its own function: V8 compiles a long copy's loop on
 * stack (OSR), and code after such a loop, never run before, deoptimised
 * on every later call (hundreds of times in bench/programs/json_roundtrip.py).
 */
function copyAscii(units: Uint16Array, length: number, bytes: Uint8Array): boolean {
  for (let i = 0; i < length; i++) {
    const unit = units[i];
    if (unit >= 0x80) return false;
    bytes[i] = unit;
  }
  return true;
}

const MAX_ASCII_SCRATCH = 1 << 23;

/** encode_basestring_ascii: always a primitive string (the output is ASCII). */
export function encodeBasestringAscii(value: PyValue): string {
  const str = expectString(value);
  if (typeof str === "string") return quote(str, ASCII_SAFE, writeQuotedAscii);
  let out = '"';
  for (const c of codePointsOf(str)) {
    out += c >= 0x80 || ASCII_ESCAPES[c] !== "" ? asciiEscape(c) : String.fromCharCode(c);
  }
  return out + '"';
}

/** encode_basestring: a wide str stays wide (its astral characters and surrogates are kept). */
export function encodeBasestring(value: PyValue): PyStr {
  const str = expectString(value);
  if (typeof str === "string") return quote(str, UNICODE_SAFE, writeQuotedUnicode);
  const parts: number[] = [0x22];
  for (const c of codePointsOf(str)) {
    if (c >= 0x20 && c !== 0x22 && c !== 0x5c) parts.push(c);
    else {
      const escape = ASCII_ESCAPES[c];
      for (let i = 0; i < escape.length; i++) parts.push(escape.charCodeAt(i));
    }
  }
  parts.push(0x22);
  return strFromCodePoints(parts);
}
