/** The Python-visible API of collections.deque and its iterators. */
import type { PyValue } from "../vm/objects/object.ts";
import { pyError } from "../vm/objects/exceptions.ts";
import { typeOf } from "../vm/objects/typeof.ts";
import { newTuple } from "../vm/objects/tuple.ts";
import { defineNativeMethods } from "../vm/objects/native_function.ts";
import { defineGetSets } from "../vm/objects/getset.ts";
import { NotImplemented } from "../vm/objects/singletons.ts";
import { indexValue } from "../vm/objects/int_methods.ts";
import { guardedRepr, reprValue } from "../vm/objects/dict_repr.ts";
import { bindArguments, parseSignature } from "../vm/objects/native_signature.ts";
import { registerConstructor, registerInitializer } from "../vm/runtime/call_type.ts";
import { iterateToArray, PyNativeIterator } from "../vm/runtime/iteration.ts";
import { COMPARE_EQ, COMPARE_NE, compareOp, equals } from "../vm/runtime/operators.ts";
import { registerSequenceType } from "../vm/runtime/operators.ts";
import { callObject } from "../vm/runtime/call.ts";
import { registerCollectionKind } from "../vm/runtime/pattern_match.ts";
import { COMPARE_OPERATOR_INDEX } from "../vm/compiler/opcodes.ts";
import { iteratorType } from "./native_type.ts";
import { dequeType, PyDeque } from "./collections_deque.ts";

export const dequeIteratorType = iteratorType("_deque_iterator", "_collections");
export const dequeReverseIteratorType = iteratorType("_deque_reverse_iterator", "_collections");

function mutated(): never {
  throw pyError("RuntimeError", "deque mutated during iteration");
}

function dequeIterator(deque: PyDeque, reverse: boolean): PyNativeIterator {
  const state = deque.state;
  let index = 0;
  return new PyNativeIterator(reverse ? dequeReverseIteratorType : dequeIteratorType, () => {
    if (deque.state !== state) mutated();
    if (index >= deque.length) return undefined;
    const value = deque.at(reverse ? deque.length - 1 - index : index);
    index++;
    return value;
  });
}

/** A deque index: an int (or __index__), wrapped, in range. */
function itemIndex(deque: PyDeque, key: PyValue): number {
  let raw: number | bigint;
  if (typeof key === "number" || typeof key === "bigint" || typeof key === "boolean") {
    raw = indexValue(key);
  } else if (typeOf(key).lookup("__index__") !== undefined) raw = indexValue(key);
  else throw pyError("TypeError", `sequence index must be integer, not '${typeOf(key).tpName}'`);
  let index = typeof raw === "bigint" ? (raw < 0n ? -Infinity : Infinity) : raw;
  if (index < 0) index += deque.length;
  if (!(index >= 0 && index < deque.length)) {
    throw pyError("IndexError", "deque index out of range");
  }
  return index;
}

function extend(deque: PyDeque, iterable: PyValue, left: boolean): void {
  const items = iterable === deque ? deque.toArray() : iterateToArray(iterable);
  for (const item of items) left ? deque.appendLeft(item) : deque.append(item);
}

function maxlenOf(value: PyValue): number {
  if (value === null) return -1;
  if (typeof value !== "number" && typeof value !== "bigint" && typeof value !== "boolean") {
    throw pyError("TypeError", "an integer is required");
  }
  const n = indexValue(value);
  if (n < 0) throw pyError("ValueError", "maxlen must be non-negative");
  return Number(n);
}

function copyOf(deque: PyDeque): PyValue {
  if (deque.cls === dequeType) {
    const copy = new PyDeque();
    copy.maxlen = deque.maxlen;
    for (let i = 0; i < deque.length; i++) copy.append(deque.at(i));
    return copy;
  }
  const args: PyValue[] = deque.maxlen < 0 ? [deque] : [deque, deque.maxlen];
  return callObject(deque.cls, args, null);
}

function rotate(deque: PyDeque, steps: number): void {
  const length = deque.length;
  if (length <= 1) return;
  const shift = ((steps % length) + length) % length;
  if (shift === 0) return;
  const items = deque.toArray();
  deque.replace([...items.slice(length - shift), ...items.slice(0, length - shift)]);
}

/** Lexicographic comparison, as CPython's deque_richcompare. */
function compare(op: number) {
  return (self: PyDeque, other: PyValue) => {
    if (!(other instanceof PyDeque)) return NotImplemented;
    const a = self.toArray();
    const b = other.toArray();
    if ((op === COMPARE_EQ || op === COMPARE_NE) && a.length !== b.length) {
      return op === COMPARE_NE;
    }
    let i = 0;
    while (i < a.length && i < b.length && (a[i] === b[i] || equals(a[i], b[i]))) i++;
    if (i < a.length && i < b.length) {
      if (op === COMPARE_EQ) return false;
      if (op === COMPARE_NE) return true;
      return compareOp(op, a[i], b[i]);
    }
    return compareOp(op, a.length, b.length);
  };
}

