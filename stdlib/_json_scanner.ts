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
import { distinctSmallStrs, PyDict } from "../vm/objects/dict.ts";
import { PyList } from "../vm/objects/list.ts";
import { newTuple } from "../vm/objects/tuple.ts";
import { typeOf } from "../vm/objects/typeof.ts";
import { strOperand } from "../vm/objects/str_boxed.ts";
import { codePointsOf, type PyStr, strFromCodePoints } from "../vm/objects/str_wide.ts";
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
import { fillArray, filledArray } from "../vm/objects/array_fill.ts";
import { holeyGenericArray } from "./_json_arrays.ts";

/**
 * The document being scanned. A primitive string indexes its code points
 * directly (it has no surrogate units); a wide str is read from its code
 * point array. One class with both fields keeps `at` monomorphic, so V8
 * inlines it in the scanning loops.
 */
class Source {
  readonly length: number;
  constructor(
    /** The str (or str subclass instance) JSONDecodeError reports as the document. */
    readonly document: PyValue,
    readonly text: string,
    readonly points: Uint32Array | null,
  ) {
    this.length = points === null ? text.length : points.length;
  }

  at(i: number): number {
    return this.points === null ? this.text.charCodeAt(i) : this.points[i];
  }

  slice(start: number, end: number): PyStr {
    return this.points === null
      ? this.text.slice(start, end)
      : strFromCodePoints(this.points.subarray(start, end));
  }
}

function sourceOf(document: PyValue): Source {
  const str = strOperand(document);
  if (str === undefined) {
    throw pyError("TypeError", `first argument must be a string, not ${typeOf(document).tpName}`);
  }
  return typeof str === "string"
    ? new Source(document, str, null)
    : new Source(document, "", codePointsOf(str));
}

