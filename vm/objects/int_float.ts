/**
 * Conversions between int and float, each correctly rounded as CPython's.
 *
 * - `intToFloat`: `Number(bigint)` rounds to nearest, ties to even (ECMA-262
 *   "the Number value for"), exactly what CPython's PyLong_AsDouble does; only
 *   the overflow check is ours.
 * - `floatToInt`: truncation toward zero; a finite double of magnitude >= 2**53
 *   is an integer already and `BigInt(x)` is exact.
 * - `ratioToFloat(n, d)`: the double nearest n/d, for true division of ints
 *   (CPython's long_true_divide is correctly rounded). When both operands are
 *   exactly representable doubles, one IEEE division is already correctly
 *   rounded. Otherwise we scale so that the integer quotient carries at least
 *   two bits more than the target precision, fold the remainder into a sticky
 *   bit, and round half-to-even by hand. The target precision is 53 bits for
 *   normal results and fewer in the subnormal range, so rounding happens once
 *   (a second rounding by the final scaling would be a double-rounding bug).
 */
import { pyError } from "./exceptions.ts";
import { bitLengthOfBig, type IntValue, normalizeBigInt } from "./int_value.ts";

const TWO_53 = 2 ** 53;

export function intToFloat(value: IntValue): number {
  if (typeof value === "number") return value;
  const result = Number(value);
  if (!Number.isFinite(result)) throw pyError("OverflowError", "int too large to convert to float");
  return result;
}

export function floatToInt(value: number): IntValue {
  if (!Number.isFinite(value)) {
    throw Number.isNaN(value)
      ? pyError("ValueError", "cannot convert float NaN to integer")
      : pyError("OverflowError", "cannot convert float infinity to integer");
  }
  // `+ 0` turns -0 (from truncating -0.5) into 0: the int normal form has no -0.
  if (Math.abs(value) < TWO_53) return Math.trunc(value) + 0;
  return normalizeBigInt(BigInt(value));
}

/** Multiply by 2**exponent without intermediate overflow or underflow. */
function scaleByPowerOfTwo(value: number, exponent: number): number {
  let result = value;
  let remaining = exponent;
  while (remaining > 1000) {
    result *= 2 ** 1000;
    remaining -= 1000;
  }
  while (remaining < -1000) {
    result *= 2 ** -1000;
    remaining += 1000;
  }
  return result * 2 ** remaining;
}

/** n / d correctly rounded; d !== 0n. Throws OverflowError when the result is too large. */
export function ratioToFloat(numerator: bigint, denominator: bigint): number {
  const result = ratioToFloatOrInfinity(numerator, denominator);
  if (!Number.isFinite(result)) {
    throw pyError("OverflowError", "integer division result too large for a float");
  }
  return result;
}

/** n / d correctly rounded; ±Infinity when too large. */
export function ratioToFloatOrInfinity(numerator: bigint, denominator: bigint): number {
  const negative = (numerator < 0n) !== (denominator < 0n);
  let n = numerator < 0n ? -numerator : numerator;
  let d = denominator < 0n ? -denominator : denominator;
  if (n === 0n) return negative ? -0 : 0;
  if (n <= BigInt(TWO_53) && d <= BigInt(TWO_53)) {
    const quotient = Number(n) / Number(d);
    return negative ? -quotient : quotient;
  }
  // Scale so the quotient has at least 55 significant bits.
  const shift = 55 - (bitLengthOfBig(n) - bitLengthOfBig(d));
  if (shift > 0) n <<= BigInt(shift);
  else d <<= BigInt(-shift);
  let quotient = n / d;
  const sticky = n % d !== 0n;
  // value = quotient * 2**-shift, quotient in [2**54, 2**56).
  const quotientBits = bitLengthOfBig(quotient);
  const exponent = quotientBits - 1 - shift; // value in [2**exponent, 2**(exponent+1))
  if (exponent >= 1024) return negative ? -Infinity : Infinity;
  const precision = exponent >= -1022 ? 53 : Math.max(0, 53 - (-1022 - exponent));
  const drop = quotientBits - precision;
  const half = 1n << BigInt(drop - 1);
  const dropped = quotient & ((1n << BigInt(drop)) - 1n);
  quotient >>= BigInt(drop);
  if (dropped > half || (dropped === half && (sticky || (quotient & 1n) === 1n))) quotient += 1n;
  const result = scaleByPowerOfTwo(Number(quotient), drop - shift);
  return negative ? -result : result;
}
