/**
 * The opcodes that match exactly one character (LITERAL, NOT_LITERAL, ANY,
 * ANY_ALL, CATEGORY, IN and their IGNORE variants), and SRE(count): how many
 * times such an item matches in a row, the first step of every
 * single-character repeat (REPEAT_ONE and friends). The matcher's dispatch
 * inlines the hottest of these opcodes and sends the rest here.
 */
import { Op, SRE_MAXREPEAT } from "./sre_constants.ts";
import { charLocaleIgnore, inCategory, lowerAscii, lowerUnicode } from "./sre_chars.ts";
import { inCharset, inCharsetLocaleIgnore } from "./sre_ops.ts";
import type { SreState } from "./sre_state.ts";

const LINEFEED = 10;

/** Does the one-character opcode at code[pc] accept `ch`? (false for any other opcode) */
export function matchesChar(code: Uint32Array, pc: number, ch: number): boolean {
  switch (code[pc]) {
    case 16 /* Op.LITERAL */:
      return ch === code[pc + 1];
    case 20 /* Op.NOT_LITERAL */:
      return ch !== code[pc + 1];
    case 2 /* Op.ANY */:
      return ch !== LINEFEED;
    case 3 /* Op.ANY_ALL */:
      return true;
    case 8 /* Op.CATEGORY */:
      return inCategory(code[pc + 1], ch);
    case 13 /* Op.IN */:
      return inCharset(code, pc + 2, ch);
    case 32 /* Op.LITERAL_IGNORE */:
      return lowerAscii(ch) === code[pc + 1];
    case 40 /* Op.LITERAL_UNI_IGNORE */:
      return lowerUnicode(ch) === code[pc + 1];
    case 36 /* Op.LITERAL_LOC_IGNORE */:
      return charLocaleIgnore(code[pc + 1], ch);
    case 33 /* Op.NOT_LITERAL_IGNORE */:
      return lowerAscii(ch) !== code[pc + 1];
    case 41 /* Op.NOT_LITERAL_UNI_IGNORE */:
      return lowerUnicode(ch) !== code[pc + 1];
    case 37 /* Op.NOT_LITERAL_LOC_IGNORE */:
      return !charLocaleIgnore(code[pc + 1], ch);
    case 31 /* Op.IN_IGNORE */:
      return inCharset(code, pc + 2, lowerAscii(ch));
    case 39 /* Op.IN_UNI_IGNORE */:
      return inCharset(code, pc + 2, lowerUnicode(ch));
    case 35 /* Op.IN_LOC_IGNORE */:
      return inCharsetLocaleIgnore(code, pc + 2, ch);
  }
  return false;
}

/** Per opcode: 1 for IN and its IGNORE variants, whose operand is <skip> set. */
export const SET_OPS = new Uint8Array(64);
for (const op of [Op.IN, Op.IN_IGNORE, Op.IN_UNI_IGNORE, Op.IN_LOC_IGNORE]) SET_OPS[op] = 1;

/** Code words taken by the one-character opcode at code[pc]: the position of the next is pc + this. */
export function charOpWidth(code: Uint32Array, pc: number): number {
  const op = code[pc];
  if (op === Op.ANY || op === Op.ANY_ALL) return 1;
  return SET_OPS[op] === 1 ? 1 + code[pc + 1] : 2;
}

/** Per opcode: 1 when `matchesChar` knows it. */
const CHAR_OPS = new Uint8Array(64);
for (
  const op of [
    Op.LITERAL,
    Op.NOT_LITERAL,
    Op.ANY,
    Op.ANY_ALL,
    Op.CATEGORY,
    Op.IN,
    Op.LITERAL_IGNORE,
    Op.LITERAL_UNI_IGNORE,
    Op.LITERAL_LOC_IGNORE,
    Op.NOT_LITERAL_IGNORE,
    Op.NOT_LITERAL_UNI_IGNORE,
    Op.NOT_LITERAL_LOC_IGNORE,
    Op.IN_IGNORE,
    Op.IN_UNI_IGNORE,
    Op.IN_LOC_IGNORE,
  ]
) CHAR_OPS[op] = 1;

export function isCharOp(op: number): boolean {
  return op < 64 && CHAR_OPS[op] === 1;
}

/** Does the one-character opcode at `pc` accept the character at `ptr`? */
export function acceptsAt(s: SreState, pc: number, ptr: number): boolean {
  if (ptr >= s.end) return false;
  const ch = s.charAt(ptr);
  return ch < 256 ? s.plan.table(pc)[ch] !== 0 : matchesChar(s.code, pc, ch);
}

/**
 * SRE(count): how many times (up to maxcount) the item at code[pc] matches
 * from state.ptr. A one-character item is tested here; any other item (only
 * hand-written code has them) runs as a sub-match per character through
 * `subMatch`, as in CPython.
 */
export function countRepeats(
  s: SreState,
  pc: number,
  maxcount: number,
  subMatch: (s: SreState, pc: number) => boolean,
): number {
  const code = s.code;
  const start = s.ptr;
  let ptr = start;
  let end = s.end;
  if (maxcount < end - ptr && maxcount !== SRE_MAXREPEAT) end = ptr + maxcount;
  const text = s.text;
  const data = s.data;
  const op = code[pc];
  // The common items scan the subject directly.
  if (op === Op.ANY_ALL) return end - start;
  if (op === Op.LITERAL || op === Op.NOT_LITERAL || op === Op.ANY) {
    const chr = op === Op.ANY ? LINEFEED : code[pc + 1];
    const equal = op === Op.LITERAL;
    if (text !== null && !equal && end === text.length) {
      // Up to the next occurrence: V8's indexOf beats a charCodeAt loop
      // (only when the count may run to the end: indexOf cannot stop early).
      // A narrow str holds no surrogate nor astral character (sre_state.ts).
      const at = chr > 0xffff ? -1 : text.indexOf(String.fromCharCode(chr), ptr);
      return (at < 0 ? end : at) - start;
    }
    if (text !== null) {
      while (ptr < end && (text.charCodeAt(ptr) === chr) === equal) ptr++;
    } else {
      while (ptr < end && (data![ptr] === chr) === equal) ptr++;
    }
    return ptr - start;
  }
  if (isCharOp(op)) {
    // Through the op table below 256 (sre_plan.ts).
    const table = s.plan.table(pc);
    if (text !== null) {
      for (; ptr < end; ptr++) {
        const ch = text.charCodeAt(ptr);
        if (ch < 256 ? table[ch] === 0 : !matchesChar(code, pc, ch)) break;
      }
    } else {
      for (; ptr < end; ptr++) {
        const ch = data![ptr];
        if (ch < 256 ? table[ch] === 0 : !matchesChar(code, pc, ch)) break;
      }
    }
    return ptr - start;
  }
  while (s.ptr < end) {
    const before = s.ptr;
    // Each success moves state.ptr on; an empty one would never end.
    if (!subMatch(s, pc) || s.ptr === before) break;
  }
  return s.ptr - start;
}