const initSignature = parseSignature("iterable=?, maxlen=None");

registerConstructor(dequeType, (cls) => new PyDeque(cls));

/**
 * `_deque_iterator(deque, index=0)` and the reverse one (as dequeiter_new
 * parses "O!|n"): an iterator of `deque` that has already stepped `index` items.
 */
for (
  const [type, reverse] of [[dequeIteratorType, false], [dequeReverseIteratorType, true]] as const
) {
  registerConstructor(type, (_cls, args) => {
    if (args.length < 1) {
      throw pyError("TypeError", `function takes at least 1 argument (${args.length} given)`);
    }
    if (args.length > 2) {
      throw pyError("TypeError", `function takes at most 2 arguments (${args.length} given)`);
    }
    const deque = args[0];
    if (!(deque instanceof PyDeque)) {
      throw pyError(
        "TypeError",
        `argument 1 must be collections.deque, not ${typeOf(deque).tpName}`,
      );
    }
    const index = args.length > 1 ? indexValue(args[1]) : 0;
    if (typeof index === "bigint") {
      throw pyError("OverflowError", "Python int too large to convert to C ssize_t");
    }
    const iterator = dequeIterator(deque, reverse);
    for (let i = 0; i < index && iterator.advance() !== undefined; i++);
    return iterator;
  });
}
registerCollectionKind(dequeType, "sequence"); // Py_TPFLAGS_SEQUENCE: sequence patterns match it
registerInitializer(dequeType, (self, args, kwnames) => {
  const deque = self as PyDeque;
  const [iterable, maxlen] = bindArguments(initSignature, "deque", args, kwnames) as PyValue[];
  deque.maxlen = maxlenOf(maxlen);
  if (deque.length > 0) deque.clear();
  if (iterable !== undefined) extend(deque, iterable, false);
});
registerSequenceType(dequeType);
dequeType.dict.set("__hash__", null);
dequeType.dict.set("__module__", "collections");

const COMPARE_NAMES = [["__lt__", "Lt"], ["__le__", "LtE"], ["__eq__", "Eq"], ["__ne__", "NotEq"], [
  "__gt__",
  "Gt",
], ["__ge__", "GtE"]] as const;

