/**
 * PyOS_double_to_string: a double as text for format codes e, f, g, r (and
 * E, F, G), with the flags of CPython (always sign, add ".0", alternate
 * form). Used by format(), %-formatting and str.format, and by repr()
 * through float_repr.ts (code 'r', as CPython's float_repr and complex_repr).
 *
 * The digits come from float_digits.ts (Gay's modes 0, 2, 3); this file only
 * lays them out, following format_float_short: picture the digit string
 * padded with zeros on both sides without end, and cut out the slice that
 * the format code asks for, placing the decimal point and the exponent.
 * 'g' switches to exponent form when decpt <= -4 or decpt > precision, and
 * drops trailing zeros unless the alternate form (#) is asked for.
 */
import {
  type DecimalDigits,
  fixedDigits,
  shortestDigits,
  significantDigits,
} from "./float_digits.ts";

export interface DoubleToStringFlags {
  alwaysSign?: boolean;
  addDotZero?: boolean;
  alternate?: boolean;
}

export function doubleToString(
  value: number,
  formatCode: string,
  precision: number,
  flags: DoubleToStringFlags = {},
): string {
  const upper = formatCode === "E" || formatCode === "F" || formatCode === "G";
  let code = formatCode.toLowerCase();
  const negative = value < 0 || Object.is(value, -0);
  const sign = negative && !Number.isNaN(value) ? "-" : flags.alwaysSign ? "+" : "";
  let text: string;
  if (Number.isNaN(value)) text = "nan";
  else if (!Number.isFinite(value)) text = "inf";
  else {
    const magnitude = Math.abs(value);
    let digits: DecimalDigits;
    let digitsPrecision = precision;
    switch (code) {
      case "e":
        digitsPrecision = precision + 1;
        digits = significantDigits(magnitude, digitsPrecision);
        break;
      case "f":
        digits = fixedDigits(magnitude, precision);
        break;
      case "g":
        if (digitsPrecision === 0) digitsPrecision = 1;
        digits = significantDigits(magnitude, digitsPrecision);
        break;
      default:
        code = "r";
        digits = shortestDigits(magnitude);
    }
    text = layOut(digits, code, digitsPrecision, flags);
  }
  const result = sign + text;
  return upper ? result.toUpperCase() : result;
}

function layOut(
  { digits, decimalPoint }: DecimalDigits,
  code: string,
  precision: number,
  flags: DoubleToStringFlags,
): string {
  const digitCount = digits.length;
  let decpt = decimalPoint;
  let end = digitCount;
  let useExponent = false;
  switch (code) {
    case "e":
      useExponent = true;
      end = precision;
      break;
    case "f":
      end = decpt + precision;
      break;
    case "g":
      if (decpt <= -4 || decpt > (flags.addDotZero ? precision - 1 : precision)) useExponent = true;
      if (flags.alternate) end = precision;
      break;
    default:
      if (decpt <= -4 || decpt > 16) useExponent = true;
  }
  let exponent = 0;
  if (useExponent) {
    exponent = decpt - 1;
    decpt = 1;
  }
  const start = decpt <= 0 ? decpt - 1 : 0;
  end = !useExponent && flags.addDotZero ? Math.max(end, decpt + 1) : Math.max(end, decpt);

  let out = "";
  if (decpt <= 0) out += "0".repeat(decpt - start) + "." + "0".repeat(-decpt);
  else out += "0".repeat(-start);
  if (decpt > 0 && decpt <= digitCount) {
    out += digits.slice(0, decpt) + "." + digits.slice(decpt);
  } else {
    out += digits;
  }
  if (digitCount < decpt) {
    out += "0".repeat(decpt - digitCount) + "." + "0".repeat(end - decpt);
  } else {
    out += "0".repeat(end - digitCount);
  }
  if (out.endsWith(".") && !flags.alternate) out = out.slice(0, -1);
  if (useExponent) {
    const magnitude = Math.abs(exponent);
    out += "e" + (exponent < 0 ? "-" : "+") + (magnitude < 10 ? "0" : "") + magnitude;
  }
  return out;
}
