/**
 * The str.is* predicates. Each is "every character has the property, and
 * there is at least one character", except isascii/isprintable (true when
 * empty) and the case predicates islower/isupper/istitle, which look at cased
 * characters only. Properties: vm/unicode/char_properties.ts (Unicode 14.0).
 */
import {
  type CharProperty,
  hasCharProperty,
  isSpaceCodePoint,
} from "../unicode/char_properties.ts";
import { isPrintable } from "../text/printable.ts";
import { isNonAsciiXidContinue, isNonAsciiXidStart } from "../compiler/tokenizer_unicode.ts";
import { codePointsOf, type PyStr, strCodePointAt, strLength } from "./str_wide.ts";
import { isAsciiText } from "./str_case.ts";

function everyCodePoint(self: PyStr, test: (codePoint: number) => boolean): boolean {
  if (typeof self === "string") {
    if (self.length === 0) return false;
    for (let i = 0; i < self.length; i++) if (!test(self.charCodeAt(i))) return false;
    return true;
  }
  // A wide str is never empty.
  return self.codePoints.every(test);
}

const hasProperty = (property: CharProperty) => (codePoint: number) =>
  hasCharProperty(property, codePoint);

const isAlphaChar = hasProperty("alpha");
const isDecimalChar = hasProperty("decimal");
const isDigitChar = hasProperty("digit");
const isNumericChar = hasProperty("numeric");
const isAlnumChar = (c: number) =>
  isAlphaChar(c) || isDecimalChar(c) || isDigitChar(c) || isNumericChar(c);

export const strIsalpha = (self: PyStr) => everyCodePoint(self, isAlphaChar);
export const strIsdecimal = (self: PyStr) => everyCodePoint(self, isDecimalChar);
export const strIsdigit = (self: PyStr) => everyCodePoint(self, isDigitChar);
export const strIsnumeric = (self: PyStr) => everyCodePoint(self, isNumericChar);
export const strIsalnum = (self: PyStr) => everyCodePoint(self, isAlnumChar);
export const strIsspace = (self: PyStr) => everyCodePoint(self, isSpaceCodePoint);

export const strIsascii = (self: PyStr): boolean => isAsciiText(self);

export function strIsprintable(self: PyStr): boolean {
  if (typeof self === "string") {
    for (let i = 0; i < self.length; i++) if (!isPrintable(self.charCodeAt(i))) return false;
    return true;
  }
  return self.codePoints.every(isPrintable);
}

function isIdentifierStart(codePoint: number): boolean {
  if (codePoint < 0x80) return hasCharProperty("alpha", codePoint) || codePoint === 0x5f;
  return isNonAsciiXidStart(codePoint);
}

function isIdentifierContinue(codePoint: number): boolean {
  if (codePoint < 0x80) {
    return hasCharProperty("alpha", codePoint) || codePoint === 0x5f ||
      (codePoint >= 0x30 && codePoint <= 0x39);
  }
  return isNonAsciiXidContinue(codePoint);
}

export function strIsidentifier(self: PyStr): boolean {
  const points = codePointsOf(self);
  if (points.length === 0 || !isIdentifierStart(points[0])) return false;
  for (let i = 1; i < points.length; i++) if (!isIdentifierContinue(points[i])) return false;
  return true;
}

/** True when some cased character is lower case and none is upper or title case. */
export function strIslower(self: PyStr): boolean {
  let cased = false;
  for (let i = 0, length = strLength(self); i < length; i++) {
    const codePoint = strCodePointAt(self, i);
    if (hasCharProperty("upper", codePoint) || hasCharProperty("title", codePoint)) return false;
    if (!cased && hasCharProperty("lower", codePoint)) cased = true;
  }
  return cased;
}

export function strIsupper(self: PyStr): boolean {
  let cased = false;
  for (let i = 0, length = strLength(self); i < length; i++) {
    const codePoint = strCodePointAt(self, i);
    if (hasCharProperty("lower", codePoint) || hasCharProperty("title", codePoint)) return false;
    if (!cased && hasCharProperty("upper", codePoint)) cased = true;
  }
  return cased;
}

/** Upper/title case only after uncased characters, lower case only after cased ones. */
export function strIstitle(self: PyStr): boolean {
  let cased = false;
  let previousIsCased = false;
  for (let i = 0, length = strLength(self); i < length; i++) {
    const codePoint = strCodePointAt(self, i);
    if (hasCharProperty("upper", codePoint) || hasCharProperty("title", codePoint)) {
      if (previousIsCased) return false;
      previousIsCased = true;
      cased = true;
    } else if (hasCharProperty("lower", codePoint)) {
      if (!previousIsCased) return false;
      previousIsCased = true;
      cased = true;
    } else previousIsCased = false;
  }
  return cased;
}
