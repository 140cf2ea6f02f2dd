/**
 * The encoding half of `_json`: the `make_encoder` type json.encoder uses
 * for one-shot `dumps` without indentation, with CPython 3.11's C encoder
 * semantics: exact ints and floats by int.__repr__/float.__repr__ (so
 * IntEnum and float subclasses print as plain numbers), str keys or keys
 * converted from float, bool, None and int, `default()` for anything else,
 * a dict subclass read through its items() (checked to give 2-tuples),
 * circular-reference markers, and its messages. The result is a list
 * holding the whole document, which JSONEncoder.encode joins. (CPython's
 * list splits a document of more than 100000 writes into several strs;
 * only a direct caller of make_encoder could tell.)
 *
 * Hot paths, chosen on purpose: the document grows in one buffer of UTF-16
 * units (class Output) rather than as parts or a rope; the string
 * encoder is resolved to a JS function once per encoder; an exact dict is
 * read straight from its entry arrays, and with sort_keys its keys are
 * sorted in JS when they are all primitive strs (their UTF-16 order is
 * code point order and no Python code can run), else through list.sort of
 * (key, value) tuples as CPython does.
 */
import { PyObject, type PyValue } from "../vm/objects/object.ts";
import { makeBuiltinType } from "../vm/objects/core_types.ts";
import { ExceptionType, PyBaseException, pyError } from "../vm/objects/exceptions.ts";
import { PyFloat } from "../vm/objects/float.ts";
import { dictType, PyDict } from "../vm/objects/dict.ts";
import { PyList } from "../vm/objects/list.ts";
import { newTuple, PyTuple } from "../vm/objects/tuple.ts";
import { typeOf } from "../vm/objects/typeof.ts";
import { PyBoxedInt } from "../vm/objects/int_value.ts";
import { intToDecimal } from "../vm/objects/int_text.ts";
import { floatRepr } from "../vm/text/float_repr.ts";
import { PyBoxedStr } from "../vm/objects/str_boxed.ts";
import { codePointsOf, isStr, type PyStr, strFromCodePoints } from "../vm/objects/str_wide.ts";
import type { PyType } from "../vm/objects/type.ts";
import { defineNativeMethods } from "../vm/objects/native_function.ts";
import { callObject } from "../vm/runtime/call.ts";
import { getAttribute } from "../vm/runtime/attributes.ts";
import { drainIterator, getIterator } from "../vm/runtime/iteration.ts";
import { isTrue } from "../vm/runtime/operators.ts";
import { thread } from "../vm/runtime/thread_state.ts";
import { signatureConstructor } from "./native_type.ts";
import { ASCII_SAFE, type EscapeWriter, textOfUnits, writeQuotedAscii } from "./_json_escape.ts";
import { sortedPositions } from "./_json_key_order.ts";
import { genericArray } from "./_json_arrays.ts";

export const encoderType = makeBuiltinType("make_encoder");
encoderType.dict.set("__module__", "_json");

/** The module's own string encoders, called directly rather than through Python. */
export const fastEncoders = new Map<PyValue, FastEncoder>();

/**
 * A native str encoder, the primitive strs it only puts between quotes, and
 * how it escapes the other primitive strs into the document's buffer.
 */
export type FastEncoder = readonly [(value: PyValue) => PyStr, RegExp, EscapeWriter];

