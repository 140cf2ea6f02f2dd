/**
 * str.format and str.format_map (PEP 3101), after CPython's
 * Objects/stringlib/unicode_format.h.
 *
 * A format string is literal text and replacement fields
 * `{field_name!conversion:format_spec}`; `{{` and `}}` stand for braces.
 * Parsing is lazy, like CPython's iterator: text before a malformed field has
 * been consumed when the error is raised, and a lookup error of an earlier
 * field wins over a syntax error of a later one.
 *
 * field_name: an argument (empty = next automatic number, digits = that
 * positional index, anything else = keyword) followed by `.attr` and `[key]`
 * parts (`[digits]` indexes with an int, other keys are strs). Automatic and
 * manual numbering cannot be mixed. format_spec may itself contain fields,
 * expanded with the same arguments, two levels deep at most.
 */
import type { PyValue } from "./object.ts";
import { pyError } from "./exceptions.ts";
import { typeOf } from "./typeof.ts";
import { late } from "../runtime/late_protocols.ts";
import { decimalDigitValue } from "../unicode/char_properties.ts";
import { asciiOf, reprOf, strOf } from "./str_convert.ts";
import { formatStr } from "./str_format_spec.ts";
import { getItem } from "./str_item_lookup.ts";
import { typeName } from "./str_args.ts";
import {
  isStr,
  type PyStr,
  strCodePointAt,
  strConcatAll,
  strFromJs,
  strLength,
  strSlice,
  toJsString,
} from "./str_wide.ts";
import { PyBoxedStr } from "./str_boxed.ts";
import { strType } from "./core_types.ts";
import { floatType, PyFloat } from "./float.ts";
import { formatFloat, formatInt } from "./number_format.ts";

const SSIZE_MAX = 2 ** 63 - 1;
const OPEN = 0x7b;
const CLOSE = 0x7d;

/** Where arguments come from: format() has both; format_map() only a mapping. */
interface FormatArguments {
  positional: readonly PyValue[] | null;
  /** A str-keyed Map (format's **kwargs) or any mapping object (format_map). */
  keywords: Map<string, PyValue> | PyValue | null;
  autoState: "init" | "auto" | "manual";
  autoNumber: number;
}

export function strFormat(
  self: PyStr,
  args: readonly PyValue[],
  kwargs: Map<string, PyValue>,
): PyStr {
  const context: FormatArguments = {
    positional: args,
    keywords: kwargs,
    autoState: "init",
    autoNumber: 0,
  };
  return buildString(self, context, 2);
}

export function strFormatMap(self: PyStr, mapping: PyValue): PyStr {
  return buildString(self, {
    positional: null,
    keywords: mapping,
    autoState: "init",
    autoNumber: 0,
  }, 2);
}

/** format(value, spec): str formats itself; everything else through `__format__`. */
export function formatValue(value: PyValue, spec: PyStr): PyStr {
  if (isStr(value)) return formatStr(value, spec);
  // Exact ints and floats: their own __format__, without the method call.
  if (typeof value === "number" || typeof value === "bigint") {
    return strFromJs(formatInt(value, toJsString(spec)));
  }
  if (value instanceof PyFloat && value.cls === floatType) {
    return strFromJs(formatFloat(value.value, toJsString(spec)));
  }
  // A str subclass instance with an empty spec formats as str(value) (its own
  // __str__), as str.__format__ does for anything but an exact str.
  if (
    value instanceof PyBoxedStr && strLength(spec) === 0 &&
    typeOf(value).lookup("__format__") === strType.dict.get("__format__")
  ) {
    return strOf(value);
  }
  if (strLength(spec) === 0 && (typeof value !== "object" || value === null)) {
    return strOf(value);
  }
  // Looked up on the type, as CPython's _PyObject_LookupSpecial: a class formats
  // itself through its metaclass, not through its own unbound __format__.
  const method = typeOf(value).lookup("__format__");
  if (method === undefined) {
    throw pyError("TypeError", `Type ${typeName(value)} doesn't define __format__`);
  }
  const result = late.callSpecial(method, value, [spec]);
  if (!isStr(result)) {
    throw pyError("TypeError", `__format__ must return a str, not ${typeName(result)}`);
  }
  return result;
}

