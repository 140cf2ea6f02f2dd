/**
 * printf-style formatting: `format % values` (CPython's PyUnicode_Format).
 *
 * A conversion is `%[(key)][flags][width][.precision][length]type` with flags
 * `-+ #0`, `*` for width or precision taken from the arguments, and a length
 * modifier (h, l, L) that is ignored. Arguments: a tuple supplies them in
 * order; any other value is the single argument; a mapping (anything with
 * `__getitem__` that is not a tuple or str) is what `%(key)` looks into, and
 * unused mapping arguments are not an error.
 *
 * Layout of a numeric conversion (d i u o x X e E f F g G): the digits come
 * with their own '-' sign and, for `#`, the 0x/0X/0o prefix; then the '+' or
 * ' ' flag supplies a sign for non-negative values; with the `0` flag the
 * padding goes between sign/prefix and digits, otherwise spaces go before the
 * sign (or after everything with `-`).
 *
 * bytes formatting (bytes_percent.ts) runs the same engine over the format's
 * latin-1 text with a `PercentDialect` that replaces %s/%r/%a/%b/%c and names
 * the type in the "not all arguments converted" message.
 */
import type { PyValue } from "./object.ts";
import { pyError } from "./exceptions.ts";
import { PyTuple } from "./tuple.ts";
import { typeOf } from "./typeof.ts";
import { floatType, PyFloat } from "./float.ts";
import { PyDict } from "./dict.ts";
import { PyList } from "./list.ts";
import { floatToInt, intToFloat } from "./int_float.ts";
import { intOperand } from "./int_value.ts";
import { intToDecimal } from "./int_text.ts";
import { late } from "../runtime/late_protocols.ts";
import { doubleToString } from "../text/float_to_string.ts";
import { asciiOf, reprOf, strOf } from "./str_convert.ts";
import { strOperand } from "./str_boxed.ts";
import { getItem } from "./str_item_lookup.ts";
import { repeatText } from "./str_pad.ts";
import { typeName } from "./str_args.ts";
import {
  flattened,
  isStr,
  type PyStr,
  strCodePointAt,
  strConcatAll,
  strFromCodePoint,
  strLength,
  strSlice,
} from "./str_wide.ts";
import { flagOf, PercentFlag as Flag, type PercentPlan, percentPlan } from "./str_percent_plan.ts";

const SSIZE_MAX = 2 ** 63 - 1;
const INT_MAX = 2 ** 31 - 1;

/** What differs between str and bytes formatting. */
export interface PercentDialect {
  /** "string" or "bytes", for "not all arguments converted during ... formatting". */
  noun: string;
  /** Does a lone argument count as a mapping (for `%(key)` and the leftover check)? */
  isMapping(value: PyValue): boolean;
  /** The key `%(key)` looks up, from its text. */
  mappingKey(text: PyStr): PyValue;
  /** %s %r %a %b %c: the converted text, or undefined for "unsupported format character". */
  convertText(type: number, value: PyValue): PyStr | undefined;
}

const STR_DIALECT: PercentDialect = {
  noun: "string",
  // PyUnicode_Check: a str subclass instance is never the mapping.
  isMapping: (value) => strOperand(value) === undefined && hasGetItem(value),
  mappingKey: (text) => text,
  convertText(type, value) {
    switch (type) {
      case 0x73: // s
        return strOf(value);
      case 0x72: // r
        return reprOf(value);
      case 0x61: // a
        return asciiOf(value);
      case 0x63: // c
        return formatChar(value);
    }
    return undefined;
  },
};

interface Arguments {
  values: PyValue;
  /** Tuple length, or -1 for a single (non-tuple) argument. */
  count: number;
  /** Next tuple index; for a single argument -2 = unused, -1 = used. */
  next: number;
  mapping: PyValue | null;
}

function nextArgument(args: Arguments): PyValue {
  if (args.next < args.count) {
    const index = args.next++;
    return args.count < 0 ? args.values : (args.values as PyTuple).items[index];
  }
  throw pyError("TypeError", "not enough arguments for format string");
}

/** A non-tuple with `__getitem__` (CPython's PyMapping_Check). */
export function hasGetItem(value: PyValue): boolean {
  if (value instanceof PyTuple) return false;
  if (value instanceof PyDict || value instanceof PyList) return true;
  return value !== null && typeof value === "object" &&
    typeOf(value).lookup("__getitem__") !== undefined;
}

export function strPercentFormat(format: PyStr, values: PyValue): PyStr {
  return percentFormat(format, values, STR_DIALECT);
}

