/**
 * One-shot JSON encoding with the semantics of json.encoder's Python
 * `_make_iterencode` (indent, floatstr's messages, `dict.items()` iterated
 * live), for the twin in _json_iterencode.ts. The C-style encoder in
 * _json_encoder.ts follows CPython's C make_encoder instead; the two differ
 * in the details this module keeps:
 *
 * - What it does natively: strs (subclasses through the str encoder, as
 *   `_encoder(value)`), None, bools, ints (int.__repr__ of subclasses),
 *   exact finite floats (float.__repr__, which the stock floatstr returns),
 *   and exact lists, tuples and dicts. Everything else (other floats, list,
 *   tuple and dict subclasses, objects for `default`) is handed to the
 *   original Python `_iterencode` closure, made once per encoding for the
 *   same arguments, whose chunks join the document: it does exactly what
 *   the Python loops would, since `_iterencode` tests a value in the same
 *   order they do. Non-finite and subclass floats go to floatstr itself.
 * - Circular references: the containers being encoded form a chain (as
 *   the C-style encoder's); before Python code is handed a value, their
 *   ids go into the `markers` dict, as the Python loops would have put
 *   them, and come out when it returns (an error leaves them, as Python
 *   leaves its own).
 * - Recursion: Python nests one generator frame per container, the first
 *   at the depth after encode()'s frame plus one. The native loops count
 *   the same depth, and a container that would come within MARGIN frames
 *   of the recursion limit is handed to Python with the thread's depth set
 *   to what the Python chain would have by then, so the RecursionError
 *   (message, depth) is whatever the Python code raises. Calls of Python
 *   code (floatstr, handed-over values) also run at their Python depth.
 * - An exact dict without sort_keys is walked as its items iterator would
 *   walk it, so a dict changed by Python code run for one of its values
 *   raises the iterator's RuntimeError; sorted, its items are a snapshot
 *   (sorted() of all-str keys in JS, else list.sort of (key, value) tuples).
 */
import type { PyValue } from "../vm/objects/object.ts";
import { dictType, PyDict } from "../vm/objects/dict.ts";
import { floatType, PyFloat } from "../vm/objects/float.ts";
import { listType, PyList } from "../vm/objects/list.ts";
import { newTuple, PyTuple, tupleType } from "../vm/objects/tuple.ts";
import { intType, strType } from "../vm/objects/core_types.ts";
import { PyBoxedInt } from "../vm/objects/int_value.ts";
import { PyBoxedStr } from "../vm/objects/str_boxed.ts";
import { intToDecimal } from "../vm/objects/int_text.ts";
import { floatRepr } from "../vm/text/float_repr.ts";
import { isStr, type PyStr, toJsString } from "../vm/objects/str_wide.ts";
import { pyError } from "../vm/objects/exceptions.ts";
import { typeOf } from "../vm/objects/typeof.ts";
import { callObject } from "../vm/runtime/call.ts";
import { getAttribute } from "../vm/runtime/attributes.ts";
import { classInfoCheck } from "../vm/runtime/builtin_functions.ts";
import { formatValue } from "../vm/runtime/format_value.ts";
import { objectId } from "../vm/runtime/identity.ts";
import { drainIterator, getIterator } from "../vm/runtime/iteration.ts";
import { thread } from "../vm/runtime/thread_state.ts";
import {
  Ancestors,
  type FastEncoder,
  Output,
  sortedStrEntries,
  writeLiteral,
} from "./_json_encoder.ts";
import { genericArray } from "./_json_arrays.ts";

/** The arguments of one `_make_iterencode` call the twin took over. */
export interface PythonModeEncoder {
  markers: PyDict | null;
  defaultFunction: PyValue;
  encoder: PyValue;
  fast: FastEncoder;
  floatstr: PyValue;
  /** `_indent` as `_make_iterencode` makes it (a str), or null. */
  indent: string | null;
  keySeparator: string;
  itemSeparator: string;
  sortKeys: boolean;
  skipKeys: boolean;
  /** The original Python `_make_iterencode`. */
  original: PyValue | null;
  /** Its `_iterencode` for these arguments, once needed. */
  fallback: PyValue | null;
}

/** The original `_iterencode` for the same arguments (indent as the str it became). */
export function fallbackOf(encoder: PythonModeEncoder): PyValue {
  encoder.fallback ??= callObject(encoder.original!, [
    encoder.markers,
    encoder.defaultFunction,
    encoder.encoder,
    encoder.indent,
    encoder.floatstr,
    encoder.keySeparator,
    encoder.itemSeparator,
    encoder.sortKeys,
    encoder.skipKeys,
    true,
  ], null);
  return encoder.fallback;
}

/** Frames kept free below the recursion limit: nearer, Python encodes. */
const MARGIN = 50;

class Run {
  readonly out = new Output();
  readonly ancestors: Ancestors | null;
  /** The thread's depth in encode(), which drains the chunks: the top frame is one deeper. */
  readonly base = thread.depth;
  /** "\n" + indent * level, by level (dense, generic: see _json_arrays.ts). */
  readonly lines: string[] = genericArray();
  /** The item separator and line, by level from 1 (dense, generic). */
  readonly separators: string[] = genericArray();
  constructor(readonly encoder: PythonModeEncoder) {
    this.ancestors = encoder.markers === null ? null : new Ancestors();
  }
}

