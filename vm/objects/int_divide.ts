/**
 * Floor division of big ints whose quotient is small.
 *
 * V8 divides a bigint of more than 57 64-bit digits by Burnikel-Ziegler,
 * whose set-up costs grow with the operands even when the quotient is a
 * single digit: 100,000 bits by 100,000 bits takes ~60 us, twenty times a
 * multiplication of the same size. Spigot algorithms (digits of pi, e) do
 * exactly that in their inner loop. CPython's schoolbook x_divrem is
 * linear there.
 *
 * So for a divisor of 4096 bits or more, the quotient is estimated from the
 * leading bits instead: with s = bitlen(y) - 64, X = x >> s and
 * Y = y >> s (2**63 <= Y < 2**64), X / Y in doubles is within 2**-17 of
 * x / y when X is below 2**96 (a quotient below 2**33), so floor(X / Y) is
 * the quotient or one off; the remainder x - q * y (a multiplication by a small number
 * and a subtraction, both linear) tells which and corrects it. A larger
 * quotient (x >> s past 2**96) goes to V8's division, which then does real
 * work for its cost.
 */
import { bitLengthOfBig } from "./int_value.ts";

/** Divisors below this go straight to V8 (its schoolbook range, and a bit more). */
const LARGE_DIVISOR = 1n << 4096n;
/** x >> s at or past this means a quotient of 2**32 or more: V8 divides. */
const LARGE_QUOTIENT = 1n << 96n;

/**
 * [x // y, x % y] (Python's floor division and modulo) for a nonzero y;
 * undefined when the quotient is not small or y is not big (the caller
 * divides in V8).
 */
export function divideSmallQuotient(x: bigint, y: bigint): [bigint, bigint] | undefined {
  const divisor = y < 0n ? -y : y;
  if (divisor < LARGE_DIVISOR) return undefined;
  const dividend = x < 0n ? -x : x;
  let quotient = 0n;
  let remainder = dividend;
  if (dividend >= divisor) {
    const shift = BigInt(bitLengthOfBig(divisor) - 64);
    const top = dividend >> shift;
    if (top >= LARGE_QUOTIENT) return undefined;
    quotient = BigInt(Math.floor(Number(top) / Number(divisor >> shift)));
    remainder = dividend - quotient * divisor;
    while (remainder < 0n) {
      remainder += divisor;
      quotient -= 1n;
    }
    while (remainder >= divisor) {
      remainder -= divisor;
      quotient += 1n;
    }
  }
  // |x| = quotient * |y| + remainder; the floor rounds toward -infinity and
  // the remainder takes the divisor's sign.
  if ((x < 0n) !== (y < 0n)) {
    quotient = -quotient;
    if (remainder !== 0n) {
      quotient -= 1n;
      remainder = divisor - remainder;
    }
  }
  return [quotient, y < 0n ? -remainder : remainder];
}