export function percentFormat(format: PyStr, values: PyValue, dialect: PercentDialect): PyStr {
  const args: Arguments = values instanceof PyTuple
    ? { values, count: values.items.length, next: 0, mapping: null }
    : { values, count: -1, next: -2, mapping: null };
  if (dialect.isMapping(values)) args.mapping = values;
  if (typeof format === "string" && dialect === STR_DIALECT) {
    const plan = percentPlan(format);
    if (plan !== null) return runPlan(plan, args, dialect);
  }
  const length = strLength(format);
  const out: PyStr[] = [];
  let pos = 0;
  while (pos < length) {
    const percent = percentAt(format, pos, length);
    if (percent > pos) out.push(strSlice(format, pos, percent));
    if (percent >= length) break;
    pos = percent + 1; // after the '%'
    if (pos < length && strCodePointAt(format, pos) === 0x25) {
      out.push("%");
      pos++;
      continue;
    }
    pos = formatOne(format, pos, args, out, dialect);
  }
  if (args.next < args.count && args.mapping === null) {
    throw pyError("TypeError", `not all arguments converted during ${dialect.noun} formatting`);
  }
  return strConcatAll(out);
}

/** percentFormat with the format parsed before (str_percent_plan.ts). */
function runPlan(plan: PercentPlan, args: Arguments, dialect: PercentDialect): PyStr {
  const { literals, conversions } = plan;
  // The result so far while its pieces are primitive strings (built by `+`,
  // flattened at the end: str_wide.ts's `flattened`); from the first wide
  // piece on, every piece, in `wide`.
  let text = literals[0];
  let wide: PyStr[] | null = null;
  for (let i = 0; i < conversions.length; i++) {
    const { type, flags, width, precision, typeIndex } = conversions[i];
    const value = nextArgument(args);
    let piece: PyStr;
    if (
      typeof value === "number" && type === 0x64 && value >= 0 && precision < 0 &&
      (flags & (Flag.Sign | Flag.Blank)) === 0
    ) {
      // %d / %5d / %05d / %-5d of a non-negative small int: its digits, padded.
      const digits = String(value);
      if (width <= digits.length) piece = digits;
      else if ((flags & Flag.LeftJustify) !== 0) piece = digits.padEnd(width);
      else if ((flags & Flag.Zero) === 0) piece = digits.padStart(width);
      else piece = width === digits.length + 1 ? "0" + digits : digits.padStart(width, "0");
    } else if (type === 0x73 && flags === 0 && width < 0 && precision < 0) {
      piece = dialect.convertText(type, value)!;
    } else {
      const rendered = convertValue(type, value, flags, precision, typeIndex, dialect);
      piece = layout(rendered.text, rendered.numeric, type, flags, width, precision);
    }
    const literal = literals[i + 1];
    if (wide === null && typeof piece === "string") text += piece + literal;
    else {
      wide ??= [text];
      wide.push(piece, literal);
    }
    checkMappingUsedOnce(args, dialect);
  }
  if (args.next < args.count && args.mapping === null) {
    throw pyError("TypeError", `not all arguments converted during ${dialect.noun} formatting`);
  }
  return wide !== null ? strConcatAll(wide) : flattened(text);
}

/** The position of the next '%' from `start`, or `length`. */
function percentAt(format: PyStr, start: number, length: number): number {
  if (typeof format === "string") {
    const found = format.indexOf("%", start);
    return found < 0 ? length : found;
  }
  let pos = start;
  while (pos < length && format.codePoints[pos] !== 0x25) pos++;
  return pos;
}