class PyEncoder extends PyObject {
  depth = 0;
  /** The containers being encoded, when circular references are checked (markers not None). */
  readonly ancestors: Ancestors | null;
  /** The str encoder as a JS function: the module's own, or a call of the Python one. */
  readonly encodeString: (value: PyValue) => PyStr;
  /** The primitive strs the str encoder only quotes (a native encoder's); null: call it. */
  readonly unescaped: RegExp | null;
  /** How a native encoder escapes the other primitive strs (null with `unescaped`). */
  readonly escape: EscapeWriter | null;
  constructor(
    cls: PyType,
    readonly markers: PyValue,
    readonly defaultFunction: PyValue,
    readonly encoder: PyValue,
    readonly indent: PyValue,
    readonly keySeparator: PyStr,
    readonly itemSeparator: PyStr,
    readonly sortKeys: boolean,
    readonly skipKeys: boolean,
    readonly allowNan: boolean,
    /** Decline (throw declinedError()) where Python code would run: json.dumps' twin then runs Python. */
    readonly declinesPython = false,
  ) {
    super(cls);
    this.ancestors = markers === null ? null : new Ancestors();
    const fast = fastEncoders.get(encoder);
    this.unescaped = fast?.[1] ?? null;
    this.escape = fast?.[2] ?? null;
    this.encodeString = fast?.[0] ?? ((value) => {
      const result = callObject(encoder, [value], null);
      if (!isStr(result)) {
        throw pyError("TypeError", `encoder() must return a string, not ${typeOf(result).tpName}`);
      }
      return result;
    });
  }
}

/**
 * The document being written, as UTF-16 units in a growing buffer (a JS
 * string built by `+=` was a rope whose marking dominated GC, and a list of
 * parts cost a join as long as the encoding itself). Only primitive strs
 * (no surrogate units) go into the buffer; a wide part (astral characters
 * or lone surrogates) moves the text so far and the part to `wide`, joined
 * by code points at the end, so a lone surrogate at the end of one part
 * never pairs with one at the start of the next.
 */
export class Output {
  buffer: Uint16Array;
  length = 0;
  wide: PyStr[] | null = null;
  /**
   * The units written by write() since the last take, or'ed together, or
   * 0xffff once a str went in that may not be ASCII: below 0x80, the text
   * is ASCII without another look.
   */
  private written = 0;

  constructor() {
    this.buffer = spareBuffer ?? new Uint16Array(1024);
    spareBuffer = null;
  }

  write(part: PyStr): void {
    if (typeof part !== "string") {
      (this.wide ??= []).push(this.take(), part);
      return;
    }
    let length = this.length;
    if (length + part.length > this.buffer.length) this.grow(part.length);
    const buffer = this.buffer;
    let written = this.written;
    for (let i = 0; i < part.length; i++) {
      const unit = part.charCodeAt(i);
      written |= unit;
      buffer[length++] = unit;
    }
    this.written = written;
    this.length = length;
  }

  /**
   * A primitive str quoted, escaped as `escape` writes it: strs up to
   * SCANNED_TEXT units go straight through `escape`, which copies the
   * characters that need no escape as it goes; a longer one is first
   * tested with `safe` (the strs `escape` would only quote), so that the
   * buffer grows by its length rather than by the six units per character
   * an escape may take.
   *
   * Why not the regex test for every str: nearly all of a document's strs
   * are short (keys, words), and one pass of the writer's loop is cheaper
   * than a RegExp call and a second pass to copy. It also keeps RegExp
   * code out of the encoders' hot functions, which V8 otherwise inlines
   * into each of them (json.dumps of 9,000 small documents: the indent
   * encoder's 0.030 -> 0.025 s, the compact one's 0.020 -> 0.017 s once
   * warm).
   */
  writeString(text: string, safe: RegExp, escape: EscapeWriter): void {
    if (text.length > SCANNED_TEXT && safe.test(text)) {
      this.writeQuoted(text, safe);
      return;
    }
    if (this.length + text.length * 6 + 2 > this.buffer.length) this.grow(text.length * 6 + 2);
    this.length = escape(text, this.buffer, this.length);
    if (escape !== writeQuotedAscii) this.written = 0xffff;
  }

  /** `"text"`, for a primitive str that `safe` found to need no escape (ASCII_SAFE's are ASCII). */
  private writeQuoted(text: string, safe: RegExp): void {
    let length = this.length;
    if (length + text.length + 2 > this.buffer.length) this.grow(text.length + 2);
    const buffer = this.buffer;
    buffer[length++] = QUOTE;
    for (let i = 0; i < text.length; i++) buffer[length++] = text.charCodeAt(i);
    buffer[length++] = QUOTE;
    if (safe !== ASCII_SAFE) this.written = 0xffff;
    this.length = length;
  }

