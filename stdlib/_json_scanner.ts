/**
 * The decoding half of `_json`: `scanstring` and the `make_scanner` type,
 * with CPython 3.11's C scanner semantics (which json.decoder uses when
 * `_json` exists, so its messages are the ones Python programs see):
 * "Invalid control character at", "Invalid \\escape", "Invalid \\uXXXX
 * escape", "Unterminated string starting at", "Expecting ... delimiter",
 * each raised as json.decoder.JSONDecodeError(msg, doc, pos). A value that
 * cannot start at a position raises StopIteration(pos), which
 * JSONDecoder.raw_decode turns into "Expecting value".
 *
 * Nesting counts against the recursion limit as CPython's
 * _Py_EnterRecursiveCall does, so a deeply nested document raises
 * RecursionError rather than overflowing the JS stack.
 */
import { PyObject, type PyValue } from "../vm/objects/object.ts";
import type { PyType } from "../vm/objects/type.ts";
import { makeBuiltinType } from "../vm/objects/core_types.ts";
import { type PyBaseException, pyError } from "../vm/objects/exceptions.ts";
import { floatType, PyFloat } from "../vm/objects/float.ts";
import { intType } from "../vm/objects/core_types.ts";
import { PyDict } from "../vm/objects/dict.ts";
import { PyList } from "../vm/objects/list.ts";
import { newTuple } from "../vm/objects/tuple.ts";
import { typeOf } from "../vm/objects/typeof.ts";
import { codePointsOf, isStr, type PyStr, strFromCodePoints } from "../vm/objects/str_wide.ts";
import { parseFloatText } from "../vm/objects/float_text.ts";
import { parseIntText } from "../vm/objects/int_text.ts";
import { defineNativeMethods } from "../vm/objects/native_function.ts";
import { defineGetSets } from "../vm/objects/getset.ts";
import { signatureConstructor } from "./native_type.ts";
import { callObject } from "../vm/runtime/call.ts";
import { getAttribute } from "../vm/runtime/attributes.ts";
import { isTrue } from "../vm/runtime/operators.ts";
import { thread } from "../vm/runtime/thread_state.ts";
import { stopIteration } from "../vm/runtime/generator.ts";
import { importAbsolute } from "../vm/runtime/import/import_module.ts";
import { indexValue } from "../vm/objects/int_methods.ts";
import { asSize } from "../vm/objects/str_args.ts";

/** A str as code points: a primitive string indexes them directly (it has no surrogates). */
interface Source {
  readonly str: PyStr;
  readonly length: number;
  at(i: number): number;
  slice(start: number, end: number): PyStr;
}

function sourceOf(str: PyStr): Source {
  if (typeof str === "string") {
    return {
      str,
      length: str.length,
      at: (i) => str.charCodeAt(i),
      slice: (start, end) => str.slice(start, end),
    };
  }
  const points = codePointsOf(str);
  return {
    str,
    length: points.length,
    at: (i) => points[i],
    slice: (start, end) => strFromCodePoints(points.subarray(start, end)),
  };
}

/** JSONDecodeError(message, document, position) from json.decoder. */
function decodeError(message: string, source: Source, position: number): PyBaseException {
  const module = importAbsolute("json.decoder");
  const type = getAttribute(module, "JSONDecodeError");
  return callObject(type, [message, source.str, position], null) as PyBaseException;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;

function hexValue(source: Source, at: number): number {
  let value = 0;
  for (let i = at; i < at + 4; i++) {
    const digit = source.at(i);
    value <<= 4;
    if (digit >= 0x30 && digit <= 0x39) value |= digit - 0x30;
    else if (digit >= 0x61 && digit <= 0x66) value |= digit - 0x61 + 10;
    else if (digit >= 0x41 && digit <= 0x46) value |= digit - 0x41 + 10;
    else return -1;
  }
  return value;
}

const SIMPLE_ESCAPES: Record<number, number> = {
  0x22: 0x22,
  0x5c: 0x5c,
  0x2f: 0x2f,
  0x62: 0x08,
  0x66: 0x0c,
  0x6e: 0x0a,
  0x72: 0x0d,
  0x74: 0x09,
};

/** The JSON string whose opening quote precedes `end`: [value, index after the closing quote]. */
export function scanString(source: Source, end: number, strict: boolean): [PyStr, number] {
  const begin = end - 1;
  const length = source.length;
  if (end < 0 || length < end) throw pyError("ValueError", "end is out of bounds");
  const out: number[] = [];
  let escaped = false;
  while (true) {
    let next = end;
    let c = 0;
    for (; next < length; next++) {
      c = source.at(next);
      if (c === QUOTE || c === BACKSLASH) break;
      if (c <= 0x1f && strict) throw decodeError("Invalid control character at", source, next);
    }
    if (next >= length || (c !== QUOTE && c !== BACKSLASH)) {
      throw decodeError("Unterminated string starting at", source, begin);
    }
    if (c === QUOTE && !escaped) return [source.slice(end, next), next + 1];
    for (let i = end; i < next; i++) out.push(source.at(i));
    next++;
    if (c === QUOTE) return [strFromCodePoints(out), next];
    if (next === length) throw decodeError("Unterminated string starting at", source, begin);
    c = source.at(next);
    escaped = true;
    if (c !== 0x75) {
      end = next + 1;
      const escaped = SIMPLE_ESCAPES[c];
      if (escaped === undefined) throw decodeError("Invalid \\escape", source, end - 2);
      out.push(escaped);
      continue;
    }
    next++;
    end = next + 4;
    if (end >= length) throw decodeError("Invalid \\uXXXX escape", source, next - 1);
    let code = hexValue(source, next);
    if (code < 0) throw decodeError("Invalid \\uXXXX escape", source, end - 5);
    if (
      code >= 0xd800 && code <= 0xdbff && end + 6 < length && source.at(end) === BACKSLASH &&
      source.at(end + 1) === 0x75
    ) {
      const low = hexValue(source, end + 2);
      if (low < 0) throw decodeError("Invalid \\uXXXX escape", source, end + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00);
        end += 6;
      }
    }
    out.push(code);
  }
}

