/**
 * A minimal binary-operator dispatcher over the numeric slots, for the tests:
 * CPython's binary_op1 restricted to int/bool/float/complex (left type's
 * slot, then the right type's, then TypeError). The interpreter's real
 * dispatcher lives in vm/runtime/operators.ts.
 */
import type { PyValue } from "../../vm/objects/object.ts";
import { PyFloat } from "../../vm/objects/float.ts";
import { PyComplex } from "../../vm/objects/complex.ts";
import { NotImplemented } from "../../vm/objects/singletons.ts";
import { pyError } from "../../vm/objects/exceptions.ts";
import { typeOf } from "../../vm/objects/typeof.ts";
import { newTuple } from "../../vm/objects/tuple.ts";
import { NUMERIC_BINARY_SLOTS, type NumericSlotRow } from "../../vm/objects/numeric_slots.ts";
import { intDivmod } from "../../vm/objects/int_arith.ts";
import { floatDivmod } from "../../vm/objects/float_arith.ts";
import {
  complexRichCompare,
  floatRichCompare,
  intRichCompare,
} from "../../vm/objects/numeric_compare.ts";
import type { BinaryOperatorKind } from "../../vm/compiler/opcodes.ts";

const OPERATOR_KINDS: Record<string, BinaryOperatorKind> = {
  "+": "Add",
  "-": "Sub",
  "*": "Mult",
  "/": "Div",
  "//": "FloorDiv",
  "%": "Mod",
  "**": "Pow",
  "<<": "LShift",
  ">>": "RShift",
  "&": "BitAnd",
  "|": "BitOr",
  "^": "BitXor",
};

const tupleOrNotImplemented = (result: PyValue | PyValue[]): PyValue =>
  Array.isArray(result) ? newTuple(result) : result;

const DIVMOD_ROW: NumericSlotRow = {
  int: (a, b) => tupleOrNotImplemented(intDivmod(a, b)),
  float: (a, b) => tupleOrNotImplemented(floatDivmod(a, b)),
};

function numericKind(value: PyValue): keyof NumericSlotRow {
  if (value instanceof PyComplex) return "complex";
  if (value instanceof PyFloat) return "float";
  return "int";
}

export function binaryOperation(op: string, a: PyValue, b: PyValue): PyValue {
  const row = op === "divmod" ? DIVMOD_ROW : NUMERIC_BINARY_SLOTS[OPERATOR_KINDS[op]];
  const leftKind = numericKind(a);
  const rightKind = numericKind(b);
  let result: PyValue = row[leftKind]?.(a, b) ?? NotImplemented;
  if (result === NotImplemented && rightKind !== leftKind) {
    result = row[rightKind]?.(a, b) ?? NotImplemented;
  }
  if (result === NotImplemented) {
    const spelling = op === "divmod" ? "divmod()" : op === "**" ? "** or pow()" : op;
    throw pyError(
      "TypeError",
      `unsupported operand type(s) for ${spelling}: '${typeOf(a).name}' and '${typeOf(b).name}'`,
    );
  }
  return result;
}

const COMPARE_INDEX: Record<string, number> = {
  "<": 0,
  "<=": 1,
  "==": 2,
  "!=": 3,
  ">": 4,
  ">=": 5,
};
const REFLECTED = [4, 5, 2, 3, 0, 1];

function compareSlot(value: PyValue) {
  const kind = numericKind(value);
  return kind === "complex"
    ? complexRichCompare
    : kind === "float"
    ? floatRichCompare
    : intRichCompare;
}

export function compareOperation(op: string, a: PyValue, b: PyValue): PyValue {
  const index = COMPARE_INDEX[op];
  let result = compareSlot(a)(a, b, index);
  if (result === NotImplemented) result = compareSlot(b)(b, a, REFLECTED[index]);
  if (result === NotImplemented) {
    if (index === 2 || index === 3) return (a === b) === (index === 2);
    throw pyError(
      "TypeError",
      `'${op}' not supported between instances of '${typeOf(a).name}' and '${typeOf(b).name}'`,
    );
  }
  return result;
}
