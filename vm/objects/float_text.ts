/**
 * float <-> text beyond repr: float(str), float.hex() and float.fromhex().
 *
 * float(str) accepts, after CPython's ASCII transform and whitespace strip
 * (numeric_text.ts): an optional sign, then "inf", "infinity" or "nan" in any
 * case, or a decimal literal with optional fraction and exponent whose digit
 * runs may contain single underscores between digits (PEP 515). The syntax
 * is checked here; the conversion itself is JS's Number(), which is
 * correctly rounded like CPython's _Py_dg_strtod.
 *
 * hex() writes 0x1.<13 hex digits>p<exp> (subnormals 0x0.<...>p-1022);
 * fromhex() reads the same forms and more (no 0x, no fraction, any number of
 * digits) and rounds exactly once, half to even, through ratioToFloat.
 */
import { pyError } from "./exceptions.ts";
import { asciiNumberText } from "./numeric_text.ts";
import { strRepr } from "../text/str_repr.ts";
import { ratioToFloatOrInfinity } from "./int_float.ts";
import { bitLengthOfBig } from "./int_value.ts";
import { exactBinary } from "../text/float_digits.ts";

const DIGITS = String.raw`\d(?:_?\d)*`;
const DECIMAL_FLOAT = new RegExp(
  String.raw`^[-+]?(?:${DIGITS}(?:\.(?:${DIGITS})?)?|\.${DIGITS})(?:[eE][-+]?${DIGITS})?$`,
);
const SPECIAL_FLOAT = /^([-+]?)(inf|infinity|nan)$/i;

/** The double a float literal text denotes, or undefined when it is not one. */
export function parseFloatLiteral(source: string): number | undefined {
  if (isPlainDecimalFloat(source)) return Number(source);
  if (DECIMAL_FLOAT.test(source)) return Number(source.replaceAll("_", ""));
  return parseSpecial(source);
}

/**
 * DECIMAL_FLOAT without underscores, by a character scan (the common text
 * of float(): "12.5", "-3", "1e-7"; cheaper than the regular expression,
 * which then sees only the rest): [sign] (digits [. [digits]] | . digits)
 * [(e|E) [sign] digits], and nothing else.
 */
function isPlainDecimalFloat(source: string): boolean {
  const length = source.length;
  let i = 0;
  let c = length > 0 ? source.charCodeAt(0) : 0;
  if (c === 0x2b || c === 0x2d) c = ++i < length ? source.charCodeAt(i) : 0;
  const start = i;
  while (c >= 0x30 && c <= 0x39) c = ++i < length ? source.charCodeAt(i) : 0;
  let digits = i - start;
  if (c === 0x2e) {
    const fraction = ++i;
    c = i < length ? source.charCodeAt(i) : 0;
    while (c >= 0x30 && c <= 0x39) c = ++i < length ? source.charCodeAt(i) : 0;
    digits += i - fraction;
  }
  if (digits === 0) return false;
  if (c === 0x65 || c === 0x45) {
    c = ++i < length ? source.charCodeAt(i) : 0;
    if (c === 0x2b || c === 0x2d) c = ++i < length ? source.charCodeAt(i) : 0;
    const exponent = i;
    while (c >= 0x30 && c <= 0x39) c = ++i < length ? source.charCodeAt(i) : 0;
    if (i === exponent) return false;
  }
  return i === length;
}

/** float(text) for a str argument. */
/** float(text); `shown` is the argument's repr when it was not a str (bytes). */
export function parseFloatText(text: string, shown?: string): number {
  // Hot path: a plain literal needs no transform nor strip.
  if (isPlainDecimalFloat(text)) return Number(text);
  const value = parseFloatLiteral(asciiNumberText(text));
  if (value === undefined) {
    throw pyError("ValueError", `could not convert string to float: ${shown ?? strRepr(text)}`);
  }
  return value;
}

export function floatToHex(value: number): string {
  if (Number.isNaN(value)) return "nan";
  if (!Number.isFinite(value)) return value > 0 ? "inf" : "-inf";
  const sign = value < 0 || Object.is(value, -0) ? "-" : "";
  if (value === 0) return sign + "0x0.0p+0";
  const [mantissa, exponent] = exactBinary(Math.abs(value));
  const normal = mantissa >= 1n << 52n;
  const fraction = (mantissa & ((1n << 52n) - 1n)).toString(16).padStart(13, "0");
  const binaryExponent = normal ? exponent + 52 : -1022;
  const exponentText = binaryExponent < 0 ? String(binaryExponent) : "+" + binaryExponent;
  return `${sign}0x${normal ? 1 : 0}.${fraction}p${exponentText}`;
}

const HEX_FLOAT = /^([-+]?)(?:0[xX])?([0-9a-fA-F]*)(?:\.([0-9a-fA-F]*))?(?:[pP]([-+]?\d+))?$/;

export function floatFromHex(text: string): number {
  const source = text.replace(/^[ \t\n\v\f\r]+|[ \t\n\v\f\r]+$/g, "");
  const special = parseSpecial(source);
  if (special !== undefined) return special;
  const match = HEX_FLOAT.exec(source);
  const whole = match?.[2] ?? "";
  const fraction = match?.[3] ?? "";
  if (match === null || (whole === "" && fraction === "")) {
    throw pyError("ValueError", "invalid hexadecimal floating-point string");
  }
  const mantissa = BigInt("0x" + (whole + fraction || "0"));
  const negative = match[1] === "-";
  const exponentText = match[4] ?? "0";
  // Exponents far beyond the double range need no exact arithmetic.
  const exponent = Math.max(-1e6, Math.min(1e6, Number(exponentText))) - 4 * fraction.length;
  let magnitude: number;
  if (mantissa === 0n) magnitude = 0;
  else {
    const topBit = bitLengthOfBig(mantissa) + exponent;
    if (topBit > 1025) magnitude = Infinity;
    else if (topBit < -1080) magnitude = 0;
    else {
      magnitude = exponent >= 0
        ? ratioToFloatOrInfinity(mantissa << BigInt(exponent), 1n)
        : ratioToFloatOrInfinity(mantissa, 1n << BigInt(-exponent));
    }
  }
  if (magnitude === Infinity) {
    throw pyError("OverflowError", "hexadecimal value too large to represent as a float");
  }
  return negative ? -magnitude : magnitude;
}

function parseSpecial(source: string): number | undefined {
  const special = SPECIAL_FLOAT.exec(source);
  if (special === null) return undefined;
  const magnitude = special[2].toLowerCase() === "nan" ? NaN : Infinity;
  return special[1] === "-" ? -magnitude : magnitude;
}
