/**
 * Decimal digits of a double, as David Gay's dtoa produces them for CPython
 * (PyOS_double_to_string, round()):
 *
 * - mode 0: the shortest digit string that reads back as the same double.
 *   `Number.prototype.toExponential()` without an argument yields exactly
 *   that, so it is used directly (fast).
 * - mode 2 with n: the first max(1, n) significant digits, correctly rounded
 *   (round-half-even on the exact binary value).
 * - mode 3 with n: the digits up to n places after the decimal point (n may
 *   be negative: places before it), correctly rounded.
 *
 * Modes 2 and 3 use exact rational arithmetic on bigints: a finite double is
 * m * 2**e exactly, so scaling by a power of ten and rounding is an integer
 * division with a remainder. JS's toFixed/toPrecision alone will not do:
 * they round ties away from zero (2.5.toFixed(0) is "3"; Python says "2")
 * and cap the precision at 100 — mode 3 uses toFixed only where it can
 * prove there is no tie (fixedDigitsByToFixed).
 *
 * Result: `digits` without trailing zeros (Gay strips them; "0" for zero) and
 * `decimalPoint`, the position of the decimal point relative to the digits:
 * value = 0.DIGITS * 10**decimalPoint. Callers handle sign, inf and nan.
 */

export interface DecimalDigits {
  digits: string;
  decimalPoint: number;
}

/** |value| = mantissa * 2**exponent exactly (value finite, nonzero or zero). */
export function exactBinary(magnitude: number): [bigint, number] {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, magnitude);
  const bits = view.getBigUint64(0) & 0x7fffffffffffffffn;
  const biasedExponent = Number(bits >> 52n);
  const fraction = bits & 0xfffffffffffffn;
  return biasedExponent === 0 ? [fraction, -1074] : [fraction | (1n << 52n), biasedExponent - 1075];
}

/** round-half-even(|value| * 10**scale) as a bigint. */
export function scaledRoundedInteger(magnitude: number, scale: number): bigint {
  const [mantissa, exponent] = exactBinary(magnitude);
  let numerator = mantissa;
  let denominator = 1n;
  if (exponent >= 0) numerator <<= BigInt(exponent);
  else denominator <<= BigInt(-exponent);
  if (scale >= 0) numerator *= 10n ** BigInt(scale);
  else denominator *= 10n ** BigInt(-scale);
  const quotient = numerator / denominator;
  const twiceRemainder = 2n * (numerator - quotient * denominator);
  if (twiceRemainder > denominator || (twiceRemainder === denominator && (quotient & 1n) === 1n)) {
    return quotient + 1n;
  }
  return quotient;
}

function stripTrailingZeros(digits: string): string {
  let end = digits.length;
  while (end > 1 && digits[end - 1] === "0") end--;
  return digits.slice(0, end);
}

export function shortestDigits(magnitude: number): DecimalDigits {
  if (magnitude === 0) return { digits: "0", decimalPoint: 1 };
  const [mantissa, exponentText] = magnitude.toExponential().split("e");
  return { digits: mantissa.replace(".", ""), decimalPoint: Number(exponentText) + 1 };
}

/** mode 2: `significant` digits (at least 1), correctly rounded. */
export function significantDigits(magnitude: number, significant: number): DecimalDigits {
  const count = Math.max(1, significant);
  if (magnitude === 0) return { digits: "0", decimalPoint: 1 };
  const fast = significantDigitsByToExponential(magnitude, count);
  if (fast !== undefined) return fast;
  // Estimate floor(log10(magnitude)), then correct with the exact result.
  let exponent = Math.floor(Math.log10(magnitude));
  for (;;) {
    const rounded = scaledRoundedInteger(magnitude, count - 1 - exponent);
    const text = rounded.toString();
    if (text.length > count) {
      // Either the estimate was low or rounding carried into a new digit.
      exponent++;
      continue;
    }
    if (text.length < count) {
      exponent--;
      continue;
    }
    return { digits: stripTrailingZeros(text), decimalPoint: exponent + 1 };
  }
}

