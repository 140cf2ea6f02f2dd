/**
 * Building containers for the BUILD_*, *_APPEND/ADD, *_EXTEND/UPDATE and
 * DICT_MERGE instructions (displays, comprehensions, star-unpacking, calls
 * with `**`), with CPython's error messages.
 */
import type { PyValue } from "../objects/object.ts";
import { newTuple, PyTuple } from "../objects/tuple.ts";
import { PyList } from "../objects/list.ts";
import { dictType, distinctSmallStrs, PyDict } from "../objects/dict.ts";
import { holeyTaggedCopy } from "../objects/array_fill.ts";
import { frozensetType, PySet } from "../objects/set.ts";
import { setUpdateFrom } from "../objects/set_methods.ts";
import { PySlice } from "../objects/slice.ts";
import { pyError } from "../objects/exceptions.ts";
import { typeOf } from "../objects/typeof.ts";
import { iterateToArray, iterateValues } from "./iteration.ts";
import { getAttribute } from "./attributes.ts";
import { callObject, describeCallable } from "./call.ts";
import { type PyStr, strConcatAll } from "../objects/str_wide.ts";

type Stack = readonly (PyValue | undefined)[];

export function tupleFrom(stack: Stack, base: number, count: number): PyTuple {
  return newTuple(stack.slice(base, base + count) as PyValue[]);
}

export function listFrom(stack: Stack, base: number, count: number): PyList {
  return new PyList(stack.slice(base, base + count) as PyValue[]);
}

export function setFrom(stack: Stack, base: number, count: number): PySet {
  const set = new PySet();
  for (let i = 0; i < count; i++) set.add(stack[base + i]!);
  return set;
}

/** A frozenset constant, built in CPython's insertion order so iteration order matches. */
export function newFrozenSet(items: readonly PyValue[]): PySet {
  const set = new PySet(frozensetType);
  for (const item of items) set.add(item);
  return set;
}

export function dictFromPairs(stack: Stack, base: number, count: number): PyDict {
  const dict = new PyDict();
  for (let i = 0; i < count; i++) dict.set(stack[base + 2 * i]!, stack[base + 2 * i + 1]!);
  return dict;
}

export function dictFromKeys(keys: PyValue, stack: Stack, base: number, count: number): PyDict {
  const names = (keys as PyTuple).items;
  if (distinctSmallStrs(names, 0, count)) {
    // (The common display `{"a": x, "b": y}`: the entries adopted at once,
    // in arrays of their exact size, with no lookups. Copied, not sliced,
    // so that the interpreter's (holey stack) and the JIT's (packed
    // operands) dicts have arrays of one kind: array_fill.ts.)
    return PyDict.ofSmallStrEntries(
      holeyTaggedCopy(names, 0, count) as string[],
      holeyTaggedCopy(stack, base, count) as PyValue[],
    );
  }
  const dict = new PyDict();
  for (let i = 0; i < count; i++) dict.set(names[i], stack[base + i]!);
  return dict;
}

/** BUILD_STRING: the parts of an f-string, already formatted. */
export function joinStrings(stack: Stack, base: number, count: number): PyValue {
  // (The JIT's helper passes its own array of the parts: no copy.)
  const parts = base === 0 && count === stack.length ? stack : stack.slice(base, base + count);
  return strConcatAll(parts as PyStr[]);
}

export function sliceFrom(stack: Stack, base: number, count: number): PySlice {
  return new PySlice(stack[base]!, stack[base + 1]!, count === 3 ? stack[base + 2]! : null);
}

export function listAppend(list: PyValue, value: PyValue): void {
  (list as PyList).items.push(value);
}

export function setAdd(set: PyValue, value: PyValue): void {
  (set as PySet).add(value);
}

export function mapAdd(dict: PyValue, key: PyValue, value: PyValue): void {
  (dict as PyDict).set(key, value);
}

export function listExtend(list: PyValue, iterable: PyValue): void {
  try {
    for (const value of iterateToArray(iterable)) (list as PyList).items.push(value);
  } catch (error) {
    throw notIterableAs(
      error,
      iterable,
      `Value after * must be an iterable, not ${typeOf(iterable).tpName}`,
    );
  }
}

export function setUpdate(set: PyValue, iterable: PyValue): void {
  setUpdateFrom(set as PySet, iterable);
}

/** Re-word "'X' object is not iterable" the way CPython does for star-unpacking. */
function notIterableAs(error: unknown, iterable: PyValue, message: string): unknown {
  const type = typeOf(iterable);
  if (type.lookup("__iter__") === undefined && type.lookup("__getitem__") === undefined) {
    return pyError("TypeError", message);
  }
  return error;
}

/** `{**m}`: any mapping with keys(). */
export function dictUpdate(dict: PyValue, mapping: PyValue): void {
  copyMapping(
    dict as PyDict,
    mapping,
    null,
    () => pyError("TypeError", `'${typeOf(mapping).tpName}' object is not a mapping`),
  );
}

/** `f(**m)`: like dictUpdate, but a repeated key is an error naming the function. */
export function dictMerge(dict: PyValue, mapping: PyValue, callable: PyValue): void {
  copyMapping(dict as PyDict, mapping, callable, () =>
    pyError(
      "TypeError",
      `${describeCallable(callable)} argument after ** must be a mapping, not ${
        typeOf(mapping).tpName
      }`,
    ));
}

function copyMapping(
  target: PyDict,
  mapping: PyValue,
  callable: PyValue | null,
  notMapping: () => unknown,
): void {
  const put = (key: PyValue, value: PyValue) => {
    if (callable !== null && target.has(key)) {
      throw pyError(
        "TypeError",
        `${describeCallable(callable)} got multiple values for keyword argument '${String(key)}'`,
      );
    }
    target.set(key, value);
  };
  // dict_merge's fast path: a dict whose class keeps dict's own __iter__ (else keys()).
  if (mapping instanceof PyDict && mapping.cls.lookup("__iter__") === dictType.lookup("__iter__")) {
    for (let position = 0; position < mapping.keys.length; position++) {
      const key = mapping.keys[position];
      if (key !== undefined) put(key, mapping.values[position]!);
    }
    return;
  }
  if (typeOf(mapping).lookup("keys") === undefined) throw notMapping();
  const keys = callObject(getAttribute(mapping, "keys"), [], null);
  const getitem = getAttribute(mapping, "__getitem__");
  for (const key of iterateValues(keys)) put(key, callObject(getitem, [key], null));
}

export function listToTuple(list: PyValue): PyTuple {
  return newTuple([...(list as PyList).items]);
}

/** CALL_KW's names tuple as a JS array. */
export function keywordNames(names: PyValue): readonly string[] {
  return (names as PyTuple).items as string[];
}
