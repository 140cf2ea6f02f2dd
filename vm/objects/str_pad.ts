/**
 * Padding and trimming: center, ljust, rjust, zfill, expandtabs, strip,
 * lstrip, rstrip. Widths are code point counts; a width not above the current
 * length returns the string unchanged.
 */
import { unboxStr } from "./str_boxed.ts";
import type { PyValue } from "./object.ts";
import { pyError } from "./exceptions.ts";
import { isSpaceCodePoint } from "../unicode/char_properties.ts";
import { asCInt, asSize, typeName } from "./str_args.ts";
import {
  checkStrLength,
  codePointsOf,
  isStr,
  type PyStr,
  strCodePointAt,
  strConcatAll,
  strFromCodePoints,
  strLength,
  strSlice,
} from "./str_wide.ts";
import { filledArray } from "./array_fill.ts";

function fillCharacter(fillchar: PyValue): PyStr {
  fillchar = unboxStr(fillchar);
  if (!isStr(fillchar)) {
    throw pyError(
      "TypeError",
      `The fill character must be a unicode character, not ${typeName(fillchar)}`,
    );
  }
  if (strLength(fillchar) !== 1) {
    throw pyError("TypeError", "The fill character must be exactly one character long");
  }
  return fillchar;
}

/** `count` copies of text (MemoryError beyond the longest str). */
export function repeatText(text: PyStr, count: number): PyStr {
  if (count <= 0) return "";
  checkStrLength(count * strLength(text));
  if (typeof text === "string") return text.repeat(count);
  return strConcatAll(filledArray(count, text));
}

/** self with `left` and `right` copies of fill around it. */
export function padWith(self: PyStr, left: number, right: number, fill: PyStr): PyStr {
  if (left <= 0 && right <= 0) return self;
  if (typeof self === "string" && typeof fill === "string" && fill.length === 1) {
    // (No array of pieces: f"{word:>10}" pads once per formatted value.)
    checkStrLength(self.length + left + right);
    const padded = left > 0 ? self.padStart(self.length + left, fill) : self;
    return right > 0 ? padded.padEnd(padded.length + right, fill) : padded;
  }
  return strConcatAll([repeatText(fill, left), self, repeatText(fill, right)]);
}

export function strCenter(self: PyStr, width: PyValue, fillchar: PyValue): PyStr {
  const target = asSize(width);
  const fill = fillCharacter(fillchar);
  const margin = target - strLength(self);
  if (margin <= 0) return self;
  // CPython's rounding: the odd space goes left when the width is odd.
  const left = Math.floor(margin / 2) + (margin & target & 1);
  return padWith(self, left, margin - left, fill);
}

export function strLjust(self: PyStr, width: PyValue, fillchar: PyValue): PyStr {
  const target = asSize(width);
  const fill = fillCharacter(fillchar);
  return padWith(self, 0, target - strLength(self), fill);
}

export function strRjust(self: PyStr, width: PyValue, fillchar: PyValue): PyStr {
  const target = asSize(width);
  const fill = fillCharacter(fillchar);
  return padWith(self, target - strLength(self), 0, fill);
}

/** Pad with zeros on the left, keeping a leading sign in front. */
export function strZfill(self: PyStr, width: PyValue): PyStr {
  const length = strLength(self);
  const fill = asSize(width) - length;
  if (fill <= 0) return self;
  const padded = padWith(self, fill, 0, "0");
  const first = length > 0 ? strCodePointAt(self, 0) : 0;
  if (first !== 0x2b && first !== 0x2d) return padded;
  return strConcatAll([
    first === 0x2b ? "+" : "-",
    repeatText("0", fill),
    strSlice(self, 1, length),
  ]);
}

export function strExpandtabs(self: PyStr, tabsize: PyValue): PyStr {
  const size = asCInt(tabsize);
  if (typeof self === "string" && !self.includes("\t")) return self;
  const points = codePointsOf(self);
  const out: number[] = [];
  let column = 0;
  if (size > 0) checkStrLength(points.length + (size - 1) * countTabs(points));
  for (let i = 0; i < points.length; i++) {
    const codePoint = points[i];
    if (codePoint === 0x09) {
      if (size > 0) {
        const spaces = size - (column % size);
        for (let k = 0; k < spaces; k++) out.push(0x20);
        column += spaces;
      }
    } else {
      out.push(codePoint);
      column = codePoint === 0x0a || codePoint === 0x0d ? 0 : column + 1;
    }
  }
  return strFromCodePoints(out);
}

function countTabs(points: Uint32Array): number {
  let tabs = 0;
  for (const point of points) if (point === 0x09) tabs++;
  return tabs;
}

type StripSide = "strip" | "lstrip" | "rstrip";

function stripChars(self: PyStr, chars: PyValue, side: StripSide): PyStr {
  if (typeof self === "string" && (chars === null || typeof chars === "string")) {
    return stripNarrow(self, chars, side);
  }
  let isStripped: (codePoint: number) => boolean;
  if (chars === null) isStripped = isSpaceCodePoint;
  else if (isStr(chars = unboxStr(chars))) {
    const set = new Set(Array.from(codePointsOf(chars)));
    isStripped = (codePoint) => set.has(codePoint);
  } else throw pyError("TypeError", `${side} arg must be None or str`);
  const length = strLength(self);
  let start = 0;
  let end = length;
  if (side !== "rstrip") {
    while (start < end && isStripped(strCodePointAt(self, start))) start++;
  }
  if (side !== "lstrip") {
    while (end > start && isStripped(strCodePointAt(self, end - 1))) end--;
  }
  return strSlice(self, start, end);
}

/**
 * strip/lstrip/rstrip of a primitive string by a primitive string (or
 * whitespace): both hold no surrogate units, so UTF-16 units are code
 * points and the work needs no code-point array.
 */
function stripNarrow(self: string, chars: string | null, side: StripSide): string {
  let start = 0;
  let end = self.length;
  if (side !== "rstrip") {
    while (start < end && isStripped(self.charCodeAt(start), chars)) {
      start++;
    }
  }
  if (side !== "lstrip") {
    while (end > start && isStripped(self.charCodeAt(end - 1), chars)) {
      end--;
    }
  }
  return start === 0 && end === self.length ? self : self.slice(start, end);
}

/** Is `unit` one of `chars` (whitespace when null)? (No closure per call: strip is hot in tokenizers.) */
function isStripped(unit: number, chars: string | null): boolean {
  if (chars === null) return isSpaceCodePoint(unit);
  for (let k = 0; k < chars.length; k++) if (chars.charCodeAt(k) === unit) return true;
  return false;
}

export const strStrip = (self: PyStr, chars: PyValue) => stripChars(self, chars, "strip");
export const strLstrip = (self: PyStr, chars: PyValue) => stripChars(self, chars, "lstrip");
export const strRstrip = (self: PyStr, chars: PyValue) => stripChars(self, chars, "rstrip");
