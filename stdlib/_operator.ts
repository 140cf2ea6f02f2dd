/**
 * The `_operator` module: the operators as functions (operator.py imports
 * them all with `from _operator import *`), plus the callable types
 * itemgetter, attrgetter and methodcaller (operator_getters.ts).
 */
import type { PyValue } from "../vm/objects/object.ts";
import { pyError } from "../vm/objects/exceptions.ts";
import { typeOf } from "../vm/objects/typeof.ts";
import { PyBytes } from "../vm/objects/bytes.ts";
import { indexValue } from "../vm/objects/int_methods.ts";
import { isStr, type PyStr, toJsString } from "../vm/objects/str_wide.ts";
import {
  BINARY_OPERATOR_INDEX,
  type BinaryOperatorKind,
  COMPARE_OPERATOR_INDEX,
  INPLACE_OFFSET,
} from "../vm/compiler/opcodes.ts";
import {
  binaryOp,
  compareOp,
  containsOp,
  equals,
  isTrue,
  unaryInvert,
  unaryNegative,
  unaryPositive,
} from "../vm/runtime/operators.ts";
import { deleteSubscript, getSubscript, setSubscript } from "../vm/runtime/subscript.ts";
import { iterateValues } from "../vm/runtime/iteration.ts";
import { slotOf } from "../vm/runtime/slots.ts";
import { callObject } from "../vm/runtime/call.ts";
import { lengthHint } from "../vm/runtime/length_hint.ts";
import type { PyModule } from "../vm/runtime/module.ts";
import { addFunctions, addTypes, type FunctionSpec, newModule } from "./module_helpers.ts";
import { attrgetterType, itemgetterType, methodcallerType } from "./operator_getters.ts";

/** [Python name, operator kind] for the binary operators and their in-place forms. */
const BINARY: readonly [string, BinaryOperatorKind][] = [
  ["add", "Add"],
  ["and_", "BitAnd"],
  ["floordiv", "FloorDiv"],
  ["lshift", "LShift"],
  ["matmul", "MatMult"],
  ["mod", "Mod"],
  ["mul", "Mult"],
  ["or_", "BitOr"],
  ["pow", "Pow"],
  ["rshift", "RShift"],
  ["sub", "Sub"],
  ["truediv", "Div"],
  ["xor", "BitXor"],
];

const COMPARE = [["lt", "Lt"], ["le", "LtE"], ["eq", "Eq"], ["ne", "NotEq"], ["gt", "Gt"], [
  "ge",
  "GtE",
]] as const;

function absolute(x: PyValue): PyValue {
  if (typeof x === "number") return Math.abs(x);
  const abs = slotOf(typeOf(x), "__abs__");
  if (abs === undefined) {
    throw pyError("TypeError", `bad operand type for abs(): '${typeOf(x).tpName}'`);
  }
  return abs(x);
}

/** PySequence_Concat: `+` for objects that are sequences, else TypeError. */
function concat(a: PyValue, b: PyValue, inplace: boolean): PyValue {
  if (slotOf(typeOf(a), "__getitem__") === undefined) {
    throw pyError("TypeError", `'${typeOf(a).tpName}' object can't be concatenated`);
  }
  return binaryOp(BINARY_OPERATOR_INDEX.Add + (inplace ? INPLACE_OFFSET : 0), a, b);
}

/** Iterate for countOf/indexOf, with CPython's message for a non-iterable. */
function searchValues(container: PyValue): Iterable<PyValue> {
  if (
    slotOf(typeOf(container), "__iter__") === undefined &&
    slotOf(typeOf(container), "__getitem__") === undefined
  ) {
    throw pyError("TypeError", `argument of type '${typeOf(container).tpName}' is not iterable`);
  }
  return iterateValues(container);
}

const isAscii = (text: string) => [...text].every((c) => c.charCodeAt(0) < 128);

