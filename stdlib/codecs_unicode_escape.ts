/**
 * The unicode_escape and raw_unicode_escape codecs of `_codecs`
 * (CPython's _PyUnicode_DecodeUnicodeEscapeInternal and friends), and
 * readbuffer_encode.
 *
 * unicode_escape reads bytes as latin-1 with Python's str-literal escapes;
 * raw_unicode_escape only decodes `\uXXXX`/`\UXXXXXXXX`. A decoder that is not
 * final stops before an unfinished escape at the end and reports how much it
 * consumed. Malformed escapes go to the error handler object (so handlers
 * registered from Python work), as UnicodeDecodeError(codec, data, start,
 * end, reason). `\N{name}` needs the Unicode character name table, which
 * Taipan does not have yet: it raises NotImplementedError.
 */
import type { PyValue } from "../vm/objects/object.ts";
import { ExceptionType, pyError } from "../vm/objects/exceptions.ts";
import { typeOf } from "../vm/objects/typeof.ts";
import { PyBytes } from "../vm/objects/bytes.ts";
import { bufferOf } from "../vm/objects/buffer.ts";
import { newTuple, type PyTuple } from "../vm/objects/tuple.ts";
import { expectStr } from "../vm/objects/str_args.ts";
import { codePointsOf, isStr, type PyStr, strFromCodePoints } from "../vm/objects/str_wide.ts";
import { strEncode } from "../vm/objects/str_encode.ts";
import { isTrue } from "../vm/runtime/operators.ts";
import { callDecodeHandler } from "./codecs_charmap.ts";
import { warnFromNative } from "./_warnings.ts";
import { lookupCharacterName } from "../vm/unicode/names.ts";

/** Py_buffer(accept={str, buffer}): bytes-like data, or a str as UTF-8. */
export function strOrBuffer(data: PyValue, functionName: string): Uint8Array {
  if (isStr(data)) return strEncode(data as PyStr, "utf-8", "strict").bytes;
  const bytes = bufferOf(data);
  if (bytes === undefined) {
    throw pyError(
      "TypeError",
      `${functionName}() argument 1 must be str or bytes-like object, not ${typeOf(data).tpName}`,
    );
  }
  return bytes;
}

const SIMPLE: Record<number, number> = {
  0x5c: 0x5c,
  0x27: 0x27,
  0x22: 0x22,
  0x62: 0x08,
  0x66: 0x0c,
  0x74: 0x09,
  0x6e: 0x0a,
  0x72: 0x0d,
  0x76: 0x0b,
  0x61: 0x07,
};

const hexDigit = (c: number) =>
  c >= 0x30 && c <= 0x39
    ? c - 0x30
    : c >= 0x61 && c <= 0x66
    ? c - 0x57
    : c >= 0x41 && c <= 0x46
    ? c - 0x37
    : -1;

const HEX_ESCAPES: Record<number, [number, string]> = {
  0x78: [2, "truncated \\xXX escape"],
  0x75: [4, "truncated \\uXXXX escape"],
  0x55: [8, "truncated \\UXXXXXXXX escape"],
};

