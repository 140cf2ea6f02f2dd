/**
 * Operators: binary and in-place arithmetic, rich comparison, unary
 * operators, truth value and `in`.
 *
 * Dispatch follows CPython's binary_op1 in Python terms: try the left
 * operand's `__op__`, then the right operand's `__rop__` — the right one first
 * when its type is a proper subclass of the left's that overrides it — and a
 * NotImplemented result means "try the other". In-place operators first try
 * `__iop__`. Comparisons are the same with reflected pairs (< and >, <= and
 * >=, == and ==), `==`/`!=` falling back to identity.
 *
 * Builtin types provide their operations as native slot functions (slots.ts). Before any of that, the hot cases —
 * two ints, two floats, two strs — are handled inline (the shapes the JIT will
 * also specialise on).
 */
import type { PyValue } from "../objects/object.ts";
import { typeOf } from "../objects/typeof.ts";
import type { PyType } from "../objects/type.ts";
import { objectType } from "../objects/core_types.ts";
import { pyError } from "../objects/exceptions.ts";
import { NotImplemented } from "../objects/singletons.ts";
import { PyTuple, tupleType } from "../objects/tuple.ts";
import { strPercentFormat } from "../objects/str_percent.ts";
import { BINARY_OPERATORS, COMPARE_OPERATORS, INPLACE_OFFSET } from "../compiler/opcodes.ts";
import { type BinarySlot, slotOf } from "./slots.ts";
import { callObject } from "./call.ts";
import { fastBinary, fastCompare, intBinary, intsBinary, intsCompare } from "./fast_arith.ts";
import { iterateValues } from "./iteration.ts";
import { lengthOf } from "./builtin_functions.ts";

/** Dunder names per BINARY_OPERATORS entry: [name, reflected name, in-place name]. */
const BINARY_DUNDERS: Record<string, readonly [string, string, string]> = {
  Add: ["__add__", "__radd__", "__iadd__"],
  BitAnd: ["__and__", "__rand__", "__iand__"],
  FloorDiv: ["__floordiv__", "__rfloordiv__", "__ifloordiv__"],
  LShift: ["__lshift__", "__rlshift__", "__ilshift__"],
  MatMult: ["__matmul__", "__rmatmul__", "__imatmul__"],
  Mult: ["__mul__", "__rmul__", "__imul__"],
  Mod: ["__mod__", "__rmod__", "__imod__"],
  BitOr: ["__or__", "__ror__", "__ior__"],
  Pow: ["__pow__", "__rpow__", "__ipow__"],
  RShift: ["__rshift__", "__rrshift__", "__irshift__"],
  Sub: ["__sub__", "__rsub__", "__isub__"],
  Div: ["__truediv__", "__rtruediv__", "__itruediv__"],
  BitXor: ["__xor__", "__rxor__", "__ixor__"],
};
export const DUNDERS_BY_INDEX = BINARY_OPERATORS.map(([kind]) => BINARY_DUNDERS[kind]);

/** Rich comparisons per COMPARE_OPERATORS entry: [name, reflected name]. */
const COMPARE_DUNDERS: Record<string, readonly [string, string]> = {
  Lt: ["__lt__", "__gt__"],
  LtE: ["__le__", "__ge__"],
  Eq: ["__eq__", "__eq__"],
  NotEq: ["__ne__", "__ne__"],
  Gt: ["__gt__", "__lt__"],
  GtE: ["__ge__", "__le__"],
};
export const COMPARE_BY_INDEX = COMPARE_OPERATORS.map(([kind]) => COMPARE_DUNDERS[kind]);
export const COMPARE_EQ = COMPARE_OPERATORS.findIndex(([kind]) => kind === "Eq");
export const COMPARE_NE = COMPARE_OPERATORS.findIndex(([kind]) => kind === "NotEq");

const ADD = BINARY_OPERATORS.findIndex(([kind]) => kind === "Add");
const MULT = BINARY_OPERATORS.findIndex(([kind]) => kind === "Mult");
const MOD = BINARY_OPERATORS.findIndex(([kind]) => kind === "Mod");

