/**
 * Unsigned 64-bit arithmetic on pairs of 32-bit words, for the hashes CPython
 * defines with `Py_uhash_t` wrap-around (the frozenset hash here; the tuple
 * hash writes the same steps out inline in hash.ts, as it is hotter).
 *
 * Why not BigInt: BigInt arithmetic allocates on every operation; these
 * helpers stay on 32-bit integers. A value is the pair (high, low) of 32-bit
 * words (either signedness on input); results come back, as int32, in the
 * scratch array `u64` at HIGH and LOW: two returns without allocating a pair.
 * A typed array rather than two module variables on purpose: a module
 * variable holding a number outside the small-integer range is a boxed heap
 * number, and every write allocated one (the tuple hash ran 3x slower so).
 */

export const u64 = new Int32Array(2);
export const HIGH = 0;
export const LOW = 1;

/** High 32 bits of the 64-bit product of two uint32 values. */
export function multiplyHigh32(a: number, b: number): number {
  const a0 = a & 0xffff;
  const a1 = a >>> 16;
  const b0 = b & 0xffff;
  const b1 = b >>> 16;
  const low = a0 * b0;
  const middle1 = a1 * b0;
  const middle2 = a0 * b1;
  const carry = ((low >>> 16) + (middle1 & 0xffff) + (middle2 & 0xffff)) >>> 16;
  return a1 * b1 + (middle1 >>> 16) + (middle2 >>> 16) + carry;
}

/** (aHigh:aLow) * (bHigh:bLow) mod 2**64. */
export function multiply64(aHigh: number, aLow: number, bHigh: number, bLow: number): void {
  const high = multiplyHigh32(aLow >>> 0, bLow >>> 0) + Math.imul(aLow, bHigh) +
    Math.imul(aHigh, bLow);
  u64[HIGH] = high;
  u64[LOW] = Math.imul(aLow, bLow);
}

/** (aHigh:aLow) + (bHigh:bLow) mod 2**64. */
export function add64(aHigh: number, aLow: number, bHigh: number, bLow: number): void {
  const low = (aLow >>> 0) + (bLow >>> 0);
  u64[LOW] = low;
  u64[HIGH] = (aHigh >>> 0) + (bHigh >>> 0) + (low > 0xffffffff ? 1 : 0);
}

/** Logical right shift by `count` bits (0 < count < 32). */
export function shiftRight64(high: number, low: number, count: number): void {
  u64[LOW] = (low >>> count) | (high << (32 - count));
  u64[HIGH] = high >>> count;
}

/** Left shift by `count` bits (0 < count < 32). */
export function shiftLeft64(high: number, low: number, count: number): void {
  u64[HIGH] = (high << count) | (low >>> (32 - count));
  u64[LOW] = low << count;
}

/** A 64-bit two's-complement value as a Python int (a number when safe). */
export function wordsToInt(high: number, low: number): number | bigint {
  const signedHigh = high | 0;
  if (signedHigh === ((low | 0) >> 31)) return low | 0;
  const value = signedHigh * 4294967296 + (low >>> 0);
  if (Number.isSafeInteger(value)) return value;
  return (BigInt(signedHigh) << 32n) | BigInt(low >>> 0);
}
