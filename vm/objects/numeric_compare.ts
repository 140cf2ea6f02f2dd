/**
 * Rich comparisons of int, float and complex (tp_richcompare slots).
 *
 * `op` is the COMPARE_OP argument (vm/compiler/opcodes.ts COMPARE_OPERATORS:
 * 0 <, 1 <=, 2 ==, 3 !=, 4 >, 5 >=), the same numbering as CPython's Py_LT..Py_GE.
 *
 * int/float comparisons are exact, as in CPython's float_richcompare:
 * 2**53 + 1 == 2.0**53 is False. We get exactness for free: an int is never
 * converted to a double here; a JS comparison between a number and a bigint
 * compares mathematical values (ECMA-262 IsLessThan / IsLooselyEqual on
 * BigInt and Number), and safe-integer numbers are exact doubles. NaN makes
 * every comparison false except !=.
 */
import type { PyValue } from "./object.ts";
import { NotImplemented } from "./singletons.ts";
import { PyFloat } from "./float.ts";
import { PyComplex } from "./complex.ts";
import { intOperand, type IntValue } from "./int_value.ts";

export const CompareOp = { LT: 0, LE: 1, EQ: 2, NE: 3, GT: 4, GE: 5 } as const;

/** Compare two real values (numbers or bigints, mixed allowed) exactly. */
export function compareReals(a: number | bigint, b: number | bigint, op: number): boolean {
  switch (op) {
    case CompareOp.LT:
      return a < b;
    case CompareOp.LE:
      return a <= b;
    case CompareOp.EQ:
      // Loose equality is the exact mixed number/bigint comparison (never coerces strings here).
      return a == b;
    case CompareOp.NE:
      return a != b;
    case CompareOp.GT:
      return a > b;
    default:
      return a >= b;
  }
}

export function intRichCompare(a: PyValue, b: PyValue, op: number): PyValue {
  // Hot path: two small ints.
  if (typeof a === "number" && typeof b === "number") return compareReals(a, b, op);
  const x = intOperand(a);
  const y = intOperand(b);
  return x === undefined || y === undefined ? NotImplemented : compareReals(x, y, op);
}

/** A float or int operand as an exactly comparable real; undefined otherwise. */
function realOperand(value: PyValue): number | IntValue | undefined {
  return value instanceof PyFloat ? value.value : intOperand(value);
}

export function floatRichCompare(a: PyValue, b: PyValue, op: number): PyValue {
  if (a instanceof PyFloat && b instanceof PyFloat) return compareReals(a.value, b.value, op);
  const x = realOperand(a);
  const y = realOperand(b);
  return x === undefined || y === undefined ? NotImplemented : compareReals(x, y, op);
}

/** complex supports only == and != (ordering gives NotImplemented, hence TypeError). */
export function complexRichCompare(a: PyValue, b: PyValue, op: number): PyValue {
  if (op !== CompareOp.EQ && op !== CompareOp.NE) return NotImplemented;
  const left = a instanceof PyComplex ? a : b;
  const other = left === a ? b : a;
  if (!(left instanceof PyComplex)) return NotImplemented;
  let equal: boolean;
  if (other instanceof PyComplex) {
    equal = left.real === other.real && left.imag === other.imag;
  } else {
    const real = realOperand(other);
    if (real === undefined) return NotImplemented;
    equal = left.imag === 0 && compareReals(left.real, real, CompareOp.EQ);
  }
  return op === CompareOp.EQ ? equal : !equal;
}
