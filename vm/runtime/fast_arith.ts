/**
 * The interpreter's arithmetic fast paths: BINARY_OP and COMPARE_OP on small
 * ints (JS numbers) and exact floats, before the special-method protocol of
 * operators.ts. Each returns `undefined` when it does not apply, and the
 * caller then takes the general path, which has the same semantics: these
 * are shortcuts, never a second definition.
 *
 * Exactness: ints here are safe integers (|n| < 2**53), so +, -, * and %
 * in doubles are exact whenever the result is a safe integer; a result
 * outside that range goes the general way (to bigint). Floor division uses
 * the double quotient only for operands in int32 range, where rounding cannot
 * cross an integer. JS yields -0 where Python has the int 0 (`0 * -1`,
 * `-4 % 2`); `+ 0` turns it into 0. True division of two safe ints is the
 * correctly rounded quotient, as CPython computes it.
 *
 * The switch labels are literal numbers, the operator indices of
 * BINARY_OPERATORS / COMPARE_OPERATORS (vm/compiler/opcodes.ts), so that V8
 * compiles them to jump tables (see eval.ts); checkOperatorNumbering() below
 * verifies them against the table when this module loads. In-place operators
 * (index + INPLACE_OFFSET) behave as the plain ones on ints and floats, which
 * have no `__iadd__` and friends.
 *
 * Exact ints of any size (a JS number or bigint is always an exact int: a
 * subclass instance is a PyBoxedInt, a bool a JS boolean) skip the
 * special-method protocol too: `intsBinary` calls int's own slot (from
 * NUMERIC_BINARY_SLOTS, the one the protocol would find, since int's methods
 * cannot be replaced) and `intsCompare` compares with JS's operators, exact
 * between numbers and bigints. These are separate from fastBinary and
 * fastCompare because the JIT's recorder reads those two as "a number op a
 * number gives a number".
 */
import { AND, OR, safeBitwise, safeShiftRight, UNSAFE_RESULT, XOR } from "./safe_bitwise.ts";
import type { PyValue } from "../objects/object.ts";
import { floatType, PyFloat } from "../objects/float.ts";
import { BINARY_OPERATORS, COMPARE_OPERATORS, INPLACE_OFFSET } from "../compiler/opcodes.ts";
import { NUMERIC_BINARY_SLOTS } from "../objects/numeric_slots.ts";

const INT32_MAX = 0x7fffffff;

/** The literal numbers used below, by operator kind. */
const BINARY_NUMBERING = {
  Add: 0,
  BitAnd: 1,
  FloorDiv: 2,
  LShift: 3,
  Mult: 5,
  Mod: 6,
  BitOr: 7,
  RShift: 9,
  Sub: 10,
  Div: 11,
  BitXor: 12,
} as const;
const COMPARE_NUMBERING = { Lt: 0, LtE: 1, Eq: 2, NotEq: 3, Gt: 4, GtE: 5 } as const;

function checkOperatorNumbering(): void {
  for (const [kind, index] of Object.entries(BINARY_NUMBERING)) {
    if (BINARY_OPERATORS[index][0] !== kind) throw new Error(`fast_arith: ${kind} is not ${index}`);
  }
  for (const [kind, index] of Object.entries(COMPARE_NUMBERING)) {
    if (COMPARE_OPERATORS[index][0] !== kind) {
      throw new Error(`fast_arith: ${kind} is not ${index}`);
    }
  }
  if (INPLACE_OFFSET !== 13) throw new Error("fast_arith: INPLACE_OFFSET is not 13");
}
checkOperatorNumbering();

const safe = (n: number): number | undefined => Number.isSafeInteger(n) ? n + 0 : undefined;
const isInt32 = (n: number): boolean => n >= -INT32_MAX && n <= INT32_MAX;
/** A bitwise result, unless it is the unsafe -2**53 (the general path makes it a bigint). */
const safeOnly = (n: number): number | undefined => n === UNSAFE_RESULT ? undefined : n;

