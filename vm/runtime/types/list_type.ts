/**
 * `list` and `tuple` methods with CPython 3.11's semantics and messages.
 * Sorting is stable and uses only `<`, like CPython's timsort; during the sort
 * the list looks empty, and a list that was modified meanwhile raises
 * "list modified during sort".
 */
import type { PyValue } from "../../objects/object.ts";
import { listType, PyList } from "../../objects/list.ts";
import { newTuple, PyTuple, tupleType } from "../../objects/tuple.ts";
import { floatType, PyFloat } from "../../objects/float.ts";
import { defineNativeMethods } from "../../objects/native_function.ts";
import { NotImplemented } from "../../objects/singletons.ts";
import { pyError } from "../../objects/exceptions.ts";
import { appendAll } from "../../objects/array_ops.ts";
import { typeOf } from "../../objects/typeof.ts";
import { PySlice } from "../../objects/slice.ts";
import { indexValue } from "../../objects/slice.ts";
import { guardedRepr } from "../../objects/dict_repr.ts";
import { reprOf } from "../../objects/str_convert.ts";
import { toJsString } from "../../objects/str_wide.ts";
import { asCInt } from "../../objects/str_args.ts";
import { comparisonRecursion, enterComparison, hashTupleItems, itemsEqual } from "../hash.ts";
import { thread } from "../thread_state.ts";
import { compareOp, equals, isTrue } from "../operators.ts";
import { COMPARE_OPERATORS } from "../../compiler/opcodes.ts";
import {
  arrayIterator,
  iterateToArray,
  listIteratorType,
  listReverseIteratorType,
  reversedArrayIterator,
  tupleIteratorType,
} from "../iteration.ts";
import {
  deleteSubscript,
  getSubscript,
  sequenceIndex,
  setSubscript,
  sliceOf,
} from "../subscript.ts";
import { callFromNative } from "../call.ts";
import { itemsOfIterable } from "../length_hint.ts";
import { registerNativeSlots } from "../slots.ts";
import { registerSequenceType } from "../operators.ts";
import { positionalOnlyArguments, registerConstructor, registerInitializer } from "../call_type.ts";
import { sortPrimitiveStrings } from "../../objects/str_sort.ts";
import { timsort } from "../../objects/list_sort.ts";

type Sequence = PyList | PyTuple;

function itemsRepr(items: readonly PyValue[]): string {
  return items.map((item) => toJsString(reprOf(item))).join(", ");
}

/** A key compared without Python code: a small int, an exact float or a primitive str. */
function plainKey(key: PyValue): key is number | string | PyFloat {
  return typeof key === "number" || typeof key === "string" ||
    (key instanceof PyFloat && key.cls === floatType);
}

/** A plain key as JS compares it (a float's value), or the key itself. */
function plainValue(key: number | string | PyFloat): number | string {
  return key instanceof PyFloat ? key.value : key;
}

/** A tuple item that is not plain: the tuples' own rich comparison decides from there. */
const NOT_PLAIN = Symbol("not plain");

/**
 * The order of sort keys that are all plain (numbers, primitive strs) of one
 * kind, compared in JS (CPython's unsafe_*_compare pre-checks): no Python
 * code runs. Null for other keys.
 */
function plainKeysCompare(keys: readonly PyValue[]): ((i: number, j: number) => number) | null {
  if (!keys.every(plainKey)) return null;
  const values = keys.map((key) => plainValue(key as number | string | PyFloat));
  const numbers = values.every((v) => typeof v === "number");
  if (!numbers && !values.every((v) => typeof v === "string")) return null;
  return (i, j) => (values[i] < values[j] ? -1 : values[j] < values[i] ? 1 : 0);
}

/**
 * Whether key i is less than key j, for sort keys that are all exact tuples
 * starting with a plain item, as their rich comparison answers it, in JS as
 * far as it can (CPython's unsafe_tuple_compare). A tuple's first unequal
 * items decide; items of different kinds (a str and an int) go to `less`,
 * the rich comparison itself, which raises as it must, and so do tuples equal
 * up to an item that is not plain (sorted(d.items()) with str keys never gets
 * there: the keys differ): one call, as CPython makes. Null for other keys.
 */
