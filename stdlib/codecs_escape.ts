/**
 * `_codecs.escape_encode` and `escape_decode`: bytes to and from the escaped
 * form of a bytes literal (CPython's PyBytes_Repr without quotes, and
 * _PyBytes_DecodeEscape), used by pickle and the string_escape-style codecs.
 * As in CPython 3.11, the first invalid escape (an unknown `\c`, or an
 * octal escape above 0o377) gives a DeprecationWarning.
 */
import type { PyValue } from "../vm/objects/object.ts";
import { ExceptionType, pyError } from "../vm/objects/exceptions.ts";
import { warnFromNative } from "./_warnings.ts";
import { typeOf } from "../vm/objects/typeof.ts";
import { bytesType, PyBytes } from "../vm/objects/bytes.ts";
import { bufferOf } from "../vm/objects/buffer.ts";
import { newTuple, type PyTuple } from "../vm/objects/tuple.ts";
import { expectStr } from "../vm/objects/str_args.ts";
import { isStr, type PyStr, toJsString } from "../vm/objects/str_wide.ts";
import { strEncode } from "../vm/objects/str_encode.ts";

const SIMPLE_ESCAPES: Record<number, number> = {
  0x5c: 0x5c, // \\
  0x27: 0x27, // \'
  0x22: 0x22, // \"
  0x62: 0x08, // \b
  0x66: 0x0c, // \f
  0x74: 0x09, // \t
  0x6e: 0x0a, // \n
  0x72: 0x0d, // \r
  0x76: 0x0b, // \v
  0x61: 0x07, // \a
};

export function escapeEncode(data: PyValue, _errors: PyValue): PyTuple {
  if (!(data instanceof PyBytes) || !data.cls.isSubtypeOf(bytesType)) {
    throw pyError(
      "TypeError",
      `escape_encode() argument 1 must be bytes, not ${typeOf(data).tpName}`,
    );
  }
  const out: number[] = [];
  const push = (text: string) => {
    for (let i = 0; i < text.length; i++) out.push(text.charCodeAt(i));
  };
  for (const c of data.bytes) {
    if (c === 0x27 || c === 0x5c) out.push(0x5c, c);
    else if (c === 0x09) push("\\t");
    else if (c === 0x0a) push("\\n");
    else if (c === 0x0d) push("\\r");
    else if (c < 0x20 || c >= 0x7f) push("\\x" + c.toString(16).padStart(2, "0"));
    else out.push(c);
  }
  return newTuple([new PyBytes(Uint8Array.from(out)), data.bytes.length]);
}

const hexValue = (c: number) =>
  c >= 0x30 && c <= 0x39
    ? c - 0x30
    : c >= 0x61 && c <= 0x66
    ? c - 0x57
    : c >= 0x41 && c <= 0x46
    ? c - 0x37
    : -1;

export function escapeDecode(data: PyValue, errors: PyValue): PyTuple {
  let bytes: Uint8Array;
  if (isStr(data)) bytes = strEncode(data as PyStr, "utf-8", "strict").bytes;
  else {
    const buffer = bufferOf(data);
    if (buffer === undefined) {
      throw pyError(
        "TypeError",
        `escape_decode() argument 1 must be str or bytes-like object, not ${typeOf(data).tpName}`,
      );
    }
    bytes = buffer;
  }
  const handler = errors === null
    ? "strict"
    : toJsString(expectStr(errors, "escape_decode() argument 2 must be str or None, not "));
  const out: number[] = [];
  let firstInvalid = -1;
  for (let i = 0; i < bytes.length;) {
    const c = bytes[i++];
    if (c !== 0x5c) {
      out.push(c);
      continue;
    }
    if (i >= bytes.length) throw pyError("ValueError", "Trailing \\ in string");
    const e = bytes[i++];
    if (e === 0x0a) continue;
    const simple = SIMPLE_ESCAPES[e];
    if (simple !== undefined) {
      out.push(simple);
      continue;
    }
    if (e >= 0x30 && e <= 0x37) {
      let value = e - 0x30;
      for (let k = 0; k < 2 && i < bytes.length && bytes[i] >= 0x30 && bytes[i] <= 0x37; k++) {
        value = value * 8 + bytes[i++] - 0x30;
      }
      if (value > 0o377 && firstInvalid < 0) firstInvalid = i - 3;
      out.push(value & 0xff);
      continue;
    }
    if (e === 0x78) {
      const high = i < bytes.length ? hexValue(bytes[i]) : -1;
      const low = i + 1 < bytes.length ? hexValue(bytes[i + 1]) : -1;
      if (high >= 0 && low >= 0) {
        out.push(high * 16 + low);
        i += 2;
        continue;
      }
      if (handler === "strict") {
        throw pyError("ValueError", `invalid \\x escape at position ${i - 2}`);
      }
      if (handler === "replace") out.push(0x3f);
      else if (handler !== "ignore") {
        throw pyError(
          "ValueError",
          `decoding error; unknown error handling code: ${handler}`,
        );
      }
      // CPython skips the hex digits that were valid.
      if (high >= 0) i++;
      continue;
    }
    if (firstInvalid < 0) firstInvalid = i - 1;
    out.push(0x5c);
    i--;
  }
  if (firstInvalid >= 0) {
    const c = bytes[firstInvalid];
    const text = c >= 0x34 && c <= 0x37
      ? `invalid octal escape sequence '\\${
        String.fromCharCode(...bytes.subarray(firstInvalid, firstInvalid + 3))
      }'`
      : `invalid escape sequence '\\${String.fromCharCode(c)}'`;
    warnFromNative(ExceptionType.DeprecationWarning, text);
  }
  return newTuple([new PyBytes(Uint8Array.from(out)), bytes.length]);
}
