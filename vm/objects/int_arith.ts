/**
 * int arithmetic: the nb_* slots of int (and bool, which inherits them).
 *
 * Each binary function has CPython's slot contract: it receives the two
 * operands of `a op b` in order, returns the result when both are ints, and
 * returns NotImplemented otherwise so the caller can try the reflected slot
 * of the other operand (float's, complex's, a user class's).
 *
 * Hot path: +, - and * first test "both operands are JS numbers" (small
 * ints) inline, before any helper call, so V8 (and the JIT's generic
 * fallback) sees one monomorphic branch; bench/numbers/ measures it. Overflow detection
 * rests on one fact: when the exact result of +, -, * on safe integers is
 * itself a safe integer, the double result is exact; when it is not, the
 * double result is not a safe integer either. So `Number.isSafeInteger` on
 * the double result decides whether to redo the operation in bigint.
 * `+ 0` normalises -0 (0 * -5, (-4) % 2) to 0.
 */
import type { PyValue } from "./object.ts";
import { NotImplemented } from "./singletons.ts";
import { pyError } from "./exceptions.ts";
import { PyFloat } from "./float.ts";
import {
  bigIntLimitError,
  bitLengthOfBig,
  intOperand,
  type IntValue,
  isZero,
  MAX_BIGINT_BITS,
  normalizeBigInt,
  toBigInt,
} from "./int_value.ts";
import { intToFloat, ratioToFloat } from "./int_float.ts";
import { divideSmallQuotient } from "./int_divide.ts";
import { powerOfFloats } from "./float_arith.ts";

// ---- value-level operations (both operands already ints) -------------------

export function addInts(a: IntValue, b: IntValue): IntValue {
  if (typeof a === "number" && typeof b === "number") {
    const sum = a + b;
    if (Number.isSafeInteger(sum)) return sum;
  }
  return normalizeBigInt(toBigInt(a) + toBigInt(b));
}

export function subtractInts(a: IntValue, b: IntValue): IntValue {
  if (typeof a === "number" && typeof b === "number") {
    const difference = a - b;
    if (Number.isSafeInteger(difference)) return difference;
  }
  return normalizeBigInt(toBigInt(a) - toBigInt(b));
}

export function multiplyInts(a: IntValue, b: IntValue): IntValue {
  if (typeof a === "number" && typeof b === "number") {
    const product = a * b;
    if (Number.isSafeInteger(product)) return product + 0;
  }
  try {
    return normalizeBigInt(toBigInt(a) * toBigInt(b));
  } catch (error) {
    throw bigIntLimitError(error);
  }
}

function divisionByZero(message = "integer division or modulo by zero"): never {
  throw pyError("ZeroDivisionError", message);
}

/** [floor(a / b), a - b * floor(a / b)]: Python's quotient and remainder (sign of b). */
export function divmodInts(a: IntValue, b: IntValue): [IntValue, IntValue] {
  if (typeof a === "number" && typeof b === "number") {
    if (b === 0) divisionByZero();
    // JS % on doubles is exact, and a - r is then exactly divisible by b.
    let remainder = a % b;
    let quotient = (a - remainder) / b;
    if (remainder !== 0 && (remainder < 0) !== (b < 0)) {
      remainder += b;
      quotient -= 1;
    }
    return [quotient + 0, remainder + 0];
  }
  const x = toBigInt(a);
  const y = toBigInt(b);
  if (y === 0n) divisionByZero();
  const small = divideSmallQuotient(x, y);
  if (small !== undefined) return [normalizeBigInt(small[0]), normalizeBigInt(small[1])];
  // One bigint division: the remainder by a multiplication, which costs less.
  let quotient = x / y;
  let remainder = x - quotient * y;
  if (remainder !== 0n && (remainder < 0n) !== (y < 0n)) {
    remainder += y;
    quotient -= 1n;
  }
  return [normalizeBigInt(quotient), normalizeBigInt(remainder)];
}

