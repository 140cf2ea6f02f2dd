/**
 * complex arithmetic: the nb_* slots of complex, with CPython's algorithms.
 *
 * A complex slot accepts complex, float or int on either side (an int or
 * float x becomes x + 0j, as CPython's to_complex does); anything else gives
 * NotImplemented. complex has no //, % or divmod in Python 3.
 *
 * - Division is Smith's method as in CPython's _Py_c_quot: divide by the
 *   larger-magnitude part of the divisor to avoid overflow; a zero divisor
 *   raises "complex division by zero"; a NaN divisor yields nan+nanj.
 * - Power: an exponent that is a small integer (|n| <= 100, imag 0) uses
 *   repeated squaring (more accurate); otherwise the polar formula. A zero
 *   base with a negative or complex exponent raises ZeroDivisionError, and an
 *   infinite part in the result raises OverflowError("complex exponentiation")
 *   — but NaN results do not, which is why (inf+0j)**2 is nan+nanj while
 *   (inf+0j)**1 raises. An infinite phase in the polar formula raises the
 *   ZeroDivisionError too (libm's cos(inf) sets EDOM, which CPython maps to it).
 */
import type { PyValue } from "./object.ts";
import { NotImplemented } from "./singletons.ts";
import { pyError } from "./exceptions.ts";
import { PyFloat } from "./float.ts";
import { complexType, PyComplex } from "./complex.ts";
import { intOperand } from "./int_value.ts";
import { intToFloat } from "./int_float.ts";
import { hypot } from "./float_hypot.ts";

type Parts = [real: number, imag: number];

/** The (real, imag) of a complex, float or int operand; undefined for anything else. */
export function complexOperand(value: PyValue): Parts | undefined {
  if (value instanceof PyComplex) return [value.real, value.imag];
  if (value instanceof PyFloat) return [value.value, 0];
  const asInt = intOperand(value);
  return asInt === undefined ? undefined : [intToFloat(asInt), 0];
}

class ComplexDivisionByZero {}
const DIVISION_BY_ZERO = new ComplexDivisionByZero();

function quotient(a: Parts, b: Parts): Parts {
  const [ar, ai] = a;
  const [br, bi] = b;
  const absReal = Math.abs(br);
  const absImag = Math.abs(bi);
  if (absReal >= absImag) {
    if (absReal === 0) throw DIVISION_BY_ZERO;
    const ratio = bi / br;
    const denominator = br + bi * ratio;
    return [(ar + ai * ratio) / denominator, (ai - ar * ratio) / denominator];
  }
  if (absImag >= absReal) {
    const ratio = br / bi;
    const denominator = br * ratio + bi;
    return [(ar * ratio + ai) / denominator, (ai * ratio - ar) / denominator];
  }
  return [NaN, NaN];
}

function product(a: Parts, b: Parts): Parts {
  return [a[0] * b[0] - a[1] * b[1], a[0] * b[1] + a[1] * b[0]];
}

function powerBySquaring(base: Parts, exponent: number): Parts {
  let result: Parts = [1, 0];
  let power = base;
  for (let mask = 1; mask > 0 && exponent >= mask; mask *= 2) {
    if (Math.floor(exponent / mask) % 2 === 1) result = product(result, power);
    power = product(power, power);
  }
  return result;
}

function polarPower(a: Parts, b: Parts): Parts {
  if (b[0] === 0 && b[1] === 0) return [1, 0];
  if (a[0] === 0 && a[1] === 0) {
    if (b[1] !== 0 || b[0] < 0) throw DIVISION_BY_ZERO;
    return [0, 0];
  }
  const magnitude = hypot(a[0], a[1]);
  let length = Math.pow(magnitude, b[0]);
  const angle = Math.atan2(a[1], a[0]);
  let phase = angle * b[0];
  if (b[1] !== 0) {
    length /= Math.exp(angle * b[1]);
    phase += b[1] * Math.log(magnitude);
  }
  // C's cos/sin of an infinite phase set errno to EDOM, which CPython reports
  // with the zero-base message: (-1) ** complex(inf, 1) raises ZeroDivisionError.
  if (phase === Infinity || phase === -Infinity) throw DIVISION_BY_ZERO;
  return [length * Math.cos(phase), length * Math.sin(phase)];
}