/** The document `_iterencode(o, level)` would give, joined. */
export function encodeInPythonMode(encoder: PythonModeEncoder, o: PyValue, level: number): PyStr {
  const run = new Run(encoder);
  encodeValue(run, o, level, 0);
  return run.out.result();
}

function lineAt(run: Run, level: number): string {
  const lines = run.lines;
  // Filled in order: an array written past its end becomes holey, another map.
  while (lines.length <= level) lines.push("\n" + run.encoder.indent!.repeat(lines.length));
  return lines[level];
}

/** The item separator and the line of the items at `level` (at least 1). */
function separatorAt(run: Run, level: number): string {
  const separators = run.separators;
  while (separators.length <= level) {
    separators.push(run.encoder.itemSeparator + lineAt(run, separators.length));
  }
  return separators[level];
}

function writeText(run: Run, text: string): void {
  const [, unescaped, escape] = run.encoder.fast;
  run.out.writeString(text, unescaped, escape);
}

/**
 * A value held by the container at `nesting` (0: the top value, held by
 * `_iterencode`'s frame). The Python loops test str, None, True, False,
 * int, float, list or tuple, then dict; the JS classes tested here are
 * disjoint, so the common containers and floats go first (as in
 * _json_encoder.ts) with the same outcome for every value.
 */
function encodeValue(run: Run, value: PyValue, level: number, nesting: number): void {
  const out = run.out;
  if (typeof value === "string") writeText(run, value);
  else if (writeLiteral(out, value)) return;
  else if (value instanceof PyDict && value.cls === dictType) {
    encodeDict(run, value, level, nesting + 1);
  } else if (value instanceof PyList && value.cls === listType) {
    encodeList(run, value, level, nesting + 1);
  } else if (value instanceof PyFloat) out.write(floatText(run, value, run.base + 1 + nesting));
  else if (value instanceof PyTuple && value.cls === tupleType) {
    encodeList(run, value, level, nesting + 1);
  } else if (isStr(value) || value instanceof PyBoxedStr) out.write(run.encoder.fast[0](value));
  else if (value instanceof PyBoxedInt) out.write(intToDecimal(value.value));
  else {
    // _iterencode(value) runs one frame below its holder; the top value's is the top frame.
    handOver(run, value, level, nesting === 0 ? run.base : run.base + 1 + nesting);
  }
}

/** floatstr(value) called from a frame at `depth`; float.__repr__ for an exact finite float. */
function floatText(run: Run, value: PyFloat, depth: number): PyStr {
  if (value.cls === floatType && Number.isFinite(value.value)) return floatRepr(value.value);
  return checkedStr(callAtDepth(depth, () => callObject(run.encoder.floatstr, [value], null)));
}

function callAtDepth<T>(depth: number, call: () => T): T {
  const saved = thread.depth;
  thread.depth = depth;
  try {
    return call();
  } finally {
    thread.depth = saved;
  }
}

function checkedStr(value: PyValue): PyStr {
  if (!isStr(value)) {
    throw pyError("TypeError", `expected str instance, ${typeOf(value).tpName} found`);
  }
  return value;
}

/**
 * Encode `value` by the original `_iterencode` closure, its frame one deeper
 * than `depth`, with the chain of containers being encoded in `markers`.
 */
function handOver(run: Run, value: PyValue, level: number, depth: number): void {
  const fallback = fallbackOf(run.encoder);
  const markers = run.encoder.markers;
  const ids: number[] = [];
  if (markers !== null) {
    for (const container of run.ancestors!.chain) {
      const id = objectId(container);
      markers.set(id, container);
      ids.push(id);
    }
  }
  const chunks = callAtDepth(
    depth,
    () => drainIterator(getIterator(callObject(fallback, [value, level], null))),
  );
  for (const chunk of chunks) run.out.write(checkedStr(chunk));
  if (markers !== null) { for (const id of ids) markers.delete(id); }
}

/** A container at `nesting` runs at this depth in Python; too near the limit, Python takes it. */
function nearLimit(run: Run, nesting: number): boolean {
  return run.base + 1 + nesting >= thread.recursionLimit - MARGIN;
}

// _iterencode_list: the items re-read at each step, as list iteration does.
function encodeList(run: Run, list: PyList | PyTuple, level: number, nesting: number): void {
  const opened = open(run, list, list.items.length === 0, "[", level, nesting);
  if (opened === null) return;
  const [separator, inner] = opened;
  for (let i = 0; i < list.items.length; i++) {
    if (i > 0) run.out.write(separator);
    encodeValue(run, list.items[i], inner, nesting);
  }
  close(run, "]", level);
}

/**
 * A container's start: handed over near the recursion limit, written whole
 * when empty (null for both), else marked, its bracket and first line
 * written; its item separator and the level of its items.
 */