export function floorDivideInts(a: IntValue, b: IntValue): IntValue {
  if (typeof a === "number" && typeof b === "number") return divmodInts(a, b)[0];
  const x = toBigInt(a);
  const y = toBigInt(b);
  if (y === 0n) divisionByZero();
  const small = divideSmallQuotient(x, y);
  if (small !== undefined) return normalizeBigInt(small[0]);
  // Truncation is the floor unless the signs differ and the division is inexact.
  const quotient = x / y;
  if ((x < 0n) !== (y < 0n) && quotient * y !== x) return normalizeBigInt(quotient - 1n);
  return normalizeBigInt(quotient);
}

export function moduloInts(a: IntValue, b: IntValue): IntValue {
  if (isZero(b)) divisionByZero("integer modulo by zero");
  if (typeof a === "number" && typeof b === "number") {
    const remainder = a % b;
    return (remainder !== 0 && (remainder < 0) !== (b < 0) ? remainder + b : remainder) + 0;
  }
  const x = toBigInt(a);
  const y = toBigInt(b);
  const small = divideSmallQuotient(x, y);
  if (small !== undefined) return normalizeBigInt(small[1]);
  const remainder = x % y;
  return normalizeBigInt(
    remainder !== 0n && (remainder < 0n) !== (y < 0n) ? remainder + y : remainder,
  );
}

/** int / int: the correctly rounded float quotient. */
export function trueDivideInts(a: IntValue, b: IntValue): number {
  if (isZero(b)) throw pyError("ZeroDivisionError", "division by zero");
  if (typeof a === "number" && typeof b === "number") {
    // Safe integers are exact doubles; IEEE division is correctly rounded.
    return a / b;
  }
  return ratioToFloat(toBigInt(a), toBigInt(b));
}

export function negateInt(a: IntValue): IntValue {
  return typeof a === "number" ? -a + 0 : normalizeBigInt(-a);
}

export function absInt(a: IntValue): IntValue {
  return typeof a === "number" ? Math.abs(a) : a < 0n ? -a : a;
}

/** a ** b for b >= 0, in numbers while the result stays safe. */
export function powerInts(a: IntValue, b: IntValue): IntValue {
  if (typeof a === "number" && typeof b === "number") {
    let result = 1;
    let base = a;
    let exponent = b;
    // Square-and-multiply; leaves the loop at the first unsafe intermediate.
    while (true) {
      if (exponent % 2 === 1) {
        result *= base;
        if (!Number.isSafeInteger(result)) break;
      }
      exponent = Math.floor(exponent / 2);
      if (exponent === 0) return result + 0;
      base *= base;
      if (!Number.isSafeInteger(base)) break;
    }
  }
  const base = toBigInt(a);
  if (base === 0n || base === 1n) return Number(base);
  if (base === -1n) return isZero(moduloInts(b, 2)) ? 1 : -1;
  const exponent = toBigInt(b);
  if (exponent * BigInt(bitLengthOfBig(base)) > BigInt(MAX_BIGINT_BITS)) {
    throw pyError("MemoryError");
  }
  return normalizeBigInt(base ** exponent);
}

function modularInverse(value: bigint, modulus: bigint): bigint {
  let [oldR, r] = [value, modulus];
  let [oldS, s] = [1n, 0n];
  while (r !== 0n) {
    const q = oldR / r;
    [oldR, r] = [r, oldR - q * r];
    [oldS, s] = [s, oldS - q * s];
  }
  if (oldR !== 1n) throw pyError("ValueError", "base is not invertible for the given modulus");
  return ((oldS % modulus) + modulus) % modulus;
}