/** mode 3: digits up to `places` after the decimal point, correctly rounded. */
export function fixedDigits(magnitude: number, places: number): DecimalDigits {
  const fast = fixedDigitsByToFixed(magnitude, places);
  if (fast !== undefined) return fast;
  const rounded = scaledRoundedInteger(magnitude, places);
  if (rounded === 0n) return { digits: "0", decimalPoint: 1 };
  const text = rounded.toString();
  return { digits: stripTrailingZeros(text), decimalPoint: text.length - places };
}

const bitsView = new DataView(new ArrayBuffer(8));
const trailingZeros32 = (word: number) => 31 - Math.clz32(word & -word);

/**
 * For x = m * 2**e (x > 0), the sum z + e where z counts the trailing zero
 * bits of m: x * 10**s (s >= 0) ends in exactly .5 iff that sum + s == -1.
 */
function lowestSetBitExponent(magnitude: number): number {
  bitsView.setFloat64(0, magnitude);
  const high = bitsView.getUint32(0);
  const low = bitsView.getUint32(4);
  const biased = high >>> 20;
  const exponent = biased === 0 ? -1074 : biased - 1075;
  const highFraction = (high & 0xfffff) | (biased === 0 ? 0 : 0x100000);
  return exponent + (low !== 0 ? trailingZeros32(low) : 32 + trailingZeros32(highFraction));
}

/**
 * Fast path for mode 2 (format(x, '.3e'), '.5g'), like fixedDigitsByToFixed:
 * toExponential(count - 1) is exact but for ties, which round up. With the
 * decimal exponent k, x * 10**(count - 1 - k) is rounded; when that scale s
 * is >= 0 a tie needs lowestSetBitExponent(x) + s == -1; when s < 0 a tie
 * needs x to be an integer. A result "1.000...e(k)" may come from a carry
 * (9.95 -> "1.0e+1"), which would make k wrong for the tie test, so it too
 * takes the exact route.
 */
function significantDigitsByToExponential(
  magnitude: number,
  count: number,
): DecimalDigits | undefined {
  if (count > 101) return undefined;
  const [mantissa, exponentText] = magnitude.toExponential(count - 1).split("e");
  const digits = mantissa.replace(".", "");
  if (/^10*$/.test(digits)) return undefined;
  const decimalExponent = Number(exponentText);
  const scale = count - 1 - decimalExponent;
  const tie = scale >= 0
    ? lowestSetBitExponent(magnitude) + scale === -1
    : Number.isInteger(magnitude);
  if (tie) return undefined;
  return { digits: stripTrailingZeros(digits), decimalPoint: decimalExponent + 1 };
}

/**
 * Fast path for mode 3 (format(x, '.2f') and friends), ten times quicker than
 * the bigint route. `toFixed` is exact — it picks the integer n nearest to
 * x * 10**places — except that an exact tie goes to the larger n where C
 * rounds half to even. A tie needs x * 10**places to end in exactly .5
 * (lowestSetBitExponent(x) + places == -1). Ties, and the ranges where
 * toFixed switches to exponent notation or refuses the precision, take the
 * exact route.
 */
function fixedDigitsByToFixed(magnitude: number, places: number): DecimalDigits | undefined {
  if (places > 100 || magnitude >= 1e21) return undefined;
  if (magnitude === 0) return { digits: "0", decimalPoint: 1 };
  if (lowestSetBitExponent(magnitude) + places === -1) return undefined;
  const text = magnitude.toFixed(places).replace(".", "");
  let start = 0;
  while (start < text.length - 1 && text[start] === "0") start++;
  const digits = text.slice(start);
  if (digits === "0") return { digits: "0", decimalPoint: 1 };
  return { digits: stripTrailingZeros(digits), decimalPoint: digits.length - places };
}
