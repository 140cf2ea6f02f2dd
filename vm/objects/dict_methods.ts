/**
 * The Python-visible dict API (methods of `dict`, its views and iterators)
 * over the storage in dict.ts, with CPython 3.11's semantics and messages.
 * The exported functions are the runtime helpers the interpreter calls for
 * the corresponding opcodes (BINARY_SUBSCR on a dict, BUILD_MAP, DICT_UPDATE,
 * ...), so each operation has one implementation.
 */
import type { PyValue } from "./object.ts";
import type { PyType } from "./type.ts";
import { defineNativeMethods, nativeFunction } from "./native_function.ts";
import { PyClassMethod } from "./descriptors.ts";
import { ExceptionType, isPyException, pyError } from "./exceptions.ts";
import { NotImplemented } from "./singletons.ts";
import { newTuple } from "./tuple.ts";
import { dictType, PyDict } from "./dict.ts";
import { containersEqual, DICT } from "../runtime/hash.ts";
import {
  dictItemIteratorType,
  dictItemsType,
  dictKeyIteratorType,
  dictKeysType,
  dictReverseItemIteratorType,
  dictReverseKeyIteratorType,
  dictReverseValueIteratorType,
  dictValueIteratorType,
  dictValuesType,
  PyDictIterator,
  PyDictView,
} from "./dict_views.ts";
import { guardedRepr, registerRepr, reprValue } from "./dict_repr.ts";
import { iterateValues, valuesToArray } from "./dict_iterate.ts";
import { late } from "../runtime/late_protocols.ts";
// Side effect: the set-like operators of keys and items views.
import "./dict_view_sets.ts";
import { DUMMY, frozensetType, PySet, setType } from "./set.ts";

dictType.dict.set("__hash__", null);

/** d[key]: `__missing__` for subclasses, else KeyError(key). */
export function dictGetItem(dict: PyDict, key: PyValue): PyValue {
  const value = dict.get(key);
  if (value !== undefined) return value;
  if (dict.cls !== dictType) {
    const missing = dict.cls.lookup("__missing__");
    if (missing !== undefined) return late.callSpecial(missing, dict, [key]);
  }
  throw pyError("KeyError", key);
}

/** del d[key]: KeyError(key) when absent. */
export function dictDeleteItem(dict: PyDict, key: PyValue): void {
  if (!dict.delete(key)) throw pyError("KeyError", key);
}

/**
 * d.update(arg) / dict(arg): a dict, a mapping (anything with `keys`), or an
 * iterable of pairs — CPython's dict_update_arg.
 */
export function dictUpdateFrom(dict: PyDict, arg: PyValue): void {
  if (arg instanceof PyDict && arg.cls.lookup("__iter__") === dictType.lookup("__iter__")) {
    dict.mergeDict(arg);
    return;
  }
  if (hasKeysMethod(arg)) {
    mergeMapping(dict, arg);
    return;
  }
  dictMergeFromPairs(dict, arg);
}

function hasKeysMethod(value: PyValue): boolean {
  if (value instanceof PyDict) return true;
  if (typeof value !== "object" || value === null) return false;
  if (value.cls.lookup("keys") !== undefined) return true;
  return false;
}

function mergeMapping(dict: PyDict, mapping: PyValue): void {
  const keys = valuesToArray(late.call(late.getAttribute(mapping, "keys"), [], null));
  const getItem = late.getAttribute(mapping, "__getitem__");
  for (const key of keys) dict.set(key, late.call(getItem, [key], null));
}

/** Add (key, value) pairs from an iterable (CPython's PyDict_MergeFromSeq2). */
export function dictMergeFromPairs(dict: PyDict, iterable: PyValue): void {
  let index = 0;
  for (const item of iterateValues(iterable)) {
    const pair = pairItems(item, index);
    if (pair.length !== 2) {
      throw pyError(
        "ValueError",
        `dictionary update sequence element #${index} has length ${pair.length}; 2 is required`,
      );
    }
    dict.set(pair[0], pair[1]);
    index++;
  }
}

