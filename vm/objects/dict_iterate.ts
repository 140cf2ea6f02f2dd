/**
 * Iterating any iterable from dict and set code: fast paths for the builtin
 * containers (tuple, list, dict, set, str), `late.iterate` for everything
 * else. Mutation checks belong to the Python-visible iterators
 * (dict_views.ts, set_methods.ts); these fast paths walk a snapshot or the
 * live storage as CPython's own C loops over builtin containers do.
 */
import type { PyValue } from "./object.ts";
import { type PyTuple, tupleType } from "./tuple.ts";
import { listType, type PyList } from "./list.ts";
import { strType } from "./core_types.ts";
import { type PyWideStr, strFromCodePoint } from "./str_wide.ts";
import { dictType, type PyDict } from "./dict.ts";
import { frozensetType, type PySet, setType } from "./set.ts";
import { pyError } from "./exceptions.ts";
import { PyDictIterator, PyDictView } from "./dict_views.ts";
import { typeOf } from "./typeof.ts";
import { late } from "../runtime/late_protocols.ts";

/** iter(value) as a JS iterable; TypeError "'int' object is not iterable" for non-iterables. */
export function iterateValues(value: PyValue): Iterable<PyValue> {
  switch (typeof value) {
    case "string":
      return value;
    case "object":
      if (value === null) break;
      switch (value.cls) {
        case tupleType:
          return (value as PyTuple).items;
        case listType:
          return (value as PyList).items;
        case dictType:
          return dictKeys(value as PyDict);
        case setType:
        case frozensetType:
          return (value as PySet).keyList();
        case strType:
          return Array.from((value as PyWideStr).codePoints, strFromCodePoint);
      }
      if (value instanceof PyDictView) return value.iterate();
      if (value instanceof PyDictIterator) return value;
      return late.iterate(value);
  }
  throw pyError("TypeError", `'${typeOf(value).tpName}' object is not iterable`);
}

function* dictKeys(dict: PyDict): Generator<PyValue> {
  for (let position = 0; position < dict.keys.length; position++) {
    const key = dict.keys[position];
    if (key !== undefined) yield key;
  }
}

/** The items of an iterable as an array (PySequence_Fast). */
export function valuesToArray(value: PyValue): PyValue[] {
  if (typeof value === "object" && value !== null) {
    if (value.cls === tupleType) return (value as PyTuple).items.slice();
    if (value.cls === listType) return (value as PyList).items.slice();
  }
  return Array.from(iterateValues(value));
}
