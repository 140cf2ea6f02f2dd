/**
 * The numeric slot functions by operation, as one table: for each BINARY_OP
 * operator kind (vm/compiler/opcodes.ts BINARY_OPERATORS) the slot of int
 * (bool shares it, except & | ^ which keep bools bool — the int slots handle
 * that), float and complex. A missing entry means the type has no such
 * slot (complex has no //, %, <<, ...; nobody has @). Every slot returns
 * NotImplemented for operand types it does not handle, so a dispatcher calls
 * the left operand's type's slot, then the right's (CPython's binary_op1).
 */
import type { PyValue } from "./object.ts";
import type { BinaryOperatorKind } from "../compiler/opcodes.ts";
import * as ints from "./int_arith.ts";
import * as bits from "./int_bits.ts";
import * as floats from "./float_arith.ts";
import * as complexes from "./complex_arith.ts";

export type NumericBinarySlot = (a: PyValue, b: PyValue) => PyValue;

export interface NumericSlotRow {
  int?: NumericBinarySlot;
  float?: NumericBinarySlot;
  complex?: NumericBinarySlot;
}

export const NUMERIC_BINARY_SLOTS: Readonly<Record<BinaryOperatorKind, NumericSlotRow>> = {
  Add: { int: ints.intAdd, float: floats.floatAdd, complex: complexes.complexAdd },
  Sub: { int: ints.intSubtract, float: floats.floatSubtract, complex: complexes.complexSubtract },
  Mult: { int: ints.intMultiply, float: floats.floatMultiply, complex: complexes.complexMultiply },
  Div: {
    int: ints.intTrueDivide,
    float: floats.floatTrueDivide,
    complex: complexes.complexTrueDivide,
  },
  FloorDiv: { int: ints.intFloorDivide, float: floats.floatFloorDivide },
  Mod: { int: ints.intModulo, float: floats.floatModulo },
  Pow: {
    int: (a, b) => ints.intPower(a, b),
    float: (a, b) => floats.floatPower(a, b),
    complex: (a, b) => complexes.complexPower(a, b),
  },
  LShift: { int: bits.intLeftShift },
  RShift: { int: bits.intRightShift },
  BitAnd: { int: bits.intAnd },
  BitOr: { int: bits.intOr },
  BitXor: { int: bits.intXor },
  MatMult: {},
};
