/**
 * float arithmetic: the nb_* slots of float, with CPython's semantics.
 *
 * A float slot accepts a float or an int on either side (CPython's
 * CONVERT_TO_DOUBLE): `1 + 2.5` reaches `floatAdd(1, 2.5)` after int's slot
 * returned NotImplemented. Ints convert with correct rounding and raise
 * OverflowError when too large. Anything else gives NotImplemented.
 *
 * Floor division and modulo follow CPython's float_divmod: the remainder
 * takes the sign of the divisor (a zero remainder too: copysign(0, b)), and
 * the quotient is (a - mod) / b corrected to the nearest integer, which keeps
 * divmod consistent (q * b + r == a as closely as doubles allow).
 *
 * `**` follows float_pow case by case (C99 Annex F pow, plus Python's
 * exceptions): 0.0 ** negative raises, a negative base with a non-integer
 * exponent yields a complex, overflow raises OverflowError(34, ...).
 * Math.pow supplies the finite, positive-base case; it agreed with glibc's
 * pow bit for bit on 25,000 random cases, but neither is guaranteed
 * correctly rounded, so a rare last-bit difference stays possible
 * (docs/numbers.md, known differences).
 */
import type { PyValue } from "./object.ts";
import { NotImplemented } from "./singletons.ts";
import { pyError } from "./exceptions.ts";
import { floatType, PyFloat } from "./float.ts";
import { intOperand } from "./int_value.ts";
import { intToFloat } from "./int_float.ts";
import { complexPowerValues } from "./complex_arith.ts";

/** The double of a float or int operand, or undefined when it is neither. */
export function floatOperand(value: PyValue): number | undefined {
  if (value instanceof PyFloat) return value.value;
  const asInt = intOperand(value);
  return asInt === undefined ? undefined : intToFloat(asInt);
}

export function floatDivide(x: number, y: number): number {
  if (y === 0) throw pyError("ZeroDivisionError", "float division by zero");
  return x / y;
}

export function floatRemainder(x: number, y: number, message = "float modulo"): number {
  if (y === 0) throw pyError("ZeroDivisionError", message);
  let remainder = x % y;
  if (remainder !== 0) {
    if ((y < 0) !== (remainder < 0)) remainder += y;
  } else {
    remainder = y < 0 ? -0 : 0;
  }
  return remainder;
}

/** [x // y, x % y] as CPython's float_divmod computes them. */
export function floatDivmodValues(
  x: number,
  y: number,
  message = "float divmod()",
): [number, number] {
  if (y === 0) throw pyError("ZeroDivisionError", message);
  let remainder = x % y;
  let quotient = (x - remainder) / y;
  if (remainder !== 0) {
    if ((y < 0) !== (remainder < 0)) {
      remainder += y;
      quotient -= 1;
    }
  } else {
    remainder = y < 0 ? -0 : 0;
  }
  let floorQuotient: number;
  if (quotient !== 0) {
    floorQuotient = Math.floor(quotient);
    if (quotient - floorQuotient > 0.5) floorQuotient += 1;
  } else {
    floorQuotient = x / y < 0 || Object.is(x / y, -0) ? -0 : 0;
  }
  return [floorQuotient, remainder];
}

function isOddInteger(value: number): boolean {
  return Number.isInteger(value) && Math.abs(value % 2) === 1;
}

/**
 * x ** y for doubles, raising as CPython does. Returns undefined when the
 * result is complex (negative base, non-integer exponent).
 */
export function powerOfFloatsOrComplex(x: number, y: number): number | undefined {
  if (y === 0) return 1;
  if (Number.isNaN(x)) return x;
  if (Number.isNaN(y)) return x === 1 ? 1 : y;
  if (!Number.isFinite(y)) {
    const magnitude = Math.abs(x);
    if (magnitude === 1) return 1;
    return (y > 0) === (magnitude > 1) ? Math.abs(y) : 0;
  }
  if (!Number.isFinite(x)) {
    const odd = isOddInteger(y);
    if (x > 0) return y > 0 ? x : 0;
    return y > 0 ? (odd ? x : -x) : (odd ? -0 : 0);
  }
  if (x === 0) {
    if (y < 0) throw pyError("ZeroDivisionError", "0.0 cannot be raised to a negative power");
    return isOddInteger(y) ? x : 0;
  }
  let base = x;
  let negateResult = false;
  if (x < 0) {
    if (!Number.isInteger(y)) return undefined;
    base = -x;
    negateResult = isOddInteger(y);
  }
  if (base === 1) return negateResult ? -1 : 1;
  const result = Math.pow(base, y);
  if (!Number.isFinite(result)) {
    throw pyError("OverflowError", 34, "Numerical result out of range");
  }
  return negateResult ? -result : result;
}

