/**
 * round(), math.trunc/floor/ceil and exact ratios for floats.
 *
 * round(x, n) is correctly rounded as CPython's double_round: the exact
 * binary value is rounded half-to-even at the n-th decimal place (n may be
 * negative) and the resulting decimal is read back as the nearest double.
 * Both steps are exact here (bigint arithmetic, then Number() on the digit
 * string), so round(2.675, 2) == 2.67 (2.675 is really 2.67499999...) and
 * round(0.125, 2) == 0.12 (a true tie, to even). Outside CPython's range of
 * useful ndigits the answer is x itself (n > 323) or a signed zero
 * (n < -308), as in CPython.
 *
 * round(x) without ndigits rounds half to even to an int.
 */
import { pyError } from "./exceptions.ts";
import type { IntValue } from "./int_value.ts";
import { floatToInt } from "./int_float.ts";
import { exactBinary, scaledRoundedInteger } from "../text/float_digits.ts";
import { normalizeBigInt } from "./int_value.ts";

const NDIGITS_MAX = 323;
const NDIGITS_MIN = -308;

export function roundFloatToDigits(value: number, ndigits: number): number {
  if (value === 0 || !Number.isFinite(value)) return value;
  if (ndigits > NDIGITS_MAX) return value;
  if (ndigits < NDIGITS_MIN) return 0 * value;
  const rounded = scaledRoundedInteger(Math.abs(value), ndigits);
  const magnitude = Number(`${rounded}e${-ndigits}`);
  if (!Number.isFinite(magnitude)) {
    throw pyError("OverflowError", "rounded value too large to represent");
  }
  // A zero result keeps the sign of x (round(-0.4, 0) is -0.0).
  return value < 0 ? -magnitude : magnitude;
}

/** Round half to even to an integral double. */
function roundHalfEven(value: number): number {
  const floor = Math.floor(value);
  const difference = value - floor;
  if (difference > 0.5 || (difference === 0.5 && floor % 2 !== 0)) return floor + 1;
  return floor === 0 && (value < 0 || Object.is(value, -0)) ? -0 : floor;
}

export function roundFloatToInt(value: number): IntValue {
  return floatToInt(roundHalfEven(value));
}

export function floorFloatToInt(value: number): IntValue {
  return floatToInt(Math.floor(value));
}

export function ceilFloatToInt(value: number): IntValue {
  return floatToInt(Math.ceil(value));
}

/** float.as_integer_ratio(): the exact fraction in lowest terms, positive denominator. */
export function floatIntegerRatio(value: number): [IntValue, IntValue] {
  if (Number.isNaN(value)) throw pyError("ValueError", "cannot convert NaN to integer ratio");
  if (!Number.isFinite(value)) {
    throw pyError("OverflowError", "cannot convert Infinity to integer ratio");
  }
  if (value === 0) return [0, 1];
  let [mantissa, exponent] = exactBinary(Math.abs(value));
  while ((mantissa & 1n) === 0n && exponent < 0) {
    mantissa >>= 1n;
    exponent++;
  }
  const signed = value < 0 ? -mantissa : mantissa;
  if (exponent >= 0) return [normalizeBigInt(signed << BigInt(exponent)), 1];
  return [normalizeBigInt(signed), normalizeBigInt(1n << BigInt(-exponent))];
}