/** `a op b` for two small ints, or undefined. */
export function intBinary(index: number, a: number, b: number): PyValue | undefined {
  switch (index >= 13 ? index - 13 : index) {
    case 0: // Add
      return safe(a + b);
    case 10: // Sub
      return safe(a - b);
    case 5: // Mult
      return safe(a * b);
    case 2: // FloorDiv
      return b !== 0 && isInt32(a) && isInt32(b) ? Math.floor(a / b) + 0 : undefined;
    case 6: { // Mod
      if (b === 0) return undefined;
      let r = a % b;
      if (r !== 0 && (r < 0) !== (b < 0)) r += b;
      return r + 0;
    }
    case 11: // Div
      return b !== 0 ? new PyFloat(a / b) : undefined;
    case 1: // BitAnd
      return isInt32(a) && isInt32(b) ? a & b : safeOnly(safeBitwise(a, b, AND));
    case 7: // BitOr
      return isInt32(a) && isInt32(b) ? a | b : safeBitwise(a, b, OR);
    case 12: // BitXor
      return isInt32(a) && isInt32(b) ? a ^ b : safeOnly(safeBitwise(a, b, XOR));
    case 9: // RShift
      if (b < 0) return undefined; // ValueError: the general path says so
      return isInt32(a) && b < 32 ? a >> b : safeShiftRight(a, b);
    case 3: // LShift
      return b >= 0 && b < 53 ? safe(a * 2 ** b) : undefined;
  }
  return undefined;
}

/** `a op b` for two doubles (exact floats, or a float and a small int), or undefined. */
function doubleBinary(index: number, a: number, b: number): PyValue | undefined {
  switch (index >= 13 ? index - 13 : index) {
    case 0: // Add
      return new PyFloat(a + b);
    case 10: // Sub
      return new PyFloat(a - b);
    case 5: // Mult
      return new PyFloat(a * b);
    case 11: // Div
      return b !== 0 ? new PyFloat(a / b) : undefined;
  }
  return undefined;
}

/** The double of an exact float or a small int, else undefined. */
function doubleOf(value: PyValue): number | undefined {
  if (typeof value === "number") return value;
  if (value instanceof PyFloat && value.cls === floatType) return value.value;
  return undefined;
}

/** BINARY_OP's shortcut for ints and floats. */
export function fastBinary(index: number, a: PyValue, b: PyValue): PyValue | undefined {
  if (typeof a === "number" && typeof b === "number") return intBinary(index, a, b);
  if (!(a instanceof PyFloat) && !(b instanceof PyFloat)) return undefined;
  const x = doubleOf(a);
  const y = doubleOf(b);
  return x === undefined || y === undefined ? undefined : doubleBinary(index, x, y);
}

/** COMPARE_OP's shortcut for two JS numbers (small ints, or float values). */
export function compareNumbers(index: number, a: number, b: number): boolean {
  switch (index) {
    case 0: // Lt
      return a < b;
    case 1: // LtE
      return a <= b;
    case 2: // Eq
      return a === b;
    case 3: // NotEq
      return a !== b;
    case 4: // Gt
      return a > b;
    default: // GtE
      return a >= b;
  }
}

/** COMPARE_OP's shortcut for ints and floats, or undefined. */
export function fastCompare(index: number, a: PyValue, b: PyValue): boolean | undefined {
  if (typeof a === "number" && typeof b === "number") return compareNumbers(index, a, b);
  if (!(a instanceof PyFloat) && !(b instanceof PyFloat)) return undefined;
  const x = doubleOf(a);
  const y = doubleOf(b);
  return x === undefined || y === undefined ? undefined : compareNumbers(index, x, y);
}

const isInt = (value: PyValue): value is number | bigint =>
  typeof value === "number" || typeof value === "bigint";

/** int's slot per operator index (undefined for @). */
const INT_SLOTS = BINARY_OPERATORS.map(([kind]) => NUMERIC_BINARY_SLOTS[kind].int);

/** BINARY_OP on two exact ints that fastBinary declined (bigints, overflow, errors), or undefined. */
export function intsBinary(index: number, a: PyValue, b: PyValue): PyValue | undefined {
  if (!isInt(a) || !isInt(b)) return undefined;
  return INT_SLOTS[index >= 13 ? index - 13 : index]?.(a, b);
}

/**
 * COMPARE_OP on two exact ints, or undefined. JS compares a number with a
 * bigint exactly; equality is `==`, which does so too, not `===`, so a
 * value outside the normal form (int_value.ts) still equals its twin.
 * compareNumbers' switch again, on purpose: fed bigints, its comparisons
 * would turn polymorphic in V8's type feedback and slow the small-int path
 * every loop takes.
 */
export function intsCompare(index: number, a: PyValue, b: PyValue): boolean | undefined {
  if (!isInt(a) || !isInt(b)) return undefined;
  switch (index) {
    case 0: // Lt
      return a < b;
    case 1: // LtE
      return a <= b;
    case 2: // Eq
      return a == b;
    case 3: // NotEq
      return a != b;
    case 4: // Gt
      return a > b;
    default: // GtE
      return a >= b;
  }
}