defineNativeMethods(dequeType, {
  ...Object.fromEntries(
    COMPARE_NAMES.map((
      [name, kind],
    ) => [name, ["other, /", compare(COMPARE_OPERATOR_INDEX[kind])] as const]),
  ),
  append: ["x, /", (self: PyDeque, x: PyValue) => (self.append(x), null)],
  appendleft: ["x, /", (self: PyDeque, x: PyValue) => (self.appendLeft(x), null)],
  pop: ["", (self: PyDeque) => self.pop()],
  popleft: ["", (self: PyDeque) => self.popLeft()],
  extend: [
    "iterable, /",
    (self: PyDeque, iterable: PyValue) => (extend(self, iterable, false), null),
  ],
  extendleft: [
    "iterable, /",
    (self: PyDeque, iterable: PyValue) => (extend(self, iterable, true), null),
  ],
  clear: ["", (self: PyDeque) => (self.clear(), null)],
  copy: ["", copyOf],
  __copy__: ["", copyOf],
  count: ["value, /", (self: PyDeque, value: PyValue) => {
    const state = self.state;
    let count = 0;
    for (let i = 0; i < self.length; i++) {
      const item = self.at(i);
      if (item === value || equals(item, value)) count++;
      if (self.state !== state) mutated();
    }
    return count;
  }],
  index: [
    "value, start=?, stop=?, /",
    (self: PyDeque, value: PyValue, start?: PyValue, stop?: PyValue) => {
      const bound = (v: PyValue | undefined, fallback: number) => {
        if (v === undefined) return fallback;
        if (
          typeof v !== "number" && typeof v !== "bigint" && typeof v !== "boolean" &&
          typeOf(v).lookup("__index__") === undefined
        ) {
          throw pyError("TypeError", "slice indices must be integers or have an __index__ method");
        }
        let n = Number(indexValue(v));
        if (n < 0) n = Math.max(0, n + self.length);
        return Math.min(n, self.length);
      };
      const from = bound(start, 0);
      const to = bound(stop, self.length);
      const state = self.state;
      for (let i = from; i < to && i < self.length; i++) {
        const item = self.at(i);
        if (item === value || equals(item, value)) return i;
        if (self.state !== state) mutated();
      }
      throw pyError("ValueError", `${reprValue(value)} is not in deque`);
    },
  ],
  insert: ["index, value, /", (self: PyDeque, index: PyValue, value: PyValue) => {
    if (self.maxlen >= 0 && self.length >= self.maxlen) {
      throw pyError("IndexError", "deque already at its maximum size");
    }
    let at = Number(indexValue(index));
    if (at < 0) at = Math.max(0, at + self.length);
    at = Math.min(at, self.length);
    const items = self.toArray();
    items.splice(at, 0, value);
    self.replace(items);
    return null;
  }],
  remove: ["value, /", (self: PyDeque, value: PyValue) => {
    const state = self.state;
    for (let i = 0; i < self.length; i++) {
      const item = self.at(i);
      const found = item === value || equals(item, value);
      if (self.state !== state) throw pyError("IndexError", "deque mutated during remove().");
      if (found) {
        const items = self.toArray();
        items.splice(i, 1);
        self.replace(items);
        return null;
      }
    }
    throw pyError("ValueError", `${reprValue(value)} is not in deque`);
  }],
  reverse: ["", (self: PyDeque) => (self.replace(self.toArray().reverse()), null)],
  rotate: ["n=1, /", (self: PyDeque, n: PyValue) => {
    const steps = indexValue(n);
    if (typeof steps === "bigint") {
      if (steps > 2n ** 63n - 1n || steps < -(2n ** 63n)) {
        throw pyError("OverflowError", "Python int too large to convert to C ssize_t");
      }
      rotate(self, Number(steps % BigInt(Math.max(self.length, 1))));
    } else rotate(self, steps);
    return null;
  }],
  __len__: ["", (self: PyDeque) => self.length],
  __bool__: ["", (self: PyDeque) => self.length > 0],
  __contains__: ["value, /", (self: PyDeque, value: PyValue) => {
    const state = self.state;
    for (let i = 0; i < self.length; i++) {
      const item = self.at(i);
      if (item === value || equals(item, value)) return true;
      if (self.state !== state) mutated();
    }
    return false;
  }],
  __getitem__: ["index, /", (self: PyDeque, key: PyValue) => self.at(itemIndex(self, key))],
  __setitem__: ["index, value, /", (self: PyDeque, key: PyValue, value: PyValue) => {
    self.setAt(itemIndex(self, key), value);
    return null;
  }],
  __delitem__: ["index, /", (self: PyDeque, key: PyValue) => {
    const items = self.toArray();
    items.splice(itemIndex(self, key), 1);
    self.replace(items);
    return null;
  }],
  __iter__: ["", (self: PyDeque) => dequeIterator(self, false)],
  __reversed__: ["", (self: PyDeque) => dequeIterator(self, true)],
  __repr__: ["", (self: PyDeque) =>
    guardedRepr(self, "[...]", () => {
      const items = self.toArray().map(reprValue).join(", ");
      const suffix = self.maxlen >= 0 ? `, maxlen=${self.maxlen}` : "";
      return `${self.cls.name}([${items}]${suffix})`;
    })],
  __add__: ["other, /", (self: PyDeque, other: PyValue) => {
    if (!(other instanceof PyDeque)) return NotImplemented;
    const result = copyOf(self);
    extend(result as PyDeque, other, false);
    return result;
  }],
  __iadd__: ["other, /", (self: PyDeque, other: PyValue) => (extend(self, other, false), self)],
  __mul__: ["n, /", (self: PyDeque, n: PyValue) => repeat(copyOf(self) as PyDeque, n)],
  __rmul__: ["n, /", (self: PyDeque, n: PyValue) => repeat(copyOf(self) as PyDeque, n)],
  __imul__: ["n, /", (self: PyDeque, n: PyValue) => repeat(self, n)],
  __reduce__: ["", (self: PyDeque) => {
    const args = self.maxlen < 0 ? newTuple([]) : newTuple([newTuple([]), self.maxlen]);
    return newTuple([self.cls, args, null, dequeIterator(self, false)]);
  }],
});
defineGetSets(dequeType, {
  maxlen: [(self: PyDeque) => (self.maxlen < 0 ? null : self.maxlen)],
});

function repeat(deque: PyDeque, count: PyValue): PyValue {
  if (
    typeof count !== "number" && typeof count !== "bigint" && typeof count !== "boolean" &&
    typeOf(count).lookup("__index__") === undefined
  ) {
    return NotImplemented;
  }
  const n = Number(indexValue(count));
  const items = deque.toArray();
  if (n <= 0 || items.length === 0) {
    deque.clear();
    return deque;
  }
  for (let i = 1; i < n; i++) {
    for (const item of items) deque.append(item);
    if (deque.maxlen >= 0 && i * items.length > deque.maxlen + items.length) break;
  }
  return deque;
}
