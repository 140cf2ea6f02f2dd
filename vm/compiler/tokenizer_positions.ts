/**
 * Conversions between the three ways CPython counts a column: UTF-16 indexes
 * (our source string), UTF-8 bytes (token and AST columns) and code points
 * (SyntaxError offsets). Only error paths and non-ASCII lines use them.
 */

function isHighSurrogate(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff;
}

function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}

/**
 * UTF-8 length of text[from, to); a surrogate pair is one 4-byte character and
 * an escaped source byte (U+DC80..U+DCFF, see source_utf8.ts) is the one byte.
 */
export function utf8Length(text: string, from: number, to: number): number {
  let bytes = 0;
  for (let i = from; i < to; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xdc80 && unit <= 0xdcff) bytes += 1;
    else if (isHighSurrogate(unit) && i + 1 < to && isLowSurrogate(text.charCodeAt(i + 1))) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Number of code points in text[from, to). */
export function codePointCount(text: string, from: number, to: number): number {
  let count = to - from;
  for (let i = from + 1; i < to; i++) {
    if (isLowSurrogate(text.charCodeAt(i)) && isHighSurrogate(text.charCodeAt(i - 1))) count--;
  }
  return count;
}

/**
 * CPython's `_PyPegen_byte_offset_to_character_offset`: how many characters
 * the first `byteOffset` bytes of `line` decode to, a cut character counting
 * as one. Offsets past the end clamp to the length plus one (C's terminating
 * NUL byte is decoded too).
 */
export function characterOffsetOfByte(line: string, byteOffset: number): number {
  let bytes = 0;
  let characters = 0;
  for (let i = 0; i < line.length && bytes < byteOffset; i++) {
    const unit = line.charCodeAt(i);
    if (isHighSurrogate(unit) && i + 1 < line.length && isLowSurrogate(line.charCodeAt(i + 1))) {
      bytes += 4;
      i++;
    } else {
      bytes += unit < 0x80 ? 1 : unit < 0x800 ? 2 : 3;
    }
    characters++;
  }
  return bytes < byteOffset ? characters + 1 : characters;
}

/** Index of the first non-ASCII code unit at or after `from`, or text.length. */
export function nextNonAsciiIndex(text: string, from: number): number {
  const length = text.length;
  for (let i = from; i < length; i++) if (text.charCodeAt(i) >= 0x80) return i;
  return length;
}