/**
 * x ** y for a trace (jit/ir_ops.ts float_pow): the float, or undefined
 * where Python raises (ZeroDivisionError, OverflowError) or the result is
 * complex — the trace then leaves and the interpreter does it all.
 */
export function floatPowerInTrace(x: number, y: number): number | undefined {
  try {
    return powerOfFloatsOrComplex(x, y);
  } catch {
    return undefined;
  }
}

/** x ** y where the caller knows the result is real (integer exponent). */
export function powerOfFloats(x: number, y: number): number {
  return powerOfFloatsOrComplex(x, y) as number;
}

// ---- slots ------------------------------------------------------------------

// Hot path in each slot: both operands are PyFloat (checked before any call).
export function floatAdd(a: PyValue, b: PyValue): PyValue {
  if (a instanceof PyFloat && b instanceof PyFloat) return new PyFloat(a.value + b.value);
  const x = floatOperand(a);
  const y = floatOperand(b);
  return x === undefined || y === undefined ? NotImplemented : new PyFloat(x + y);
}

export function floatSubtract(a: PyValue, b: PyValue): PyValue {
  if (a instanceof PyFloat && b instanceof PyFloat) return new PyFloat(a.value - b.value);
  const x = floatOperand(a);
  const y = floatOperand(b);
  return x === undefined || y === undefined ? NotImplemented : new PyFloat(x - y);
}

export function floatMultiply(a: PyValue, b: PyValue): PyValue {
  if (a instanceof PyFloat && b instanceof PyFloat) return new PyFloat(a.value * b.value);
  const x = floatOperand(a);
  const y = floatOperand(b);
  return x === undefined || y === undefined ? NotImplemented : new PyFloat(x * y);
}

export function floatTrueDivide(a: PyValue, b: PyValue): PyValue {
  const x = floatOperand(a);
  const y = floatOperand(b);
  return x === undefined || y === undefined ? NotImplemented : new PyFloat(floatDivide(x, y));
}

export function floatFloorDivide(a: PyValue, b: PyValue): PyValue {
  const x = floatOperand(a);
  const y = floatOperand(b);
  if (x === undefined || y === undefined) return NotImplemented;
  return new PyFloat(floatDivmodValues(x, y, "float floor division by zero")[0]);
}

export function floatModulo(a: PyValue, b: PyValue): PyValue {
  const x = floatOperand(a);
  const y = floatOperand(b);
  return x === undefined || y === undefined ? NotImplemented : new PyFloat(floatRemainder(x, y));
}

/** divmod(a, b): a two-element JS array of floats; the caller builds the tuple. */
export function floatDivmod(a: PyValue, b: PyValue): [PyFloat, PyFloat] | typeof NotImplemented {
  const x = floatOperand(a);
  const y = floatOperand(b);
  if (x === undefined || y === undefined) return NotImplemented;
  const [quotient, remainder] = floatDivmodValues(x, y);
  return [new PyFloat(quotient), new PyFloat(remainder)];
}

export function floatPower(a: PyValue, b: PyValue, m: PyValue | undefined = undefined): PyValue {
  if (m !== undefined && m !== null) {
    throw pyError("TypeError", "pow() 3rd argument not allowed unless all arguments are integers");
  }
  const x = floatOperand(a);
  const y = floatOperand(b);
  if (x === undefined || y === undefined) return NotImplemented;
  const result = powerOfFloatsOrComplex(x, y);
  return result === undefined ? complexPowerValues(x, 0, y, 0) : new PyFloat(result);
}

export function floatNegative(a: PyValue): PyValue {
  return a instanceof PyFloat ? new PyFloat(-a.value) : NotImplemented;
}

export function floatPositive(a: PyValue): PyValue {
  if (!(a instanceof PyFloat)) return NotImplemented;
  return a.cls === floatType ? a : new PyFloat(a.value);
}

export function floatAbsolute(a: PyValue): PyValue {
  return a instanceof PyFloat ? new PyFloat(Math.abs(a.value)) : NotImplemented;
}
