/**
 * int <-> text: int(str, base) and str(int)/bin/oct/hex.
 *
 * Parsing follows PyLong_FromString: optional whitespace, one sign, for base
 * 0 a 0b/0o/0x prefix (or a decimal literal, where a leading 0 permits only
 * zeros, as in source code), for base 2/8/16 an optional matching prefix;
 * then digits with single underscores between them (an underscore may also
 * follow a prefix: 0x_1f). Any violation raises
 * "invalid literal for int() with base B: 'text'" with the original text.
 *
 * The 3.11 integer string conversion length limit (CVE-2020-10735) applies
 * to decimal (any non power-of-two base) conversions in both directions:
 * `maxStrDigits` (sys.set_int_max_str_digits; 0 means no limit) caps the
 * digit count. bigint parsing and printing are V8's (sub-quadratic printing),
 * so the limit is a compatibility rule, not a safety need.
 */
import { type PyBaseException, pyError } from "./exceptions.ts";
import { bitLengthOfBig, type IntValue, normalizeBigInt } from "./int_value.ts";
import { asciiNumberText, truncatedRepr } from "./numeric_text.ts";

/** sys.get_int_max_str_digits() / sys.set_int_max_str_digits(). */
export const intStrDigits = { limit: 4300, threshold: 640 };

export function setIntMaxStrDigits(limit: number): void {
  if (limit !== 0 && limit < intStrDigits.threshold) {
    throw pyError("ValueError", `maxdigits must be 0 or larger than ${intStrDigits.threshold}`);
  }
  intStrDigits.limit = limit;
}

const PREFIX_BASES: Record<string, number> = { b: 2, o: 8, x: 16 };

/**
 * The ValueError for a text that is no int literal; `shown` is the
 * argument's repr when it was not a str (bytes).
 */
export function invalidLiteralError(text: string, base: number, shown?: string): PyBaseException {
  return pyError(
    "ValueError",
    `invalid literal for int() with base ${base}: ${shown ?? truncatedRepr(text)}`,
  );
}

function digitValue(char: string): number {
  const code = char.charCodeAt(0);
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 97 && code <= 122) return code - 87;
  if (code >= 65 && code <= 90) return code - 55;
  return 99;
}

/**
 * int(text, base) for a str argument (or bytes decoded as Latin-1, with
 * `shown` its repr for messages); base 0 or 2..36.
 */
export function parseIntText(text: string, base = 10, shown?: string): IntValue {
  const value = parseIntLiteral(text, base);
  if (value === undefined) throw invalidLiteralError(text, base, shown);
  return value;
}

/**
 * parseIntText, except that a text that is no int literal gives undefined
 * (its error is invalidLiteralError), so that `int(text)` in an EAFP loop
 * can raise without a JS throw (constructors.ts). A bad base or a text over
 * the digit limit still throws.
 */
export function parseIntLiteral(text: string, base = 10): IntValue | undefined {
  if (base !== 0 && (base < 2 || base > 36)) {
    throw pyError("ValueError", "int() base must be >= 2 and <= 36, or 0");
  }
  if (base === 10) {
    const plain = plainDecimal(text);
    if (plain === plain) return plain; // not NaN
  }
  const source = asciiNumberText(text);
  let position = 0;
  let negative = false;
  if (source[0] === "+" || source[0] === "-") {
    negative = source[0] === "-";
    position = 1;
  }
  let effectiveBase = base;
  let afterPrefix = false;
  if (source[position] === "0" && position + 1 < source.length) {
    const prefixBase = PREFIX_BASES[source[position + 1].toLowerCase()];
    if (prefixBase !== undefined && (base === 0 || base === prefixBase)) {
      effectiveBase = prefixBase;
      position += 2;
      afterPrefix = true;
    }
  }
  let zerosOnly = false;
  if (effectiveBase === 0) {
    effectiveBase = 10;
    // A decimal literal starting with 0 may contain only zeros (no octal ambiguity).
    zerosOnly = source[position] === "0";
  }
  let digits = "";
  let previousUnderscore = false;
  for (; position < source.length; position++) {
    const char = source[position];
    if (char === "_") {
      if (previousUnderscore || (digits === "" && !afterPrefix)) return undefined;
      previousUnderscore = true;
      continue;
    }
    if (digitValue(char) >= effectiveBase) return undefined;
    if (zerosOnly && char !== "0") return undefined;
    digits += char;
    previousUnderscore = false;
  }
  if (digits === "" || previousUnderscore) return undefined;
  const powerOfTwo = (effectiveBase & (effectiveBase - 1)) === 0;
  if (!powerOfTwo && intStrDigits.limit > 0 && digits.length > intStrDigits.limit) {
    throw pyError(
      "ValueError",
      `Exceeds the limit (${intStrDigits.limit} digits) for integer string conversion: ` +
        `value has ${digits.length} digits; use sys.set_int_max_str_digits() to increase the limit`,
    );
  }
  const magnitude = parseDigits(digits, effectiveBase);
  return normalizeBigInt(negative ? -magnitude : magnitude);
}

