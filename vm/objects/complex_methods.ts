/**
 * The methods of complex as attributes of its type (`(1j).__mul__(2)`,
 * `complex.conjugate`), each a method descriptor over complex_arith.ts and
 * numeric_compare.ts. complex defines no //, % or divmod, and its ordering
 * comparisons exist but return NotImplemented (hence TypeError), as in CPython.
 */
import type { PyValue } from "./object.ts";
import { formatSpecArgument } from "./str_args.ts";
import { complexType, PyComplex } from "./complex.ts";
import { defineNativeMethods } from "./native_function.ts";
import { newTuple } from "./tuple.ts";
import { PyFloat } from "./float.ts";
import * as arith from "./complex_arith.ts";
import { complexRepr } from "../text/float_repr.ts";
import { formatComplex } from "./number_format.ts";
import { complexRichCompare } from "./numeric_compare.ts";
import { defineMembers } from "./member.ts";
import { late } from "../runtime/late_protocols.ts";
import { hashOf } from "../runtime/hash.ts";
import { complexHash } from "../runtime/hash_numeric.ts";
import { pointerHash } from "../runtime/identity.ts";
import { strFromJs, toJsString } from "./str_wide.ts";

const own = (self: PyValue) => self as PyComplex;

function reflect(slot: (a: PyValue, b: PyValue) => PyValue) {
  return (self: PyValue, other: PyValue) => slot(other, self);
}

defineNativeMethods(complexType, {
  __add__: ["value, /", arith.complexAdd],
  __radd__: ["value, /", reflect(arith.complexAdd)],
  __sub__: ["value, /", arith.complexSubtract],
  __rsub__: ["value, /", reflect(arith.complexSubtract)],
  __mul__: ["value, /", arith.complexMultiply],
  __rmul__: ["value, /", reflect(arith.complexMultiply)],
  __truediv__: ["value, /", arith.complexTrueDivide],
  __rtruediv__: ["value, /", reflect(arith.complexTrueDivide)],
  __pow__: ["value, mod=None, /", (self, other, mod) => arith.complexPower(self, other, mod)],
  __rpow__: ["value, mod=None, /", (self, other, mod) => arith.complexPower(other, self, mod)],
  __neg__: ["", arith.complexNegative],
  __pos__: ["", arith.complexPositive],
  __abs__: ["", arith.complexAbsolute],
  __bool__: ["", (self) => own(self).real !== 0 || own(self).imag !== 0],
  __complex__: [
    "",
    (self) => own(self).cls === complexType ? self : new PyComplex(own(self).real, own(self).imag),
  ],
  __repr__: ["", (self) => complexRepr(own(self).real, own(self).imag)],
  __format__: ["format_spec, /", (self, spec: PyValue) => {
    const { real, imag, cls } = own(self);
    const text = toJsString(formatSpecArgument(spec));
    // An empty spec is str(self), which a subclass may define differently.
    if (text === "" && cls !== complexType) return late.str(self);
    return strFromJs(formatComplex(real, imag, text));
  }],
  __getnewargs__: [
    "",
    (self) => newTuple([new PyFloat(own(self).real), new PyFloat(own(self).imag)]),
  ],
  __lt__: ["value, /", (self, other) => complexRichCompare(self, other, 0)],
  __le__: ["value, /", (self, other) => complexRichCompare(self, other, 1)],
  __eq__: ["value, /", (self, other) => complexRichCompare(self, other, 2)],
  __ne__: ["value, /", (self, other) => complexRichCompare(self, other, 3)],
  __gt__: ["value, /", (self, other) => complexRichCompare(self, other, 4)],
  __ge__: ["value, /", (self, other) => complexRichCompare(self, other, 5)],
  // As float.__hash__: exact complex numbers through hash(), subclasses directly.
  __hash__: [
    "",
    (self: PyComplex) =>
      self.cls === complexType
        ? hashOf(self)
        : complexHash(self.real, self.imag, () => pointerHash(self)),
  ],
  conjugate: ["", (self) => new PyComplex(own(self).real, -own(self).imag)],
});

defineMembers(complexType, {
  real: [(self: PyValue) => new PyFloat(own(self).real)],
  imag: [(self: PyValue) => new PyFloat(own(self).imag)],
});
