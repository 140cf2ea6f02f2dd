/**
 * `__format__` for int, float and complex: format(value, spec).
 *
 * The spec is parsed by format_spec.ts; each type then validates it with
 * CPython's messages (formatter_unicode.c) and produces the pieces — sign,
 * prefix, digits, remainder — that layOutNumber pads and groups.
 *
 * - int: b c d o x X n directly; e E f F g G % through float(value). 'c'
 *   takes no sign and no '#'. No precision.
 * - float: no type is repr-like ('r' digits, ".0" kept, switching to 'g'
 *   when a precision is given); 'n' is 'g' in the C locale (no grouping: the
 *   VM does not read the process locale); '%' multiplies by 100. 'z' turns a
 *   negative zero result (after rounding) into a positive one.
 * - complex: each part formatted as a float; no type means str() layout
 *   with parentheses (and no real part when it is +0); no zero padding,
 *   no '=' alignment; the imaginary part always carries a sign unless the
 *   real part was omitted.
 */
import { pyError } from "./exceptions.ts";
import {
  type FormatSpec,
  layOutNumber,
  type NumberParts,
  parseFormatSpec,
  specDefaults,
  unknownFormatCode,
} from "./format_spec.ts";
import type { IntValue } from "./int_value.ts";
import { intToBase, intToDecimal } from "./int_text.ts";
import { intToFloat } from "./int_float.ts";
import { doubleToString } from "../text/float_to_string.ts";
import { complexRepr, floatRepr } from "../text/float_repr.ts";

const INT_MAX = 2 ** 31 - 1;
const INT_DEFAULTS = specDefaults(">", "d");
const FLOAT_DEFAULTS = specDefaults(">", "");
const COMPLEX_DEFAULTS = specDefaults(">", "");

/** `typeName` names the receiver's type in messages ("bool" for True). */
export function formatInt(value: IntValue, specText: string, typeName = "int"): string {
  if (specText === "") return intToDecimal(value);
  const spec = parseFormatSpec(specText, INT_DEFAULTS, typeName);
  switch (spec.type) {
    case "b":
    case "c":
    case "d":
    case "o":
    case "x":
    case "X":
    case "n":
      return formatIntegerSpec(value, spec);
    case "e":
    case "E":
    case "f":
    case "F":
    case "g":
    case "G":
    case "%":
      return formatFloatSpec(intToFloat(value), spec);
    default:
      throw unknownFormatCode(spec.type, typeName);
  }
}

function formatIntegerSpec(value: IntValue, spec: FormatSpec): string {
  if (
    typeof value === "number" && value >= 0 && spec.type === "d" && spec.grouping === "" &&
    spec.precision === -1 && !spec.noNegativeZero && spec.sign !== "+" && spec.sign !== " " &&
    spec.align !== "^" && spec.fill.length === 1
  ) {
    // A small non-negative int padded on one side (f"{i:05d}", f"{n:>8}"): no
    // pieces to lay out. ('=' puts the fill between the sign and the digits;
    // there is neither here.)
    const digits = String(value);
    if (spec.width <= digits.length) return digits;
    return spec.align === "<"
      ? digits.padEnd(spec.width, spec.fill)
      : digits.padStart(spec.width, spec.fill);
  }
  if (spec.noNegativeZero) {
    throw pyError(
      "ValueError",
      "Negative zero coercion (z) not allowed in integer format specifier",
    );
  }
  if (spec.precision !== -1) {
    throw pyError("ValueError", "Precision not allowed in integer format specifier");
  }
  const negative = value < 0;
  let parts: NumberParts;
  if (spec.type === "c") {
    if (spec.sign !== "") {
      throw pyError("ValueError", "Sign not allowed with integer format specifier 'c'");
    }
    if (spec.alternate) {
      throw pyError(
        "ValueError",
        "Alternate form (#) not allowed with integer format specifier 'c'",
      );
    }
    if (value >= 2 ** 63 || value < -(2 ** 63)) {
      throw pyError("OverflowError", "Python int too large to convert to C long");
    }
    if (value < 0 || value > 0x10ffff) {
      throw pyError("OverflowError", "%c arg not in range(0x110000)");
    }
    parts = {
      negativeSign: "",
      prefix: "",
      digits: "",
      remainder: String.fromCodePoint(Number(value)),
    };
  } else if (spec.type === "d" || spec.type === "n") {
    const text = intToDecimal(value);
    parts = {
      negativeSign: negative ? "-" : "",
      prefix: "",
      digits: negative ? text.slice(1) : text,
      remainder: "",
    };
  } else {
    const base = spec.type === "b" ? 2 : spec.type === "o" ? 8 : 16;
    let digits = intToBase(negative ? -value : value, base, false);
    let prefix = spec.alternate ? (base === 2 ? "0b" : base === 8 ? "0o" : "0x") : "";
    if (spec.type === "X") {
      digits = digits.toUpperCase();
      prefix = prefix.toUpperCase();
    }
    parts = { negativeSign: negative ? "-" : "", prefix, digits, remainder: "" };
  }
  const groupSize = "boxX".includes(spec.type) ? 4 : 3;
  return layOutNumber(parts, spec, groupSize);
}

