/**
 * Bit-level float operations the math module needs and JS lacks: frexp,
 * ldexp (rounded once, also into the subnormal range), nextafter, the sign
 * bit (also of a NaN) and copysign.
 */
const view = new DataView(new ArrayBuffer(8));

/** True when the sign bit of `x` is set (-0.0 and negative NaNs included). */
export function signBit(x: number): boolean {
  view.setFloat64(0, x);
  return (view.getUint8(0) & 0x80) !== 0;
}

export function copySign(x: number, y: number): number {
  const negative = signBit(y);
  view.setFloat64(0, x);
  const high = view.getUint8(0) & 0x7f;
  view.setUint8(0, negative ? high | 0x80 : high);
  return view.getFloat64(0);
}

/** x = mantissa * 2**exponent with 0.5 <= |mantissa| < 1; zeros, infinities and NaN unchanged. */
export function frexp(x: number): [number, number] {
  if (x === 0 || !Number.isFinite(x)) return [x, 0];
  let value = x;
  let bias = 0;
  if (Math.abs(value) < 2 ** -1022) {
    value *= 2 ** 64;
    bias = -64;
  }
  view.setFloat64(0, value);
  const biased = (view.getUint16(0) >> 4) & 0x7ff;
  const exponent = biased - 1022;
  // Replace the exponent field by 1022 (the binade [0.5, 1)).
  view.setUint16(0, (view.getUint16(0) & 0x800f) | (1022 << 4));
  return [view.getFloat64(0), exponent + bias];
}

/** x * 2**exponent with a single rounding; ±Infinity when too large. */
export function ldexp(x: number, exponent: number): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  const [mantissa, e] = frexp(x);
  const target = e + exponent;
  if (target > 1024) return mantissa * Infinity;
  if (target >= -1021) return (mantissa * 2) * 2 ** (target - 1);
  if (target < -1080) return mantissa * 0;
  return (mantissa * 2 ** (target + 60)) * 2 ** -60;
}

/** The next double after x in the direction of y. */
export function nextAfter(x: number, y: number): number {
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  if (x === y) return y;
  if (x === 0) return copySign(Number.MIN_VALUE, y);
  view.setFloat64(0, x);
  let bits = view.getBigUint64(0);
  bits += (y > x) === (x > 0) ? 1n : -1n;
  view.setBigUint64(0, bits);
  return view.getFloat64(0);
}