function buildString(format: PyStr, context: FormatArguments, depth: number): PyStr {
  if (depth <= 0) throw pyError("ValueError", "Max string recursion exceeded");
  const length = strLength(format);
  const out: PyStr[] = [];
  let pos = 0;
  while (pos < length) {
    const chunk = nextChunk(format, pos);
    pos = chunk.next;
    if (chunk.literalEnd > chunk.literalStart) {
      out.push(strSlice(format, chunk.literalStart, chunk.literalEnd));
    }
    if (chunk.field !== null) out.push(renderField(format, chunk.field, context, depth));
  }
  return strConcatAll(out);
}

/** One step of CPython's MarkupIterator: literal text, then a field if one follows. */
export interface FormatChunk {
  literalStart: number;
  literalEnd: number;
  field: ParsedField | null;
  next: number;
}

/** MarkupIterator_next from `pos` (< length): raises the errors CPython raises there. */
export function nextChunk(format: PyStr, pos: number): FormatChunk {
  const length = strLength(format);
  const at = (i: number) => strCodePointAt(format, i);
  const start = pos;
  let brace = 0;
  while (pos < length) {
    const c = at(pos++);
    if (c === OPEN || c === CLOSE) {
      brace = c;
      break;
    }
  }
  const atEnd = pos >= length;
  let literalEnd = pos;
  if (brace === CLOSE && (atEnd || at(pos) !== CLOSE)) {
    throw pyError("ValueError", "Single '}' encountered in format string");
  }
  if (atEnd && brace === OPEN) {
    throw pyError("ValueError", "Single '{' encountered in format string");
  }
  let markupFollows = brace !== 0;
  if (!atEnd && brace !== 0) {
    if (at(pos) === brace) {
      pos++;
      markupFollows = false;
    } else literalEnd--;
  }
  if (!markupFollows) return { literalStart: start, literalEnd, field: null, next: pos };
  const field = parseField(format, pos);
  return { literalStart: start, literalEnd, field, next: field.next };
}

export interface ParsedField {
  nameStart: number;
  nameEnd: number;
  conversion: number;
  specStart: number;
  specEnd: number;
  specNeedsExpanding: boolean;
  next: number;
}

export function parseField(format: PyStr, start: number): ParsedField {
  const length = strLength(format);
  const at = (i: number) => strCodePointAt(format, i);
  let pos = start;
  let c = 0;
  scan: while (pos < length) {
    c = at(pos++);
    switch (c) {
      case OPEN:
        throw pyError("ValueError", "unexpected '{' in field name");
      case 0x5b: // '[' : anything up to ']' belongs to the name
        while (pos < length && at(pos) !== 0x5d) pos++;
        continue;
      case CLOSE:
      case 0x3a: // ':'
      case 0x21: // '!'
        break scan;
    }
  }
  const field: ParsedField = {
    nameStart: start,
    nameEnd: pos - 1,
    conversion: 0,
    specStart: pos,
    specEnd: pos,
    specNeedsExpanding: false,
    next: pos,
  };
  if (c !== 0x21 && c !== 0x3a) {
    if (c !== CLOSE) throw pyError("ValueError", "expected '}' before end of string");
    return field;
  }
  if (c === 0x21) {
    if (pos >= length) {
      throw pyError("ValueError", "end of string while looking for conversion specifier");
    }
    field.conversion = at(pos++);
    if (pos < length) {
      const after = at(pos++);
      if (after === CLOSE) {
        field.specStart = field.specEnd = field.next = pos;
        return field;
      }
      if (after !== 0x3a) throw pyError("ValueError", "expected ':' after conversion specifier");
    }
  }
  field.specStart = pos;
  let depth = 1;
  while (pos < length) {
    const d = at(pos++);
    if (d === OPEN) {
      field.specNeedsExpanding = true;
      depth++;
    } else if (d === CLOSE && --depth === 0) {
      field.specEnd = pos - 1;
      field.next = pos;
      return field;
    }
  }
  throw pyError("ValueError", "unmatched '{' in format spec");
}

function renderField(
  format: PyStr,
  field: ParsedField,
  context: FormatArguments,
  depth: number,
): PyStr {
  let value = fieldValue(format, field.nameStart, field.nameEnd, context);
  if (field.conversion !== 0) value = convert(value, field.conversion);
  let spec = strSlice(format, field.specStart, field.specEnd);
  if (field.specNeedsExpanding) spec = buildString(spec, context, depth - 1);
  return formatValue(value, spec);
}