function plainTuplesLess(
  keys: readonly PyValue[],
  less: (a: PyValue, b: PyValue) => boolean,
): ((i: number, j: number) => boolean) | null {
  if (
    !keys.every((key) =>
      key instanceof PyTuple && key.cls === tupleType && key.items.length > 0 &&
      plainKey(key.items[0])
    )
  ) {
    return null;
  }
  const rows = keys.map((key) =>
    (key as PyTuple).items.map((item) => {
      // A NaN equals itself only by identity, which the rich comparison checks.
      const value = plainKey(item) ? plainValue(item) : NOT_PLAIN;
      return value !== value ? NOT_PLAIN : value;
    })
  );
  return (i, j) => {
    const a = rows[i], b = rows[j];
    const common = Math.min(a.length, b.length);
    for (let k = 0; k < common; k++) {
      const x = a[k], y = b[k];
      if (x === NOT_PLAIN || y === NOT_PLAIN) return less(keys[i], keys[j]);
      if (x === y) continue;
      if (typeof x !== typeof y) {
        return less((keys[i] as PyTuple).items[k], (keys[j] as PyTuple).items[k]);
      }
      // (NaN is unequal to itself, and neither less nor greater: the pair ranks equal.)
      return x < y;
    }
    return a.length < b.length;
  };
}

/**
 * list_richcompare (and tuple's): the first differing item decides, else the
 * lengths. The items are read afresh at each step, and the lengths after the
 * loop: an `__eq__` may clear either list. The comparison counts one level
 * against the recursion limit, as CPython's PyObject_RichCompare does.
 */
function compareSequences(left: Sequence, right: Sequence, operator: number): boolean {
  const kind = COMPARE_OPERATORS[operator][0];
  if ((kind === "Eq" || kind === "NotEq") && left.items.length !== right.items.length) {
    return kind === "NotEq";
  }
  const atLimit = enterComparison();
  try {
    return compareItems(left, right, operator, kind, atLimit);
  } finally {
    thread.depth--;
  }
}

function compareItems(
  left: Sequence,
  right: Sequence,
  operator: number,
  kind: string,
  atLimit: boolean,
): boolean {
  let i = 0;
  for (; i < left.items.length && i < right.items.length; i++) {
    const x = left.items[i], y = right.items[i];
    if (x === y) continue;
    if (atLimit) throw comparisonRecursion();
    if (!itemsEqual(x, y)) break;
  }
  const a = left.items, b = right.items;
  if (i >= a.length || i >= b.length) {
    switch (kind) {
      case "Lt":
        return a.length < b.length;
      case "LtE":
        return a.length <= b.length;
      case "Eq":
        return a.length === b.length;
      case "NotEq":
        return a.length !== b.length;
      case "Gt":
        return a.length > b.length;
      case "GtE":
        return a.length >= b.length;
    }
  }
  if (kind === "Eq") return false;
  if (kind === "NotEq") return true;
  return isTrue(compareOp(operator, a[i], b[i]));
}

function comparisons(type: typeof listType, cls: typeof PyList | typeof PyTuple) {
  const entries: Record<string, [string, (self: Sequence, other: PyValue) => PyValue]> = {};
  COMPARE_OPERATORS.forEach(([kind], index) => {
    const name = {
      Lt: "__lt__",
      LtE: "__le__",
      Eq: "__eq__",
      NotEq: "__ne__",
      Gt: "__gt__",
      GtE: "__ge__",
    }[kind];
    entries[name] = [
      "value, /",
      (self, other) => other instanceof cls ? compareSequences(self, other, index) : NotImplemented,
    ];
  });
  defineNativeMethods(type, entries);
}

/** The count of `seq * count` (PyNumber_AsSsize_t with OverflowError), at least 0. */
function repeatCount(count: PyValue): number {
  const n = indexValue(
    count,
    () => `can't multiply sequence by non-int of type '${typeOf(count).tpName}'`,
  );
  if (typeof n === "bigint" && (n > 2n ** 63n - 1n || n < -(2n ** 63n))) {
    throw pyError("OverflowError", "cannot fit 'int' into an index-sized integer");
  }
  return Math.max(0, Number(n));
}

function repeat(items: readonly PyValue[], count: number): PyValue[] {
  if (items.length === 0 || count === 0) return [];
  if (items.length * count >= 2 ** 32) throw pyError("MemoryError");
  const out: PyValue[] = [];
  for (let i = 0; i < count; i++) appendAll(out, items);
  return out;
}

/**
 * The first index from `start` to `stop` (a negative bound counts from the
 * length at the call) whose item equals `value`, or -1. As CPython's
 * list_index/list_contains/list_remove, the items and the length are read
 * again at every step: an `__eq__` may shrink, grow or replace them.
 */
