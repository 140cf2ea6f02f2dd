/**
 * The methods of float as attributes of its type (`(1.5).__add__(2)`,
 * `float.is_integer`, `float.fromhex`), each a method descriptor over the
 * functions of float_arith.ts, float_round.ts, float_text.ts and
 * numeric_compare.ts. The interpreter's operators call the slot functions
 * directly; these are for Python code that looks the methods up.
 * Class methods (`fromhex`, `__getformat__`) are plain builtin functions in
 * the namespace (not bound to a subclass).
 */
import type { PyValue } from "./object.ts";
import { formatSpecArgument } from "./str_args.ts";
import { floatType, PyFloat } from "./float.ts";
import { defineNativeMethods, nativeFunction } from "./native_function.ts";
import { pyError } from "./exceptions.ts";
import { typeOf } from "./typeof.ts";
import { NotImplemented } from "./singletons.ts";
import { newTuple } from "./tuple.ts";
import * as arith from "./float_arith.ts";
import { floatToInt } from "./int_float.ts";
import {
  ceilFloatToInt,
  floatIntegerRatio,
  floorFloatToInt,
  roundFloatToDigits,
  roundFloatToInt,
} from "./float_round.ts";
import { floatFromHex, floatToHex } from "./float_text.ts";
import { floatRepr } from "../text/float_repr.ts";
import { formatFloat } from "./number_format.ts";
import { floatRichCompare } from "./numeric_compare.ts";
import { isStr, strFromJs, toJsString } from "./str_wide.ts";
import { indexValue } from "./int_methods.ts";
import { late } from "../runtime/late_protocols.ts";
import { defineGetSets } from "./getset.ts";
import { PyClassMethod } from "./descriptors.ts";
import type { PyType } from "./type.ts";
import { hashOf } from "../runtime/hash.ts";
import { floatHash } from "../runtime/hash_numeric.ts";
import { pointerHash } from "../runtime/identity.ts";

const own = (self: PyValue): number => (self as PyFloat).value;

function reflect(slot: (a: PyValue, b: PyValue) => PyValue) {
  return (self: PyValue, other: PyValue) => slot(other, self);
}

function divmodResult(result: ReturnType<typeof arith.floatDivmod>): PyValue {
  return result === NotImplemented ? NotImplemented : newTuple(result as PyFloat[]);
}

/** float.__round__(ndigits): an int without ndigits, else a float. */
export function roundFloat(value: number, ndigits: PyValue): PyValue {
  if (ndigits === null) return roundFloatToInt(value);
  const digits = indexValue(ndigits);
  // Beyond ±2**31 CPython clamps; any such value is far outside the useful range.
  const clamped = Number(digits < -(2 ** 31) ? -(2 ** 31) : digits > 2 ** 31 ? 2 ** 31 : digits);
  return new PyFloat(roundFloatToDigits(value, clamped));
}

defineNativeMethods(floatType, {
  __add__: ["value, /", arith.floatAdd],
  __radd__: ["value, /", reflect(arith.floatAdd)],
  __sub__: ["value, /", arith.floatSubtract],
  __rsub__: ["value, /", reflect(arith.floatSubtract)],
  __mul__: ["value, /", arith.floatMultiply],
  __rmul__: ["value, /", reflect(arith.floatMultiply)],
  __truediv__: ["value, /", arith.floatTrueDivide],
  __rtruediv__: ["value, /", reflect(arith.floatTrueDivide)],
  __floordiv__: ["value, /", arith.floatFloorDivide],
  __rfloordiv__: ["value, /", reflect(arith.floatFloorDivide)],
  __mod__: ["value, /", arith.floatModulo],
  __rmod__: ["value, /", reflect(arith.floatModulo)],
  __divmod__: ["value, /", (self, other) => divmodResult(arith.floatDivmod(self, other))],
  __rdivmod__: ["value, /", (self, other) => divmodResult(arith.floatDivmod(other, self))],
  __pow__: ["value, mod=None, /", (self, other, mod) => arith.floatPower(self, other, mod)],
  __rpow__: ["value, mod=None, /", (self, other, mod) => arith.floatPower(other, self, mod)],
  __neg__: ["", arith.floatNegative],
  __pos__: ["", arith.floatPositive],
  __abs__: ["", arith.floatAbsolute],
  __bool__: ["", (self) => own(self) !== 0],
  __int__: ["", (self) => floatToInt(own(self))],
  __trunc__: ["", (self) => floatToInt(own(self))],
  __floor__: ["", (self) => floorFloatToInt(own(self))],
  __ceil__: ["", (self) => ceilFloatToInt(own(self))],
  __float__: ["", (self) => (self as PyFloat).cls === floatType ? self : new PyFloat(own(self))],
  __round__: ["ndigits=None, /", (self, ndigits) => roundFloat(own(self), ndigits)],
  __repr__: ["", (self) => floatRepr(own(self))],
  __format__: [
    "format_spec, /",
    (self: PyFloat, spec: PyValue) => {
      const text = toJsString(formatSpecArgument(spec));
      // An empty spec is str(self), which a subclass may define differently.
      if (text === "" && self.cls !== floatType) return late.str(self);
      return strFromJs(formatFloat(self.value, text));
    },
  ],
  __getnewargs__: ["", (self) => newTuple([new PyFloat(own(self))])],
  // Exact floats hash through hash() itself so that a NaN's identity hash agrees;
  // a subclass instance reaches here from hash(), so it must not call hash() back.
  __hash__: [
    "",
    (self: PyFloat) =>
      self.cls === floatType ? hashOf(self) : floatHash(self.value, () => pointerHash(self)),
  ],
  __lt__: ["value, /", (self, other) => floatRichCompare(self, other, 0)],
  __le__: ["value, /", (self, other) => floatRichCompare(self, other, 1)],
  __eq__: ["value, /", (self, other) => floatRichCompare(self, other, 2)],
  __ne__: ["value, /", (self, other) => floatRichCompare(self, other, 3)],
  __gt__: ["value, /", (self, other) => floatRichCompare(self, other, 4)],
  __ge__: ["value, /", (self, other) => floatRichCompare(self, other, 5)],
  conjugate: ["", (self) => new PyFloat(own(self))],
  is_integer: ["", (self) => Number.isInteger(own(self))],
  as_integer_ratio: ["", (self) => newTuple(floatIntegerRatio(own(self)))],
  hex: ["", (self) => floatToHex(own(self))],
});

defineGetSets(floatType, {
  real: [(self: PyValue) => new PyFloat(own(self))],
  imag: [() => new PyFloat(0)],
});

floatType.dict.set(
  "fromhex",
  // A classmethod: a subclass gets `cls(value)`, as CPython's float_fromhex.
  new PyClassMethod(nativeFunction("fromhex", "string, /", (cls: PyType, text) => {
    if (!isStr(text)) throw pyError("TypeError", "bad argument type for built-in operation");
    const value = new PyFloat(floatFromHex(toJsString(text)));
    return cls === floatType ? value : late.call(cls, [value], null);
  })),
);
floatType.dict.set(
  "__getformat__",
  nativeFunction("__getformat__", "typestr, /", (typestr) => {
    if (!isStr(typestr)) {
      throw pyError(
        "TypeError",
        `__getformat__() argument must be str, not ${typeOf(typestr).tpName}`,
      );
    }
    const text = toJsString(typestr);
    if (text !== "double" && text !== "float") {
      throw pyError("ValueError", "__getformat__() argument 1 must be 'double' or 'float'");
    }
    return "IEEE, little-endian";
  }),
);
floatType.invalidate();