/** pow(a, b, m) on ints, with CPython's rules for negative b and the sign of m. */
export function modularPowerInts(a: IntValue, b: IntValue, m: IntValue): IntValue {
  if (isZero(m)) throw pyError("ValueError", "pow() 3rd argument cannot be 0");
  const modulus = toBigInt(m);
  const magnitude = modulus < 0n ? -modulus : modulus;
  let base = ((toBigInt(a) % magnitude) + magnitude) % magnitude;
  let exponent = toBigInt(b);
  if (exponent < 0n) {
    base = modularInverse(base, magnitude);
    exponent = -exponent;
  }
  let result = magnitude === 1n ? 0n : 1n;
  while (exponent > 0n) {
    if ((exponent & 1n) === 1n) result = (result * base) % magnitude;
    base = (base * base) % magnitude;
    exponent >>= 1n;
  }
  if (modulus < 0n && result !== 0n) result += modulus;
  return normalizeBigInt(result);
}

// ---- slots (operands of any type) ------------------------------------------

export function intAdd(a: PyValue, b: PyValue): PyValue {
  if (typeof a === "number" && typeof b === "number") {
    const sum = a + b;
    if (Number.isSafeInteger(sum)) return sum;
  }
  const x = intOperand(a);
  const y = intOperand(b);
  return x === undefined || y === undefined ? NotImplemented : addInts(x, y);
}

export function intSubtract(a: PyValue, b: PyValue): PyValue {
  if (typeof a === "number" && typeof b === "number") {
    const difference = a - b;
    if (Number.isSafeInteger(difference)) return difference;
  }
  const x = intOperand(a);
  const y = intOperand(b);
  return x === undefined || y === undefined ? NotImplemented : subtractInts(x, y);
}

export function intMultiply(a: PyValue, b: PyValue): PyValue {
  if (typeof a === "number" && typeof b === "number") {
    const product = a * b;
    if (Number.isSafeInteger(product)) return product + 0;
  }
  const x = intOperand(a);
  const y = intOperand(b);
  return x === undefined || y === undefined ? NotImplemented : multiplyInts(x, y);
}

export function intFloorDivide(a: PyValue, b: PyValue): PyValue {
  const x = intOperand(a);
  const y = intOperand(b);
  return x === undefined || y === undefined ? NotImplemented : floorDivideInts(x, y);
}

export function intModulo(a: PyValue, b: PyValue): PyValue {
  const x = intOperand(a);
  const y = intOperand(b);
  return x === undefined || y === undefined ? NotImplemented : moduloInts(x, y);
}

export function intTrueDivide(a: PyValue, b: PyValue): PyValue {
  const x = intOperand(a);
  const y = intOperand(b);
  return x === undefined || y === undefined ? NotImplemented : new PyFloat(trueDivideInts(x, y));
}

/** divmod(a, b): a two-element JS array; the caller builds the tuple. */
export function intDivmod(a: PyValue, b: PyValue): [IntValue, IntValue] | typeof NotImplemented {
  const x = intOperand(a);
  const y = intOperand(b);
  return x === undefined || y === undefined ? NotImplemented : divmodInts(x, y);
}

/** a ** b, and pow(a, b, m) when `m` is given (not undefined and not None). */
export function intPower(a: PyValue, b: PyValue, m: PyValue | undefined = undefined): PyValue {
  const x = intOperand(a);
  const y = intOperand(b);
  if (x === undefined || y === undefined) return NotImplemented;
  if (m !== undefined && m !== null) {
    const z = intOperand(m);
    if (z === undefined) return NotImplemented;
    return modularPowerInts(x, y, z);
  }
  if (y < 0) return new PyFloat(powerOfFloats(intToFloat(x), intToFloat(y)));
  return powerInts(x, y);
}

export function intNegative(a: PyValue): PyValue {
  const x = intOperand(a);
  return x === undefined ? NotImplemented : negateInt(x);
}

/** +a: the int itself (a bool or int subclass instance becomes a plain int). */
export function intPositive(a: PyValue): PyValue {
  const x = intOperand(a);
  return x === undefined ? NotImplemented : x;
}

export function intAbsolute(a: PyValue): PyValue {
  const x = intOperand(a);
  return x === undefined ? NotImplemented : absInt(x);
}
