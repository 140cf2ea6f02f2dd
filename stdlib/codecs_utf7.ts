/**
 * The utf-7 codec of `_codecs` (RFC 2152, with CPython's choices):
 * utf_7_encode and utf_7_decode, which encodings/utf_7.py wraps for
 * str.encode, bytes.decode and the incremental and stream codecs.
 *
 * Encoding writes the characters of DIRECT_ASCII as themselves (CPython
 * encodes RFC 2152's "optional direct" set O and whitespace directly too),
 * '+' as "+-", and runs of every other character as UTF-16 code units in
 * modified base64 after a '+'. The run ends with '-' only when the next
 * character would otherwise be read as base64 (or is '-' itself), or at the
 * end of the text. Encoding never fails: lone surrogates are UTF-16 units
 * like any other, so the error handler is never called.
 *
 * Decoding is a state machine over the bytes: outside a shift sequence any
 * ASCII byte but '+' is itself; inside one, base64 characters accumulate bits
 * and each 16 of them make a UTF-16 unit (a high surrogate waits for its low
 * one). Leaving a sequence checks the leftover bits: six or more is "partial
 * character", fewer but not zero is "non-zero padding bits". Errors inside a
 * sequence report the range from its '+'. A decoder that is not final stops
 * before an unfinished shift sequence, dropping what it decoded of it, and
 * reports the '+' as the end of what it consumed, so the incremental decoder
 * decodes the whole sequence again once more bytes arrive.
 */
import type { PyValue } from "../vm/objects/object.ts";
import { pyError } from "../vm/objects/exceptions.ts";
import { typeOf } from "../vm/objects/typeof.ts";
import { PyBytes } from "../vm/objects/bytes.ts";
import { newTuple, type PyTuple } from "../vm/objects/tuple.ts";
import { codePointsOf, isStr, type PyStr, strFromCodePoints } from "../vm/objects/str_wide.ts";
import { callDecodeHandler } from "./codecs_charmap.ts";

const BASE64_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/** The ASCII characters CPython's encoder writes as themselves (besides '+', written "+-"). */
const DIRECT_ASCII = "\t\n\r !\"#$%&'()*,-./0123456789:;<=>?@" +
  "ABCDEFGHIJKLMNOPQRSTUVWXYZ[]^_`abcdefghijklmnopqrstuvwxyz{|}";

const PLUS = 0x2b;
const MINUS = 0x2d;

/** base64 value of each byte, -1 for bytes outside the alphabet. */
const BASE64_VALUE = new Int8Array(256).fill(-1);
for (let i = 0; i < BASE64_ALPHABET.length; i++) BASE64_VALUE[BASE64_ALPHABET.charCodeAt(i)] = i;

const ENCODES_DIRECTLY = new Uint8Array(128);
for (let i = 0; i < DIRECT_ASCII.length; i++) ENCODES_DIRECTLY[DIRECT_ASCII.charCodeAt(i)] = 1;

const isBase64 = (c: number) => c < 256 && BASE64_VALUE[c] >= 0;
const encodesDirectly = (c: number) => c < 128 && ENCODES_DIRECTLY[c] === 1;
/** The decoder is lenient: every ASCII byte but '+' stands for itself. */
const decodesDirectly = (c: number) => c < 128 && c !== PLUS;

/** The `errors` argument of both functions: str or None, as CPython's argument clinic checks. */
function checkErrors(errors: PyValue, functionName: string): void {
  if (errors !== null && !isStr(errors)) {
    throw pyError(
      "TypeError",
      `${functionName}() argument 2 must be str or None, not ${typeOf(errors).tpName}`,
    );
  }
}

