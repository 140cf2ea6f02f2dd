/**
 * The argument rules of the int(), float() and complex() constructors for
 * builtin argument types: str (and bytes for int), int, bool, float, complex.
 * Any other object is handed to the late-bound protocols (`__index__`,
 * `__float__`), which the interpreter installs; the constructors' callers
 * (vm/runtime/types/constructors.ts) may look up `__int__`/`__trunc__`/
 * `__complex__` first.
 */
import type { PyValue } from "./object.ts";
import { pyError } from "./exceptions.ts";
import { PyFloat } from "./float.ts";
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
import { bytesRepr } from "../text/bytes_repr.ts";
import { late } from "../runtime/late_protocols.ts";

const latin1 = (data: Uint8Array) => String.fromCharCode(...data);

/** What int.__new__(cls, ...) returns: the int itself for int, a boxed instance for a subclass. */
export function intInstance(cls: PyType, value: IntValue): PyValue {
  return cls === intType ? value : new PyBoxedInt(value, cls);
}

/** int(x) and int(x, base); `base` undefined when not given. */
export function intFromValue(value: PyValue, base?: PyValue): IntValue {
  if (base !== undefined) {
    const baseValue = intOperand(base) ?? late.index(base);
    const number = Number(baseValue);
    if (number !== 0 && !(number >= 2 && number <= 36)) {
      throw pyError("ValueError", "int() base must be >= 2 and <= 36, or 0");
    }
    if (isStr(value)) return parseIntText(toJsString(value), number);
    const buffer = bufferOf(value);
    if (buffer !== undefined) return parseIntText(latin1(buffer), number, bytesRepr(buffer));
    throw pyError("TypeError", "int() can't convert non-string with explicit base");
  }
  const asInt = intOperand(value);
  if (asInt !== undefined) return asInt;
  if (value instanceof PyFloat) return floatToInt(value.value);
  if (isStr(value)) return parseIntText(toJsString(value));
  const buffer = bufferOf(value);
  if (buffer !== undefined) return parseIntText(latin1(buffer), 10, bytesRepr(buffer));
  if (value instanceof PyComplex || value === null) {
    throw pyError(
      "TypeError",
      `int() argument must be a string, a bytes-like object or a real number, not '${
        typeOf(value).name
      }'`,
    );
  }
  return late.index(value);
}

/** float(x). */
export function floatFromValue(value: PyValue): number {
  if (value instanceof PyFloat) return value.value;
  const asInt = intOperand(value);
  if (asInt !== undefined) return intToFloat(asInt);
  if (isStr(value)) return parseFloatText(toJsString(value));
  if (value instanceof PyComplex || value === null) {
    throw pyError(
      "TypeError",
      `float() argument must be a string or a real number, not '${typeOf(value).name}'`,
    );
  }
  return late.toFloat(value);
}

/** complex(real, imag) with CPython's combination rules; arguments undefined when omitted. */
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
  const numberPart = (value: PyValue, message: string): [number, number] => {
    if (value instanceof PyComplex) return [value.real, value.imag];
    if (value === null || isStr(value)) {
      throw pyError("TypeError", `${message}, not '${typeOf(value).name}'`);
    }
    return [floatFromValue(value), 0];
  };
  const [realReal, realImag] = numberPart(
    real,
    "complex() first argument must be a string or a number",
  );
  if (imag === undefined) return [realReal, realImag];
  const [imagReal, imagImag] = numberPart(imag, "complex() second argument must be a number");
  const resultReal = imag instanceof PyComplex ? realReal - imagImag : realReal;
  const resultImag = real instanceof PyComplex ? imagReal + realImag : imagReal;
  return [resultReal, resultImag];
}