/** Parse and render the conversion starting after '%' at `start`; returns the position after it. */
function formatOne(
  format: PyStr,
  start: number,
  args: Arguments,
  out: PyStr[],
  dialect: PercentDialect,
): number {
  const length = strLength(format);
  let pos = start;
  const first = pos < length ? strCodePointAt(format, pos) : 0;
  if (first === 0x73 || first === 0x64) {
    // A bare %s or %d (most conversions): no flags, width or precision to
    // parse, and no layout (nor its allocations: this is per conversion).
    const value = nextArgument(args);
    out.push(
      first === 0x64 ? formatInteger(value, first, 0, -1) : dialect.convertText(first, value)!,
    );
    checkMappingUsedOnce(args, dialect);
    return pos + 1;
  }
  const at = (i: number) => strCodePointAt(format, i);
  if (first === 0x28) {
    if (args.mapping === null) throw pyError("TypeError", "format requires a mapping");
    let depth = 1;
    const keyStart = ++pos;
    while (depth > 0 && pos < length) {
      const c = at(pos++);
      if (c === 0x29) depth--;
      else if (c === 0x28) depth++;
    }
    if (depth > 0) throw pyError("ValueError", "incomplete format key");
    args.values = getItem(args.mapping, dialect.mappingKey(strSlice(format, keyStart, pos - 1)));
    args.count = -1;
    args.next = -2;
  }
  let flags = 0;
  for (let flag; pos < length && (flag = flagOf(at(pos))) !== 0; pos++) flags |= flag;
  let width = -1;
  if (pos < length && at(pos) === 0x2a) {
    pos++;
    width = starArgument(args, "width");
    if (width < 0) {
      flags |= Flag.LeftJustify;
      width = -width;
    }
  } else if (pos < length && isDigit(at(pos))) {
    width = 0;
    while (pos < length && isDigit(at(pos))) {
      const digit = at(pos++) - 0x30;
      if (width > (SSIZE_MAX - digit) / 10) throw pyError("ValueError", "width too big");
      width = width * 10 + digit;
    }
  }
  let precision = -1;
  if (pos < length && at(pos) === 0x2e) {
    pos++;
    precision = 0;
    if (pos < length && at(pos) === 0x2a) {
      pos++;
      precision = Math.max(0, starArgument(args, "precision"));
    } else {
      while (pos < length && isDigit(at(pos))) {
        const digit = at(pos++) - 0x30;
        if (precision > (INT_MAX - digit) / 10) throw pyError("ValueError", "precision too big");
        precision = precision * 10 + digit;
      }
    }
  }
  if (pos < length && (at(pos) === 0x68 || at(pos) === 0x6c || at(pos) === 0x4c)) pos++;
  if (pos >= length) throw pyError("ValueError", "incomplete format");
  const type = at(pos++);
  const value = nextArgument(args);
  const rendered = convertValue(type, value, flags, precision, pos - 1, dialect);
  out.push(layout(rendered.text, rendered.numeric, type, flags, width, precision));
  checkMappingUsedOnce(args, dialect);
  return pos;
}

/** With a mapping, a conversion without a key takes the whole mapping: a tuple mapping is an error. */
function checkMappingUsedOnce(args: Arguments, dialect: PercentDialect): void {
  if (args.mapping !== null && args.next < args.count) {
    throw pyError("TypeError", `not all arguments converted during ${dialect.noun} formatting`);
  }
}

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;

/** A `*` width (a C ssize_t) or precision (a C int) taken from the arguments. */
function starArgument(args: Arguments, kind: "width" | "precision"): number {
  const value = intOperand(nextArgument(args));
  if (value === undefined) throw pyError("TypeError", "* wants int");
  const limit = kind === "width" ? 2 ** 63 : 2 ** 31;
  if (value >= limit || value < -limit) {
    const cType = kind === "width" ? "ssize_t" : "int";
    throw pyError("OverflowError", `Python int too large to convert to C ${cType}`);
  }
  return Number(value);
}

interface Rendered {
  text: PyStr;
  /** Numeric conversions take a sign and zero padding. */
  numeric: boolean;
}

function convertValue(
  type: number,
  value: PyValue,
  flags: number,
  precision: number,
  typeIndex: number,
  dialect: PercentDialect,
): Rendered {
  switch (type) {
    case 0x64: // d
    case 0x69: // i
    case 0x75: // u
    case 0x6f: // o
    case 0x78: // x
    case 0x58: // X
      return { text: formatInteger(value, type, flags, precision), numeric: true };
    case 0x65: // e
    case 0x45: // E
    case 0x66: // f
    case 0x46: // F
    case 0x67: // g
    case 0x47: { // G
      const text = doubleToString(
        toDouble(value),
        String.fromCharCode(type),
        precision < 0 ? 6 : precision,
        { alternate: (flags & Flag.Alternate) !== 0 },
      );
      return { text, numeric: true };
    }
  }
  const text = dialect.convertText(type, value);
  if (text !== undefined) return { text, numeric: false };
  const shown = type >= 31 && type <= 126 ? String.fromCharCode(type) : "?";
  throw pyError(
    "ValueError",
    `unsupported format character '${shown}' (0x${type.toString(16)}) at index ${typeIndex}`,
  );
}

/** The int a %d/%x conversion formats, or the TypeError CPython raises. */
function integerOperand(value: PyValue, type: number): number | bigint {
  const hexOrOctal = type === 0x6f || type === 0x78 || type === 0x58;
  const integer = intOperand(value);
  if (integer !== undefined) return integer;
  const code = String.fromCharCode(type);
  const wrongType = () =>
    pyError(
      "TypeError",
      hexOrOctal
        ? `%${code} format: an integer is required, not ${typeName(value)}`
        : `%${code} format: a real number is required, not ${typeName(value)}`,
    );
  if (value === null || isStr(value)) throw wrongType();
  if (value instanceof PyFloat && value.cls === floatType) {
    if (hexOrOctal) throw wrongType();
    return floatToInt(value.value);
  }
  // %d/%i/%u take int(value) (`__int__` before `__index__`, as PyNumber_Long);
  // %o/%x/%X take operator.index(value).
  const cls = typeOf(value);
  if (!hexOrOctal && cls.lookup("__int__") !== undefined) {
    const result = late.call(late.getAttribute(value, "__int__"), [], null);
    if (typeof result === "number" || typeof result === "bigint") return result;
  }
  if (cls.lookup("__index__") !== undefined) return late.index(value);
  throw wrongType();
}