function indexOf(
  list: { readonly items: readonly PyValue[] },
  value: PyValue,
  start: PyValue | undefined,
  stop: PyValue | undefined,
): number {
  const length = list.items.length;
  const clamp = (bound: PyValue | undefined, otherwise: number) => {
    if (bound === undefined) return otherwise;
    const n = Number(
      indexValue(bound, () => "slice indices must be integers or have an __index__ method"),
    );
    return n < 0 ? Math.max(0, n + length) : n;
  };
  const from = clamp(start, 0);
  const to = clamp(stop, Infinity);
  for (let i = from; i < to && i < list.items.length; i++) {
    if (equals(list.items[i], value)) return i;
  }
  return -1;
}

/** list.count: the items equal to `value`, read again at every step (list_count). */
function countOf(list: PyList, value: PyValue): number {
  let count = 0;
  for (let i = 0; i < list.items.length; i++) if (equals(list.items[i], value)) count++;
  return count;
}

registerConstructor(listType, (cls) => new PyList([], cls));
registerInitializer(listType, (self, allArgs, kwnames) => {
  const args = positionalOnlyArguments("list", typeOf(self), listType, "__new__", allArgs, kwnames);
  if (args.length > 1) {
    throw pyError("TypeError", `list expected at most 1 argument, got ${args.length}`);
  }
  (self as PyList).items = args.length === 0 ? [] : itemsOfIterable(args[0]);
});

