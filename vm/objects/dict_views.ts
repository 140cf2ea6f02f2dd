/**
 * Dict iterators and the views `d.keys()`, `d.values()`, `d.items()`.
 *
 * ITERATORS walk entry positions (see dict.ts) exactly as CPython's
 * dictiter_iternext* do:
 *   - if the dict's size differs from the size at creation: RuntimeError
 *     "dictionary changed size during iteration", and the iterator stays
 *     broken (CPython makes that state sticky);
 *   - otherwise the next live position is returned; if the iterator has
 *     already produced as many entries as the dict had (`remaining` is 0) and
 *     finds another: RuntimeError "dictionary keys changed during iteration"
 *     (a key was deleted and another added);
 *   - reversed iterators walk backwards and only check the size.
 * An iterator is both a Python object (`__next__`) and a JS iterable, so
 * TypeScript code and the interpreter's FOR_ITER can call `next()` directly:
 * it returns `undefined` when exhausted.
 *
 * VIEWS are live: they hold the dict and read it on each operation. keys and
 * items views are set-like (`&`, `|`, `^`, `-`, comparisons, isdisjoint) with
 * CPython's result rules: the result is a new set built from the left operand.
 */
import { PyObject, type PyValue } from "./object.ts";
import { makeBuiltinType } from "./core_types.ts";
import type { PyType } from "./type.ts";
import { newTuple, PyTuple } from "./tuple.ts";
import { PyDict } from "./dict.ts";
import { pyError } from "./exceptions.ts";
import { equalsForKey } from "../runtime/hash.ts";

export type DictIterationKind = "keys" | "values" | "items";

/** A dict iterator type; CPython's are not base types. */
const iteratorType = (name: string) => makeBuiltinType(name, undefined, { subclassable: false });

export const dictKeyIteratorType = iteratorType("dict_keyiterator");
export const dictValueIteratorType = iteratorType("dict_valueiterator");
export const dictItemIteratorType = iteratorType("dict_itemiterator");
export const dictReverseKeyIteratorType = iteratorType("dict_reversekeyiterator");
export const dictReverseValueIteratorType = iteratorType("dict_reversevalueiterator");
export const dictReverseItemIteratorType = iteratorType("dict_reverseitemiterator");

const FORWARD_TYPES: Record<DictIterationKind, PyType> = {
  keys: dictKeyIteratorType,
  values: dictValueIteratorType,
  items: dictItemIteratorType,
};
const REVERSE_TYPES: Record<DictIterationKind, PyType> = {
  keys: dictReverseKeyIteratorType,
  values: dictReverseValueIteratorType,
  items: dictReverseItemIteratorType,
};

export class PyDictIterator extends PyObject implements Iterable<PyValue> {
  /** null once exhausted (CPython drops its reference). */
  dict: PyDict | null;
  /** The dict's size when the iterator was made; -1 once a size change was seen. */
  sizeAtStart: number;
  /** Entries still expected. */
  remaining: number;
  position: number;

  constructor(dict: PyDict, readonly kind: DictIterationKind, readonly reversed: boolean) {
    super(reversed ? REVERSE_TYPES[kind] : FORWARD_TYPES[kind]);
    this.dict = dict;
    this.sizeAtStart = dict.size;
    this.remaining = dict.size;
    this.position = reversed ? dict.keys.length - 1 : 0;
  }

  /** The next key, value or (key, value) tuple; undefined when exhausted. */
  next(): PyValue | undefined {
    const dict = this.dict;
    if (dict === null) return undefined;
    if (this.sizeAtStart !== dict.size) {
      this.sizeAtStart = -1;
      throw pyError("RuntimeError", "dictionary changed size during iteration");
    }
    const keys = dict.keys;
    let position = this.position;
    if (this.reversed) {
      while (position >= 0 && (position >= keys.length || keys[position] === undefined)) {
        position--;
      }
      if (position < 0) {
        this.dict = null;
        return undefined;
      }
      this.position = position - 1;
    } else {
      while (position < keys.length && keys[position] === undefined) position++;
      if (position >= keys.length) {
        this.dict = null;
        return undefined;
      }
      if (this.remaining === 0) {
        this.dict = null;
        throw pyError("RuntimeError", "dictionary keys changed during iteration");
      }
      this.position = position + 1;
    }
    this.remaining--;
    const key = keys[position] as PyValue;
    if (this.kind === "keys") return key;
    const value = dict.values[position] as PyValue;
    return this.kind === "values" ? value : newTuple([key, value]);
  }

  /** `__length_hint__`: entries left, 0 once the dict changed size. */
  lengthHint(): number {
    return this.dict !== null && this.sizeAtStart === this.dict.size ? this.remaining : 0;
  }

  *[Symbol.iterator](): Iterator<PyValue> {
    for (;;) {
      const value = this.next();
      if (value === undefined) return;
      yield value;
    }
  }
}

export const dictKeysType = makeBuiltinType("dict_keys", undefined, { subclassable: false });
export const dictValuesType = makeBuiltinType("dict_values", undefined, { subclassable: false });
export const dictItemsType = makeBuiltinType("dict_items", undefined, { subclassable: false });

const VIEW_TYPES: Record<DictIterationKind, PyType> = {
  keys: dictKeysType,
  values: dictValuesType,
  items: dictItemsType,
};

export class PyDictView extends PyObject {
  constructor(readonly dict: PyDict, readonly kind: DictIterationKind) {
    super(VIEW_TYPES[kind]);
  }

  iterate(): PyDictIterator {
    return new PyDictIterator(this.dict, this.kind, false);
  }

  /** `x in view`. */
  contains(value: PyValue): boolean {
    const dict = this.dict;
    switch (this.kind) {
      case "keys":
        return dict.has(value);
      case "values":
        for (let position = 0; position < dict.keys.length; position++) {
          if (dict.keys[position] === undefined) continue;
          if (equalsForKey(dict.values[position] as PyValue, value)) return true;
        }
        return false;
      case "items": {
        if (!(value instanceof PyTuple)) return false;
        const pair = value.items;
        if (pair.length !== 2) return false;
        const found = dict.get(pair[0]);
        return found !== undefined && equalsForKey(found, pair[1]);
      }
    }
  }
}

/** Is `value` a keys or items view (the set-like ones)? */
export function isSetLikeView(value: PyValue): value is PyDictView {
  return value instanceof PyDictView && value.kind !== "values";
}
