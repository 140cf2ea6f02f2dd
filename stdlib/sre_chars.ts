/**
 * Character predicates and case mappings of the `_sre` engine, as CPython's
 * Modules/_sre/sre.c defines them:
 *
 *   ascii    \d \s \w and IGNORECASE on ASCII only (bytes patterns, re.ASCII);
 *   locale   C's isalnum/tolower/toupper; Python starts in a C or UTF-8
 *            LC_CTYPE, where bytes 128..255 are neither letters nor cased,
 *            so these agree with the ASCII ones (no `locale.setlocale` here);
 *   unicode  Py_UNICODE_ISDECIMAL/ISSPACE/ISLINEBREAK/ISALNUM and
 *            Py_UNICODE_TOLOWER/TOUPPER, which give the first code point of
 *            the full case mapping ('ß' upper is 'S', 'İ' lower is 'i').
 *
 * Unicode answers are memoised per BMP code point (one byte of flags, one
 * int per mapping), because IGNORECASE and \w ask about every character of
 * the subject and the underlying tables are searched by bisection.
 *
 * re/_compiler.py's code words depend on these answers and are cached across
 * runs (sre_compile_cache.ts): bump its ENTRY_VERSION when they change.
 */
import {
  hasCharProperty,
  isLineBreakCodePoint,
  isSpaceCodePoint,
} from "../vm/unicode/char_properties.ts";
import { appendCaseMapping } from "../vm/unicode/case_mapping.ts";

const LINEFEED = 10;

function isAsciiDigit(ch: number): boolean {
  return ch >= 0x30 && ch <= 0x39;
}

/** Py_ISSPACE on ASCII: space, \t \n \v \f \r. */
function isAsciiSpace(ch: number): boolean {
  return ch === 0x20 || (ch >= 0x09 && ch <= 0x0d);
}

function isAsciiAlnum(ch: number): boolean {
  return (ch >= 0x30 && ch <= 0x39) || ((ch | 0x20) >= 0x61 && (ch | 0x20) <= 0x7a);
}

export function isAsciiWord(ch: number): boolean {
  return ch <= 0x7a && (isAsciiAlnum(ch) || ch === 0x5f);
}

export function isAsciiAlpha(ch: number): boolean {
  return (ch | 0x20) >= 0x61 && (ch | 0x20) <= 0x7a;
}

export function lowerAscii(ch: number): number {
  return ch >= 0x41 && ch <= 0x5a ? ch + 0x20 : ch;
}

function upperAscii(ch: number): number {
  return ch >= 0x61 && ch <= 0x7a ? ch - 0x20 : ch;
}

// The C/UTF-8 locale's ctype functions on bytes (see the module comment).
export const lowerLocale = lowerAscii;
export const upperLocale = upperAscii;
export const isLocaleWord = (ch: number): boolean => ch < 256 && isAsciiWord(ch);

/** LITERAL_LOC_IGNORE: the pattern character equals ch or one of its locale cases. */
export function charLocaleIgnore(pattern: number, ch: number): boolean {
  return ch === pattern || lowerLocale(ch) === pattern || upperLocale(ch) === pattern;
}

// ---- Unicode ----------------------------------------------------------

const KNOWN = 1;
const WORD = 2;
const DIGIT = 4;

/** Per BMP code point: KNOWN | WORD | DIGIT, 0 until first asked. */
let bmpFlags: Uint8Array | null = null;

function unicodeFlags(ch: number): number {
  if (ch >= 0x10000) return computeFlags(ch);
  const table = bmpFlags ??= new Uint8Array(0x10000);
  let flags = table[ch];
  if (flags === 0) table[ch] = flags = computeFlags(ch);
  return flags;
}

function computeFlags(ch: number): number {
  const decimal = hasCharProperty("decimal", ch);
  const alnum = decimal || hasCharProperty("alpha", ch) || hasCharProperty("digit", ch) ||
    hasCharProperty("numeric", ch);
  return KNOWN | (alnum || ch === 0x5f ? WORD : 0) | (decimal ? DIGIT : 0);
}