function compareDigest(a: PyValue, b: PyValue): boolean {
  let left: ArrayLike<number>;
  let right: ArrayLike<number>;
  if (isStr(a) && isStr(b)) {
    const x = toJsString(a as PyStr);
    const y = toJsString(b as PyStr);
    if (!isAscii(x) || !isAscii(y)) {
      throw pyError("TypeError", "comparing strings with non-ASCII characters is not supported");
    }
    left = Array.from(x, (c) => c.charCodeAt(0));
    right = Array.from(y, (c) => c.charCodeAt(0));
  } else if (a instanceof PyBytes && b instanceof PyBytes) {
    left = a.bytes;
    right = b.bytes;
  } else {
    throw pyError(
      "TypeError",
      `unsupported operand types(s) or combination of types: '${typeOf(a).tpName}' and '${
        typeOf(b).name
      }'`,
    );
  }
  // Look at every byte whatever the outcome, so timing does not reveal the first difference.
  let difference = left.length === right.length ? 0 : 1;
  const reference = left.length === right.length ? left : right;
  for (let i = 0; i < right.length; i++) difference |= reference[i] ^ right[i];
  return difference === 0;
}

function createOperatorModule(): PyModule {
  const module = newModule("_operator", "Operator interface.");
  const functions: Record<string, FunctionSpec> = {};
  for (const [name, kind] of BINARY) {
    const index = BINARY_OPERATOR_INDEX[kind];
    functions[name] = ["a, b, /", (a: PyValue, b: PyValue) => binaryOp(index, a, b)];
    functions[`i${name.replace(/_$/, "")}`] = [
      "a, b, /",
      (a: PyValue, b: PyValue) => binaryOp(index + INPLACE_OFFSET, a, b),
    ];
  }
  for (const [name, kind] of COMPARE) {
    const index = COMPARE_OPERATOR_INDEX[kind];
    functions[name] = ["a, b, /", (a: PyValue, b: PyValue) => compareOp(index, a, b)];
  }
  addFunctions(module, {
    ...functions,
    abs: ["a, /", absolute],
    neg: ["a, /", unaryNegative],
    pos: ["a, /", unaryPositive],
    inv: ["a, /", unaryInvert],
    invert: ["a, /", unaryInvert],
    not_: ["a, /", (a: PyValue) => !isTrue(a)],
    truth: ["a, /", (a: PyValue) => isTrue(a)],
    index: ["a, /", (a: PyValue) => indexValue(a)],
    is_: ["a, b, /", (a: PyValue, b: PyValue) => a === b],
    is_not: ["a, b, /", (a: PyValue, b: PyValue) => a !== b],
    concat: ["a, b, /", (a: PyValue, b: PyValue) => concat(a, b, false)],
    iconcat: ["a, b, /", (a: PyValue, b: PyValue) => concat(a, b, true)],
    contains: ["a, b, /", (a: PyValue, b: PyValue) => containsOp(b, a)],
    countOf: ["a, b, /", (a: PyValue, b: PyValue) => {
      let count = 0;
      for (const item of searchValues(a)) if (item === b || equals(item, b)) count++;
      return count;
    }],
    indexOf: ["a, b, /", (a: PyValue, b: PyValue) => {
      let index = 0;
      for (const item of searchValues(a)) {
        if (item === b || equals(item, b)) return index;
        index++;
      }
      throw pyError("ValueError", "sequence.index(x): x not in sequence");
    }],
    getitem: ["a, b, /", getSubscript],
    setitem: ["a, b, c, /", (a: PyValue, b: PyValue, c: PyValue) => {
      setSubscript(a, b, c);
      return null;
    }],
    delitem: ["a, b, /", (a: PyValue, b: PyValue) => {
      deleteSubscript(a, b);
      return null;
    }],
    length_hint: [
      "obj, default=0, /",
      (obj: PyValue, fallback: PyValue) => lengthHint(obj, indexValue(fallback)),
    ],
    call: ["*args, **kwargs", (args: PyValue[], kwargs: Map<string, PyValue>) => {
      if (args.length < 1) throw pyError("TypeError", "call expected at least 1 argument, got 0");
      return callObject(
        args[0],
        [...args.slice(1), ...kwargs.values()],
        kwargs.size > 0 ? [...kwargs.keys()] : null,
      );
    }],
    _compare_digest: ["a, b, /", compareDigest],
  });
  addTypes(module, [attrgetterType, itemgetterType, methodcallerType]);
  for (const type of [attrgetterType, itemgetterType, methodcallerType]) {
    type.dict.set("__module__", "operator");
  }
  return module;
}

export { createOperatorModule };
