/**
 * IEEE 754 half precision for struct's 'e' code: CPython's PyFloat_Pack2
 * (rounding half to even, OverflowError past 65504 rounded) and
 * PyFloat_Unpack2.
 */
import { pyError } from "../vm/objects/exceptions.ts";
import { frexp, ldexp } from "./math_bits.ts";

/** PyFloat_Pack2: IEEE half precision, rounded half to even. */
export function halfBits(value: number): number {
  let x = value;
  let sign = 0;
  let e: number;
  let bits: number;
  if (x === 0) {
    sign = Object.is(x, -0) ? 1 : 0;
    e = 0;
    bits = 0;
  } else if (x === Infinity || x === -Infinity) {
    sign = x < 0 ? 1 : 0;
    e = 0x1f;
    bits = 0;
  } else if (Number.isNaN(x)) {
    e = 0x1f;
    bits = 512;
  } else {
    sign = x < 0 ? 1 : 0;
    if (sign) x = -x;
    let [f, exponent] = frexp(x);
    f *= 2;
    exponent--;
    if (exponent >= 16) throw halfOverflow();
    if (exponent < -25) {
      f = 0;
      exponent = 0;
    } else if (exponent < -14) {
      f = ldexp(f, 14 + exponent);
      exponent = 0;
    } else {
      exponent += 15;
      f -= 1;
    }
    f *= 1024;
    bits = Math.trunc(f);
    if (f - bits > 0.5 || (f - bits === 0.5 && bits % 2 === 1)) {
      bits++;
      if (bits === 1024) {
        bits = 0;
        exponent++;
        if (exponent === 31) throw halfOverflow();
      }
    }
    e = exponent;
  }
  return bits | (e << 10) | (sign << 15);
}

const halfOverflow = () => pyError("OverflowError", "float too large to pack with e format");

/** PyFloat_Unpack2. */
export function halfValue(bits: number): number {
  const sign = bits >> 15;
  let e = (bits >> 10) & 0x1f;
  const f = bits & 0x3ff;
  if (e === 0x1f) return f === 0 ? (sign ? -Infinity : Infinity) : NaN;
  let x = f / 1024;
  if (e === 0) e = -14;
  else {
    x += 1;
    e -= 15;
  }
  x = ldexp(x, e);
  return sign ? -x : x;
}