export const scannerType = makeBuiltinType("make_scanner");
scannerType.dict.set("__module__", "_json");

class PyScanner extends PyObject {
  depth = 0;
  constructor(
    cls: PyType,
    readonly strict: boolean,
    readonly objectHook: PyValue,
    readonly objectPairsHook: PyValue,
    readonly parseFloat: PyValue,
    readonly parseInt: PyValue,
    readonly parseConstant: PyValue,
  ) {
    super(cls);
  }
}

const isWhitespace = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;

function skipWhitespace(source: Source, index: number): number {
  while (index < source.length && isWhitespace(source.at(index))) index++;
  return index;
}

function enter(scanner: PyScanner, what: string): void {
  if (thread.depth + scanner.depth >= thread.recursionLimit) {
    throw pyError(
      "RecursionError",
      `maximum recursion depth exceeded while decoding a JSON ${what} from a unicode string`,
    );
  }
  scanner.depth++;
}

function parseObject(scanner: PyScanner, source: Source, index: number): [PyValue, number] {
  const pairs: PyValue[] = [];
  const hasPairsHook = scanner.objectPairsHook !== null;
  const dict = new PyDict();
  index = skipWhitespace(source, index);
  if (index >= source.length || source.at(index) !== 0x7d) {
    while (true) {
      if (index >= source.length || source.at(index) !== QUOTE) {
        throw decodeError("Expecting property name enclosed in double quotes", source, index);
      }
      const [key, afterKey] = scanString(source, index + 1, scanner.strict);
      index = skipWhitespace(source, afterKey);
      if (index >= source.length || source.at(index) !== 0x3a) {
        throw decodeError("Expecting ':' delimiter", source, index);
      }
      index = skipWhitespace(source, index + 1);
      const [value, afterValue] = scanOnce(scanner, source, index);
      if (hasPairsHook) pairs.push(newTuple([key, value]));
      else dict.set(key, value);
      index = skipWhitespace(source, afterValue);
      if (index < source.length && source.at(index) === 0x7d) break;
      if (index >= source.length || source.at(index) !== 0x2c) {
        throw decodeError("Expecting ',' delimiter", source, index);
      }
      index = skipWhitespace(source, index + 1);
    }
  }
  const next = index + 1;
  if (hasPairsHook) return [callObject(scanner.objectPairsHook, [new PyList(pairs)], null), next];
  if (scanner.objectHook !== null) return [callObject(scanner.objectHook, [dict], null), next];
  return [dict, next];
}

function parseArray(scanner: PyScanner, source: Source, index: number): [PyValue, number] {
  const items: PyValue[] = [];
  index = skipWhitespace(source, index);
  if (index >= source.length || source.at(index) !== 0x5d) {
    while (true) {
      const [value, after] = scanOnce(scanner, source, index);
      items.push(value);
      index = skipWhitespace(source, after);
      if (index < source.length && source.at(index) === 0x5d) break;
      if (index >= source.length || source.at(index) !== 0x2c) {
        throw decodeError("Expecting ',' delimiter", source, index);
      }
      index = skipWhitespace(source, index + 1);
    }
  }
  return [new PyList(items), index + 1];
}

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;