export function binaryOp(index: number, a: PyValue, b: PyValue): PyValue {
  const fast = fastBinary(index, a, b); // small ints and exact floats (fast_arith.ts)
  if (fast !== undefined) return fast;
  if (
    typeof a === "number" ? typeof b === "boolean" : typeof a === "boolean" && typeof b === "number"
  ) {
    // A small int and a bool (`count += x is None`): bool's methods are int's here, so the
    // result is the int one of 0 or 1 would give (two bools may give a bool: `&`, `|`, `^`).
    const mixed = intBinary(index, Number(a), Number(b));
    if (mixed !== undefined) return mixed;
  }
  const ints = intsBinary(index, a, b); // exact ints of any size
  if (ints !== undefined) return ints;
  if (
    (index === ADD || index === ADD + INPLACE_OFFSET) && typeof a === "string" &&
    typeof b === "string"
  ) {
    return a + b;
  }
  if ((index === MOD || index === MOD + INPLACE_OFFSET) && typeof a === "string") {
    // `format % values` with values of a type that cannot override __rmod__
    // (a primitive, or an exact tuple): str.__mod__, which never declines.
    if (typeof b !== "object" || (b instanceof PyTuple && b.cls === tupleType)) {
      return strPercentFormat(a, b);
    }
  }
  return binaryOpSlow(index, a, b);
}

function binaryOpSlow(index: number, a: PyValue, b: PyValue): PyValue {
  let operator = index;
  if (index >= INPLACE_OFFSET) {
    operator = index - INPLACE_OFFSET;
    const inplace = binarySlotOf(typeOf(a), DUNDERS_BY_INDEX[operator][2]);
    if (inplace !== undefined) {
      const result = inplace(a, b);
      if (result !== NotImplemented) return result;
    }
  }
  const [name, reflected] = DUNDERS_BY_INDEX[operator];
  const result = dispatchBinary(a, b, name, reflected);
  if (result !== NotImplemented) return result;
  refuseOperands(index, a, b);
}

/** The TypeError of a binary operator that both operands declined. */
function refuseOperands(index: number, a: PyValue, b: PyValue): never {
  const operator = index >= INPLACE_OFFSET ? index - INPLACE_OFFSET : index;
  sequenceOperandError(operator, a, b);
  throw unsupportedOperands(
    BINARY_OPERATORS[operator][1] + (index >= INPLACE_OFFSET ? "=" : ""),
    a,
    b,
  );
}

/**
 * Sequence types (str, list, tuple, bytes, ...) for CPython's sq_concat /
 * sq_repeat error messages when `+` or `*` found no method.
 */
const sequenceTypes = new Map<PyType, ConcatMessage | undefined>();
type ConcatMessage = (left: string, right: string) => string;
/** `concatMessage` replaces the list/str wording (bytes: "can't concat int to bytes"). */
export function registerSequenceType(type: PyType, concatMessage?: ConcatMessage): void {
  sequenceTypes.set(type, concatMessage);
}
const sequenceBase = (value: PyValue) =>
  typeOf(value).mro.find((klass) => sequenceTypes.has(klass));
const isSequence = (value: PyValue) => sequenceBase(value) !== undefined;

function sequenceOperandError(operator: number, a: PyValue, b: PyValue): void {
  const base = operator === ADD ? sequenceBase(a) : undefined;
  if (base !== undefined) {
    const right = typeOf(b).tpName;
    const message = sequenceTypes.get(base);
    if (message !== undefined) throw pyError("TypeError", message(typeOf(a).tpName, right));
    // list, tuple, str and deque word it with their own name, also for subclasses.
    throw pyError(
      "TypeError",
      `can only concatenate ${base.name} (not "${right}") to ${base.name}`,
    );
  }
  if (operator === MULT && (isSequence(a) || isSequence(b))) {
    const other = isSequence(a) ? b : a;
    throw pyError(
      "TypeError",
      `can't multiply sequence by non-int of type '${typeOf(other).tpName}'`,
    );
  }
}

/**
 * A number method set to None (`__iadd__ = None`) blocks inheritance and is
 * still called, as CPython's slot functions do: "'NoneType' object is not
 * callable" (slotOf treats None as "not supported", right for `__hash__`).
 */
