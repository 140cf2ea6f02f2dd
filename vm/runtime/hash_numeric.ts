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
 * -1); only bigints and fractional floats need BigInt arithmetic.
 */

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

const floatBits = new DataView(new ArrayBuffer(8));

/** hash(x) for a finite or infinite float; `identityHash` is used for NaN. */
export function floatHash(value: number, identityHash: () => number): number | bigint {
  if (Number.isSafeInteger(value)) return value === -1 ? -2 : value === 0 ? 0 : value;
  if (!Number.isFinite(value)) {
    if (Number.isNaN(value)) return identityHash();
    return value > 0 ? INFINITY_HASH : -INFINITY_HASH;
  }
  floatBits.setFloat64(0, Math.abs(value));
  const highWord = floatBits.getUint32(0);
  const lowWord = floatBits.getUint32(4);
  const biasedExponent = highWord >>> 20;
  let mantissa = BigInt(highWord & 0xfffff) << 32n | BigInt(lowWord);
  let exponent: number;
  if (biasedExponent === 0) {
    exponent = -1074;
  } else {
    mantissa |= 1n << 52n;
    exponent = biasedExponent - 1075;
  }
  const shift = ((exponent % 61) + 61) % 61;
  const magnitude = (mantissa << BigInt(shift)) % MODULUS;
  const signed = value < 0 ? -magnitude : magnitude;
  return signed === -1n ? -2 : toNormalInt(signed);
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