export function utf7Encode(text: PyStr, errors: PyValue): PyTuple {
  checkErrors(errors, "utf_7_encode");
  const points = codePointsOf(text);
  const out: number[] = [];
  let inShift = false;
  // Bits not yet written, the newest in the low end; `bits` of them (at most 20).
  let buffer = 0;
  let bits = 0;
  const pushUnit = (unit: number) => {
    buffer = (buffer << 16) | unit;
    bits += 16;
    while (bits >= 6) {
      bits -= 6;
      out.push(BASE64_ALPHABET.charCodeAt((buffer >>> bits) & 0x3f));
    }
    buffer &= (1 << bits) - 1;
  };
  for (const c of points) {
    if (encodesDirectly(c)) {
      if (inShift) {
        if (bits > 0) out.push(BASE64_ALPHABET.charCodeAt((buffer << (6 - bits)) & 0x3f));
        buffer = 0;
        bits = 0;
        inShift = false;
        // Any other character ends the sequence by itself.
        if (isBase64(c) || c === MINUS) out.push(MINUS);
      }
      out.push(c);
    } else if (c === PLUS && !inShift) {
      out.push(PLUS, MINUS);
    } else {
      if (!inShift) {
        out.push(PLUS);
        inShift = true;
      }
      if (c >= 0x10000) {
        pushUnit(0xd800 + ((c - 0x10000) >> 10));
        pushUnit(0xdc00 + ((c - 0x10000) & 0x3ff));
      } else {
        pushUnit(c);
      }
    }
  }
  if (bits > 0) out.push(BASE64_ALPHABET.charCodeAt((buffer << (6 - bits)) & 0x3f));
  if (inShift) out.push(MINUS);
  return newTuple([new PyBytes(Uint8Array.from(out)), points.length]);
}

export function utf7Decode(input: PyBytes, errors: PyValue, final: boolean): PyTuple {
  checkErrors(errors, "utf_7_decode");
  let bytes = input.bytes;
  let end = bytes.length;
  const out: number[] = [];
  let inShift = false;
  let buffer = 0;
  let bits = 0;
  let surrogate = 0;
  // Where the current shift sequence starts, in the input (its '+') and in `out`.
  let shiftStart = 0;
  let shiftOutStart = 0;
  let s = 0;
  const fail = (start: number, stop: number, reason: string) => {
    const exc = pyError("UnicodeDecodeError", "utf7", input, start, stop, reason);
    const [replacement, next, object] = callDecodeHandler(errors, exc);
    for (const c of codePointsOf(replacement)) out.push(c);
    [s, input, bytes, end] = [next, object, object.bytes, object.bytes.length];
  };
  for (;;) {
    while (s < end) {
      const c = bytes[s];
      if (inShift) {
        if (isBase64(c)) {
          buffer = (buffer << 6) | BASE64_VALUE[c];
          bits += 6;
          s++;
          if (bits < 16) continue;
          bits -= 16;
          const unit = (buffer >>> bits) & 0xffff;
          buffer &= (1 << bits) - 1;
          if (surrogate !== 0) {
            if (unit >= 0xdc00 && unit <= 0xdfff) {
              out.push(0x10000 + ((surrogate - 0xd800) << 10) + (unit - 0xdc00));
              surrogate = 0;
              continue;
            }
            out.push(surrogate);
            surrogate = 0;
          }
          if (unit >= 0xd800 && unit <= 0xdbff) surrogate = unit;
          else out.push(unit);
          continue;
        }
        // Leaving the sequence: what is left of the last unit must be zero padding.
        inShift = false;
        if (bits >= 6) {
          s++;
          fail(shiftStart, s, "partial character in shift sequence");
          continue;
        }
        if (bits > 0 && buffer !== 0) {
          s++;
          fail(shiftStart, s, "non-zero padding bits in shift sequence");
          continue;
        }
        // A pending high surrogate is kept only before a character that decodes as itself.
        if (surrogate !== 0 && decodesDirectly(c)) out.push(surrogate);
        surrogate = 0;
        if (c === MINUS) s++;
      } else if (c === PLUS) {
        shiftStart = s;
        s++;
        if (s < end && bytes[s] === MINUS) {
          s++;
          out.push(PLUS);
        } else if (s < end && !isBase64(bytes[s])) {
          s++;
          fail(shiftStart, s, "ill-formed sequence");
        } else {
          inShift = true;
          surrogate = 0;
          shiftOutStart = out.length;
          buffer = 0;
          bits = 0;
        }
      } else if (decodesDirectly(c)) {
        s++;
        out.push(c);
      } else {
        s++;
        fail(s - 1, s, "unexpected special character");
      }
    }
    if (!inShift || !final) break;
    // The input ends inside a sequence: an error if it leaves anything unfinished.
    inShift = false;
    if (surrogate === 0 && bits < 6 && (bits === 0 || buffer === 0)) break;
    fail(shiftStart, end, "unterminated shift sequence");
    if (s >= end) break;
  }
  let consumed = s;
  if (inShift) {
    consumed = shiftStart;
    out.length = shiftOutStart;
  }
  return newTuple([strFromCodePoints(out), consumed]);
}