function binarySlotOf(type: PyType, name: string): BinarySlot | undefined {
  const slot = slotOf(type, name);
  if (slot !== undefined || type.lookup(name) !== null) return slot;
  return callNone;
}
const callNone: BinarySlot = () => callObject(null, [], null);

/** The __op__/__rop__ protocol; NotImplemented when both sides decline. */
export function dispatchBinary(a: PyValue, b: PyValue, name: string, reflected: string): PyValue {
  const leftType = typeOf(a);
  const rightType = typeOf(b);
  const left = binarySlotOf(leftType, name);
  let right = leftType === rightType ? undefined : binarySlotOf(rightType, reflected);
  if (
    right !== undefined && rightType.isSubtypeOf(leftType) &&
    rightType.definingClass(reflected) !== leftType.definingClass(reflected)
  ) {
    const result = right(b, a);
    if (result !== NotImplemented) return result;
    right = undefined;
  }
  if (left !== undefined) {
    const result = left(a, b);
    if (result !== NotImplemented) return result;
  }
  if (right !== undefined) return right(b, a);
  return NotImplemented;
}

/**
 * The rest of a binary operator after the left operand's `__op__` returned
 * NotImplemented, where no proper subclass on the right overrides `__rop__`
 * (it would have gone first): the right operand's `__rop__`, then the
 * TypeError. For a frame of `__op__` that a trace inlined and an exit rebuilt
 * (jit/resume.ts).
 */
export function binaryOpAfterLeft(index: number, a: PyValue, b: PyValue): PyValue {
  const operator = index >= INPLACE_OFFSET ? index - INPLACE_OFFSET : index;
  if (typeOf(a) !== typeOf(b)) {
    const right = binarySlotOf(typeOf(b), DUNDERS_BY_INDEX[operator][1]);
    const result = right === undefined ? NotImplemented : right(b, a);
    if (result !== NotImplemented) return result;
  }
  refuseOperands(index, a, b);
}

function unsupportedOperands(symbol: string, a: PyValue, b: PyValue) {
  const left = typeOf(a).tpName;
  const right = typeOf(b).tpName;
  if (symbol === "**") {
    return pyError(
      "TypeError",
      `unsupported operand type(s) for ${symbol} or pow(): '${left}' and '${right}'`,
    );
  }
  return pyError(
    "TypeError",
    `unsupported operand type(s) for ${symbol}: '${left}' and '${right}'`,
  );
}

export function compareOp(index: number, a: PyValue, b: PyValue): PyValue {
  const fast = fastCompare(index, a, b) ?? intsCompare(index, a, b); // fast_arith.ts
  if (fast !== undefined) return fast;
  const [name, reflected] = COMPARE_BY_INDEX[index];
  const result = dispatchCompare(a, b, name, reflected);
  if (result !== NotImplemented) return result;
  return compareDeclined(index, a, b);
}

/**
 * The rest of a comparison after the left operand's method returned
 * NotImplemented, where no proper subclass on the right overrides the
 * reflected method (it would have gone first): the right operand's
 * reflected method, then identity or the TypeError. For a frame of the
 * method that a trace inlined and an exit rebuilt (jit/resume.ts).
 */
export function compareOpAfterLeft(index: number, a: PyValue, b: PyValue): PyValue {
  const right = slotOf(typeOf(b), COMPARE_BY_INDEX[index][1]);
  const result = right === undefined ? NotImplemented : right(b, a);
  return result !== NotImplemented ? result : compareDeclined(index, a, b);
}

/** Both operands declined: `==`/`!=` compare identities, the others raise. */
function compareDeclined(index: number, a: PyValue, b: PyValue): PyValue {
  if (index === COMPARE_EQ) return a === b;
  if (index === COMPARE_NE) return a !== b;
  throw pyError(
    "TypeError",
    `'${COMPARE_OPERATORS[index][1]}' not supported between instances of '${
      typeOf(a).tpName
    }' and '${typeOf(b).tpName}'`,
  );
}

