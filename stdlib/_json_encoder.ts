/**
 * The encoding half of `_json`: `encode_basestring(_ascii)` and the
 * `make_encoder` type json.encoder uses for one-shot `dumps` without
 * indentation, with CPython 3.11's C encoder semantics: exact ints and
 * floats by int.__repr__/float.__repr__ (so IntEnum and float subclasses
 * print as plain numbers), str keys or keys converted from float, bool,
 * None and int, `default()` for anything else, circular-reference markers
 * keyed by id(), and its messages. The result is a 1-tuple holding the
 * whole document, which JSONEncoder.encode joins.
 */
import { PyObject, type PyValue } from "../vm/objects/object.ts";
import { makeBuiltinType } from "../vm/objects/core_types.ts";
import { pyError } from "../vm/objects/exceptions.ts";
import { PyFloat } from "../vm/objects/float.ts";
import { PyDict } from "../vm/objects/dict.ts";
import { PyList } from "../vm/objects/list.ts";
import { newTuple, PyTuple } from "../vm/objects/tuple.ts";
import { typeOf } from "../vm/objects/typeof.ts";
import { intOperand } from "../vm/objects/int_value.ts";
import { intToDecimal } from "../vm/objects/int_text.ts";
import { floatRepr } from "../vm/text/float_repr.ts";
import { codePointsOf, isStr, type PyStr, strFromCodePoints } from "../vm/objects/str_wide.ts";
import type { PyType } from "../vm/objects/type.ts";
import { PyBuiltinFunction } from "../vm/objects/native_function.ts";
import { defineNativeMethods } from "../vm/objects/native_function.ts";
import { callObject } from "../vm/runtime/call.ts";
import { isTrue } from "../vm/runtime/operators.ts";
import { thread } from "../vm/runtime/thread_state.ts";
import { signatureConstructor } from "./native_type.ts";

const HEX = "0123456789abcdef";
const SHORT_ESCAPES: Record<number, string> = {
  0x5c: "\\\\",
  0x22: '\\"',
  0x08: "\\b",
  0x0c: "\\f",
  0x0a: "\\n",
  0x0d: "\\r",
  0x09: "\\t",
};

const hex4 = (c: number) =>
  "\\u" + HEX[(c >> 12) & 15] + HEX[(c >> 8) & 15] + HEX[(c >> 4) & 15] + HEX[c & 15];

function expectString(value: PyValue): PyStr {
  if (!isStr(value)) {
    throw pyError("TypeError", `first argument must be a string, not ${typeOf(value).tpName}`);
  }
  return value;
}

/** Characters encode_basestring_ascii leaves alone: printable ASCII but the quote and backslash. */
const NEEDS_ASCII_ESCAPE = /[^\x20\x21\x23-\x5b\x5d-\x7e]/g;

function asciiEscape(c: number): string {
  const short = SHORT_ESCAPES[c];
  if (short !== undefined) return short;
  if (c < 0x10000) return hex4(c);
  const v = c - 0x10000;
  return hex4(0xd800 | (v >> 10)) + hex4(0xdc00 | (v & 0x3ff));
}

/** "..." with everything outside printable ASCII escaped (surrogate pairs for astral). */
export function encodeBasestringAscii(value: PyValue): string {
  const str = expectString(value);
  if (typeof str === "string") {
    // A primitive string has no surrogates: each UTF-16 unit is a code point.
    return '"' + str.replace(NEEDS_ASCII_ESCAPE, (char) => asciiEscape(char.charCodeAt(0))) + '"';
  }
  let out = '"';
  for (const c of codePointsOf(str)) {
    out += c >= 0x20 && c <= 0x7e && c !== 0x5c && c !== 0x22
      ? String.fromCharCode(c)
      : asciiEscape(c);
  }
  return out + '"';
}