function open(
  run: Run,
  container: PyList | PyTuple | PyDict,
  empty: boolean,
  bracket: "[" | "{",
  level: number,
  nesting: number,
): [string, number] | null {
  if (nearLimit(run, nesting)) {
    handOver(run, container, level, run.base + nesting - 1);
    return null;
  }
  if (empty) {
    run.out.write(bracket === "[" ? "[]" : "{}");
    return null;
  }
  run.ancestors?.enter(container);
  run.out.write(bracket);
  if (run.encoder.indent === null) return [run.encoder.itemSeparator, level];
  run.out.write(lineAt(run, level + 1));
  return [separatorAt(run, level + 1), level + 1];
}

/** A container's end: its last line and bracket; its mark goes. */
function close(run: Run, bracket: "]" | "}", level: number): void {
  if (run.encoder.indent !== null) run.out.write(lineAt(run, level));
  run.out.write(bracket);
  run.ancestors?.leave();
}

// _iterencode_dict.
function encodeDict(run: Run, dict: PyDict, level: number, nesting: number): void {
  const opened = open(run, dict, dict.size === 0, "{", level, nesting);
  if (opened === null) return;
  const [separator, inner] = opened;
  let first = true;
  if (run.encoder.sortKeys) {
    const [keys, values] = sortedStrEntries(dict) ?? sortedItems(dict);
    for (let i = 0; i < keys.length; i++) {
      const wrote = encodeItem(run, keys[i]!, values[i]!, first, separator, inner, nesting);
      if (wrote) first = false;
    }
  } else {
    // dict_itemiterator's steps (dict_views.ts PyDictIterator.next).
    const size = dict.size;
    let remaining = size;
    for (let position = 0;; position++) {
      if (dict.size !== size) {
        throw pyError("RuntimeError", "dictionary changed size during iteration");
      }
      const keys = dict.keys;
      while (position < keys.length && keys[position] === undefined) position++;
      if (position >= keys.length) break;
      if (remaining === 0) {
        throw pyError("RuntimeError", "dictionary keys changed during iteration");
      }
      remaining--;
      const key = keys[position] as PyValue;
      const value = dict.values[position] as PyValue;
      if (encodeItem(run, key, value, first, separator, inner, nesting)) first = false;
    }
  }
  close(run, "}", level);
}

/** sorted(dct.items()) of an exact dict, as parallel keys and values. */
function sortedItems(dict: PyDict): [PyValue[], PyValue[]] {
  const items: PyValue[] = [];
  for (let i = 0; i < dict.keys.length; i++) {
    const key = dict.keys[i];
    if (key !== undefined) items.push(newTuple([key, dict.values[i] as PyValue]));
  }
  const list = new PyList(items);
  callObject(typeOf(list).lookup("sort")!, [list], null);
  const keys: PyValue[] = [];
  const values: PyValue[] = [];
  for (const item of list.items) {
    keys.push((item as PyTuple).items[0]);
    values.push((item as PyTuple).items[1]);
  }
  return [keys, values];
}

/** One key and value of a dict at `nesting`; false when skipkeys skips the key. */
function encodeItem(
  run: Run,
  key: PyValue,
  value: PyValue,
  first: boolean,
  separator: string,
  level: number,
  nesting: number,
): boolean {
  const depth = run.base + 1 + nesting;
  let text: PyValue;
  if (typeof key === "string" || isStr(key) || key instanceof PyBoxedStr) text = key;
  else if (key instanceof PyFloat) text = floatText(run, key, depth);
  else if (key === true || key === false) text = key ? "true" : "false";
  else if (key === null) text = "null";
  else if (typeof key === "number" || typeof key === "bigint") text = intToDecimal(key);
  else if (key instanceof PyBoxedInt) text = intToDecimal(key.value);
  else {
    const unusual = unusualKey(run, key, depth);
    if (unusual === undefined) return false;
    text = unusual;
  }
  const out = run.out;
  if (!first) out.write(separator);
  if (typeof text === "string") writeText(run, text);
  else out.write(run.encoder.fast[0](text));
  out.write(run.encoder.keySeparator);
  encodeValue(run, value, level, nesting);
  return true;
}

/**
 * The key tests for any other object, by isinstance as Python makes them (a
 * `__class__` can claim str, float or int); undefined to skip the key.
 */
function unusualKey(run: Run, key: PyValue, depth: number): PyValue | undefined {
  const isInstance = (type: PyValue) =>
    classInfoCheck(key, type, "__instancecheck__", "isinstance()");
  if (isInstance(strType)) return key;
  if (isInstance(floatType)) {
    return callAtDepth(depth, () => callObject(run.encoder.floatstr, [key], null));
  }
  if (isInstance(intType)) {
    return callAtDepth(depth, () => callObject(intType.dict.get("__repr__")!, [key], null));
  }
  if (run.encoder.skipKeys) return undefined;
  const name = formatValue(getAttribute(getAttribute(key, "__class__"), "__name__"), 0, null);
  const text = toJsString(name as PyStr);
  throw pyError("TypeError", `keys must be str, int, float, bool or None, not ${text}`);
}
