/**
 * The float functions of `math`, with CPython's error rules (mathmodule.c's
 * math_1 / math_2): a NaN result from non-NaN arguments is a ValueError
 * ("math domain error"); an infinite result from finite arguments is an
 * OverflowError ("math range error") for functions that can overflow and a
 * ValueError (a pole) for the others. Special values that C99 Annex F fixes
 * but libm implementations disagree on (atan2, pow, remainder, fmod) are
 * decided here before libm is asked.
 */
import type { PyValue } from "../vm/objects/object.ts";
import { PyFloat } from "../vm/objects/float.ts";
import { pyError } from "../vm/objects/exceptions.ts";
import { typeOf } from "../vm/objects/typeof.ts";
import { intOperand } from "../vm/objects/int_value.ts";
import { intToFloat } from "../vm/objects/int_float.ts";
import { late } from "../vm/runtime/late_protocols.ts";
import { bindDescriptor } from "../vm/runtime/attributes.ts";
import { callObject } from "../vm/runtime/call.ts";
import { copySign, frexp } from "./math_bits.ts";
import { libm } from "./libm.ts";

/** PyFloat_AsDouble: floats, ints, then `__float__` / `__index__`. */
export function toDouble(value: PyValue): number {
  if (value instanceof PyFloat) return value.value;
  const int = intOperand(value);
  if (int !== undefined) return intToFloat(int);
  return late.toFloat(value);
}

export const domainError = () => pyError("ValueError", "math domain error");
export const rangeError = () => pyError("OverflowError", "math range error");

/** math_1: apply a one-argument libm function with the error rules above. */
export function mathOne(x: number, f: (x: number) => number, canOverflow: boolean): PyFloat {
  const r = f(x);
  if (Number.isNaN(r) && !Number.isNaN(x)) throw domainError();
  if (!Number.isFinite(r) && !Number.isNaN(r) && Number.isFinite(x)) {
    throw canOverflow ? rangeError() : domainError();
  }
  return new PyFloat(r);
}

/** math_2: a two-argument function with the same rules (overflow always an OverflowError). */
export function mathTwo(x: number, y: number, f: (x: number, y: number) => number): PyFloat {
  const r = f(x, y);
  if (Number.isNaN(r) && !Number.isNaN(x) && !Number.isNaN(y)) throw domainError();
  if (
    !Number.isFinite(r) && !Number.isNaN(r) && Number.isFinite(x) && Number.isFinite(y) &&
    Math.abs(r) >= 1.5
  ) {
    throw rangeError();
  }
  return new PyFloat(r);
}

/** Call `obj.__name__()` looked up on the type, as _PyObject_LookupSpecial; undefined if absent. */
export function callSpecial(obj: PyValue, name: string): PyValue | undefined {
  const type = typeOf(obj);
  const descriptor = type.lookup(name);
  if (descriptor === undefined) return undefined;
  return callObject(bindDescriptor(descriptor, obj, type), [], null);
}

export function atan2(y: number, x: number): number {
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  const xPositive = copySign(1, x) === 1;
  if (!Number.isFinite(y)) {
    if (!Number.isFinite(x)) return copySign(xPositive ? 0.25 * Math.PI : 0.75 * Math.PI, y);
    return copySign(0.5 * Math.PI, y);
  }
  if (!Number.isFinite(x) || y === 0) return copySign(xPositive ? 0 : Math.PI, y);
  return libm.atan2(y, x);
}

/** IEEE remainder: x - n*y with n the nearest integer to x/y, ties to even; exact. */
export function remainder(x: number, y: number): number {
  if (Number.isFinite(x) && Number.isFinite(y)) {
    if (y === 0) return NaN;
    const absX = Math.abs(x);
    const absY = Math.abs(y);
    const m = absX % absY;
    // Compare m with absY - m rather than with absY / 2, which may be inexact.
    const c = absY - m;
    let r: number;
    if (m < c) r = m;
    else if (m > c) r = -c;
    else r = m - 2 * ((0.5 * (absX - m)) % absY);
    return copySign(1, x) * r;
  }
  if (Number.isNaN(x)) return x;
  if (Number.isNaN(y)) return y;
  if (!Number.isFinite(x)) return NaN;
  return x;
}