function convert(value: PyValue, conversion: number): PyStr {
  switch (conversion) {
    case 0x72: // r
      return reprOf(value);
    case 0x73: // s
      return strOf(value);
    case 0x61: // a
      return asciiOf(value);
  }
  const shown = conversion > 32 && conversion < 127
    ? String.fromCharCode(conversion)
    : `\\x${conversion.toString(16)}`;
  throw pyError("ValueError", `Unknown conversion specifier ${shown}`);
}

/** An index when the text is all (Unicode) decimal digits, else -1 (CPython's get_integer). */
export function decimalIndex(text: PyStr): number {
  const length = strLength(text);
  if (length === 0) return -1;
  let value = 0;
  for (let i = 0; i < length; i++) {
    const digit = decimalDigitValue(strCodePointAt(text, i));
    if (digit < 0) return -1;
    if (value > (SSIZE_MAX - digit) / 10) {
      throw pyError("ValueError", "Too many decimal digits in format string");
    }
    value = value * 10 + digit;
  }
  return value;
}

function fieldValue(format: PyStr, start: number, end: number, context: FormatArguments) {
  const firstEnd = fieldNameFirstEnd(format, start, end);
  const first = strSlice(format, start, firstEnd);
  let index = decimalIndex(first);
  const isEmpty = firstEnd === start;
  if (isEmpty || index !== -1) {
    if (context.autoState === "init") context.autoState = isEmpty ? "auto" : "manual";
    if (context.autoState === "manual" && isEmpty) {
      throw pyError(
        "ValueError",
        "cannot switch from manual field specification to automatic field numbering",
      );
    }
    if (context.autoState === "auto" && !isEmpty) {
      throw pyError(
        "ValueError",
        "cannot switch from automatic field numbering to manual field specification",
      );
    }
    if (isEmpty) index = context.autoNumber++;
  }
  let value: PyValue;
  if (index === -1) value = keywordArgument(first, context);
  else {
    if (context.positional === null) {
      throw pyError("ValueError", "Format string contains positional fields");
    }
    if (index >= context.positional.length) {
      throw pyError(
        "IndexError",
        `Replacement index ${index} out of range for positional args tuple`,
      );
    }
    value = context.positional[index];
  }
  let pos = firstEnd;
  while (pos < end) {
    const part = nextFieldNamePart(format, pos, end);
    pos = part.next;
    const name = strSlice(format, part.start, part.end);
    if (part.isAttribute) value = late.getAttribute(value, toJsString(name));
    else {
      const itemIndex = decimalIndex(name);
      value = getItem(value, itemIndex === -1 ? name : itemIndex);
    }
  }
  return value;
}

/** The end of a field name's first part (before the first '.' or '['). */
export function fieldNameFirstEnd(format: PyStr, start: number, end: number): number {
  let firstEnd = start;
  while (firstEnd < end) {
    const c = strCodePointAt(format, firstEnd);
    if (c === 0x2e || c === 0x5b) break;
    firstEnd++;
  }
  return firstEnd;
}

/** One `.attr` or `[key]` part (CPython's FieldNameIterator_next), from `pos` < `end`. */
export function nextFieldNamePart(format: PyStr, pos: number, end: number) {
  const at = (i: number) => strCodePointAt(format, i);
  const kind = at(pos++);
  const partStart = pos;
  if (kind === 0x2e) {
    while (pos < end && at(pos) !== 0x2e && at(pos) !== 0x5b) pos++;
  } else if (kind === 0x5b) {
    while (pos < end && at(pos) !== 0x5d) pos++;
    if (pos >= end) throw pyError("ValueError", "Missing ']' in format string");
  } else {
    throw pyError(
      "ValueError",
      "Only '.' or '[' may follow ']' in format field specifier",
    );
  }
  const partEnd = pos;
  if (kind === 0x5b) pos++;
  if (partEnd === partStart) throw pyError("ValueError", "Empty attribute in format string");
  return { isAttribute: kind === 0x2e, start: partStart, end: partEnd, next: pos };
}

function keywordArgument(name: PyStr, context: FormatArguments): PyValue {
  const keywords = context.keywords;
  if (keywords instanceof Map) {
    const found = keywords.get(toJsString(name));
    if (found === undefined) throw pyError("KeyError", name);
    return found;
  }
  if (keywords === null) throw pyError("KeyError", name);
  return getItem(keywords, name);
}