  private grow(extra: number): void {
    const bigger = new Uint16Array(Math.max(this.buffer.length * 2, this.length + extra));
    bigger.set(this.buffer.subarray(0, this.length));
    this.buffer = bigger;
  }

  private take(): string {
    const text = textOfUnits(this.buffer, this.length, this.written < 0x80);
    this.length = 0;
    this.written = 0;
    return text;
  }

  /** The document; the buffer goes back for the next encoding unless it grew huge. */
  result(): PyStr {
    const text = this.take();
    if (this.buffer.length <= MAX_SPARE_UNITS) spareBuffer = this.buffer;
    if (this.wide === null) return text;
    const points: number[] = [];
    for (const part of [...this.wide, text]) for (const c of codePointsOf(part)) points.push(c);
    return strFromCodePoints(points);
  }
}

const QUOTE = 0x22;
/** Strs longer than this are tested for escapes before they are written (Output.writeString). */
const SCANNED_TEXT = 256;
const MAX_SPARE_UNITS = 1 << 22;
/** A buffer no Output holds (an encoding inside default() takes a fresh one). */
let spareBuffer: Uint16Array | null = null;

function encodeFloat(self: PyEncoder, value: number): string {
  if (Number.isFinite(value)) return floatRepr(value);
  if (!self.allowNan) {
    throw pyError("ValueError", "Out of range float values are not JSON compliant");
  }
  return value > 0 ? "Infinity" : value < 0 ? "-Infinity" : "NaN";
}

/** RecursionError if one more nested call would pass the recursion limit. */
function checkDepth(self: PyEncoder): void {
  if (thread.depth + self.depth >= thread.recursionLimit) {
    throw pyError(
      "RecursionError",
      "maximum recursion depth exceeded while encoding a JSON object",
    );
  }
}

function enter(self: PyEncoder): void {
  checkDepth(self);
  self.depth++;
}

/**
 * The containers being encoded, innermost last: CPython's `markers` dict
 * of their ids, private to JSONEncoder.iterencode. A cycle check only asks
 * whether a container is among its own ancestors, so a short chain is
 * searched directly; a deep one is also indexed by a Set. (A Set of every
 * container cost V8 an identity hash per new object, which showed in GC.)
 */
export class Ancestors {
  readonly chain: PyValue[] = genericArray();
  index: Set<PyValue> | null = null;

  enter(value: PyValue): void {
    if (!this.tryEnter(value)) throw circularReference();
  }

  /** Enter `value`, or false (nothing entered) when it is among the ancestors. */
  tryEnter(value: PyValue): boolean {
    const chain = this.chain;
    if (chain.length < SCANNED_ANCESTORS) {
      for (let i = 0; i < chain.length; i++) if (chain[i] === value) return false;
    } else {
      this.index ??= new Set(chain);
      if (this.index.has(value)) return false;
      this.index.add(value);
    }
    chain.push(value);
    return true;
  }

  leave(): void {
    const value = this.chain.pop();
    if (this.index === null) return;
    if (this.chain.length < SCANNED_ANCESTORS) this.index = null;
    else this.index.delete(value!);
  }
}

const SCANNED_ANCESTORS = 32;
const circularReference = () => pyError("ValueError", "Circular reference detected");

/**
 * Mark `value` as being encoded, unless circular references go unchecked.
 * `levels` is how many recursive calls CPython has entered past
 * `self.depth` when it looks `value`'s id up in its markers: finding it
 * compares two equal ints, one more recursive call ("in comparison"),
 * which is what fails instead at the recursion limit.
 */
function mark(self: PyEncoder, value: PyValue, levels: number): void {
  if (self.ancestors === null || self.ancestors.tryEnter(value)) return;
  if (thread.depth + self.depth + levels >= thread.recursionLimit) {
    throw pyError("RecursionError", "maximum recursion depth exceeded in comparison");
  }
  throw circularReference();
}