/** Rich comparison protocol: reflected first for a proper subclass on the right. */
function dispatchCompare(a: PyValue, b: PyValue, name: string, reflected: string): PyValue {
  const leftType = typeOf(a);
  const rightType = typeOf(b);
  let checkedReflected = false;
  if (leftType !== rightType && rightType.isSubtypeOf(leftType)) {
    const right = slotOf(rightType, reflected);
    if (right !== undefined) {
      checkedReflected = true;
      const result = right(b, a);
      if (result !== NotImplemented) return result;
    }
  }
  const left = slotOf(leftType, name);
  if (left !== undefined) {
    const result = left(a, b);
    if (result !== NotImplemented) return result;
  }
  if (!checkedReflected) {
    const right = slotOf(rightType, reflected);
    if (right !== undefined) return right(b, a);
  }
  return NotImplemented;
}

/** `a == b` as a JS boolean. */
export function equals(a: PyValue, b: PyValue): boolean {
  if (a === b) return true;
  if (
    typeof a === "object" && a !== null && typeof b === "object" && b !== null &&
    identityEquality(typeOf(a)) && identityEquality(typeOf(b))
  ) return false; // (list.remove, list.index, `in` over instances: no dispatch per item)
  return isTrue(compareOp(COMPARE_EQ, a, b));
}

let objectEq: PyValue | undefined;
/** The last type identityEquality answered for, at its version, and the answer. */
let lastType: PyType | null = null, lastVersion = -1, lastAnswer = false;

/**
 * Whether `==` on instances of `type` is object's: both operands' `__eq__`
 * being object.__eq__, each declines the other, and `==` is identity.
 */
function identityEquality(type: PyType): boolean {
  if (type === lastType && type.version === lastVersion) return lastAnswer;
  objectEq ??= objectType.dict.get("__eq__");
  lastType = type;
  lastVersion = type.version;
  return lastAnswer = objectEq !== undefined && type.lookup("__eq__") === objectEq;
}

export function isTrue(value: PyValue): boolean {
  switch (typeof value) {
    case "boolean":
      return value;
    case "number":
      return value !== 0;
    case "string":
      return value.length !== 0;
    case "bigint":
      return true; // a bigint is never zero in normal form
  }
  if (value === null) return false;
  const type = value.cls;
  const bool = slotOf(type, "__bool__");
  if (bool !== undefined) {
    const result = bool(value);
    if (typeof result !== "boolean") {
      throw pyError("TypeError", `__bool__ should return bool, returned ${typeOf(result).tpName}`);
    }
    return result;
  }
  if (type.lookup("__bool__") === null) {
    throw pyError("TypeError", "'NoneType' object is not callable"); // `__bool__ = None`
  }
  // len()'s checks apply: a negative or huge length is an error, not a truth value.
  if (slotOf(type, "__len__") !== undefined) return lengthOf(value) !== 0;
  return true;
}

const UNARY: Record<string, [string, string]> = {
  positive: ["__pos__", "+"],
  negative: ["__neg__", "-"],
  invert: ["__invert__", "~"],
};

function unary(kind: keyof typeof UNARY, a: PyValue): PyValue {
  const [name, symbol] = UNARY[kind];
  const slot = slotOf(typeOf(a), name);
  if (slot === undefined) {
    throw pyError("TypeError", `bad operand type for unary ${symbol}: '${typeOf(a).tpName}'`);
  }
  return slot(a);
}

export function unaryNegative(a: PyValue): PyValue {
  if (typeof a === "number" && a !== 0) return -a;
  return unary("negative", a);
}
export const unaryPositive = (a: PyValue): PyValue => unary("positive", a);
export const unaryInvert = (a: PyValue): PyValue => unary("invert", a);
export const unaryNot = (a: PyValue): boolean => !isTrue(a);

/** `item in container`: __contains__, else iteration with == (__iter__, then __getitem__). */
export function containsOp(item: PyValue, container: PyValue): boolean {
  const type = typeOf(container);
  const contains = slotOf(type, "__contains__");
  if (contains !== undefined) return isTrue(contains(container, item));
  if (type.lookup("__contains__") === null) {
    throw pyError("TypeError", `'${type.tpName}' object is not a container`);
  }
  const iterable = type.lookup("__iter__") === null
    ? false
    : slotOf(type, "__iter__") !== undefined || slotOf(type, "__getitem__") !== undefined;
  if (!iterable) {
    throw pyError("TypeError", `argument of type '${type.tpName}' is not iterable`);
  }
  for (const element of iterateValues(container)) if (equals(element, item)) return true;
  return false;
}