/** math.pow: C99 special values decided here; errors by CPython's rules. */
export function pow(x: number, y: number): number {
  if (!Number.isFinite(x) || !Number.isFinite(y)) {
    if (y === 0) return 1;
    if (Number.isNaN(x)) return x;
    if (Number.isNaN(y)) return x === 1 ? 1 : y;
    if (!Number.isFinite(x)) {
      const oddY = Number.isFinite(y) && Math.abs(y) % 2 === 1;
      if (x > 0) return y > 0 ? x : 0;
      return y > 0 ? (oddY ? x : -x) : (oddY ? copySign(0, x) : 0);
    }
    if (Math.abs(x) === 1) return 1;
    if (y > 0 && Math.abs(x) > 1) return y;
    if (y < 0 && Math.abs(x) < 1) return -y;
    return 0;
  }
  const r = libm.pow(x, y);
  if (Number.isNaN(r)) throw domainError();
  if (!Number.isFinite(r)) throw x === 0 ? domainError() : rangeError();
  return r;
}

export function fmod(x: number, y: number): number {
  if (!Number.isFinite(y) && !Number.isNaN(y) && Number.isFinite(x)) return x;
  return x % y;
}

/** math.fsum: Shewchuk's exact partial sums, rounded once at the end (half to even). */
export function fsum(values: Iterable<PyValue>): number {
  const partials: number[] = [];
  let specialSum = 0;
  let infSum = 0;
  for (const item of values) {
    let x = toDouble(item);
    const original = x;
    let i = 0;
    for (let j = 0; j < partials.length; j++) {
      let y = partials[j];
      if (Math.abs(x) < Math.abs(y)) [x, y] = [y, x];
      const hi = x + y;
      const lo = y - (hi - x);
      if (lo !== 0) partials[i++] = lo;
      x = hi;
    }
    partials.length = i;
    if (x !== 0) {
      if (!Number.isFinite(x)) {
        // Overflow of a partial sum, or an infinity/NaN among the inputs.
        if (Number.isFinite(original)) {
          throw pyError("OverflowError", "intermediate overflow in fsum");
        }
        if (!Number.isNaN(original)) infSum += original;
        specialSum += original;
        partials.length = 0;
      } else partials.push(x);
    }
  }
  if (specialSum !== 0) {
    if (Number.isNaN(infSum)) throw pyError("ValueError", "-inf + inf in fsum");
    return specialSum;
  }
  let n = partials.length;
  let hi = 0;
  if (n > 0) {
    hi = partials[--n];
    let lo = 0;
    while (n > 0) {
      const x = hi;
      const y = partials[--n];
      hi = x + y;
      lo = y - (hi - x);
      if (lo !== 0) break;
    }
    // Round half to even across partials: a same-signed partial below breaks the tie.
    if (n > 0 && ((lo < 0 && partials[n - 1] < 0) || (lo > 0 && partials[n - 1] > 0))) {
      const y = lo * 2;
      const x = hi + y;
      if (y === x - hi) hi = x;
    }
  }
  return hi;
}

/**
 * The Euclidean norm of `values` (hypot, dist), as CPython 3.11's
 * vector_norm: scale by a power of two so the largest magnitude is just
 * below 1, add the squares in double-length arithmetic (Dekker's product,
 * a compensated running sum), take the root and apply one correction step.
 */
export function vectorNorm(values: number[], max: number, foundNaN: boolean): number {
  if (!Number.isFinite(max) && !Number.isNaN(max)) return max;
  if (foundNaN) return NaN;
  if (max === 0 || values.length <= 1) return max;
  const exponent = frexp(max)[1];
  if (exponent < -1023) {
    // 2**-exponent would overflow: pre-scale by the smallest normal.
    const smallest = 2 ** -1022;
    return smallest * vectorNorm(values.map((v) => v / smallest), max / smallest, foundNaN);
  }
  const scale = 2 ** -exponent;
  let csum = 1;
  let frac1 = 0;
  let frac2 = 0;
  for (const value of values) {
    const x = value * scale;
    const [productHigh, productLow] = dekkerSquare(x);
    const sum = csum + productHigh;
    frac2 += (csum - sum) + productHigh;
    csum = sum;
    frac1 += productLow;
  }
  let h = Math.sqrt(csum - 1 + (frac1 + frac2));
  const [productHigh, productLow] = dekkerProduct(-h, h);
  const sum = csum + productHigh;
  frac2 += (csum - sum) + productHigh;
  csum = sum;
  frac1 += productLow;
  const x = csum - 1 + (frac1 + frac2);
  h += x / (2 * h);
  return h / scale;
}

const SPLITTER = 134217729; // 2**27 + 1 (Veltkamp split)

function dekkerProduct(x: number, y: number): [number, number] {
  let c = SPLITTER * x;
  const xHigh = c - (c - x);
  const xLow = x - xHigh;
  c = SPLITTER * y;
  const yHigh = c - (c - y);
  const yLow = y - yHigh;
  const p = xHigh * yHigh;
  const q = xHigh * yLow + xLow * yHigh;
  const z = p + q;
  return [z, p - z + q + xLow * yLow];
}

function dekkerSquare(x: number): [number, number] {
  return dekkerProduct(x, x);
}