/**
 * Leave a container: the depth drops and its mark goes. An error skips
 * this, leaving the marks as CPython leaves ids in its markers dict.
 */
function leave(self: PyEncoder): void {
  self.depth--;
  self.ancestors?.leave();
}

/** A primitive str as JSON, quoted and escaped by the str encoder (Output.writeString). */
function writeString(self: PyEncoder, out: Output, text: string): void {
  if (self.unescaped === null) out.write(self.encodeString(text));
  else out.writeString(text, self.unescaped, self.escape!);
}

// CPython's encoder_listencode_obj tests None, True, False, str, int, float,
// list or tuple, dict, then calls default(). The JS classes tested here are
// disjoint (no value is both a PyFloat and a PyDict, say), so any order
// gives CPython's answer: the common containers and floats go first, each
// `instanceof` a walk up a prototype chain for the many maps values have.
function encodeValue(self: PyEncoder, out: Output, value: PyValue): void {
  if (typeof value === "string") writeString(self, out, value);
  else if (writeLiteral(out, value)) return;
  else if (value instanceof PyDict) encodeDict(self, out, value);
  else if (value instanceof PyList) encodeList(self, out, value);
  else if (value instanceof PyFloat) out.write(encodeFloat(self, value.value));
  else if (value instanceof PyTuple) encodeList(self, out, value);
  else if (isStr(value) || value instanceof PyBoxedStr) out.write(self.encodeString(value));
  else if (value instanceof PyBoxedInt) out.write(intToDecimal(value.value));
  else encodeDefault(self, out, value);
}

/** An int, bool or None as JSON; false for anything else. */
export function writeLiteral(out: Output, value: PyValue): boolean {
  switch (typeof value) {
    case "number":
    case "bigint":
      out.write(intToDecimal(value));
      return true;
    case "boolean":
      out.write(value ? "true" : "false");
      return true;
  }
  if (value !== null) return false;
  out.write("null");
  return true;
}

function encodeDefault(self: PyEncoder, out: Output, value: PyValue): void {
  if (self.declinesPython) throw declinedError();
  mark(self, value, 0);
  const replacement = callObject(self.defaultFunction, [value], null);
  enter(self);
  encodeValue(self, out, replacement);
  leave(self);
}

// A container counts against the recursion limit before anything else, an
// empty one too (CPython's encoder_listencode_obj enters the recursive call
// before encoder_listencode_list/dict look at the size or the markers).
function encodeList(self: PyEncoder, out: Output, list: PyList | PyTuple): void {
  checkDepth(self);
  if (list.items.length === 0) {
    out.write("[]");
    return;
  }
  mark(self, list, 1);
  out.write("[");
  self.depth++;
  // Re-read each time: a default() may change the list, as the C loop sees.
  for (let i = 0; i < list.items.length; i++) {
    if (i > 0) out.write(self.itemSeparator);
    encodeValue(self, out, list.items[i]);
  }
  leave(self);
  out.write("]");
}

/** A dict key as a str to encode, or undefined to skip it (skipkeys). */
function keyText(self: PyEncoder, key: PyValue): PyValue | undefined {
  if (typeof key === "string" || isStr(key) || key instanceof PyBoxedStr) return key;
  if (key instanceof PyFloat) return encodeFloat(self, key.value);
  if (key === true || key === false || key === null) return `${key === null ? "null" : key}`;
  if (typeof key === "number" || typeof key === "bigint") return intToDecimal(key);
  if (key instanceof PyBoxedInt) return intToDecimal(key.value);
  if (self.skipKeys) return undefined;
  throw pyError(
    "TypeError",
    `keys must be str, int, float, bool or None, not ${typeOf(key).tpName}`,
  );
}

/** Keys and values, parallel; an undefined key marks a deleted entry to pass over. */
export type Entries = [readonly (PyValue | undefined)[], readonly (PyValue | undefined)[]];

/**
 * An exact dict's entries, in insertion order or (sort_keys) sorted when
 * its keys are all primitive strs; undefined when list.sort must decide.
 * A copy: Python code run by default() may change the dict, which CPython's
 * items list does not see.
 */
