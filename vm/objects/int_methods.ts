/**
 * The methods of int and bool as attributes of their types (`(1).__add__(2)`,
 * `int.bit_length`, `True.__and__`), each a method descriptor over the slot
 * functions of int_arith.ts, int_bits.ts and numeric_compare.ts. The
 * interpreter's operators do not go through these descriptors (they call the
 * slot functions directly); these exist so that Python code can find and call
 * them as in CPython.
 *
 * Class methods (`int.from_bytes`) are stored as plain builtin functions in
 * the type's namespace: callable as `int.from_bytes(...)`, but not bound to
 * the class of a subclass.
 */
import type { PyValue } from "./object.ts";
import { formatSpecArgument } from "./str_args.ts";
import { boolType, intType } from "./core_types.ts";
import { defineNativeMethods, nativeFunction } from "./native_function.ts";
import { pyError } from "./exceptions.ts";
import { NotImplemented } from "./singletons.ts";
import { newTuple } from "./tuple.ts";
import { PyFloat } from "./float.ts";
import { PyBytes } from "./bytes.ts";
import { bytesOfObject } from "./bytes_percent.ts";
import { strOperand } from "./str_boxed.ts";
import { intOperand, type IntValue, normalizeBigInt, toBigInt } from "./int_value.ts";
import { bigIntFromBytes, bigIntToBytes } from "./int_bytes.ts";
import * as arith from "./int_arith.ts";
import * as bits from "./int_bits.ts";
import { intToFloat } from "./int_float.ts";
import { intToDecimal } from "./int_text.ts";
import { formatInt } from "./number_format.ts";
import { intRichCompare } from "./numeric_compare.ts";
import { isStr, strFromJs, toJsString } from "./str_wide.ts";
import { late } from "../runtime/late_protocols.ts";
import { typeOf } from "./typeof.ts";
import { defineGetSets } from "./getset.ts";
import { PyClassMethod } from "./descriptors.ts";
import type { PyType } from "./type.ts";
import { intHash } from "../runtime/hash_numeric.ts";

/** The int value of `self` (the receiver is always an int instance). */
const own = (self: PyValue): IntValue => intOperand(self)!;

/** An argument used as an integer (operator.index). */
export function indexValue(value: PyValue): IntValue {
  return intOperand(value) ?? late.index(value);
}

function reflect(slot: (a: PyValue, b: PyValue) => PyValue) {
  return (self: PyValue, other: PyValue) => slot(other, self);
}

function divmodResult(result: ReturnType<typeof arith.intDivmod>): PyValue {
  return result === NotImplemented ? NotImplemented : newTuple(result as IntValue[]);
}

/** int.__round__: half to even at 10**-ndigits for negative ndigits; ints are exact otherwise. */
export function roundIntToDigits(value: IntValue, ndigits: IntValue): IntValue {
  if (ndigits >= 0) return value;
  // 10**-ndigits more than twice |value| rounds it to 0 (no tie possible): skip the power.
  if (-ndigits > bits.bitLength(value) * 0.30103 + 2) return 0;
  const unit = 10n ** BigInt(-ndigits);
  const big = toBigInt(value);
  let quotient = big / unit;
  let remainder = big % unit;
  if (remainder < 0n) {
    quotient -= 1n;
    remainder += unit;
  }
  const twice = 2n * remainder;
  if (twice > unit || (twice === unit && (quotient & 1n) === 1n)) quotient += 1n;
  return normalizeBigInt(quotient * unit);
}

/** The `signed` flag: CPython parses it with the `p` converter (any truth value). */
function isTruthy(value: PyValue): boolean {
  const number = intOperand(value);
  if (number !== undefined) return number !== 0;
  return late.truth(value);
}