function decodeEscapes(
  data: PyValue,
  errors: PyValue,
  final: PyValue,
  raw: boolean,
): PyTuple {
  const functionName = raw ? "raw_unicode_escape_decode" : "unicode_escape_decode";
  const codec = raw ? "rawunicodeescape" : "unicodeescape";
  let bytes = strOrBuffer(data, functionName);
  const isFinal = isTrue(final);
  const out: number[] = [];
  let input: PyBytes | null = null;
  let firstInvalid = -1;
  let consumed = bytes.length;
  let s = 0;
  while (s < bytes.length) {
    const c = bytes[s++];
    if (c !== 0x5c) {
      out.push(c);
      continue;
    }
    const start = s - 1;
    let message: string;
    let incomplete = false;
    if (s >= bytes.length) {
      if (raw && isFinal) {
        out.push(0x5c);
        continue;
      }
      message = "\\ at end of string";
      incomplete = true;
    } else {
      const e = bytes[s++];
      const hex = e === 0x75 || e === 0x55 || (!raw && e === 0x78) ? HEX_ESCAPES[e] : undefined;
      if (hex !== undefined) {
        let [count] = hex;
        message = hex[1];
        let ch = 0;
        let bad = false;
        for (; count > 0; s++, count--) {
          if (s >= bytes.length) {
            incomplete = true;
            break;
          }
          const digit = hexDigit(bytes[s]);
          if (digit < 0) {
            bad = true;
            break;
          }
          ch = ch * 16 + digit;
        }
        if (!incomplete && !bad) {
          if (ch <= 0x10ffff) {
            out.push(ch);
            continue;
          }
          message = raw ? "\\Uxxxxxxxx out of range" : "illegal Unicode character";
        }
      } else if (raw) {
        out.push(0x5c, e);
        continue;
      } else if (e === 0x0a) continue;
      else if (SIMPLE[e] !== undefined) {
        out.push(SIMPLE[e]);
        continue;
      } else if (e >= 0x30 && e <= 0x37) {
        let ch = e - 0x30;
        for (let k = 0; k < 2 && s < bytes.length && bytes[s] >= 0x30 && bytes[s] <= 0x37; k++) {
          ch = ch * 8 + bytes[s++] - 0x30;
        }
        if (ch > 0o377 && firstInvalid < 0) firstInvalid = s - 3;
        out.push(ch);
        continue;
      } else if (e === 0x4e) {
        // \N{name}: a name (aliases too) looked up in the Unicode database.
        message = "malformed \\N character escape";
        if (s >= bytes.length) incomplete = true;
        else if (bytes[s] === 0x7b) {
          const nameStart = ++s;
          while (s < bytes.length && bytes[s] !== 0x7d) s++;
          if (s >= bytes.length) incomplete = true;
          else if (s > nameStart) {
            const name = String.fromCharCode(...bytes.subarray(nameStart, s++));
            const ch = /[^ -~]/.test(name) ? undefined : lookupCharacterName(name);
            if (ch !== undefined) {
              out.push(ch);
              continue;
            }
            message = "unknown Unicode character name";
          }
        }
      } else {
        if (firstInvalid < 0) firstInvalid = s - 1;
        out.push(0x5c, e);
        continue;
      }
    }
    if (incomplete && !isFinal) {
      consumed = start;
      break;
    }
    input ??= new PyBytes(bytes.slice());
    const exc = pyError("UnicodeDecodeError", codec, input, start, s, message);
    const [replacement, next, object] = callDecodeHandler(errors, exc);
    out.push(...codePointsOf(replacement));
    [s, input, bytes] = [next, object, object.bytes];
  }
  if (firstInvalid >= 0) {
    const c = bytes[firstInvalid];
    warnFromNative(
      ExceptionType.DeprecationWarning,
      c >= 0x34 && c <= 0x37
        ? `invalid octal escape sequence '\\${
          String.fromCharCode(...bytes.subarray(firstInvalid, firstInvalid + 3))
        }'`
        : `invalid escape sequence '\\${String.fromCharCode(c)}'`,
    );
  }
  return newTuple([strFromCodePoints(out), consumed]);
}

function pushText(out: number[], text: string): void {
  for (let i = 0; i < text.length; i++) out.push(text.charCodeAt(i));
}

function hexEscape(out: number[], prefix: string, value: number, width: number): void {
  pushText(out, prefix + value.toString(16).padStart(width, "0"));
}

function encodeEscapes(text: PyValue, raw: boolean): PyTuple {
  const name = raw ? "raw_unicode_escape_encode" : "unicode_escape_encode";
  const points = codePointsOf(expectStr(text, `${name}() argument 1 must be str, not `));
  const out: number[] = [];
  for (const c of points) {
    if (c >= 0x10000) hexEscape(out, "\\U", c, 8);
    else if (c >= 0x100) hexEscape(out, "\\u", c, 4);
    else if (raw) out.push(c);
    else if (c === 0x5c) out.push(0x5c, 0x5c);
    else if (c === 0x09) pushText(out, "\\t");
    else if (c === 0x0a) pushText(out, "\\n");
    else if (c === 0x0d) pushText(out, "\\r");
    else if (c < 0x20 || c >= 0x7f) hexEscape(out, "\\x", c, 2);
    else out.push(c);
  }
  return newTuple([new PyBytes(Uint8Array.from(out)), points.length]);
}

export const unicodeEscapeDecode = (data: PyValue, errors: PyValue, final: PyValue) =>
  decodeEscapes(data, errors, final, false);
export const rawUnicodeEscapeDecode = (data: PyValue, errors: PyValue, final: PyValue) =>
  decodeEscapes(data, errors, final, true);
export const unicodeEscapeEncode = (text: PyValue, _errors: PyValue) => encodeEscapes(text, false);
export const rawUnicodeEscapeEncode = (text: PyValue, _errors: PyValue) =>
  encodeEscapes(text, true);

export function readbufferEncode(data: PyValue, _errors: PyValue): PyTuple {
  const bytes = strOrBuffer(data, "readbuffer_encode");
  return newTuple([new PyBytes(bytes.slice()), bytes.length]);
}