defineNativeMethods(listType, {
  __repr__: ["", (self: PyList) => guardedRepr(self, "[...]", () => `[${itemsRepr(self.items)}]`)],
  __len__: ["", (self: PyList) => self.items.length],
  __getitem__: [
    "index, /",
    (self: PyList, key: PyValue) =>
      key instanceof PySlice
        ? new PyList(sliceOf(self.items, key))
        : self.items[sequenceIndex(key, self.items.length, "list")],
  ],
  __setitem__: ["key, value, /", (self: PyList, key: PyValue, value: PyValue) => {
    setSubscript(new PyList(self.items), key, value);
    return null;
  }],
  __delitem__: ["key, /", (self: PyList, key: PyValue) => {
    const view = new PyList(self.items);
    deleteSubscript(view, key);
    self.items = view.items;
    return null;
  }],
  __contains__: [
    "key, /",
    (self: PyList, key: PyValue) => indexOf(self, key, undefined, undefined) >= 0,
  ],
  __iter__: ["", (self: PyList) => arrayIterator(listIteratorType, self)],
  __reversed__: ["", (self: PyList) => reversedArrayIterator(listReverseIteratorType, self)],
  __add__: ["value, /", (self: PyList, other: PyValue) => {
    if (!(other instanceof PyList)) {
      throw pyError(
        "TypeError",
        `can only concatenate list (not "${typeOf(other).tpName}") to list`,
      );
    }
    return new PyList([...self.items, ...other.items]);
  }],
  __iadd__: ["value, /", (self: PyList, other: PyValue) => {
    appendAll(self.items, iterateToArray(other));
    return self;
  }],
  __mul__: [
    "value, /",
    (self: PyList, count: PyValue) => new PyList(repeat(self.items, repeatCount(count))),
  ],
  __rmul__: [
    "value, /",
    (self: PyList, count: PyValue) => new PyList(repeat(self.items, repeatCount(count))),
  ],
  __imul__: ["value, /", (self: PyList, count: PyValue) => {
    self.items = repeat(self.items, repeatCount(count));
    return self;
  }],
  append: ["object, /", (self: PyList, value: PyValue) => {
    self.items.push(value);
    return null;
  }],
  extend: ["iterable, /", (self: PyList, iterable: PyValue) => {
    appendAll(self.items, itemsOfIterable(iterable));
    return null;
  }],
  insert: ["index, object, /", (self: PyList, where: PyValue, value: PyValue) => {
    const length = self.items.length;
    let index = Number(
      indexValue(
        where,
        () => `'${typeOf(where).tpName}' object cannot be interpreted as an integer`,
      ),
    );
    if (index < 0) index = Math.max(0, index + length);
    self.items.splice(Math.min(index, length), 0, value);
    return null;
  }],
  pop: ["index=-1, /", (self: PyList, where: PyValue) => {
    const raw = indexValue(
      where,
      () => `'${typeOf(where).tpName}' object cannot be interpreted as an integer`,
    );
    if (typeof raw === "bigint") {
      throw pyError("OverflowError", "Python int too large to convert to C ssize_t");
    }
    if (self.items.length === 0) throw pyError("IndexError", "pop from empty list");
    const index = raw < 0 ? raw + self.items.length : raw;
    if (index < 0 || index >= self.items.length) {
      throw pyError("IndexError", "pop index out of range");
    }
    return self.items.splice(index, 1)[0];
  }],
  remove: ["value, /", (self: PyList, value: PyValue) => {
    const index = indexOf(self, value, undefined, undefined);
    if (index < 0) throw pyError("ValueError", "list.remove(x): x not in list");
    self.items.splice(index, 1);
    return null;
  }],
  index: [
    "value, start=?, stop=?, /",
    (self: PyList, value: PyValue, start?: PyValue, stop?: PyValue) => {
      const index = indexOf(self, value, start, stop);
      if (index < 0) throw pyError("ValueError", `${toJsString(reprOf(value))} is not in list`);
      return index;
    },
  ],
  count: [
    "value, /",
    (self: PyList, value: PyValue) => countOf(self, value),
  ],
  clear: ["", (self: PyList) => {
    self.items = [];
    return null;
  }],
  copy: ["", (self: PyList) => new PyList([...self.items])],
  reverse: ["", (self: PyList) => {
    self.items.reverse();
    return null;
  }],
  sort: ["*, key=None, reverse=False", (self: PyList, key: PyValue, reverse: PyValue) => {
    // Argument Clinic's `bool(accept={int})`: an int (or __index__), converted before anything runs.
    const descending = asCInt(reverse) !== 0;
    const items = self.items;
    if (key === null && (typeof reverse === "boolean" || typeof reverse === "number")) {
      if (sortSmallInts(items, reverse !== false && reverse !== 0)) return null;
    }
    // While Python code can run (a key function, comparisons), the list is an
    // empty array that records any write: CPython detects every mutation,
    // even an append undone by a pop.
    const pythonRuns = key !== null || !items.every((item) => typeof item === "string");
    const watch = pythonRuns ? watchedEmptyArray() : null;
    const placeholder = watch?.array ?? [];
    self.items = placeholder;
    let keys = items;
    if (key !== null) {
      try {
        keys = items.map((item) => callFromNative(key, [item]));
      } catch (error) {
        // A key function that raises leaves the list as it was (what it appended is dropped).
        self.items = items;
        throw error;
      }
    }
    if (!pythonRuns) {
      // Primitive strs and no key: no Python code runs (str_sort.ts).
      sortPrimitiveStrings(items as string[]);
      if (descending) items.reverse();
      self.items = items;
      return null;
    }
    const order = items.map((_, i) => i);
    const lessThan = (a: PyValue, b: PyValue) => isTrue(compareOp(LT, a, b));
    // Keys that are all primitive strs compare as JS strings: their UTF-16
    // units are their code points (str_wide.ts), and no Python code runs.
    // (os's import sorts dir(posix) at every start-up.)
    const compare = keys.every((key) => typeof key === "string")
      ? (i: number, j: number) => (keys[i] < keys[j] ? -1 : keys[i] > keys[j] ? 1 : 0)
      : plainKeysCompare(keys);
    const before = compare === null
      ? plainTuplesLess(keys, lessThan) ?? ((i: number, j: number) => lessThan(keys[i], keys[j]))
      : null;
    let failure: unknown = null;
    // Reversing before and after the stable sort keeps equal items in order;
    // CPython reverses back even when a comparison raised.
    if (descending) order.reverse();
    try {
      if (compare !== null) order.sort(compare);
      // Python-level comparisons: exactly CPython's `<` calls (list_sort.ts).
      else timsort(order, before!);
    } catch (error) {
      failure = error;
    }
    if (descending) order.reverse();
    // (A clear() of the empty list replaces it with another empty one: CPython
    // does not count that.)
    const modified = self.items.length !== 0 || watch?.written() === true;
    self.items = order.map((i) => items[i]);
    if (failure !== null) throw failure;
    if (modified) throw pyError("ValueError", "list modified during sort");
    return null;
  }],
});
comparisons(listType, PyList);
listType.dict.set("__hash__", null);

/**
 * Sorts a list of small ints (JS numbers) in place, if that is what it
 * holds: no Python code can run and equal items are indistinguishable, so
 * a typed-array sort (V8's native numeric sort, no comparator calls) gives
 * the stable sort's result. sorted() of 1M ints: 0.33 s -> 0.07 s
 * (CPython 0.19 s; bench/programs/array_bulk.py).
 */
function sortSmallInts(items: PyValue[], descending: boolean): boolean {
  const n = items.length;
  const numbers = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const item = items[i];
    if (typeof item !== "number") return false;
    numbers[i] = item;
  }
  numbers.sort();
  if (descending) numbers.reverse();
  for (let i = 0; i < n; i++) items[i] = numbers[i];
  return true;
}