function dictEntries(self: PyEncoder, dict: PyDict): Entries | undefined {
  const keys = dict.keys;
  if (!self.sortKeys) return [keys.slice(), dict.values.slice()];
  return sortedStrEntries(dict);
}

/** An exact dict's entries sorted by key when its keys are all primitive strs, else undefined. */
export function sortedStrEntries(dict: PyDict): Entries | undefined {
  const order = sortedPositions(dict);
  if (order === undefined) return undefined;
  const keys = dict.keys, values = dict.values;
  const sortedKeys = new Array<PyValue>(order.length);
  const sortedValues = new Array<PyValue>(order.length);
  for (let i = 0; i < order.length; i++) {
    sortedKeys[i] = keys[order[i]] as PyValue;
    sortedValues[i] = values[order[i]] as PyValue;
  }
  return [sortedKeys, sortedValues];
}

/**
 * PyMapping_Items, sorted for sort_keys: a list of what ought to be
 * (key, value) tuples; an exact dict's without calling Python.
 */
function mappingItems(self: PyEncoder, dict: PyDict): PyValue[] {
  if (self.declinesPython) throw declinedError(); // items() or list.sort may run Python code
  let items: PyValue[];
  if (dict.cls === dictType) {
    items = [];
    for (let i = 0; i < dict.keys.length; i++) {
      const key = dict.keys[i];
      if (key !== undefined) items.push(newTuple([key, dict.values[i] as PyValue]));
    }
  } else {
    const output = callObject(getAttribute(dict, "items"), [], null);
    let iterator: PyValue;
    try {
      iterator = getIterator(output);
    } catch (error) {
      if (error instanceof PyBaseException && error.cls.isSubtypeOf(ExceptionType.TypeError)) {
        throw pyError(
          "TypeError",
          `${typeOf(dict).tpName}.items() returned a non-iterable (type ${typeOf(output).tpName})`,
        );
      }
      throw error;
    }
    items = drainIterator(iterator);
  }
  if (!self.sortKeys) return items;
  const list = new PyList(items);
  callObject(typeOf(list).lookup("sort")!, [list], null);
  return list.items;
}

function encodeDict(self: PyEncoder, out: Output, dict: PyDict): void {
  checkDepth(self);
  if (dict.size === 0) {
    out.write("{}");
    return;
  }
  mark(self, dict, 1);
  out.write("{");
  self.depth++;
  if (dict.cls === dictType && self.declinesPython) encodeDictInPlace(self, out, dict);
  else {
    let entries = dict.cls === dictType ? dictEntries(self, dict) : undefined;
    if (entries === undefined) {
      const keys: PyValue[] = [];
      const values: PyValue[] = [];
      for (const item of mappingItems(self, dict)) {
        if (!(item instanceof PyTuple) || item.items.length !== 2) {
          throw pyError("ValueError", "items must return 2-tuples");
        }
        keys.push(item.items[0]);
        values.push(item.items[1]);
      }
      entries = [keys, values];
    }
    const [keys, values] = entries;
    let first = true;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      if (key !== undefined) first = encodeEntry(self, out, key, values[i] as PyValue, first);
    }
  }
  leave(self);
  out.write("}");
}

/**
 * An exact dict's entries when no Python code can run until it is written
 * (an encoder that declines Python code): read in place, through the
 * remembered key order for sort_keys, without a copy.
 */
function encodeDictInPlace(self: PyEncoder, out: Output, dict: PyDict): void {
  const keys = dict.keys, values = dict.values;
  let first = true;
  if (!self.sortKeys) {
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      if (key !== undefined) first = encodeEntry(self, out, key, values[i] as PyValue, first);
    }
    return;
  }
  const order = sortedPositions(dict);
  if (order === undefined) throw declinedError(); // list.sort of the items would run Python code
  for (let i = 0; i < order.length; i++) {
    const position = order[i];
    first = encodeEntry(self, out, keys[position] as PyValue, values[position] as PyValue, first);
  }
}

