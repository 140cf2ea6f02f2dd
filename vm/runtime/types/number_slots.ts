/**
 * Native operator slots of int, bool, float, complex and str for the
 * interpreter's dispatch (slots.ts): the binary slots come from
 * vm/objects/numeric_slots.ts (one table keyed by operator), comparisons from
 * numeric_compare.ts, str's from str.ts. Each returns NotImplemented for
 * operands it does not handle, so reflected methods get their turn. The
 * Python-visible methods (`(1).__add__`) are defined by vm/objects/numbers.ts
 * from the same functions.
 */
import type { PyValue } from "../../objects/object.ts";
import { boolType, intType, strType } from "../../objects/core_types.ts";
import { floatType, type PyFloat } from "../../objects/float.ts";
import { complexType, type PyComplex } from "../../objects/complex.ts";
import { newTuple } from "../../objects/tuple.ts";
import { NUMERIC_BINARY_SLOTS } from "../../objects/numeric_slots.ts";
import {
  complexRichCompare,
  floatRichCompare,
  intRichCompare,
} from "../../objects/numeric_compare.ts";
import * as ints from "../../objects/int_arith.ts";
import * as bits from "../../objects/int_bits.ts";
import * as floats from "../../objects/float_arith.ts";
import * as complexes from "../../objects/complex_arith.ts";
import { intOperand } from "../../objects/int_value.ts";
import { STR_SLOTS } from "../../objects/str.ts";
import { unboxStr } from "../../objects/str_boxed.ts";
import { BINARY_OPERATORS, COMPARE_OPERATORS } from "../../compiler/opcodes.ts";
import { type AnySlot, registerNativeSlots } from "../slots.ts";
import { registerSequenceType } from "../operators.ts";
import { hashOf } from "../hash.ts";

const BINARY_DUNDER: Record<string, string> = {
  Add: "add",
  Sub: "sub",
  Mult: "mul",
  Div: "truediv",
  FloorDiv: "floordiv",
  Mod: "mod",
  Pow: "pow",
  LShift: "lshift",
  RShift: "rshift",
  BitAnd: "and",
  BitOr: "or",
  BitXor: "xor",
  MatMult: "matmul",
}; // deno-fmt-ignore
const COMPARE_DUNDER = ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"];

/** divmod results come back as a JS pair; Python sees a tuple. */
function asTuple(divmod: (a: PyValue, b: PyValue) => unknown): AnySlot {
  return (a, b) => {
    const result = divmod(a, b);
    return Array.isArray(result) ? newTuple(result as PyValue[]) : result as PyValue;
  };
}

function slotsFor(
  column: "int" | "float" | "complex",
  compare: (a: PyValue, b: PyValue, op: number) => PyValue,
  divmod?: (a: PyValue, b: PyValue) => unknown,
): Record<string, AnySlot> {
  const slots: Record<string, AnySlot> = {};
  for (const [kind] of BINARY_OPERATORS) {
    const slot = NUMERIC_BINARY_SLOTS[kind][column];
    if (slot === undefined) continue;
    const name = BINARY_DUNDER[kind];
    slots[`__${name}__`] = slot;
    slots[`__r${name}__`] = (self, other) => slot(other, self);
  }
  if (divmod !== undefined) {
    const slot = asTuple(divmod);
    slots.__divmod__ = slot;
    slots.__rdivmod__ = (self, other) => slot(other, self);
  }
  COMPARE_OPERATORS.forEach((_, op) => {
    slots[COMPARE_DUNDER[op]] = (a, b) => compare(a, b, op);
  });
  // An int subclass instance hashes as its value (hashOf on the box would come back here).
  slots.__hash__ = (a) => hashOf(intOperand(a) ?? a);
  return slots;
}

registerNativeSlots(intType, {
  ...slotsFor("int", intRichCompare, ints.intDivmod),
  __pow__: (a, b, m) => ints.intPower(a, b, m),
  __neg__: ints.intNegative,
  __pos__: ints.intPositive,
  __abs__: ints.intAbsolute,
  __invert__: (a) => bits.invertInt(intOperand(a)!),
  __bool__: (a) => intOperand(a) !== 0,
  __index__: (a) => intOperand(a)!,
  __int__: (a) => intOperand(a)!,
});
registerNativeSlots(floatType, {
  ...slotsFor("float", floatRichCompare, floats.floatDivmod),
  __pow__: (a, b, m) => floats.floatPower(a, b, m),
  __neg__: floats.floatNegative,
  __pos__: floats.floatPositive,
  __abs__: floats.floatAbsolute,
  __bool__: (a) => (a as PyFloat).value !== 0,
  __float__: (a) => a,
});
registerNativeSlots(complexType, {
  ...slotsFor("complex", complexRichCompare),
  __pow__: (a, b, m) => complexes.complexPower(a, b, m),
  __neg__: complexes.complexNegative,
  __pos__: complexes.complexPositive,
  __abs__: complexes.complexAbsolute,
  __bool__: (a) => (a as PyComplex).real !== 0 || (a as PyComplex).imag !== 0,
});
registerNativeSlots(boolType, { __repr__: (a) => (a ? "True" : "False") });
// Operands that are str-subclass instances reach str's slots as plain strs,
// except the values of `%` formatting: a str subclass there is formatted as
// itself (its own __str__ for %s), so only the format string is unboxed.
registerNativeSlots(
  strType,
  Object.fromEntries(
    Object.entries(STR_SLOTS).map(([name, slot]) => [
      name,
      name === "__mod__"
        ? (format: PyValue, values: PyValue) => slot(unboxStr(format), values)
        : name === "__rmod__"
        ? (values: PyValue, format: PyValue) => slot(values, unboxStr(format))
        : (...args: PyValue[]) => slot(...args.map(unboxStr)),
    ]),
  ),
);
registerSequenceType(strType);
