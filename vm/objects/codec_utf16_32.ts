/**
 * UTF-16 and UTF-32 decoding, one character at a time, with the errors
 * CPython's _PyUnicode_DecodeUTF16Stateful / _PyUnicode_DecodeUTF32Stateful
 * report (their ranges are visible through UnicodeDecodeError.start/end and
 * the error handlers):
 *   UTF-16: one byte left: "truncated data" (to the end); a high surrogate
 *   with no unit after it: "unexpected end of data" (to the end); a high
 *   surrogate not followed by a low one: "illegal UTF-16 surrogate" (its two
 *   bytes); a lone low surrogate: "illegal encoding" (two bytes).
 *   UTF-32: fewer than four bytes left: "truncated data"; a surrogate or a
 *   value beyond U+10FFFF: four bytes.
 * "utf-16"/"utf-32" read a byte order mark at the start (and drop it),
 * otherwise little-endian; errors then name the byte order found
 * ("utf-16-le"). Encoding is str_encode.ts.
 */
import type { Codec } from "./str_encode.ts";

export interface DecodeError {
  start: number;
  end: number;
  reason: string;
}

/** Decode one character at `at`: [code point, byte length], or the error found there. */
export type DecodeStep = (bytes: Uint8Array, at: number) => [number, number] | DecodeError;

function unitAt(bytes: Uint8Array, at: number, size: number, little: boolean): number {
  let unit = 0;
  for (let k = 0; k < size; k++) {
    unit = unit * 256 + bytes[at + (little ? size - 1 - k : k)];
  }
  return unit;
}

function utf16Step(little: boolean): DecodeStep {
  return (bytes, at) => {
    const end = bytes.length;
    if (at + 2 > end) return { start: at, end, reason: "truncated data" };
    const unit = unitAt(bytes, at, 2, little);
    if (unit < 0xd800 || unit > 0xdfff) return [unit, 2];
    if (unit >= 0xdc00) return { start: at, end: at + 2, reason: "illegal encoding" };
    if (at + 4 > end) return { start: at, end, reason: "unexpected end of data" };
    const low = unitAt(bytes, at + 2, 2, little);
    if (low < 0xdc00 || low > 0xdfff) {
      return { start: at, end: at + 2, reason: "illegal UTF-16 surrogate" };
    }
    return [0x10000 + ((unit - 0xd800) << 10) + (low - 0xdc00), 4];
  };
}

function utf32Step(little: boolean): DecodeStep {
  return (bytes, at) => {
    if (at + 4 > bytes.length) return { start: at, end: bytes.length, reason: "truncated data" };
    const unit = unitAt(bytes, at, 4, little);
    if (unit >= 0xd800 && unit <= 0xdfff) {
      return {
        start: at,
        end: at + 4,
        reason: "code point in surrogate code point range(0xd800, 0xe000)",
      };
    }
    if (unit > 0x10ffff) {
      return { start: at, end: at + 4, reason: "code point not in range(0x110000)" };
    }
    return [unit, 4];
  };
}

export interface WideDecoder {
  /** The first byte after a byte order mark the codec reads and drops. */
  start: number;
  /** The name in error messages: the byte order is always spelled out. */
  name: string;
  step: DecodeStep;
}

/** The decoder of a utf-16 or utf-32 codec for `bytes` (whose BOM may choose the byte order). */
export function wideDecoder(codec: Codec, bytes: Uint8Array): WideDecoder {
  const size = codec.kind === "utf-16" ? 2 : 4;
  let little = codec.order !== "big";
  let start = 0;
  if (codec.order === "bom" && bytes.length >= size) {
    const mark = unitAt(bytes, 0, size, true);
    if (mark === 0xfeff) start = size;
    else if (mark === (size === 2 ? 0xfffe : 0xfffe0000)) {
      little = false;
      start = size;
    }
  }
  return {
    start,
    name: `${codec.kind}-${little ? "le" : "be"}`,
    step: size === 2 ? utf16Step(little) : utf32Step(little),
  };
}

/** The surrogate encoded at `at` in the byte order `name` spells (surrogatepass), or -1. */
export function encodedWideSurrogateAt(name: string, bytes: Uint8Array, at: number): number {
  const size = name.startsWith("utf-16") ? 2 : 4;
  if (at + size > bytes.length) return -1;
  const unit = unitAt(bytes, at, size, name.endsWith("-le"));
  return unit >= 0xd800 && unit <= 0xdfff ? unit : -1;
}