function byteOrderIsLittle(byteorder: PyValue, method: string): boolean {
  const operand = strOperand(byteorder); // a str subclass instance too (gh-98783)
  const text = operand === undefined ? undefined : toJsString(operand);
  if (text === "little") return true;
  if (text === "big") return false;
  if (text === undefined) {
    throw pyError(
      "TypeError",
      `${method}() argument 'byteorder' must be str, not ${
        byteorder === null ? "None" : typeOf(byteorder).tpName
      }`,
    );
  }
  throw pyError("ValueError", "byteorder must be either 'little' or 'big'");
}

export function intToBytes(value: IntValue, length: IntValue, little: boolean, signed: boolean) {
  if (length < 0) throw pyError("ValueError", "length argument must be non-negative");
  const size = Number(length);
  const original = toBigInt(value);
  if (original < 0n && !signed) {
    throw pyError("OverflowError", "can't convert negative int to unsigned");
  }
  const available = BigInt(8 * size);
  const fits = size === 0
    ? original === 0n
    : signed
    ? original >= -(1n << (available - 1n)) && original < 1n << (available - 1n)
    : original < 1n << available;
  if (!fits) throw pyError("OverflowError", "int too big to convert");
  const unsigned = original < 0n ? original + (1n << available) : original;
  return new PyBytes(bigIntToBytes(unsigned, size, little));
}

export function intFromBytes(data: Uint8Array, little: boolean, signed: boolean): IntValue {
  let big = bigIntFromBytes(data, little);
  const top = data.length === 0 ? 0 : data[little ? data.length - 1 : 0];
  if (signed && top >= 0x80) big -= 1n << BigInt(8 * data.length);
  return normalizeBigInt(big);
}

/** bytes(value) for from_bytes: a bytes-like object, or an iterable of ints in range(256). */
function bytesOf(value: PyValue): Uint8Array {
  const buffer = bytesOfObject(value); // PyObject_Bytes: `__bytes__` first
  if (buffer !== undefined) return buffer;
  const type = typeOf(value);
  const iterable = type.lookup("__iter__") !== undefined ||
    type.lookup("__getitem__") !== undefined;
  if (intOperand(value) !== undefined || value === null || isStr(value) || !iterable) {
    throw pyError("TypeError", `cannot convert '${typeOf(value).tpName}' object to bytes`);
  }
  const out: number[] = [];
  for (const item of late.iterate(value)) {
    const byte = indexValue(item);
    if (byte < 0 || byte > 255) throw pyError("ValueError", "bytes must be in range(0, 256)");
    out.push(Number(byte));
  }
  return Uint8Array.from(out);
}