/**
 * str.isalnum() on U+0080..U+00FF (Unicode 14): ª ² ³ µ ¹ º ¼ ½ ¾ and the
 * letters from À up but × and ÷. Without it, the first pattern with \w or
 * \d loaded the Unicode property tables (~30 ms) to build its op tables,
 * which ask about every character below 256. sre_chars_test.ts checks it
 * against the tables.
 */
export function isLatin1Alnum(ch: number): boolean {
  if (ch >= 0xc0) return ch !== 0xd7 && ch !== 0xf7;
  return ch === 0xaa || ch === 0xb2 || ch === 0xb3 || ch === 0xb5 || ch === 0xb9 ||
    ch === 0xba || (ch >= 0xbc && ch <= 0xbe);
}

export function isUnicodeWord(ch: number): boolean {
  if (ch < 128) return isAsciiWord(ch);
  if (ch < 256) return isLatin1Alnum(ch);
  return (unicodeFlags(ch) & WORD) !== 0;
}

/** No character from U+0080 to U+00FF is a decimal digit. */
export function isUnicodeDigit(ch: number): boolean {
  if (ch < 256) return isAsciiDigit(ch);
  return (unicodeFlags(ch) & DIGIT) !== 0;
}

/** The Unicode tables' answers (for sre_chars_test.ts). */
export function unicodeTableFlags(ch: number): { word: boolean; digit: boolean } {
  const flags = computeFlags(ch);
  return { word: (flags & WORD) !== 0, digit: (flags & DIGIT) !== 0 };
}

/** The first code point of a full case mapping, memoised for the BMP (-1: not yet). */
function caseMapper(kind: "lower" | "upper"): (ch: number) => number {
  let table: Int32Array | null = null;
  const out: number[] = [];
  const compute = (ch: number) => {
    out.length = 0;
    appendCaseMapping(kind, ch, out);
    return out[0];
  };
  return (ch: number) => {
    if (ch >= 0x10000) return compute(ch);
    if (table === null) table = new Int32Array(0x10000).fill(-1);
    let mapped = table[ch];
    if (mapped < 0) table[ch] = mapped = compute(ch);
    return mapped;
  };
}

const lowerNonAscii = caseMapper("lower");
const upperNonAscii = caseMapper("upper");

export function lowerUnicode(ch: number): number {
  if (ch < 128) return lowerAscii(ch);
  return lowerNonAscii(ch);
}

export function upperUnicode(ch: number): number {
  if (ch < 128) return upperAscii(ch);
  return upperNonAscii(ch);
}

/** sre_category: does ch belong to the CATEGORY code `category`? */
export function inCategory(category: number, ch: number): boolean {
  switch (category) {
    case 0 /* Category.DIGIT */:
      return isAsciiDigit(ch);
    case 1 /* Category.NOT_DIGIT */:
      return !isAsciiDigit(ch);
    case 2 /* Category.SPACE */:
      return isAsciiSpace(ch);
    case 3 /* Category.NOT_SPACE */:
      return !isAsciiSpace(ch);
    case 4 /* Category.WORD */:
      return isAsciiWord(ch);
    case 5 /* Category.NOT_WORD */:
      return !isAsciiWord(ch);
    case 6 /* Category.LINEBREAK */:
      return ch === LINEFEED;
    case 7 /* Category.NOT_LINEBREAK */:
      return ch !== LINEFEED;
    case 8 /* Category.LOC_WORD */:
      return isLocaleWord(ch);
    case 9 /* Category.LOC_NOT_WORD */:
      return !isLocaleWord(ch);
    case 10 /* Category.UNI_DIGIT */:
      return isUnicodeDigit(ch);
    case 11 /* Category.UNI_NOT_DIGIT */:
      return !isUnicodeDigit(ch);
    case 12 /* Category.UNI_SPACE */:
      return isSpaceCodePoint(ch);
    case 13 /* Category.UNI_NOT_SPACE */:
      return !isSpaceCodePoint(ch);
    case 14 /* Category.UNI_WORD */:
      return isUnicodeWord(ch);
    case 15 /* Category.UNI_NOT_WORD */:
      return !isUnicodeWord(ch);
    case 16 /* Category.UNI_LINEBREAK */:
      return isLineBreakCodePoint(ch);
    case 17 /* Category.UNI_NOT_LINEBREAK */:
      return !isLineBreakCodePoint(ch);
  }
  return false;
}