function formatInteger(value: PyValue, type: number, flags: number, precision: number): string {
  const integer = integerOperand(value, type);
  const negative = integer < 0;
  const magnitude = typeof integer === "bigint"
    ? (negative ? -integer : integer)
    : Math.abs(integer);
  const base = type === 0x6f ? 8 : type === 0x78 || type === 0x58 ? 16 : 10;
  let digits = base === 10 ? intToDecimal(magnitude) : magnitude.toString(base);
  if (precision > digits.length) digits = digits.padStart(precision, "0");
  let prefix = "";
  if ((flags & Flag.Alternate) !== 0 && base !== 10) prefix = base === 8 ? "0o" : "0x";
  const text = (negative ? "-" : "") + prefix + digits;
  return type === 0x58 ? text.toUpperCase() : text;
}

function toDouble(value: PyValue): number {
  if (value instanceof PyFloat) return value.value;
  const integer = intOperand(value);
  if (integer !== undefined) return intToFloat(integer);
  if (value !== null && !isStr(value)) {
    const cls = typeOf(value);
    if (cls.lookup("__float__") !== undefined) return late.toFloat(value);
    if (cls.lookup("__index__") !== undefined) return intToFloat(late.index(value));
  }
  throw pyError("TypeError", `must be real number, not ${typeName(value)}`);
}

function formatChar(value: PyValue): PyStr {
  if (isStr(value)) {
    if (strLength(value) !== 1) throw pyError("TypeError", "%c requires int or char");
    return value;
  }
  let code = intOperand(value);
  if (code === undefined) {
    if (value === null || typeOf(value).lookup("__index__") === undefined) {
      throw pyError("TypeError", "%c requires int or char");
    }
    code = late.index(value);
  }
  if (code < 0 || code > 0x10ffff) throw pyError("OverflowError", "%c arg not in range(0x110000)");
  return strFromCodePoint(Number(code));
}

/** Width, precision, sign and padding around a converted value (unicode_format_arg_output). */
function layout(
  text: PyStr,
  numeric: boolean,
  type: number,
  flags: number,
  widthArgument: number,
  precision: number,
): PyStr {
  let width = widthArgument;
  let length = strLength(text);
  if (
    (width === -1 || width <= length) && (precision === -1 || precision >= length) &&
    (flags & (Flag.Sign | Flag.Blank)) === 0
  ) return text;
  if (
    (type === 0x73 || type === 0x72 || type === 0x61 || type === 0x62) && precision >= 0 &&
    length > precision
  ) {
    length = precision;
  }
  const fill = numeric && (flags & Flag.Zero) !== 0 ? "0" : " ";
  let index = 0;
  let sign = "";
  let hasSign = numeric;
  if (numeric) {
    const first = strCodePointAt(text, 0);
    if (first === 0x2d || first === 0x2b) {
      sign = first === 0x2d ? "-" : "+";
      length--;
      index++;
    } else if ((flags & Flag.Sign) !== 0) sign = "+";
    else if ((flags & Flag.Blank) !== 0) sign = " ";
    else hasSign = false;
  }
  if (width < length) width = length;
  const parts: PyStr[] = [];
  if (hasSign) {
    if (fill !== " ") parts.push(sign);
    if (width > length) width--;
  }
  const hasPrefix = (flags & Flag.Alternate) !== 0 &&
    (type === 0x78 || type === 0x58 || type === 0x6f);
  const prefix = hasPrefix ? strSlice(text, index, index + 2) : "";
  if (hasPrefix) {
    if (fill !== " ") {
      parts.push(prefix);
      index += 2;
    }
    width = Math.max(0, width - 2);
    length -= 2;
  }
  if (width > length && (flags & Flag.LeftJustify) === 0) {
    parts.push(repeatText(fill, width - length));
    width = length;
  }
  if (fill === " ") {
    if (hasSign) parts.push(sign);
    if (hasPrefix) {
      parts.push(prefix);
      index += 2;
    }
  }
  parts.push(strSlice(text, index, index + length));
  if (width > length) parts.push(repeatText(" ", width - length));
  return strConcatAll(parts);
}