function pairItems(item: PyValue, index: number): PyValue[] {
  let iterable: Iterable<PyValue>;
  try {
    iterable = iterateValues(item);
  } catch (error) {
    if (isPyException(error) && error.cls.isSubtypeOf(ExceptionType.TypeError)) {
      throw pyError(
        "TypeError",
        `cannot convert dictionary update sequence element #${index} to a sequence`,
      );
    }
    throw error;
  }
  return Array.from(iterable);
}

/** d.update(arg, **kwargs) and dict(arg, **kwargs). */
export function dictUpdate(
  dict: PyDict,
  arg: PyValue | undefined,
  keywords: Map<string, PyValue> | undefined,
): void {
  if (arg !== undefined) dictUpdateFrom(dict, arg);
  if (keywords !== undefined) { for (const [name, value] of keywords) dict.set(name, value); }
}

/** dict.fromkeys(iterable, value) for `cls` (dict or a subclass). */
export function dictFromKeys(cls: PyType, iterable: PyValue, value: PyValue): PyValue {
  if (cls === dictType) {
    const dict = new PyDict();
    if (iterable instanceof PySet && (iterable.cls === setType || iterable.cls === frozensetType)) {
      // The set's stored hashes, not hash() again (CPython's _PyDict_FromKeys).
      for (let slot = 0; slot <= iterable.mask; slot++) {
        const key = iterable.keys[slot];
        if (key === undefined || key === DUMMY) continue;
        if (typeof key === "string") dict.set(key, value);
        else dict.setHashed(key, iterable.hashLow[slot], iterable.hashHigh[slot], value);
      }
      return dict;
    }
    for (const key of iterateValues(iterable)) dict.set(key, value);
    return dict;
  }
  const result = late.call(cls, [], null);
  const setItem = late.getAttribute(result, "__setitem__");
  for (const key of iterateValues(iterable)) late.call(setItem, [key, value], null);
  return result;
}

/** repr(d): `{k: v, ...}`, `{...}` when the dict contains itself. */
export function dictRepr(dict: PyDict): string {
  if (dict.size === 0) return "{}";
  return guardedRepr(dict, "{...}", () => {
    const parts: string[] = [];
    for (let position = 0; position < dict.keys.length; position++) {
      const key = dict.keys[position];
      if (key === undefined) continue;
      const value = dict.values[position] as PyValue;
      parts.push(`${reprValue(key)}: ${reprValue(value)}`);
    }
    return `{${parts.join(", ")}}`;
  });
}

/** d.popitem(): the last (key, value), removed. */
export function dictPopItem(dict: PyDict): PyValue {
  const position = dict.lastPosition();
  if (position < 0) throw pyError("KeyError", "popitem(): dictionary is empty");
  const key = dict.keys[position] as PyValue;
  const value = dict.values[position] as PyValue;
  dict.removeLast(position);
  return newTuple([key, value]);
}

function dictOr(left: PyValue, right: PyValue): PyValue {
  if (!(left instanceof PyDict) || !(right instanceof PyDict)) return NotImplemented;
  const result = left.copy();
  result.mergeDict(right);
  return result;
}

function viewRepr(view: PyDictView): string {
  return guardedRepr(view, "...", () => {
    const parts = Array.from(view.iterate(), reprValue);
    return `${view.cls.name}([${parts.join(", ")}])`;
  });
}

registerRepr(dictType, (value) => dictRepr(value as PyDict));
registerRepr(dictKeysType, (value) => viewRepr(value as PyDictView));
registerRepr(dictValuesType, (value) => viewRepr(value as PyDictView));
registerRepr(dictItemsType, (value) => viewRepr(value as PyDictView));