function matchNumber(scanner: PyScanner, source: Source, start: number): [PyValue, number] {
  const last = source.length - 1;
  let index = start;
  if (source.at(index) === 0x2d) {
    index++;
    if (index > last) throw stopIteration(start);
  }
  const first = source.at(index);
  if (first >= 0x31 && first <= 0x39) {
    index++;
    while (index <= last && isDigit(source.at(index))) index++;
  } else if (first === 0x30) index++;
  else throw stopIteration(start);
  let isFloat = false;
  if (index < last && source.at(index) === 0x2e && isDigit(source.at(index + 1))) {
    isFloat = true;
    index += 2;
    while (index <= last && isDigit(source.at(index))) index++;
  }
  if (index < last && (source.at(index) === 0x65 || source.at(index) === 0x45)) {
    const exponentStart = index;
    index++;
    if (index < last && (source.at(index) === 0x2d || source.at(index) === 0x2b)) index++;
    while (index <= last && isDigit(source.at(index))) index++;
    if (isDigit(source.at(index - 1))) isFloat = true;
    else index = exponentStart;
  }
  const text = source.slice(start, index) as string; // ASCII digits and signs only
  if (isFloat) {
    if (scanner.parseFloat !== floatType) {
      return [callObject(scanner.parseFloat, [text], null), index];
    }
    return [new PyFloat(parseFloatText(text)), index];
  }
  if (scanner.parseInt !== intType) return [callObject(scanner.parseInt, [text], null), index];
  return [parseIntText(text), index];
}

function matches(source: Source, index: number, word: string): boolean {
  if (index + word.length > source.length) return false;
  for (let i = 0; i < word.length; i++) {
    if (source.at(index + i) !== word.charCodeAt(i)) return false;
  }
  return true;
}

function constant(scanner: PyScanner, name: string, index: number): [PyValue, number] {
  return [callObject(scanner.parseConstant, [name], null), index + name.length];
}

/** One JSON value at `index`: [value, index after it]; StopIteration(index) if none starts there. */
function scanOnce(scanner: PyScanner, source: Source, index: number): [PyValue, number] {
  if (index < 0) throw pyError("ValueError", "idx cannot be negative");
  if (index >= source.length) throw stopIteration(index);
  switch (source.at(index)) {
    case QUOTE:
      return scanString(source, index + 1, scanner.strict);
    case 0x7b:
      enter(scanner, "object");
      try {
        return parseObject(scanner, source, index + 1);
      } finally {
        scanner.depth--;
      }
    case 0x5b:
      enter(scanner, "array");
      try {
        return parseArray(scanner, source, index + 1);
      } finally {
        scanner.depth--;
      }
    case 0x6e:
      if (matches(source, index, "null")) return [null, index + 4];
      break;
    case 0x74:
      if (matches(source, index, "true")) return [true, index + 4];
      break;
    case 0x66:
      if (matches(source, index, "false")) return [false, index + 5];
      break;
    case 0x4e:
      if (matches(source, index, "NaN")) return constant(scanner, "NaN", index);
      break;
    case 0x49:
      if (matches(source, index, "Infinity")) return constant(scanner, "Infinity", index);
      break;
    case 0x2d:
      if (matches(source, index, "-Infinity")) return constant(scanner, "-Infinity", index);
      break;
  }
  return matchNumber(scanner, source, index);
}

function expectString(value: PyValue): PyStr {
  if (!isStr(value)) {
    throw pyError("TypeError", `first argument must be a string, not ${typeOf(value).tpName}`);
  }
  return value;
}

/** `scanstring(string, end, strict=True)`. */
export function scanstring(string: PyValue, end: PyValue, strict: PyValue): PyValue {
  const index = asSize(end); // converted before the string is checked, as CPython does
  const [value, after] = scanString(
    sourceOf(expectString(string)),
    index,
    strict === undefined ? true : isTrue(strict),
  );
  return newTuple([value, after]);
}

signatureConstructor(scannerType, "make_scanner", "context", (cls, context: PyValue) => {
  const read = (name: string) => getAttribute(context, name);
  const strict = isTrue(read("strict"));
  return new PyScanner(
    cls,
    strict,
    read("object_hook"),
    read("object_pairs_hook"),
    read("parse_float"),
    read("parse_int"),
    read("parse_constant"),
  );
});

defineNativeMethods(scannerType, {
  __call__: ["string, idx, /", (self: PyScanner, string: PyValue, idx: PyValue) => {
    const source = sourceOf(expectString(string));
    const [value, after] = scanOnce(self, source, Number(indexValue(idx)));
    return newTuple([value, after]);
  }],
});
defineGetSets(scannerType, {
  strict: [(self: PyScanner) => self.strict],
  object_hook: [(self: PyScanner) => self.objectHook],
  object_pairs_hook: [(self: PyScanner) => self.objectPairsHook],
  parse_float: [(self: PyScanner) => self.parseFloat],
  parse_int: [(self: PyScanner) => self.parseInt],
  parse_constant: [(self: PyScanner) => self.parseConstant],
});
