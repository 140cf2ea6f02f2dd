/**
 * `repr(float)` and `repr(complex)` as CPython 3.11 writes them.
 *
 * Python prints the shortest digit string that reads back as the same double
 * (David Gay's mode 0). JS's `Number.prototype.toExponential()` without an
 * argument yields that same shortest, closest digit string, so we take the
 * digits and the decimal exponent from it and lay them out by Python's rules:
 *
 * - exponent notation when the decimal point position `decpt` (value =
 *   0.DIGITS * 10**decpt) is <= -4 or > 16: `1e-05`, `1.5e+16`, exponent at
 *   least two digits, always signed; no `.0` on a single-digit mantissa;
 * - fixed notation otherwise, with `.0` appended to whole numbers for floats
 *   (`1.0`) but not inside complex reprs (`1j`, `(1+2j)`);
 * - `inf`, `-inf`, `nan` (NaN never shows a sign, but takes `+` in the
 *   imaginary part of a complex repr).
 */

interface FloatStyle {
  /** Append `.0` to whole numbers in fixed notation (float repr, not complex). */
  addDotZero: boolean;
  /** Prefix `+` to non-negative values (imaginary part of a complex with a real part). */
  alwaysSign: boolean;
}

export function floatRepr(value: number): string {
  return formatShortest(value, { addDotZero: true, alwaysSign: false });
}

export function complexRepr(real: number, imag: number): string {
  const bare = { addDotZero: false, alwaysSign: false };
  if (real === 0 && !Object.is(real, -0)) return formatShortest(imag, bare) + "j";
  const realText = formatShortest(real, bare);
  const imagText = formatShortest(imag, { addDotZero: false, alwaysSign: true });
  return `(${realText}${imagText}j)`;
}

function formatShortest(value: number, style: FloatStyle): string {
  const negative = value < 0 || Object.is(value, -0);
  const sign = negative ? "-" : style.alwaysSign ? "+" : "";
  if (Number.isNaN(value)) return style.alwaysSign ? "+nan" : "nan";
  if (!Number.isFinite(value)) return sign + "inf";
  if (value === 0) return sign + (style.addDotZero ? "0.0" : "0");

  const [mantissa, exponentText] = Math.abs(value).toExponential().split("e");
  const digits = mantissa.replace(".", "");
  const decimalPoint = Number(exponentText) + 1;

  if (decimalPoint <= -4 || decimalPoint > 16) {
    const exponent = decimalPoint - 1;
    const fraction = digits.length > 1 ? "." + digits.slice(1) : "";
    const exponentDigits = String(Math.abs(exponent)).padStart(2, "0");
    return `${sign}${digits[0]}${fraction}e${exponent < 0 ? "-" : "+"}${exponentDigits}`;
  }
  if (decimalPoint <= 0) return `${sign}0.${"0".repeat(-decimalPoint)}${digits}`;
  if (decimalPoint >= digits.length) {
    const whole = digits + "0".repeat(decimalPoint - digits.length);
    return sign + whole + (style.addDotZero ? ".0" : "");
  }
  return `${sign}${digits.slice(0, decimalPoint)}.${digits.slice(decimalPoint)}`;
}