defineNativeMethods(dictType, {
  __getitem__: ["key, /", dictGetItem],
  __setitem__: ["key, value, /", (self: PyDict, key: PyValue, value: PyValue) => {
    self.set(key, value);
    return null;
  }],
  __delitem__: ["key, /", (self: PyDict, key: PyValue) => {
    dictDeleteItem(self, key);
    return null;
  }],
  __contains__: ["key, /", (self: PyDict, key: PyValue) => self.has(key)],
  __len__: ["", (self: PyDict) => self.size],
  __iter__: ["", (self: PyDict) => new PyDictIterator(self, "keys", false)],
  __reversed__: ["", (self: PyDict) => new PyDictIterator(self, "keys", true)],
  __repr__: ["", (self: PyDict) => dictRepr(self)],
  __eq__: ["other, /", (self: PyDict, other: PyValue) => {
    return other instanceof PyDict ? containersEqual(DICT, self, other) : NotImplemented;
  }],
  __ne__: ["other, /", (self: PyDict, other: PyValue) => {
    return other instanceof PyDict ? !containersEqual(DICT, self, other) : NotImplemented;
  }],
  __or__: ["other, /", (self: PyDict, other: PyValue) => dictOr(self, other)],
  __ror__: ["other, /", (self: PyDict, other: PyValue) => dictOr(other, self)],
  __ior__: ["other, /", (self: PyDict, other: PyValue) => {
    dictUpdateFrom(self, other);
    return self;
  }],
  get: ["key, default=None, /", (self: PyDict, key: PyValue, fallback: PyValue) => {
    const value = self.get(key); // a stored None is a value, not a miss
    return value === undefined ? fallback : value;
  }],
  setdefault: ["key, default=None, /", (self: PyDict, key: PyValue, fallback: PyValue) => {
    return self.setDefault(key, fallback);
  }],
  pop: ["key, default=?, /", (self: PyDict, key: PyValue, fallback: PyValue | undefined) => {
    const position = self.lookupPosition(key);
    if (position < 0) {
      if (fallback !== undefined) return fallback;
      throw pyError("KeyError", key);
    }
    const value = self.values[position] as PyValue;
    self.removeAt(position);
    return value;
  }],
  popitem: ["", dictPopItem],
  clear: ["", (self: PyDict) => {
    self.clear();
    return null;
  }],
  copy: ["", (self: PyDict) => self.copy()],
  update: ["iterable=?, /, **kwargs", (
    self: PyDict,
    iterable: PyValue | undefined,
    keywords: Map<string, PyValue>,
  ) => {
    dictUpdate(self, iterable, keywords.size > 0 ? keywords : undefined);
    return null;
  }],
  keys: ["", (self: PyDict) => new PyDictView(self, "keys")],
  values: ["", (self: PyDict) => new PyDictView(self, "values")],
  items: ["", (self: PyDict) => new PyDictView(self, "items")],
});

dictType.dict.set(
  "fromkeys",
  new PyClassMethod(
    nativeFunction(
      "fromkeys",
      "iterable, value=None, /", // the class arrives as the bound receiver
      (cls: PyType, iterable: PyValue, value: PyValue) => dictFromKeys(cls, iterable, value),
    ),
  ),
);
dictType.invalidate();

for (const type of [dictKeysType, dictValuesType, dictItemsType]) {
  defineNativeMethods(type, {
    __len__: ["", (self: PyDictView) => self.dict.size],
    __iter__: ["", (self: PyDictView) => self.iterate()],
    __reversed__: ["", (self: PyDictView) => new PyDictIterator(self.dict, self.kind, true)],
    __contains__: ["key, /", (self: PyDictView, value: PyValue) => self.contains(value)],
    __repr__: ["", viewRepr],
  });
}

const ITERATOR_TYPES = [
  dictKeyIteratorType,
  dictValueIteratorType,
  dictItemIteratorType,
  dictReverseKeyIteratorType,
  dictReverseValueIteratorType,
  dictReverseItemIteratorType,
];
for (const type of ITERATOR_TYPES) {
  defineNativeMethods(type, {
    __iter__: ["", (self: PyDictIterator) => self],
    __next__: ["", (self: PyDictIterator) => {
      const value = self.next();
      if (value === undefined) throw pyError("StopIteration");
      return value;
    }],
    __length_hint__: ["", (self: PyDictIterator) => self.lengthHint()],
  });
}
