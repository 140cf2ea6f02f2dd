/**
 * The argument rules of the int(), float() and complex() constructors:
 * builtin values directly, other objects through their special methods
 * (`__int__`, `__index__`, `__trunc__`, `__float__`, `__complex__`) in
 * CPython's order, then text (str, bytes and other buffers).
 */
import type { PyValue } from "./object.ts";
import { pyError } from "./exceptions.ts";
import { floatType, PyFloat } from "./float.ts";
import { PyBytes } from "./bytes.ts";
import { PyByteArray } from "./bytearray.ts";
import { PyComplex } from "./complex.ts";
import { bufferOf } from "./buffer.ts";
import { typeOf } from "./typeof.ts";
import { intOperand, type IntValue, PyBoxedInt } from "./int_value.ts";
import type { PyType } from "./type.ts";
import { intType } from "./core_types.ts";
import { floatToInt, intToFloat } from "./int_float.ts";
import { parseIntText } from "./int_text.ts";
import { parseFloatText } from "./float_text.ts";
import { parseComplexText } from "./complex_text.ts";
import { isStr, toJsString } from "./str_wide.ts";
import { strOperand } from "./str_boxed.ts";
import { bytesRepr } from "../text/bytes_repr.ts";
import { late } from "../runtime/late_protocols.ts";

const latin1 = (data: Uint8Array) => String.fromCharCode(...data);

/** What int.__new__(cls, ...) returns: the int itself for int, a boxed instance for a subclass. */
export function intInstance(cls: PyType, value: IntValue): PyValue {
  return cls === intType ? value : new PyBoxedInt(value, cls);
}

/** A special method found on the type, as CPython's _PyObject_LookupSpecial. */
function special(value: PyValue, name: string): PyValue | undefined {
  return value !== null && typeof value === "object" ? typeOf(value).lookup(name) : undefined;
}

const callSpecial = (method: PyValue, self: PyValue) => late.callSpecial(method, self, []);

function isBytesOrBytearray(value: PyValue): value is PyBytes | PyByteArray {
  return value instanceof PyBytes || value instanceof PyByteArray;
}

/**
 * int(x) and int(x, base); `base` undefined when not given. Without a base,
 * CPython's PyNumber_Long: `__int__` (an int subclass result is accepted as
 * its value), `__index__`, `__trunc__` (whose result may be anything with
 * `__index__`), then str, bytes, bytearray and other buffers as text.
 */
export function intFromValue(value: PyValue, base?: PyValue): IntValue {
  if (base !== undefined) {
    const baseValue = intOperand(base) ?? late.index(base);
    const number = Number(baseValue);
    if (number !== 0 && !(number >= 2 && number <= 36)) {
      throw pyError("ValueError", "int() base must be >= 2 and <= 36, or 0");
    }
    const text = strOperand(value);
    if (text !== undefined) return parseIntText(toJsString(text), number);
    if (isBytesOrBytearray(value)) {
      return parseIntText(latin1(value.bytes), number, bytesRepr(value.bytes));
    }
    throw pyError("TypeError", "int() can't convert non-string with explicit base");
  }
  const asInt = intOperand(value);
  if (asInt !== undefined && !(value instanceof PyBoxedInt)) return asInt;
  if (value instanceof PyFloat && value.cls === floatType) return floatToInt(value.value);
  const int = special(value, "__int__");
  if (int !== undefined) {
    const result = callSpecial(int, value);
    const number = intOperand(result);
    if (number === undefined) {
      throw pyError("TypeError", `__int__ returned non-int (type ${typeOf(result).tpName})`);
    }
    if (typeof result === "boolean" || result instanceof PyBoxedInt) {
      late.deprecation(
        `__int__ returned non-int (type ${typeOf(result).tpName}).  The ability to return an ` +
          "instance of a strict subclass of int is deprecated, and may be removed in a future " +
          "version of Python.",
      );
    }
    return number;
  }
  if (special(value, "__index__") !== undefined) return late.index(value);
  const trunc = special(value, "__trunc__");
  if (trunc !== undefined) {
    late.deprecation("The delegation of int() to __trunc__ is deprecated.");
    const result = callSpecial(trunc, value);
    const number = intOperand(result);
    if (number !== undefined) return number;
    if (special(result, "__index__") === undefined) {
      throw pyError("TypeError", `__trunc__ returned non-Integral (type ${typeOf(result).tpName})`);
    }
    return late.index(result);
  }
  const text = strOperand(value); // str subclass instances too
  if (text !== undefined) return parseIntText(toJsString(text));
  const buffer = bufferOf(value);
  if (buffer !== undefined) return parseIntText(latin1(buffer), 10, bytesRepr(buffer));
  throw pyError(
    "TypeError",
    `int() argument must be a string, a bytes-like object or a real number, not '${
      typeOf(value).tpName
    }'`,
  );
}