/** An empty array that remembers whether anything wrote to it (list.sort's stand-in). */
function watchedEmptyArray(): { array: PyValue[]; written: () => boolean } {
  let written = false;
  const array = new Proxy<PyValue[]>([], {
    set(target, property, value) {
      written = true;
      return Reflect.set(target, property, value);
    },
    deleteProperty(target, property) {
      written = true;
      return Reflect.deleteProperty(target, property);
    },
  });
  return { array, written: () => written };
}

/** Operator slots decline foreign operands (NotImplemented) so reflected methods get their turn. */
function sequenceSlots(cls: typeof PyList | typeof PyTuple, make: (items: PyValue[]) => PyValue) {
  const repeatSlot = (self: PyValue, count: PyValue) => {
    if (
      typeof count !== "number" && typeof count !== "bigint" && typeof count !== "boolean" &&
      typeOf(count).lookup("__index__") === undefined
    ) {
      return NotImplemented;
    }
    const items = (self as Sequence).items;
    const n = repeatCount(count);
    // tuplerepeat: an exact tuple repeated once, or an empty one, is the tuple itself.
    if (self instanceof PyTuple && self.cls === tupleType && (n === 1 || items.length === 0)) {
      return self;
    }
    return make(repeat(items, n));
  };
  return {
    __add__: (self: PyValue, other: PyValue) =>
      other instanceof cls ? make([...(self as Sequence).items, ...other.items]) : NotImplemented,
    __mul__: repeatSlot,
    __rmul__: repeatSlot,
  };
}
registerNativeSlots(listType, sequenceSlots(PyList, (items) => new PyList(items)));
registerNativeSlots(tupleType, sequenceSlots(PyTuple, newTuple));
registerSequenceType(listType);
registerSequenceType(tupleType);

const LT = COMPARE_OPERATORS.findIndex(([kind]) => kind === "Lt");

registerConstructor(tupleType, (cls, allArgs, kwnames) => {
  const args = positionalOnlyArguments("tuple", cls, tupleType, "__init__", allArgs, kwnames);
  if (args.length > 1) {
    throw pyError("TypeError", `tuple expected at most 1 argument, got ${args.length}`);
  }
  // tuple(t) of an exact tuple is t itself.
  if (cls === tupleType && args[0] instanceof PyTuple && args[0].cls === tupleType) return args[0];
  const items = args.length === 0 ? [] : itemsOfIterable(args[0]);
  return cls === tupleType ? newTuple(items) : new PyTuple(items, cls);
});
registerInitializer(tupleType, () => {});

defineNativeMethods(tupleType, {
  __repr__: ["", (self: PyTuple) => {
    if (self.items.length === 0) return "()";
    return guardedRepr(
      self,
      "(...)",
      () => self.items.length === 1 ? `(${itemsRepr(self.items)},)` : `(${itemsRepr(self.items)})`,
    );
  }],
  __len__: ["", (self: PyTuple) => self.items.length],
  __getitem__: ["key, /", (self: PyTuple, key: PyValue) => getSubscript(newTuple(self.items), key)],
  __contains__: [
    "key, /",
    (self: PyTuple, key: PyValue) => indexOf(self, key, undefined, undefined) >= 0,
  ],
  __iter__: ["", (self: PyTuple) => arrayIterator(tupleIteratorType, self)],
  __hash__: ["", (self: PyTuple) => hashTupleItems(self.items)],
  __getnewargs__: ["", (self: PyTuple) => newTuple([newTuple(self.items)])],
  __add__: ["value, /", (self: PyTuple, other: PyValue) => {
    if (!(other instanceof PyTuple)) {
      throw pyError(
        "TypeError",
        `can only concatenate tuple (not "${typeOf(other).tpName}") to tuple`,
      );
    }
    return newTuple([...self.items, ...other.items]);
  }],
  __mul__: [
    "value, /",
    (self: PyTuple, count: PyValue) => newTuple(repeat(self.items, repeatCount(count))),
  ],
  __rmul__: [
    "value, /",
    (self: PyTuple, count: PyValue) => newTuple(repeat(self.items, repeatCount(count))),
  ],
  index: [
    "value, start=?, stop=?, /",
    (self: PyTuple, value: PyValue, start?: PyValue, stop?: PyValue) => {
      const index = indexOf(self, value, start, stop);
      if (index < 0) throw pyError("ValueError", "tuple.index(x): x not in tuple");
      return index;
    },
  ],
  count: [
    "value, /",
    (self: PyTuple, value: PyValue) => self.items.filter((item) => equals(item, value)).length,
  ],
});
comparisons(tupleType, PyTuple);