/** a ** b on parts, raising as CPython's complex_pow. */
export function complexPowerParts(a: Parts, b: Parts): Parts {
  let result: Parts;
  try {
    if (b[1] === 0 && b[0] === Math.floor(b[0]) && Math.abs(b[0]) <= 100) {
      const n = b[0];
      result = n >= 0 ? powerBySquaring(a, n) : quotient([1, 0], powerBySquaring(a, -n));
    } else {
      result = polarPower(a, b);
    }
  } catch (error) {
    if (error !== DIVISION_BY_ZERO) throw error;
    throw pyError("ZeroDivisionError", "0.0 to a negative or complex power");
  }
  if (Math.abs(result[0]) === Infinity || Math.abs(result[1]) === Infinity) {
    throw pyError("OverflowError", "complex exponentiation");
  }
  return result;
}

/** (ar + ai j) ** (br + bi j) as a complex object (float ** float with a complex result). */
export function complexPowerValues(ar: number, ai: number, br: number, bi: number): PyComplex {
  const [real, imag] = complexPowerParts([ar, ai], [br, bi]);
  return new PyComplex(real, imag);
}

export function complexQuotientParts(a: Parts, b: Parts): Parts {
  try {
    return quotient(a, b);
  } catch (error) {
    if (error !== DIVISION_BY_ZERO) throw error;
    throw pyError("ZeroDivisionError", "complex division by zero");
  }
}

/** abs(z): libm's hypot (float_hypot.ts), with OverflowError when finite parts give an infinite modulus. */
export function complexAbsoluteValue(real: number, imag: number): number {
  const result = hypot(real, imag);
  if (result === Infinity && Number.isFinite(real) && Number.isFinite(imag)) {
    throw pyError("OverflowError", "absolute value too large");
  }
  return result;
}

// ---- slots ------------------------------------------------------------------

function complexSlot(operation: (a: Parts, b: Parts) => Parts) {
  return (a: PyValue, b: PyValue): PyValue => {
    const x = complexOperand(a);
    const y = complexOperand(b);
    if (x === undefined || y === undefined) return NotImplemented;
    const [real, imag] = operation(x, y);
    return new PyComplex(real, imag);
  };
}

export const complexAdd = complexSlot((a, b) => [a[0] + b[0], a[1] + b[1]]);
export const complexSubtract = complexSlot((a, b) => [a[0] - b[0], a[1] - b[1]]);
export const complexMultiply = complexSlot(product);
export const complexTrueDivide = complexSlot(complexQuotientParts);

export function complexPower(a: PyValue, b: PyValue, m: PyValue | undefined = undefined): PyValue {
  if (m !== undefined && m !== null) throw pyError("ValueError", "complex modulo");
  const x = complexOperand(a);
  const y = complexOperand(b);
  if (x === undefined || y === undefined) return NotImplemented;
  const [real, imag] = complexPowerParts(x, y);
  return new PyComplex(real, imag);
}

export function complexNegative(a: PyValue): PyValue {
  return a instanceof PyComplex ? new PyComplex(-a.real, -a.imag) : NotImplemented;
}

export function complexPositive(a: PyValue): PyValue {
  if (!(a instanceof PyComplex)) return NotImplemented;
  return a.cls === complexType ? a : new PyComplex(a.real, a.imag);
}

export function complexAbsolute(a: PyValue): PyValue {
  return a instanceof PyComplex
    ? new PyFloat(complexAbsoluteValue(a.real, a.imag))
    : NotImplemented;
}
