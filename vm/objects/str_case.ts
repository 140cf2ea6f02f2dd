/**
 * Case conversion: lower, upper, casefold, swapcase, title, capitalize.
 *
 * Full Unicode 14.0 mappings (vm/unicode/case_mapping.ts), so the result can
 * be longer than the input ('ß'.upper() == 'SS'). The one context rule Python
 * applies is the final sigma: when lower-casing 'Σ' (U+03A3), it becomes 'ς'
 * if it ends a word — a cased letter precedes it (skipping case-ignorable
 * characters) and none follows — and 'σ' otherwise.
 *
 * ASCII-only primitive strings take the JS fast path: V8's own case mapping
 * agrees with Unicode 14 on ASCII (it would not on newer characters, or on
 * 'Σ' in some contexts), so it is never used beyond ASCII. swapcase and title
 * have no V8 counterpart; on ASCII they flip bit 0x20 of letters in a loop
 * over char codes (30x faster than the general path on words, 4x on 2.6 MB).
 */
import { appendCaseMapping, type CaseKind } from "../unicode/case_mapping.ts";
import { hasCharProperty } from "../unicode/char_properties.ts";
import { codePointsOf, type PyStr, strFromCodePoints, UnitWriter } from "./str_wide.ts";

const CAPITAL_SIGMA = 0x3a3;
const FINAL_SIGMA = 0x3c2;
const SMALL_SIGMA = 0x3c3;

const NON_ASCII = /[\u0080-\uffff]/;

/** Is this a primitive string of ASCII characters only? */
export function isAsciiText(value: PyStr): value is string {
  if (typeof value !== "string") return false;
  if (value.length > 32) return !NON_ASCII.test(value);
  // A word: a loop costs less than entering the regex engine (2x on lower()).
  for (let i = 0; i < value.length; i++) if (value.charCodeAt(i) >= 0x80) return false;
  return true;
}

/** Is the capital sigma at `index` the end of a word? (CPython's handle_capital_sigma) */
function endsWord(points: ArrayLike<number>, index: number): boolean {
  let before = index - 1;
  while (before >= 0 && hasCharProperty("caseIgnorable", points[before])) before--;
  if (before < 0 || !hasCharProperty("cased", points[before])) return false;
  let after = index + 1;
  while (after < points.length && hasCharProperty("caseIgnorable", points[after])) after++;
  return after === points.length || !hasCharProperty("cased", points[after]);
}

/** Lower-case one character in context, appending to `out`. */
function appendLower(points: ArrayLike<number>, index: number, out: number[]): void {
  const codePoint = points[index];
  if (codePoint === CAPITAL_SIGMA) {
    out.push(endsWord(points, index) ? FINAL_SIGMA : SMALL_SIGMA);
  } else appendCaseMapping("lower", codePoint, out);
}

function mapEach(value: PyStr, kind: CaseKind): PyStr {
  const points = codePointsOf(value);
  const out: number[] = [];
  for (let i = 0; i < points.length; i++) {
    if (kind === "lower") appendLower(points, i, out);
    else appendCaseMapping(kind, points[i], out);
  }
  return strFromCodePoints(out);
}

export function strLower(self: PyStr): PyStr {
  return isAsciiText(self) ? self.toLowerCase() : mapEach(self, "lower");
}

export function strUpper(self: PyStr): PyStr {
  return isAsciiText(self) ? self.toUpperCase() : mapEach(self, "upper");
}

export function strCasefold(self: PyStr): PyStr {
  return isAsciiText(self) ? self.toLowerCase() : mapEach(self, "fold");
}

const isAsciiUpper = (unit: number) => unit >= 0x41 && unit <= 0x5a;
const isAsciiLower = (unit: number) => unit >= 0x61 && unit <= 0x7a;

export function strSwapcase(self: PyStr): PyStr {
  if (isAsciiText(self)) {
    if (self.length >= LONG_ASCII) {
      const bytes = ASCII_ENCODER.encode(self);
      for (let i = 0; i < bytes.length; i++) {
        const unit = bytes[i];
        if (isAsciiUpper(unit) || isAsciiLower(unit)) bytes[i] = unit ^ 0x20;
      }
      return ASCII_DECODER.decode(bytes);
    }
    const out = new UnitWriter();
    for (let i = 0; i < self.length; i++) {
      const unit = self.charCodeAt(i);
      out.push(isAsciiUpper(unit) || isAsciiLower(unit) ? unit ^ 0x20 : unit);
    }
    return out.finish();
  }
  const points = codePointsOf(self);
  const out: number[] = [];
  for (let i = 0; i < points.length; i++) {
    const codePoint = points[i];
    if (hasCharProperty("upper", codePoint)) appendLower(points, i, out);
    else if (hasCharProperty("lower", codePoint)) appendCaseMapping("upper", codePoint, out);
    else out.push(codePoint);
  }
  return strFromCodePoints(out);
}

/** First character in titlecase, the rest lower-cased. */
export function strCapitalize(self: PyStr): PyStr {
  if (isAsciiText(self)) return self.slice(0, 1).toUpperCase() + self.slice(1).toLowerCase();
  const points = codePointsOf(self);
  const out: number[] = [];
  for (let i = 0; i < points.length; i++) {
    if (i === 0) appendCaseMapping("title", points[0], out);
    else appendLower(points, i, out);
  }
  return strFromCodePoints(out);
}

/**
 * Long ASCII texts are mapped as bytes: TextEncoder gives them as a byte
 * array (UTF-8 is ASCII there), changed in place, and TextDecoder makes the
 * one-byte string back, with no array of units nor chunks to join (title()
 * of 2.6 MB, bench/programs/wordfreq.py: 2x).
 */
const LONG_ASCII = 1024;
const ASCII_ENCODER = new TextEncoder();
const ASCII_DECODER = new TextDecoder("utf-8", { ignoreBOM: true });

function titleAsciiBytes(self: string): string {
  const bytes = ASCII_ENCODER.encode(self);
  let previousIsCased = false;
  for (let i = 0; i < bytes.length; i++) {
    const unit = bytes[i];
    const upper = isAsciiUpper(unit);
    const lower = isAsciiLower(unit);
    if (previousIsCased ? upper : lower) bytes[i] = unit ^ 0x20;
    previousIsCased = upper || lower;
  }
  return ASCII_DECODER.decode(bytes);
}

/** Titlecase after an uncased character, lowercase after a cased one. */
export function strTitle(self: PyStr): PyStr {
  if (isAsciiText(self)) {
    if (self.length >= LONG_ASCII) return titleAsciiBytes(self);
    const out = new UnitWriter();
    let previousIsCased = false;
    for (let i = 0; i < self.length; i++) {
      const unit = self.charCodeAt(i);
      const upper = isAsciiUpper(unit);
      const lower = isAsciiLower(unit);
      out.push(previousIsCased ? (upper ? unit + 0x20 : unit) : (lower ? unit - 0x20 : unit));
      previousIsCased = upper || lower;
    }
    return out.finish();
  }
  const points = codePointsOf(self);
  const out: number[] = [];
  let previousIsCased = false;
  for (let i = 0; i < points.length; i++) {
    const codePoint = points[i];
    if (previousIsCased) appendLower(points, i, out);
    else appendCaseMapping("title", codePoint, out);
    previousIsCased = hasCharProperty("cased", codePoint);
  }
  return strFromCodePoints(out);
}