/** JSONDecodeError(message, document, position) from json.decoder. */
function decodeError(message: string, source: Source, position: number): PyBaseException {
  const module = importAbsolute("json.decoder");
  const type = getAttribute(module, "JSONDecodeError");
  return callObject(type, [message, source.document, position], null) as PyBaseException;
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

/**
 * The key memo: short keys read before, by a hash of their units, so that
 * the keys repeated through a document (or a stream of documents) are one
 * string each rather than a fresh copy per object (CPython's scanner has a
 * memo per call for the same reason). Keys of at most MEMO_KEY_LENGTH
 * units: V8 copies those when slicing (a longer slice would keep the whole
 * document alive from the memo).
 */
const KEY_MEMO_SIZE = 512;
const MEMO_KEY_LENGTH = 12;
const keyMemo: string[] = filledArray(KEY_MEMO_SIZE, "");

/**
 * The entries of the objects and the items of the arrays being read, on
 * stacks (a nested container's above its parent's), sliced off exactly
 * sized when the container ends: an array pushed to item by item keeps
 * room for 16, most of a small list's or dict's memory, all of it kept as
 * long as the document's values live.
 */
class Scratch {
  private keys = holeyGenericArray<PyStr>();
  private entryValues = holeyGenericArray<PyValue>();
  /** The top of `keys` and `entryValues`. */
  entries = 0;
  private items = holeyGenericArray<PyValue>();
  /** The top of `items`. */
  values = 0;

  pushEntry(key: PyStr, value: PyValue): void {
    this.keys[this.entries] = key;
    this.entryValues[this.entries++] = value;
  }

  pushValue(value: PyValue): void {
    this.items[this.values++] = value;
  }

  /** The items pushed since `base`, taken off the stack. */
  takeValues(base: number): PyValue[] {
    const items = this.items.slice(base, this.values) as PyValue[];
    this.values = base;
    return items;
  }

  /** The dict of the entries pushed since `base` (taken off), as inserting them in order makes it. */
  dict(base: number): PyDict {
    const top = this.entries;
    const keys = this.keys, values = this.entryValues;
    this.entries = base;
    if (top === base) return new PyDict();
    if (distinctSmallStrs(keys, base, top)) {
      return PyDict.ofSmallStrEntries(
        keys.slice(base, top) as string[],
        values.slice(base, top) as PyValue[],
      );
    }
    const dict = new PyDict();
    for (let i = base; i < top; i++) dict.set(keys[i] as PyStr, values[i] as PyValue);
    return dict;
  }

  /**
   * Forget the values read (the stacks are empty again): a scratch must
   * not keep a document alive. Stacks that grew long are dropped rather
   * than cleared on every later scan.
   */
  release(): void {
    this.entries = 0;
    this.values = 0;
    if (this.keys.length > KEPT_STACK) {
      this.keys = holeyGenericArray();
      this.entryValues = holeyGenericArray();
    } else {
      fillArray(this.keys, undefined);
      fillArray(this.entryValues, undefined);
    }
    if (this.items.length > KEPT_STACK) this.items = holeyGenericArray();
    else fillArray(this.items, undefined);
  }
}

const KEPT_STACK = 256;

/** A scratch no scan holds (a scan from an object hook inside another scan makes its own). */
let spareScratch: Scratch | null = null;

/** Where a scan stopped: the index after the value just read. */
interface Cursor {
  end: number;
}

/**
 * A decoded string with escapes: a JS string while every character is
 * below the surrogates' range, then code points (astral or surrogate
 * characters from \u escapes, or a wide document).
 */
class Unescaped {
  text = "";
  points: number[] | null;
  constructor(source: Source) {
    this.points = source.points === null ? null : [];
  }

  copy(source: Source, start: number, end: number): void {
    const points = this.points;
    if (points === null) this.text += source.text.slice(start, end);
    else for (let i = start; i < end; i++) points.push(source.at(i));
  }

  push(c: number): void {
    if (this.points === null) {
      if (c < 0xd800 || (c > 0xdfff && c <= 0xffff)) {
        this.text += String.fromCharCode(c);
        return;
      }
      const text = this.text;
      this.points = [];
      for (let i = 0; i < text.length; i++) this.points.push(text.charCodeAt(i));
    }
    this.points.push(c);
  }

  result(): PyStr {
    return this.points === null ? this.text : strFromCodePoints(this.points);
  }
}

/**
 * The JSON string whose opening quote precedes `end`; `cursor.end` is set
 * to the index after its closing quote. A string without escapes is one
 * slice of the document.
 */
export function scanString(source: Source, end: number, strict: boolean, cursor: Cursor): PyStr {
  const begin = end - 1;
  const length = source.length;
  if (end < 0 || length < end) throw pyError("ValueError", "end is out of bounds");
  let out: Unescaped | null = null;
  while (true) {
    let next = end;
    let c = 0;
    for (; next < length; next++) {
      c = source.at(next);
      if (c === QUOTE || c === BACKSLASH) break;
      if (c <= 0x1f && strict) throw decodeError("Invalid control character at", source, next);
    }
    if (next >= length) throw decodeError("Unterminated string starting at", source, begin);
    if (c === QUOTE && out === null) {
      cursor.end = next + 1;
      return source.slice(end, next);
    }
    out ??= new Unescaped(source);
    out.copy(source, end, next);
    next++;
    if (c === QUOTE) {
      cursor.end = next;
      return out.result();
    }
    if (next === length) throw decodeError("Unterminated string starting at", source, begin);
    c = source.at(next);
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

export class PyScanner extends PyObject {
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

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;

/** Decimal digits that always fit a safe integer. */
const SAFE_DIGITS = 15;

/**
 * One call of the scanner over one document. Each method reads the value
 * starting at an index, returns it and leaves the index after it in `end`
 * (a [value, index] pair per value was most of the decoder's garbage).
 */
class Scan implements Cursor {
  end = 0;
  readonly scratch: Scratch;
  constructor(readonly scanner: PyScanner, readonly source: Source) {
    this.scratch = spareScratch ?? new Scratch();
    spareScratch = null;
  }

  /** The scan is over (returned or raised): its scratch stacks go back for the next one. */
  finish(): void {
    this.scratch.release();
    spareScratch = this.scratch;
  }

  /**
   * An object's key whose opening quote precedes `start`: scanString's
   * result, a short key without escapes read through the key memo.
   */
  private key(start: number): PyStr {
    const source = this.source;
    if (source.points !== null) return scanString(source, start, this.scanner.strict, this);
    const text = source.text;
    let hash = 0;
    let i = start;
    for (; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === QUOTE) break;
      if (c === BACKSLASH || c <= 0x1f) return scanString(source, start, this.scanner.strict, this);
      hash = (Math.imul(hash, 31) + c) | 0;
    }
    if (i === text.length) return scanString(source, start, this.scanner.strict, this);
    this.end = i + 1;
    const length = i - start;
    if (length > MEMO_KEY_LENGTH) return text.slice(start, i);
    const slot = (hash ^ length) & (KEY_MEMO_SIZE - 1);
    const known = keyMemo[slot];
    if (known.length === length) {
      let k = 0;
      while (k < length && known.charCodeAt(k) === text.charCodeAt(start + k)) k++;
      if (k === length) return known;
    }
    return keyMemo[slot] = text.slice(start, i);
  }

  skipWhitespace(index: number): number {
    const source = this.source;
    for (; index < source.length; index++) {
      const c = source.at(index);
      if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) break;
    }
    return index;
  }

  enter(what: string): void {
    const scanner = this.scanner;
    if (thread.depth + scanner.depth >= thread.recursionLimit) {
      throw pyError(
        "RecursionError",
        `maximum recursion depth exceeded while decoding a JSON ${what} from a unicode string`,
      );
    }
    scanner.depth++;
  }

  /** One JSON value at `index`; StopIteration(index) if none starts there. */
  value(index: number): PyValue {
    const source = this.source;
    if (index < 0) throw pyError("ValueError", "idx cannot be negative");
    if (index >= source.length) throw stopIteration(index);
    switch (source.at(index)) {
      case QUOTE:
        return scanString(source, index + 1, this.scanner.strict, this);
      case 0x7b:
        this.enter("object");
        try {
          return this.object(index + 1);
        } finally {
          this.scanner.depth--;
        }
      case 0x5b:
        this.enter("array");
        try {
          return this.array(index + 1);
        } finally {
          this.scanner.depth--;
        }
      case 0x6e:
        if (this.matches(index, "null")) return this.word(null, index + 4);
        break;
      case 0x74:
        if (this.matches(index, "true")) return this.word(true, index + 4);
        break;
      case 0x66:
        if (this.matches(index, "false")) return this.word(false, index + 5);
        break;
      case 0x4e:
        if (this.matches(index, "NaN")) return this.constant("NaN", index);
        break;
      case 0x49:
        if (this.matches(index, "Infinity")) return this.constant("Infinity", index);
        break;
      case 0x2d:
        if (this.matches(index, "-Infinity")) return this.constant("-Infinity", index);
        break;
    }
    return this.number(index);
  }

  private matches(index: number, word: string): boolean {
    if (index + word.length > this.source.length) return false;
    for (let i = 0; i < word.length; i++) {
      if (this.source.at(index + i) !== word.charCodeAt(i)) return false;
    }
    return true;
  }

  private word(value: PyValue, end: number): PyValue {
    this.end = end;
    return value;
  }

  private constant(name: string, index: number): PyValue {
    const value = callObject(this.scanner.parseConstant, [name], null);
    this.end = index + name.length;
    return value;
  }

  private object(index: number): PyValue {
    const { source, scanner, scratch } = this;
    const pairs: PyValue[] | null = scanner.objectPairsHook !== null ? [] : null;
    const base = scratch.entries;
    index = this.skipWhitespace(index);
    if (index >= source.length || source.at(index) !== 0x7d) {
      while (true) {
        if (index >= source.length || source.at(index) !== QUOTE) {
          throw decodeError("Expecting property name enclosed in double quotes", source, index);
        }
        const key = this.key(index + 1);
        index = this.skipWhitespace(this.end);
        if (index >= source.length || source.at(index) !== 0x3a) {
          throw decodeError("Expecting ':' delimiter", source, index);
        }
        index = this.skipWhitespace(index + 1);
        const value = this.value(index);
        if (pairs !== null) pairs.push(newTuple([key, value]));
        else scratch.pushEntry(key, value);
        index = this.skipWhitespace(this.end);
        if (index < source.length && source.at(index) === 0x7d) break;
        if (index >= source.length || source.at(index) !== 0x2c) {
          throw decodeError("Expecting ',' delimiter", source, index);
        }
        index = this.skipWhitespace(index + 1);
      }
    }
    const end = index + 1;
    let result: PyValue;
    if (pairs !== null) result = callObject(scanner.objectPairsHook, [new PyList(pairs)], null);
    else {
      const dict = scratch.dict(base);
      result = scanner.objectHook !== null ? callObject(scanner.objectHook, [dict], null) : dict;
    }
    this.end = end; // after the hooks, which may scan other documents with this scanner
    return result;
  }

  private array(index: number): PyValue {
    const { source, scratch } = this;
    const base = scratch.values;
    index = this.skipWhitespace(index);
    if (index >= source.length || source.at(index) !== 0x5d) {
      while (true) {
        scratch.pushValue(this.value(index));
        index = this.skipWhitespace(this.end);
        if (index < source.length && source.at(index) === 0x5d) break;
        if (index >= source.length || source.at(index) !== 0x2c) {
          throw decodeError("Expecting ',' delimiter", source, index);
        }
        index = this.skipWhitespace(index + 1);
      }
    }
    this.end = index + 1;
    return new PyList(scratch.takeValues(base));
  }

  private number(start: number): PyValue {
    const { source, scanner } = this;
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
    let value: PyValue;
    if (!isFloat && scanner.parseInt === intType && index - start <= SAFE_DIGITS) {
      value = 0;
      const negative = source.at(start) === 0x2d;
      for (let i = negative ? start + 1 : start; i < index; i++) {
        value = value * 10 + source.at(i) - 0x30;
      }
      if (negative) value = 0 - value; // 0 - 0 is +0: ints have no negative zero
    } else {
      const text = source.slice(start, index) as string; // ASCII digits and signs only
      if (isFloat) {
        // JSON's number syntax is a subset of JS's, and both parse correctly rounded.
        value = scanner.parseFloat === floatType
          ? new PyFloat(Number(text))
          : callObject(scanner.parseFloat, [text], null);
      } else {
        value = scanner.parseInt === intType
          ? parseIntText(text)
          : callObject(scanner.parseInt, [text], null);
      }
    }
    this.end = index;
    return value;
  }
}

/**
 * The scanner called on a primitive str from `index`, for json.loads' twin
 * (_json_entries.ts): the value and the index after it, with the
 * whitespace after it skipped. Throws as the call does.
 */
export function scanDocument(scanner: PyScanner, text: string, index: number): [PyValue, number] {
  const scan = new Scan(scanner, new Source(text, text, null));
  try {
    const value = scan.value(index);
    return [value, scan.skipWhitespace(scan.end)];
  } finally {
    scan.finish();
  }
}

/** `scanstring(string, end, strict=True)`. */
export function scanstring(string: PyValue, end: PyValue, strict: PyValue): PyValue {
  const index = asSize(end); // converted before the string is checked, as CPython does
  const cursor = { end: 0 };
  const value = scanString(
    sourceOf(string),
    index,
    strict === undefined ? true : isTrue(strict),
    cursor,
  );
  return newTuple([value, cursor.end]);
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
    const scan = new Scan(self, sourceOf(string));
    try {
      const value = scan.value(Number(indexValue(idx)));
      return newTuple([value, scan.end]);
    } finally {
      scan.finish();
    }
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
