/**
 * Operator slots of int, bool, float, complex (and str's, from str.ts): the numeric operations of
 * vm/objects/int_*.ts, float_arith.ts and complex_arith.ts (each returns
 * NotImplemented for operand types it does not handle, so the reflected
 * operation is tried), plus comparisons, truth, hashing and reprs.
 *
 * Comparisons between ints and floats are exact (CPython's float_richcompare):
 * 2**53 + 1 != float(2**53).
 */
import type { PyValue } from "../../objects/object.ts";
import { boolType, intType, strType } from "../../objects/core_types.ts";
import { STR_SLOTS } from "../../objects/str.ts";
import { registerSequenceType } from "../operators.ts";
import { floatType, PyFloat } from "../../objects/float.ts";
import { complexType, PyComplex } from "../../objects/complex.ts";
import { NotImplemented } from "../../objects/singletons.ts";
import { newTuple } from "../../objects/tuple.ts";
import * as ints from "../../objects/int_arith.ts";
import * as bits from "../../objects/int_bits.ts";
import * as floats from "../../objects/float_arith.ts";
import * as complexes from "../../objects/complex_arith.ts";
import { intRepr } from "../../text/int_repr.ts";
import { complexRepr, floatRepr } from "../../text/float_repr.ts";
import { type AnySlot, registerNativeSlots } from "../slots.ts";
import { hashOf } from "../hash.ts";

type Real = number | bigint;

/** An int operand (bools included) as number|bigint, or undefined. */
function intOf(value: PyValue): Real | undefined {
  if (typeof value === "number" || typeof value === "bigint") return value;
  if (typeof value === "boolean") return value ? 1 : 0;
  return undefined;
}

/** Exact comparison of an int with a float: -1, 0, 1, or NaN when unordered. */
function compareIntFloat(a: Real, b: number): number {
  if (Number.isNaN(b)) return NaN;
  if (b === Infinity) return -1;
  if (b === -Infinity) return 1;
  if (typeof a === "number") return a < b ? -1 : a > b ? 1 : 0;
  const whole = Math.trunc(b);
  const big = BigInt(whole);
  if (a !== big) return a < big ? -1 : 1;
  return whole < b ? -1 : whole > b ? 1 : 0;
}

/** -1/0/1 (NaN: unordered) for two real numbers, or undefined when not both real. */
function compareReals(a: PyValue, b: PyValue): number | undefined {
  const x = intOf(a);
  const y = intOf(b);
  if (x !== undefined && y !== undefined) return x < y ? -1 : x > y ? 1 : 0;
  const fa = a instanceof PyFloat ? a.value : undefined;
  const fb = b instanceof PyFloat ? b.value : undefined;
  if (fa !== undefined && fb !== undefined) return fa < fb ? -1 : fa > fb ? 1 : fa === fb ? 0 : NaN;
  if (x !== undefined && fb !== undefined) return compareIntFloat(x, fb);
  if (fa !== undefined && y !== undefined) return -compareIntFloat(y, fa);
  return undefined;
}

function comparisonSlots(): Record<string, AnySlot> {
  const make = (test: (order: number) => boolean): AnySlot => (a, b) => {
    const order = compareReals(a, b);
    return order === undefined ? NotImplemented : test(order);
  };
  return {
    __lt__: make((o) => o < 0),
    __le__: make((o) => o <= 0),
    __gt__: make((o) => o > 0),
    __ge__: make((o) => o >= 0),
    __eq__: make((o) => o === 0),
    __ne__: make((o) => o !== 0),
  };
}

/** divmod results come back as a JS pair; Python sees a tuple. */
function asTuple(divmod: (a: PyValue, b: PyValue) => unknown): AnySlot {
  return (a, b) => {
    const result = divmod(a, b);
    return Array.isArray(result) ? newTuple(result as PyValue[]) : result as PyValue;
  };
}

/** Reflected slot: `__radd__(self, other)` computes `other + self`. */
const reflected = (slot: AnySlot): AnySlot => (self, other) => slot(other, self);

function arithmeticSlots(table: Record<string, AnySlot>): Record<string, AnySlot> {
  const out: Record<string, AnySlot> = {};
  for (const [name, slot] of Object.entries(table)) {
    out[`__${name}__`] = slot;
    out[`__r${name}__`] = reflected(slot);
  }
  return out;
}

const intSlots: Record<string, AnySlot> = {
  ...arithmeticSlots({
    add: ints.intAdd,
    sub: ints.intSubtract,
    mul: ints.intMultiply,
    floordiv: ints.intFloorDivide,
    mod: ints.intModulo,
    truediv: ints.intTrueDivide,
    divmod: asTuple(ints.intDivmod),
    pow: (a, b) => ints.intPower(a, b),
    lshift: bits.intLeftShift,
    rshift: bits.intRightShift,
    and: bits.intAnd,
    or: bits.intOr,
    xor: bits.intXor,
  }),
  ...comparisonSlots(),
  __neg__: ints.intNegative,
  __pos__: ints.intPositive,
  __abs__: ints.intAbsolute,
  __invert__: (a) => bits.invertInt(intOf(a)!),
  __bool__: (a) => intOf(a) !== 0,
  __index__: (a) => intOf(a)!,
  __int__: (a) => intOf(a)!,
  __hash__: (a) => hashOf(a),
  __repr__: (a) => typeof a === "boolean" ? (a ? "True" : "False") : intRepr(a as Real),
};

const floatSlots: Record<string, AnySlot> = {
  ...arithmeticSlots({
    add: floats.floatAdd,
    sub: floats.floatSubtract,
    mul: floats.floatMultiply,
    truediv: floats.floatTrueDivide,
    floordiv: floats.floatFloorDivide,
    mod: floats.floatModulo,
    divmod: asTuple(floats.floatDivmod),
    pow: (a, b) => floats.floatPower(a, b),
  }),
  ...comparisonSlots(),
  __neg__: floats.floatNegative,
  __pos__: floats.floatPositive,
  __abs__: floats.floatAbsolute,
  __bool__: (a) => (a as PyFloat).value !== 0,
  __float__: (a) => a,
  __hash__: (a) => hashOf(a),
  __repr__: (a) => floatRepr((a as PyFloat).value),
};

const complexSlots: Record<string, AnySlot> = {
  ...arithmeticSlots({
    add: complexes.complexAdd,
    sub: complexes.complexSubtract,
    mul: complexes.complexMultiply,
    truediv: complexes.complexTrueDivide,
    pow: (a, b) => complexes.complexPower(a, b),
  }),
  __neg__: complexes.complexNegative,
  __pos__: complexes.complexPositive,
  __abs__: complexes.complexAbsolute,
  __bool__: (a) => (a as PyComplex).real !== 0 || (a as PyComplex).imag !== 0,
  __hash__: (a) => hashOf(a),
  __repr__: (a) => complexRepr((a as PyComplex).real, (a as PyComplex).imag),
};

registerNativeSlots(strType, STR_SLOTS);
registerSequenceType(strType);
registerNativeSlots(intType, intSlots);
registerNativeSlots(floatType, floatSlots);
registerNativeSlots(complexType, complexSlots);
registerNativeSlots(boolType, {
  __repr__: (a) => (a ? "True" : "False"),
  __and__: bits.intAnd,
  __or__: bits.intOr,
  __xor__: bits.intXor,
  __rand__: reflected(bits.intAnd),
  __ror__: reflected(bits.intOr),
  __rxor__: reflected(bits.intXor),
});
