/**
 * Unicode character classes the tokenizer needs, as CPython 3.11 sees them.
 *
 * Python 3.11 ships Unicode 14.0.0, while V8's `\p{XID_Start}` follows a newer
 * Unicode version, so the regexp classes would accept identifiers CPython
 * rejects. The ranges are therefore generated from CPython itself (see
 * tests/tokenizer/gen_unicode_tables.py) and looked up by binary search. ASCII
 * never reaches these functions: the tokenizer classifies it with its own table.
 */
import {
  PRINTABLE_RANGES,
  XID_CONTINUE_RANGES,
  XID_START_RANGES,
} from "./tokenizer_unicode_data.ts";

/** Decode the generator's base-36 "start, length, gap, length, ..." form into [start, end] pairs. */
function decodeRanges(encoded: string): Int32Array {
  const numbers = encoded.split(",").map((digits) => parseInt(digits, 36));
  const bounds = new Int32Array(numbers.length);
  let cursor = 0;
  for (let i = 0; i < numbers.length; i += 2) {
    const start = i === 0 ? numbers[0] : cursor + numbers[i];
    bounds[i] = start;
    bounds[i + 1] = start + numbers[i + 1];
    cursor = bounds[i + 1];
  }
  return bounds;
}

// Decoded on first use, not while Taipan loads: most runs tokenize no non-ASCII text.
let xidStart: Int32Array | null = null;
let xidContinue: Int32Array | null = null;
let printable: Int32Array | null = null;

function inRanges(bounds: Int32Array, codePoint: number): boolean {
  let low = 0;
  let high = (bounds.length >> 1) - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (codePoint < bounds[2 * middle]) high = middle - 1;
    else if (codePoint > bounds[2 * middle + 1]) low = middle + 1;
    else return true;
  }
  return false;
}

/** May a non-ASCII code point start an identifier (XID_Start, Unicode 14)? */
export function isNonAsciiXidStart(codePoint: number): boolean {
  return inRanges(xidStart ??= decodeRanges(XID_START_RANGES), codePoint);
}

/** May a non-ASCII code point continue an identifier (XID_Continue, Unicode 14)? */
export function isNonAsciiXidContinue(codePoint: number): boolean {
  return inRanges(xidContinue ??= decodeRanges(XID_CONTINUE_RANGES), codePoint);
}

/** CPython's `Py_UNICODE_ISPRINTABLE` for any code point. */
export function isPrintable(codePoint: number): boolean {
  if (codePoint < 0x80) return codePoint >= 0x20 && codePoint < 0x7f;
  return inRanges(printable ??= decodeRanges(PRINTABLE_RANGES), codePoint);
}
