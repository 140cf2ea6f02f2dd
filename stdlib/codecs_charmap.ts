/**
 * `_codecs.charmap_decode` and `charmap_encode` (CPython's
 * PyUnicode_DecodeCharmap / PyUnicode_EncodeCharmap), behind the
 * table-driven codecs of the encodings package (cp1252, cp437, ...).
 *
 * Decoding maps each byte through a str table (U+FFFE or beyond the end =
 * undefined) or any mapping (int code point, str, or None/missing = undefined).
 * Encoding maps each code point through a mapping (what charmap_build
 * returns: a dict) to an int byte or bytes. Undefined input goes to the error
 * handler object from the registry (codecs_errors.ts), called with a
 * UnicodeDecodeError/UnicodeEncodeError as CPython does, so handlers
 * registered from Python work here too; a replacement str is itself encoded
 * through the mapping.
 */
import type { PyValue } from "../vm/objects/object.ts";
import { ExceptionType, PyBaseException, pyError } from "../vm/objects/exceptions.ts";
import { typeOf } from "../vm/objects/typeof.ts";
import { PyBytes } from "../vm/objects/bytes.ts";
import { bufferOf } from "../vm/objects/buffer.ts";
import { newTuple, PyTuple } from "../vm/objects/tuple.ts";
import { expectStr } from "../vm/objects/str_args.ts";
import {
  codePointsOf,
  isStr,
  type PyStr,
  strFromCodePoints,
  toJsString,
} from "../vm/objects/str_wide.ts";
import { callDecodeErrorHandler, callErrorHandler } from "../vm/objects/codec_registry.ts";
import { getSubscript } from "../vm/runtime/subscript.ts";
import { standardHandlerName } from "./codecs_errors.ts";
import { strEncode } from "../vm/objects/str_encode.ts";
import { decodeBytes } from "../vm/objects/str_decode.ts";

const UNDEFINED = "character maps to <undefined>";

function isLookupError(error: unknown): boolean {
  return error instanceof PyBaseException && error.cls.isSubtypeOf(ExceptionType.LookupError);
}

const handlerName = (errors: PyValue) =>
  errors === null
    ? "strict"
    : toJsString(expectStr(errors, "lookup_error() argument must be str, not "));

/** Call the error handler: [replacement, resume position]. */
export function callHandler(
  errors: PyValue,
  exc: PyBaseException,
  length: number,
  encoding: boolean,
) {
  return callErrorHandler(handlerName(errors), exc, length, encoding);
}

/** A decoder's handler call: [replacement, resume position, the bytes to go on in]. */
export function callDecodeHandler(errors: PyValue, exc: PyBaseException) {
  return callDecodeErrorHandler(handlerName(errors), exc);
}

/** The code points byte `byte` decodes to, or null when undefined. */
function decodeByte(mapping: PyValue, table: Uint32Array | null, byte: number): number[] | null {
  if (table !== null) {
    return byte < table.length && table[byte] !== 0xfffe ? [table[byte]] : null;
  }
  let value: PyValue;
  try {
    value = getSubscript(mapping, byte);
  } catch (error) {
    if (isLookupError(error)) return null;
    throw error;
  }
  if (value === null) return null;
  if (typeof value === "number") {
    if (value < 0 || value > 0x10ffff) {
      throw pyError("TypeError", "character mapping must be in range(0x110000)");
    }
    return value === 0xfffe ? null : [value];
  }
  if (isStr(value)) {
    const points = Array.from(codePointsOf(value as PyStr));
    return points.length === 1 && points[0] === 0xfffe ? null : points;
  }
  throw pyError("TypeError", "character mapping must return integer, None or str");
}

export function charmapDecode(data: PyValue, errors: PyValue, mapping: PyValue): PyTuple {
  const bytes = bufferOf(data);
  if (bytes === undefined) {
    throw pyError("TypeError", `a bytes-like object is required, not '${typeOf(data).tpName}'`);
  }
  let input = new PyBytes(bytes.slice());
  if (mapping === null) {
    return newTuple([decodeBytes(input, "latin-1", standardHandlerName(errors)), bytes.length]);
  }
  const table = isStr(mapping) ? Uint32Array.from(codePointsOf(mapping as PyStr)) : null;
  const out: number[] = [];
  for (let i = 0; i < input.bytes.length;) {
    const decoded = decodeByte(mapping, table, input.bytes[i]);
    if (decoded !== null) {
      out.push(...decoded);
      i++;
      continue;
    }
    const exc = pyError("UnicodeDecodeError", "charmap", input, i, i + 1, UNDEFINED);
    const [replacement, next, object] = callDecodeHandler(errors, exc);
    out.push(...codePointsOf(replacement));
    [i, input] = [next, object];
  }
  return newTuple([strFromCodePoints(out), bytes.length]);
}

/** The bytes code point `c` encodes to, or null when undefined. */
function encodeCodePoint(mapping: PyValue, c: number): ArrayLike<number> | null {
  let value: PyValue;
  try {
    value = getSubscript(mapping, c);
  } catch (error) {
    if (isLookupError(error)) return null;
    throw error;
  }
  if (value === null) return null;
  if (typeof value === "number") {
    if (value < 0 || value > 255) {
      throw pyError("TypeError", "character mapping must be in range(256)");
    }
    return [value];
  }
  if (value instanceof PyBytes) return value.bytes;
  throw pyError(
    "TypeError",
    "character mapping must return integer, bytes or None, not " + typeOf(value).tpName,
  );
}

export function charmapEncode(text: PyValue, errors: PyValue, mapping: PyValue): PyTuple {
  const str = expectStr(text, "charmap_encode() argument 1 must be str, not ");
  const points = codePointsOf(str);
  if (mapping === null) {
    return newTuple([strEncode(str, "latin-1", standardHandlerName(errors)), points.length]);
  }
  const out: number[] = [];
  for (let i = 0; i < points.length;) {
    const encoded = encodeCodePoint(mapping, points[i]);
    if (encoded !== null) {
      for (let k = 0; k < encoded.length; k++) out.push(encoded[k]);
      i++;
      continue;
    }
    let end = i + 1;
    while (end < points.length && encodeCodePoint(mapping, points[end]) === null) end++;
    const exc = pyError("UnicodeEncodeError", "charmap", str, i, end, UNDEFINED);
    const [replacement, next] = callHandler(errors, exc, points.length, true);
    if (replacement instanceof PyBytes) out.push(...replacement.bytes);
    else {
      for (const c of codePointsOf(replacement as PyStr)) {
        const bytes = encodeCodePoint(mapping, c);
        if (bytes === null) throw pyError("UnicodeEncodeError", "charmap", str, i, end, UNDEFINED);
        for (let k = 0; k < bytes.length; k++) out.push(bytes[k]);
      }
    }
    i = next;
  }
  return newTuple([new PyBytes(Uint8Array.from(out)), points.length]);
}
