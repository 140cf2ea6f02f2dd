/**
 * `&`, `|`, `^` and `>>` on small ints (safe integers) of any size, without
 * bigints: JS's bitwise operators work on 32 bits, Python's on the whole
 * two's-complement value. A safe integer x is split into its low 32 bits
 * (`x >>> 0`, ToUint32, which is x mod 2**32 for negatives too) and the rest
 * (`Math.floor(x / 2**32)`, at most 21 bits and the sign); the operator
 * works on each half and the halves are put back together. The result of
 * `&`, `|` and `^` of two safe integers is again a safe integer, or -2**53
 * (`-(2**53 - 1) & -2`, `-1 ^ (2**53 - 1)`): not safe, so a bigint in the
 * int's normal form; callers check for UNSAFE_RESULT.
 *
 * The interpreter's fast arithmetic and the JIT's int ops both use these,
 * so a 32-bit mask such as `(x * 69069 + 1) & 0xFFFFFFFF` stays on numbers.
 */

const WORD = 2 ** 32;

/** The operators, numbered as the JIT's templates pass them. */
export const AND = 0, OR = 1, XOR = 2;

/** The one result of safeBitwise that is not a safe integer (of AND and XOR only). */
export const UNSAFE_RESULT = -(2 ** 53);

export function safeBitwise(a: number, b: number, operator: number): number {
  const aLow = a >>> 0, bLow = b >>> 0;
  const aHigh = Math.floor(a / WORD), bHigh = Math.floor(b / WORD);
  let high: number, low: number;
  if (operator === AND) {
    high = aHigh & bHigh;
    low = (aLow & bLow) >>> 0;
  } else if (operator === OR) {
    high = aHigh | bHigh;
    low = (aLow | bLow) >>> 0;
  } else {
    high = aHigh ^ bHigh;
    low = (aLow ^ bLow) >>> 0;
  }
  return high * WORD + low;
}

/** `a >> b` for a safe integer and 0 <= b: Python's floor semantics. */
export function safeShiftRight(a: number, b: number): number {
  if (b >= 53) return a < 0 ? -1 : 0;
  return Math.floor(a / 2 ** b) + 0;
}
