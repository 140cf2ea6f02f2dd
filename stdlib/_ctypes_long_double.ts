/**
 * c_longdouble's memory: x86-64's 80-bit extended format (64-bit mantissa
 * with an explicit integer bit, 15-bit exponent, sign) in a 16-byte slot.
 * Python sees a double, as CPython does (PyFloat_FromDouble of the value):
 * reading rounds the 64-bit mantissa to 53 bits, writing is exact.
 */
const BIAS = 16383;

export function readLongDouble(view: DataView, offset: number, little: boolean): number {
  const low = view.getBigUint64(offset + (little ? 0 : 8), little);
  const top = little ? view.getUint16(offset + 8, true) : view.getUint16(offset, false);
  const sign = top & 0x8000 ? -1 : 1;
  const exponent = top & 0x7fff;
  if (exponent === 0x7fff) {
    return (low & 0x7fffffffffffffffn) === 0n ? sign * Infinity : NaN;
  }
  if (low === 0n) return sign * 0;
  // value = mantissa * 2^(exponent - BIAS - 63); scale in steps to stay in range.
  let value = Number(low);
  let power = (exponent === 0 ? 1 : exponent) - BIAS - 63;
  while (power > 1000) {
    value *= 2 ** 1000;
    power -= 1000;
  }
  while (power < -1000) {
    value *= 2 ** -1000;
    power += 1000;
  }
  return sign * value * 2 ** power;
}

export function writeLongDouble(view: DataView, offset: number, value: number, little: boolean) {
  let top: number;
  let mantissa: bigint;
  const negative = value < 0 || Object.is(value, -0);
  if (Number.isNaN(value)) {
    top = 0x7fff;
    mantissa = 0xc000000000000000n;
  } else if (!Number.isFinite(value)) {
    top = 0x7fff | (negative ? 0x8000 : 0);
    mantissa = 0x8000000000000000n;
  } else if (value === 0) {
    top = negative ? 0x8000 : 0;
    mantissa = 0n;
  } else {
    const bits = new DataView(new ArrayBuffer(8));
    bits.setFloat64(0, Math.abs(value));
    const raw = bits.getBigUint64(0);
    let exponent = Number((raw >> 52n) & 0x7ffn);
    let fraction = raw & 0xfffffffffffffn;
    if (exponent === 0) {
      // A subnormal double: normalise it (extended precision has the range).
      exponent = 1;
      while ((fraction & 0x10000000000000n) === 0n) {
        fraction <<= 1n;
        exponent--;
      }
      fraction &= 0xfffffffffffffn;
    }
    mantissa = (0x10000000000000n | fraction) << 11n;
    top = (exponent - 1023 + BIAS) | (negative ? 0x8000 : 0);
  }
  if (little) {
    view.setBigUint64(offset, mantissa, true);
    view.setUint16(offset + 8, top, true);
  } else {
    view.setUint16(offset, top, false);
    view.setBigUint64(offset + 8, mantissa, false);
  }
  const padding = little ? 10 : 2;
  for (let i = 0; i < 6; i++) view.setUint8(offset + padding + i, 0);
}