/** "..." escaping only the quote, backslash and control characters. */
export function encodeBasestring(value: PyValue): PyStr {
  const str = expectString(value);
  if (typeof str !== "string") return wideQuoted(str);
  // deno-lint-ignore no-control-regex
  return '"' + str.replace(/[\\"\x00-\x1f]/g, (char) => escapeControl(char.charCodeAt(0))) + '"';
}

const escapeControl = (c: number) => SHORT_ESCAPES[c] ?? "\\u00" + HEX[c >> 4] + HEX[c & 15];

function wideQuoted(str: PyStr): PyStr {
  const parts: number[] = [0x22];
  for (const c of codePointsOf(str)) {
    const escape = c === 0x5c || c === 0x22 || c <= 0x1f ? escapeControl(c) : undefined;
    if (escape === undefined) parts.push(c);
    else for (let i = 0; i < escape.length; i++) parts.push(escape.charCodeAt(i));
  }
  parts.push(0x22);
  return strFromCodePoints(parts);
}

export const encoderType = makeBuiltinType("make_encoder");
encoderType.dict.set("__module__", "_json");

class PyEncoder extends PyObject {
  depth = 0;
  /** The containers being encoded, when circular references are checked (markers not None). */
  readonly active: Set<PyValue> | null;
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
  ) {
    super(cls);
    this.active = markers === null ? null : new Set();
  }
}

/** The module's own string encoders, called directly rather than through Python. */
export const fastEncoders = new Set<PyValue>();

function encodeString(self: PyEncoder, value: PyStr): PyStr {
  if (fastEncoders.has(self.encoder)) {
    const f = self.encoder as PyBuiltinFunction;
    return f.name === "encode_basestring_ascii"
      ? encodeBasestringAscii(value)
      : encodeBasestring(value);
  }
  const result = callObject(self.encoder, [value], null);
  if (!isStr(result)) {
    throw pyError("TypeError", `encoder() must return a string, not ${typeOf(result).tpName}`);
  }
  return result;
}

function encodeFloat(self: PyEncoder, value: number): string {
  if (Number.isFinite(value)) return floatRepr(value);
  if (!self.allowNan) {
    throw pyError("ValueError", "Out of range float values are not JSON compliant");
  }
  return value > 0 ? "Infinity" : value < 0 ? "-Infinity" : "NaN";
}

function enter(self: PyEncoder): void {
  if (thread.depth + self.depth >= thread.recursionLimit) {
    throw pyError(
      "RecursionError",
      "maximum recursion depth exceeded while encoding a JSON object",
    );
  }
  self.depth++;
}

/**
 * Run `body` with `value` marked as being encoded (the circular-reference
 * check). CPython records id(value) in the `markers` dict; the dict is
 * private to JSONEncoder.iterencode, so a JS set of the objects stands in
 * for it (a Python dict keyed by ids cost most of dumps' time).
 */
function marked(self: PyEncoder, value: PyValue, body: () => void): void {
  const active = self.active;
  if (active === null) return body();
  if (active.has(value)) throw pyError("ValueError", "Circular reference detected");
  active.add(value);
  try {
    body();
  } finally {
    active.delete(value);
  }
}

function encodeValue(self: PyEncoder, out: PyStr[], value: PyValue): void {
  if (value === null) out.push("null");
  else if (value === true) out.push("true");
  else if (value === false) out.push("false");
  else if (isStr(value)) out.push(encodeString(self, value));
  else if (intOperand(value) !== undefined) out.push(intToDecimal(intOperand(value)!));
  else if (value instanceof PyFloat) out.push(encodeFloat(self, value.value));
  else if (value instanceof PyList || value instanceof PyTuple) {
    encodeList(self, out, value);
  } else if (value instanceof PyDict) encodeDict(self, out, value);
  else {
    marked(self, value, () => {
      const replacement = callObject(self.defaultFunction, [value], null);
      enter(self);
      try {
        encodeValue(self, out, replacement);
      } finally {
        self.depth--;
      }
    });
  }
}

function encodeList(self: PyEncoder, out: PyStr[], list: PyList | PyTuple): void {
  if (list.items.length === 0) {
    out.push("[]");
    return;
  }
  marked(self, list, () => {
    out.push("[");
    enter(self);
    try {
      const items = list.items;
      for (let i = 0; i < items.length; i++) {
        if (i > 0) out.push(self.itemSeparator);
        encodeValue(self, out, items[i]);
      }
    } finally {
      self.depth--;
    }
    out.push("]");
  });
}

/** A dict key as JSON text, or undefined to skip it (skipkeys). */
function keyText(self: PyEncoder, key: PyValue): PyStr | undefined {
  if (isStr(key)) return key;
  if (key instanceof PyFloat) return encodeFloat(self, key.value);
  if (key === true || key === false || key === null) return `${key === null ? "null" : key}`;
  const int = intOperand(key);
  if (int !== undefined) return intToDecimal(int);
  if (self.skipKeys) return undefined;
  throw pyError(
    "TypeError",
    `keys must be str, int, float, bool or None, not ${typeOf(key).tpName}`,
  );
}

function encodeDict(self: PyEncoder, out: PyStr[], dict: PyDict): void {
  if (dict.size === 0) {
    out.push("{}");
    return;
  }
  marked(self, dict, () => {
    out.push("{");
    enter(self);
    try {
      let entries: PyValue[] = [];
      for (let i = 0; i < dict.keys.length; i++) {
        const key = dict.keys[i];
        if (key !== undefined) entries.push(newTuple([key, dict.values[i] as PyValue]));
      }
      if (self.sortKeys) {
        const list = new PyList(entries);
        callObject(typeOf(list).lookup("sort")!, [list], null);
        entries = list.items;
      }
      let first = true;
      for (const entry of entries) {
        const [key, value] = (entry as PyTuple).items;
        const text = keyText(self, key);
        if (text === undefined) continue;
        if (!first) out.push(self.itemSeparator);
        first = false;
        out.push(encodeString(self, text), self.keySeparator);
        encodeValue(self, out, value);
      }
    } finally {
      self.depth--;
    }
    out.push("}");
  });
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
    const out: PyStr[] = [];
    encodeValue(self, out, obj);
    const text = out.every((part) => typeof part === "string")
      ? (out as string[]).join("")
      : joinWide(out);
    return newTuple([text]);
  }],
});

function joinWide(parts: PyStr[]): PyStr {
  const points: number[] = [];
  for (const part of parts) for (const c of codePointsOf(part)) points.push(c);
  return strFromCodePoints(points);
}