/**
 * The hot path of int(text): an optional sign and at most 15 ASCII digits,
 * nothing else (no whitespace, underscore or other character), read without
 * the transform, a regular expression or a parse (below 10**15 the running
 * value is exact). NaN for any other text, which takes the general path.
 */
function plainDecimal(text: string): number {
  const length = text.length;
  let position = 0;
  let negative = false;
  if (length > 0) {
    const first = text.charCodeAt(0);
    if (first === 0x2d || first === 0x2b) {
      negative = first === 0x2d;
      position = 1;
    }
  }
  if (position === length || length - position > 15) return NaN;
  let value = 0;
  for (; position < length; position++) {
    const digit = text.charCodeAt(position) - 48;
    if (digit < 0 || digit > 9) return NaN;
    value = value * 10 + digit;
  }
  // + 0: "-0" is the int 0, not JS's -0.
  return (negative ? -value : value) + 0;
}

function parseDigits(digits: string, base: number): bigint {
  switch (base) {
    case 10:
      return BigInt(digits);
    case 16:
      return BigInt("0x" + digits);
    case 8:
      return BigInt("0o" + digits);
    case 2:
      return BigInt("0b" + digits);
  }
  // Other bases: chunks of digits that fit a double exactly.
  const chunk = Math.floor(Math.log(2 ** 52) / Math.log(base));
  let value = 0n;
  for (let start = 0; start < digits.length; start += chunk) {
    const part = digits.slice(start, start + chunk);
    value = value * BigInt(base) ** BigInt(part.length) + BigInt(parseInt(part, base));
  }
  return value;
}

function limitExceeded(): never {
  throw pyError(
    "ValueError",
    `Exceeds the limit (${intStrDigits.limit} digits) for integer string conversion; ` +
      "use sys.set_int_max_str_digits() to increase the limit",
  );
}

/** str(int) / repr(int), honouring the digit limit. */
export function intToDecimal(value: IntValue): string {
  if (typeof value === "number") return String(value);
  const limit = intStrDigits.limit;
  if (limit > 0) {
    // Reject clearly oversized values before the conversion (bits * log10(2) digits).
    if ((bitLengthOfBig(value) - 1) * 0.30102999566398 > limit + 1) limitExceeded();
    const text = value.toString();
    if (text.length - (value < 0n ? 1 : 0) > limit) limitExceeded();
    return text;
  }
  return value.toString();
}

/** bin/oct/hex text: sign, then the 0b/0o/0x prefix, then lower-case digits. */
export function intToBase(value: IntValue, base: 2 | 8 | 16, prefix = true): string {
  const negative = value < 0;
  const magnitude = negative ? -value : value;
  const digits = magnitude.toString(base);
  const marker = prefix ? (base === 2 ? "0b" : base === 8 ? "0o" : "0x") : "";
  return (negative ? "-" : "") + marker + digits;
}
