/**
 * The tests of the `_sre` engine that look at the subject without moving:
 * AT (is a position a line start, a word boundary, ...), set membership (the
 * operand of IN and of the INFO charset), as in sre_lib.h's SRE(at) and
 * SRE(charset), and group references (GROUPREF and its IGNORE variants).
 *
 * A set is a sequence of items ending in FAILURE: LITERAL c, RANGE lo hi,
 * RANGE_UNI_IGNORE lo hi, CATEGORY code, CHARSET (8 words: a 256-bit map),
 * BIGCHARSET n (64 words holding 256 block numbers as bytes, then n 256-bit
 * blocks), NEGATE. The bytes of a BIGCHARSET block table are in native
 * (little-endian) order, as re/_compiler.py packs them with memoryview.cast.
 */
import { Op } from "./sre_constants.ts";
import {
  inCategory,
  isAsciiWord,
  isLocaleWord,
  isUnicodeWord,
  lowerAscii,
  lowerLocale,
  lowerUnicode,
  upperLocale,
  upperUnicode,
} from "./sre_chars.ts";
import type { SreState } from "./sre_state.ts";

const LINEFEED = 10;

function isBoundary(
  s: SreState,
  ptr: number,
  isWord: (ch: number) => boolean,
  wanted: boolean,
): boolean {
  if (s.end === 0) return false;
  const before = ptr > 0 ? isWord(s.charAt(ptr - 1)) : false;
  const after = ptr < s.end ? isWord(s.charAt(ptr)) : false;
  return (before !== after) === wanted;
}

/** Does position `ptr` satisfy the AT code? */
export function atPosition(s: SreState, ptr: number, at: number): boolean {
  switch (at) {
    case 0 /* At.BEGINNING */:
    case 2 /* At.BEGINNING_STRING */:
      return ptr === 0;
    case 1 /* At.BEGINNING_LINE */:
      return ptr === 0 || s.charAt(ptr - 1) === LINEFEED;
    case 5 /* At.END */:
      return ptr === s.end || (s.end - ptr === 1 && s.charAt(ptr) === LINEFEED);
    case 6 /* At.END_LINE */:
      return ptr === s.end || s.charAt(ptr) === LINEFEED;
    case 7 /* At.END_STRING */:
      return ptr === s.end;
    case 3 /* At.BOUNDARY */:
      return isBoundary(s, ptr, isAsciiWord, true);
    case 4 /* At.NON_BOUNDARY */:
      return isBoundary(s, ptr, isAsciiWord, false);
    case 8 /* At.LOC_BOUNDARY */:
      return isBoundary(s, ptr, isLocaleWord, true);
    case 9 /* At.LOC_NON_BOUNDARY */:
      return isBoundary(s, ptr, isLocaleWord, false);
    case 10 /* At.UNI_BOUNDARY */:
      return isBoundary(s, ptr, isUnicodeWord, true);
    case 11 /* At.UNI_NON_BOUNDARY */:
      return isBoundary(s, ptr, isUnicodeWord, false);
  }
  return false;
}

/** Is `ch` in the set starting at code[pc]? */
export function inCharset(code: Uint32Array, pc: number, ch: number): boolean {
  let ok = true;
  for (;;) {
    switch (code[pc++]) {
      case 0 /* Op.FAILURE */:
        return !ok;
      case 16 /* Op.LITERAL */:
        if (ch === code[pc]) return ok;
        pc++;
        break;
      case 8 /* Op.CATEGORY */:
        if (inCategory(code[pc], ch)) return ok;
        pc++;
        break;
      case 9 /* Op.CHARSET */:
        if (ch < 256 && (code[pc + (ch >> 5)] & (1 << (ch & 31))) !== 0) return ok;
        pc += 8;
        break;
      case 22 /* Op.RANGE */:
        if (code[pc] <= ch && ch <= code[pc + 1]) return ok;
        pc += 2;
        break;
      case 42 /* Op.RANGE_UNI_IGNORE */: {
        // ch is already lower-cased; its upper case may be in the range too.
        if (code[pc] <= ch && ch <= code[pc + 1]) return ok;
        const upper = upperUnicode(ch);
        if (code[pc] <= upper && upper <= code[pc + 1]) return ok;
        pc += 2;
        break;
      }
      case 21 /* Op.NEGATE */:
        ok = !ok;
        break;
      case 10 /* Op.BIGCHARSET */: {
        const blocks = code[pc++];
        if (ch < 0x10000) {
          const index = ch >> 8;
          const block = (code[pc + (index >> 2)] >>> ((index & 3) * 8)) & 0xff;
          const word = code[pc + 64 + ((block * 256 + (ch & 255)) >> 5)];
          if ((word & (1 << (ch & 31))) !== 0) return ok;
        }
        pc += 64 + blocks * 8;
        break;
      }
      default:
        // An invalid set (the compiler never emits one): no match, as CPython.
        return false;
    }
  }
}

/** IN_LOC_IGNORE: ch, its locale lower case or its upper case is in the set. */
export function inCharsetLocaleIgnore(code: Uint32Array, pc: number, ch: number): boolean {
  const lower = lowerLocale(ch);
  if (inCharset(code, pc, lower)) return true;
  const upper = upperLocale(ch);
  return upper !== lower && inCharset(code, pc, upper);
}

/**
 * GROUPREF and its IGNORE variants: the position after matching group
 * `groupref / 2` again at ptr, or -1.
 */
export function matchGroupRef(s: SreState, op: number, groupref: number, ptr: number): number {
  if (groupref >= s.lastmark) return -1;
  let from = s.marks[groupref];
  const to = s.marks[groupref + 1];
  if (from < 0 || to < 0 || to < from) return -1;
  const end = s.end;
  if (ptr + (to - from) > end) return -1;
  const text = s.text;
  if (op === Op.GROUPREF && text !== null) {
    // V8 slices long strings without copying and compares natively.
    return text.startsWith(text.slice(from, to), ptr) ? ptr + (to - from) : -1;
  }
  const fold = op === Op.GROUPREF
    ? null
    : op === Op.GROUPREF_IGNORE
    ? lowerAscii
    : op === Op.GROUPREF_UNI_IGNORE
    ? lowerUnicode
    : lowerLocale;
  for (; from < to; from++, ptr++) {
    const a = s.charAt(ptr);
    const b = s.charAt(from);
    if (a !== b && (fold === null || fold(a) !== fold(b))) return -1;
  }
  return ptr;
}