defineNativeMethods(intType, {
  __add__: ["value, /", arith.intAdd],
  __radd__: ["value, /", reflect(arith.intAdd)],
  __sub__: ["value, /", arith.intSubtract],
  __rsub__: ["value, /", reflect(arith.intSubtract)],
  __mul__: ["value, /", arith.intMultiply],
  __rmul__: ["value, /", reflect(arith.intMultiply)],
  __floordiv__: ["value, /", arith.intFloorDivide],
  __rfloordiv__: ["value, /", reflect(arith.intFloorDivide)],
  __mod__: ["value, /", arith.intModulo],
  __rmod__: ["value, /", reflect(arith.intModulo)],
  __truediv__: ["value, /", arith.intTrueDivide],
  __rtruediv__: ["value, /", reflect(arith.intTrueDivide)],
  __divmod__: ["value, /", (self, other) => divmodResult(arith.intDivmod(self, other))],
  __rdivmod__: ["value, /", (self, other) => divmodResult(arith.intDivmod(other, self))],
  __pow__: ["value, mod=None, /", (self, other, mod) => arith.intPower(self, other, mod)],
  __rpow__: ["value, mod=None, /", (self, other, mod) => arith.intPower(other, self, mod)],
  __lshift__: ["value, /", bits.intLeftShift],
  __rlshift__: ["value, /", reflect(bits.intLeftShift)],
  __rshift__: ["value, /", bits.intRightShift],
  __rrshift__: ["value, /", reflect(bits.intRightShift)],
  __and__: ["value, /", bits.intAnd],
  __rand__: ["value, /", reflect(bits.intAnd)],
  __or__: ["value, /", bits.intOr],
  __ror__: ["value, /", reflect(bits.intOr)],
  __xor__: ["value, /", bits.intXor],
  __rxor__: ["value, /", reflect(bits.intXor)],
  __neg__: ["", arith.intNegative],
  __pos__: ["", arith.intPositive],
  __abs__: ["", arith.intAbsolute],
  __invert__: ["", bits.intInvert],
  __bool__: ["", (self) => own(self) !== 0],
  __int__: ["", (self) => own(self)],
  __index__: ["", (self) => own(self)],
  __trunc__: ["", (self) => own(self)],
  __floor__: ["", (self) => own(self)],
  __ceil__: ["", (self) => own(self)],
  __float__: ["", (self) => new PyFloat(intToFloat(own(self)))],
  __round__: [
    "ndigits=None, /",
    (self, ndigits) =>
      ndigits === null ? own(self) : roundIntToDigits(own(self), indexValue(ndigits)),
  ],
  __repr__: ["", (self) => intToDecimal(own(self))],
  __format__: [
    "format_spec, /",
    (self, spec: PyValue) => {
      const text = toJsString(formatSpecArgument(spec));
      // An empty spec is str(self): "True" for a bool, a subclass's own __str__.
      if (text === "" && typeof self !== "number" && typeof self !== "bigint") {
        return late.str(self);
      }
      return strFromJs(formatInt(own(self), text, typeOf(self).name));
    },
  ],
  __getnewargs__: ["", (self) => newTuple([own(self)])],
  __hash__: ["", (self) => intHash(own(self))],
  __sizeof__: ["", (self) => 24 + 4 * Math.ceil(bits.bitLength(own(self)) / 30)],
  __lt__: ["value, /", (self, other) => intRichCompare(self, other, 0)],
  __le__: ["value, /", (self, other) => intRichCompare(self, other, 1)],
  __eq__: ["value, /", (self, other) => intRichCompare(self, other, 2)],
  __ne__: ["value, /", (self, other) => intRichCompare(self, other, 3)],
  __gt__: ["value, /", (self, other) => intRichCompare(self, other, 4)],
  __ge__: ["value, /", (self, other) => intRichCompare(self, other, 5)],
  conjugate: ["", (self) => own(self)],
  bit_length: ["", (self) => bits.bitLength(own(self))],
  bit_count: ["", (self) => bits.bitCount(own(self))],
  as_integer_ratio: ["", (self) => newTuple([own(self), 1])],
  to_bytes: [
    "length=1, byteorder='big', *, signed=False",
    (self, length, byteorder, signed) =>
      intToBytes(
        own(self),
        indexValue(length),
        byteOrderIsLittle(byteorder, "to_bytes"),
        isTruthy(signed),
      ),
  ],
});

defineGetSets(intType, {
  real: [(self: PyValue) => own(self)],
  imag: [() => 0],
  numerator: [(self: PyValue) => own(self)],
  denominator: [() => 1],
});

// A classmethod: a subclass gets `cls(value)`, as CPython's int_from_bytes_impl.
intType.dict.set(
  "from_bytes",
  new PyClassMethod(nativeFunction(
    "from_bytes",
    "bytes, byteorder='big', *, signed=False",
    (cls: PyType, data, byteorder, signed) => {
      const value = intFromBytes(
        bytesOf(data),
        byteOrderIsLittle(byteorder, "from_bytes"),
        isTruthy(signed),
      );
      return cls === intType ? value : late.call(cls, [value], null);
    },
  )),
);
intType.invalidate();

defineNativeMethods(boolType, {
  __repr__: ["", (self) => (self ? "True" : "False")],
  __and__: ["value, /", bits.intAnd],
  __rand__: ["value, /", reflect(bits.intAnd)],
  __or__: ["value, /", bits.intOr],
  __ror__: ["value, /", reflect(bits.intOr)],
  __xor__: ["value, /", bits.intXor],
  __rxor__: ["value, /", reflect(bits.intXor)],
});