/** `key: value` after an item separator unless first (or nothing, a key skipped); false once written. */
function encodeEntry(
  self: PyEncoder,
  out: Output,
  rawKey: PyValue,
  value: PyValue,
  first: boolean,
): boolean {
  const key = keyText(self, rawKey);
  if (key === undefined) return first;
  if (!first) out.write(self.itemSeparator);
  if (typeof key === "string") writeString(self, out, key);
  else out.write(self.encodeString(key));
  out.write(self.keySeparator);
  encodeValue(self, out, value);
  return false;
}

function separator(value: PyValue, name: string): PyStr {
  if (!isStr(value)) {
    throw pyError(
      "TypeError",
      `make_encoder() argument ${name} must be str, not ${typeOf(value).tpName}`,
    );
  }
  return value;
}

signatureConstructor(
  encoderType,
  "make_encoder",
  "markers, default, encoder, indent, key_separator, item_separator, sort_keys, skipkeys, allow_nan",
  (
    cls,
    markers: PyValue,
    defaultFunction: PyValue,
    encoder: PyValue,
    indent: PyValue,
    keySeparator: PyValue,
    itemSeparator: PyValue,
    sortKeys: PyValue,
    skipKeys: PyValue,
    allowNan: PyValue,
  ) => {
    if (markers !== null && !(markers instanceof PyDict)) {
      throw pyError(
        "TypeError",
        `make_encoder() argument 1 must be dict or None, not ${typeOf(markers).tpName}`,
      );
    }
    return new PyEncoder(
      cls,
      markers,
      defaultFunction,
      encoder,
      indent,
      separator(keySeparator, "5"),
      separator(itemSeparator, "6"),
      isTrue(sortKeys),
      isTrue(skipKeys),
      isTrue(allowNan),
    );
  },
);

defineNativeMethods(encoderType, {
  __call__: ["obj, _current_indent_level, /", (self: PyEncoder, obj: PyValue) => {
    const out = new Output();
    // An error leaves the marks of the containers it unwinds through, as the
    // ids stay in CPython's markers dict; the depth is restored.
    const depth = self.depth;
    try {
      encodeValue(self, out, obj);
    } finally {
      self.depth = depth;
    }
    return new PyList([out.result()]);
  }],
});

/**
 * What an encoder that declines Python code throws (encodeWithoutPython):
 * made at the first decline, not while the bundle loads. An Error made
 * during the bundle's top level captures a stack through that top level,
 * and V8, which loads it from the code cache without source positions,
 * parses the whole 3.5 MB top-level function again to find them: ~60 ms of
 * every start (docs/performance.md, "Start-up").
 */
let declined: Error | null = null;

function declinedError(): Error {
  return declined ??= new Error("json encoding declined: Python code would run");
}

/** The markers argument of encoders that check circular references (never written to). */
const CHECKED_MARKERS = new PyDict();

/**
 * `c_make_encoder(markers, default, encoder, None, ...)(value, 0)` joined,
 * for json.dumps' native twin (_json_entries.ts), with `encoder` one of
 * _json's own str encoders: the document, or undefined where Python code
 * would run (default(), a dict subclass's items(), list.sort of keys that
 * are not all primitive strs) or an exception would be raised, so that the
 * caller can run the Python code instead, which does it all from the start.
 */
export function encodeWithoutPython(
  value: PyValue,
  encoder: PyValue,
  checkCircular: boolean,
  keySeparator: string,
  itemSeparator: string,
  sortKeys: boolean,
  skipKeys: boolean,
  allowNan: boolean,
): PyStr | undefined {
  const self = new PyEncoder(
    encoderType,
    checkCircular ? CHECKED_MARKERS : null,
    null,
    encoder,
    null,
    keySeparator,
    itemSeparator,
    sortKeys,
    skipKeys,
    allowNan,
    true,
  );
  const out = new Output();
  try {
    encodeValue(self, out, value);
  } catch {
    return undefined;
  }
  return out.result();
}