/**
 * float(x): CPython's float_new for a str, else PyNumber_Float: `__float__`
 * (its result must be a float), `__index__`, a float subclass's value, then
 * bytes, bytearray and other buffers as text.
 */
export function floatFromValue(value: PyValue): number {
  if (value instanceof PyFloat && value.cls === floatType) return value.value;
  if (isStr(value)) return parseFloatText(toJsString(value));
  const asInt = intOperand(value);
  if (asInt !== undefined && !(value instanceof PyBoxedInt)) return intToFloat(asInt);
  const float = special(value, "__float__");
  if (float !== undefined) {
    const result = callSpecial(float, value);
    if (!(result instanceof PyFloat)) {
      throw pyError(
        "TypeError",
        `${typeOf(value).tpName}.__float__ returned non-float (type ${typeOf(result).tpName})`,
      );
    }
    if (result.cls !== floatType) {
      late.deprecation(
        `${typeOf(value).tpName}.__float__ returned non-float (type ${
          typeOf(result).tpName
        }).  The ability to return an instance of a strict subclass of float is deprecated, ` +
          "and may be removed in a future version of Python.",
      );
    }
    return result.value;
  }
  if (special(value, "__index__") !== undefined) return intToFloat(late.index(value));
  if (value instanceof PyFloat) return value.value;
  const text = strOperand(value); // a str subclass without __float__
  if (text !== undefined) return parseFloatText(toJsString(text));
  const buffer = bufferOf(value);
  if (buffer !== undefined) {
    // PyFloat_FromString on bytes: ASCII text only, errors show repr(bytes).
    const shown = bytesRepr(buffer);
    if (buffer.some((byte) => byte >= 0x80)) parseFloatText("\0", shown);
    return parseFloatText(latin1(buffer), shown);
  }
  throw pyError(
    "TypeError",
    `float() argument must be a string or a real number, not '${typeOf(value).tpName}'`,
  );
}

/** Whether complex() takes `value` as a number: a complex, or anything with `__float__`/`__index__`. */
function isComplexNumberPart(value: PyValue): boolean {
  if (intOperand(value) !== undefined || value instanceof PyFloat) return true;
  if (value instanceof PyComplex) return true;
  return special(value, "__float__") !== undefined || special(value, "__index__") !== undefined;
}

/**
 * complex(real, imag) with CPython's combination rules (complex_new_impl);
 * arguments undefined when omitted. `real` may define `__complex__`.
 */
export function complexFromValues(real?: PyValue, imag?: PyValue): [number, number] {
  if (real === undefined) real = 0;
  if (isStr(real)) {
    if (imag !== undefined) {
      throw pyError("TypeError", "complex() can't take second arg if first is a string");
    }
    return parseComplexText(toJsString(real));
  }
  if (imag !== undefined && isStr(imag)) {
    throw pyError("TypeError", "complex() second arg can't be a string");
  }
  const method = special(real, "__complex__");
  if (method !== undefined) {
    const result = callSpecial(method, real);
    if (!(result instanceof PyComplex)) {
      throw pyError(
        "TypeError",
        `__complex__ returned non-complex (type ${typeOf(result).tpName})`,
      );
    }
    real = result;
  }
  if (!isComplexNumberPart(real)) {
    throw pyError(
      "TypeError",
      `complex() first argument must be a string or a number, not '${typeOf(real).tpName}'`,
    );
  }
  if (imag !== undefined && !isComplexNumberPart(imag)) {
    throw pyError(
      "TypeError",
      `complex() second argument must be a number, not '${typeOf(imag).tpName}'`,
    );
  }
  const [realReal, realImag] = real instanceof PyComplex
    ? [real.real, real.imag]
    : [floatFromNumber(real), 0];
  if (imag === undefined) return [realReal, realImag];
  const [imagReal, imagImag] = imag instanceof PyComplex
    ? [imag.real, imag.imag]
    : [floatFromNumber(imag), 0];
  const resultReal = imag instanceof PyComplex ? realReal - imagImag : realReal;
  const resultImag = real instanceof PyComplex ? imagReal + realImag : imagReal;
  return [resultReal, resultImag];
}

/** PyNumber_Float of a value complex() accepted as a number. */
function floatFromNumber(value: PyValue): number {
  return value instanceof PyFloat && value.cls === floatType ? value.value : floatFromValue(value);
}
