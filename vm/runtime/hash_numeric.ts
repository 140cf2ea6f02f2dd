/**
 * CPython's numeric hash (Python/pyhash.c, "Numeric hashes" in the library
 * reference): numbers that compare equal hash equal, across int, bool, float
 * and complex (and, later, Fraction and Decimal, which follow the same rule).
 *
 * The hash of a rational x = m / n is |m| * n**-1 reduced modulo the Mersenne
 * prime P = 2**61 - 1, carrying the sign of x; -1 is reserved (it signals an
 * error in C) and becomes -2. A float is m * 2**e exactly, and because
 * 2**61 = 1 (mod P), 2**e reduces to 2**(e mod 61) for any integer e, negative
 * ones included. Infinities hash to +-314159; a NaN hashes by identity
 * (3.10+), so the caller passes the object for that case.
 *
 * Results are Python ints in the VM's normal form (a number when safe, else a
 * bigint). Safe integers are below P, so a number int hashes to itself (except
 * -1); bigints and complex numbers use BigInt arithmetic, floats do not.
 */
import { HIGH, u64, wordsToInt } from "./hash_u64.ts";

const MODULUS = (1n << 61n) - 1n;
const INFINITY_HASH = 314159;
const IMAGINARY_MULTIPLIER = 1000003n;

function toNormalInt(value: bigint): number | bigint {
  const asNumber = Number(value);
  return Number.isSafeInteger(asNumber) ? asNumber : value;
}

/** hash(n) for an int. */
export function intHash(value: number | bigint): number | bigint {
  if (typeof value === "number") return value === -1 ? -2 : value;
  const magnitude = (value < 0n ? -value : value) % MODULUS;
  const signed = value < 0n ? -magnitude : magnitude;
  return signed === -1n ? -2 : toNormalInt(signed);
}

/** One double and its two words (little-endian, as on every host Deno runs on). */
const floatSlot = new Float64Array(1);
const floatWords = new Uint32Array(floatSlot.buffer);
const TWO_32 = 2 ** 32;
const TWO_61 = 2 ** 61;

/**
 * hash(x) of a finite float that is not a safe integer, as two 32-bit words:
 * returns the low word and leaves the high one in `u64[HIGH]`. No BigInt: with
 * x = m * 2**e (m < 2**53), m * 2**(e mod 61) is exact as a double (only the
 * exponent changes); its 61-bit halves are exact too, and their sum — which
 * reduces it modulo 2**61 - 1 — is done on 32-bit words.
 */
export function finiteFloatHashWords(value: number): number {
  floatSlot[0] = Math.abs(value);
  const highBits = floatWords[1];
  const biasedExponent = highBits >>> 20;
  const fraction = (highBits & 0xfffff) * TWO_32 + floatWords[0];
  const mantissa = biasedExponent === 0 ? fraction : fraction + 2 ** 52;
  const exponent = biasedExponent === 0 ? -1074 : biasedExponent - 1075;
  const scaled = mantissa * 2 ** (((exponent % 61) + 61) % 61);
  const upper = Math.floor(scaled / TWO_61);
  const lower = scaled - upper * TWO_61;
  let low = (lower % TWO_32) + (upper % TWO_32);
  let high = Math.floor(lower / TWO_32) + Math.floor(upper / TWO_32);
  if (low >= TWO_32) {
    low -= TWO_32;
    high++;
  }
  // The sum is below 2 * MODULUS: one subtraction reduces it.
  if (high > 0x1fffffff || (high === 0x1fffffff && low === 0xffffffff)) {
    high -= 0x20000000;
    low++;
    if (low === TWO_32) {
      low = 0;
      high++;
    }
  }
  let lowWord = low | 0;
  let highWord = high | 0;
  if (value < 0) {
    lowWord = (~lowWord + 1) | 0;
    highWord = (~highWord + (lowWord === 0 ? 1 : 0)) | 0;
  }
  if (highWord === -1 && lowWord === -1) lowWord = -2;
  u64[HIGH] = highWord;
  return lowWord;
}

/** hash(x) for a float; `identityHash` is used for NaN. */
export function floatHash(value: number, identityHash: () => number): number | bigint {
  if (Number.isSafeInteger(value)) return value === -1 ? -2 : value + 0;
  if (!Number.isFinite(value)) {
    if (Number.isNaN(value)) return identityHash();
    return value > 0 ? INFINITY_HASH : -INFINITY_HASH;
  }
  const low = finiteFloatHashWords(value);
  return wordsToInt(u64[HIGH], low);
}

/** hash(complex(real, imag)): hash(real) + 1000003 * hash(imag), wrapped to 64 bits. */
export function complexHash(
  real: number,
  imag: number,
  identityHash: () => number,
): number | bigint {
  const realHash = BigInt(floatHash(real, identityHash));
  const imagHash = BigInt(floatHash(imag, identityHash));
  const combined = BigInt.asIntN(64, realHash + IMAGINARY_MULTIPLIER * imagHash);
  return combined === -1n ? -2 : toNormalInt(combined);
}