export function formatFloat(value: number, specText: string): string {
  if (specText === "") return floatRepr(value);
  const spec = withoutNulType(parseFormatSpec(specText, FLOAT_DEFAULTS, "float"));
  if (!["", "e", "E", "f", "F", "g", "G", "n", "%"].includes(spec.type)) {
    throw unknownFormatCode(spec.type, "float");
  }
  return formatFloatSpec(value, spec);
}

/** A NUL presentation type is no type for float and complex (CPython's format_float_internal). */
function withoutNulType(spec: Readonly<FormatSpec>): Readonly<FormatSpec> {
  return spec.type === "\0" ? { ...spec, type: "" } : spec;
}

/** The float text (sign included) for a validated spec, before padding. */
function floatText(value: number, spec: FormatSpec, complexPart = false): string {
  if (spec.precision > INT_MAX) throw pyError("ValueError", "precision too big");
  let type = spec.type;
  let precision = spec.precision;
  let number = value;
  let addDotZero = false;
  let defaultPrecision = 6;
  if (type === "") {
    // Like repr: floats keep ".0" on whole numbers, complex parts do not.
    addDotZero = !complexPart;
    type = "r";
    defaultPrecision = 0;
  }
  if (type === "n") type = "g";
  let suffix = "";
  if (type === "%") {
    type = "f";
    number *= 100;
    suffix = "%";
  }
  if (precision < 0) precision = defaultPrecision;
  else if (type === "r") type = "g";
  let text = doubleToString(number, type, precision, {
    addDotZero,
    alternate: spec.alternate,
  });
  const zero = Number.isFinite(number) && !/[1-9]/.test(text.split(/[eE]/)[0]);
  if (spec.noNegativeZero && zero && text.startsWith("-")) {
    text = text.slice(1);
  }
  return text + suffix;
}

/** Split "-123.45e+06%" into sign, integer digits and the rest. */
function splitNumberText(text: string): NumberParts {
  const negative = text.startsWith("-");
  const body = negative ? text.slice(1) : text;
  let end = 0;
  while (end < body.length && body[end] >= "0" && body[end] <= "9") end++;
  return {
    negativeSign: negative ? "-" : "",
    prefix: "",
    digits: body.slice(0, end),
    remainder: body.slice(end),
  };
}

function formatFloatSpec(value: number, spec: FormatSpec): string {
  return layOutNumber(splitNumberText(floatText(value, spec)), spec);
}

export function formatComplex(real: number, imag: number, specText: string): string {
  if (specText === "") return complexRepr(real, imag);
  const spec = withoutNulType(parseFormatSpec(specText, COMPLEX_DEFAULTS, "complex"));
  if (!["", "e", "E", "f", "F", "g", "G", "n"].includes(spec.type)) {
    throw unknownFormatCode(spec.type, "complex");
  }
  if (spec.precision > INT_MAX) throw pyError("ValueError", "precision too big");
  if (spec.fill === "0") {
    throw pyError("ValueError", "Zero padding is not allowed in complex format specifier");
  }
  if (spec.align === "=") {
    throw pyError("ValueError", "'=' alignment flag is not allowed in complex format specifier");
  }
  let skipReal = false;
  let parentheses = false;
  const partSpec: FormatSpec = { ...spec, fill: " ", align: "<", width: -1 };
  if (spec.type === "") {
    // Like str(): repr digits, no ".0"; parentheses unless the real part is +0.
    if (real === 0 && !Object.is(real, -0)) skipReal = true;
    else parentheses = true;
  }
  const partText = (part: number) => floatText(part, partSpec, true);
  const realText = skipReal ? "" : layOutNumber(splitNumberText(partText(real)), partSpec);
  const imagSpec = skipReal ? partSpec : { ...partSpec, sign: "+" };
  const imagText = layOutNumber(splitNumberText(partText(imag)), imagSpec);
  const body = (parentheses ? "(" : "") + realText + imagText + "j" + (parentheses ? ")" : "");
  return padText(body, spec);
}

function padText(body: string, spec: FormatSpec): string {
  const padding = spec.width - [...body].length;
  if (padding <= 0) return body;
  switch (spec.align) {
    case "<":
      return body + spec.fill.repeat(padding);
    case "^": {
      const left = Math.floor(padding / 2);
      return spec.fill.repeat(left) + body + spec.fill.repeat(padding - left);
    }
    default:
      return spec.fill.repeat(padding) + body;
  }
}
