/**
 * iter(set) and iter(frozenset): the keys in table order, and CPython's
 * RuntimeError when the set's size changes under the iterator
 * (setiter_iternext).
 *
 * `__next__` is also a native slot (set_type.ts), ending at a StopIteration.
 * `for` loops and the natives that step iterators (nextOrUndefined in
 * iteration.ts) call `next()` directly instead, and list(), sorted() and
 * list.extend() of an exact set take its keys at once (PySet.keyList).
 *
 * WHY NOT A PyNativeIterator (iteration.ts), stepped by `advance` without
 * the slot or the StopIteration (list(s) 24 us): as one, whether of its own
 * class or a PyIndexIterator with a cursor for its sequence, it made go.py,
 * which never iterates a set, 10% slower (0.30 -> 0.33 s, A/B back to back;
 * its list and tuple iterators were built more slowly, the profile says,
 * once set iterators had gone through the native iterators' paths at
 * start-up).
 *
 * Lives here rather than in set_methods.ts, which then could not be imported
 * before the runtime; set_methods.ts's `__iter__` calls the factory
 * installed below.
 */
import type { PyValue } from "../../objects/object.ts";
import { makeBuiltinType } from "../../objects/core_types.ts";
import { defineNativeMethods } from "../../objects/native_function.ts";
import { pyError } from "../../objects/exceptions.ts";
import { DUMMY, type PySet } from "../../objects/set.ts";
import { installSetIterator } from "../../objects/set_methods.ts";
import { PyObject } from "../../objects/object.ts";

export const setIteratorType = makeBuiltinType("set_iterator", undefined, {
  subclassable: false,
});

export class PySetIterator extends PyObject implements Iterable<PyValue> {
  set: PySet | null;
  sizeAtStart: number;
  position = 0;
  remaining: number;

  constructor(set: PySet) {
    super(setIteratorType);
    this.set = set;
    this.sizeAtStart = set.used;
    this.remaining = set.used;
  }

  /** The next key, or undefined at the end. */
  next(): PyValue | undefined {
    const set = this.set;
    if (set === null) return undefined;
    if (this.sizeAtStart !== set.used) {
      this.sizeAtStart = -1;
      throw pyError("RuntimeError", "Set changed size during iteration");
    }
    const keys = set.keys;
    let position = this.position;
    while (position <= set.mask && (keys[position] === undefined || keys[position] === DUMMY)) {
      position++;
    }
    this.position = position + 1;
    if (position > set.mask) {
      this.set = null;
      return undefined;
    }
    this.remaining--;
    return keys[position] as PyValue;
  }

  *[Symbol.iterator](): Iterator<PyValue> {
    for (;;) {
      const value = this.next();
      if (value === undefined) return;
      yield value;
    }
  }
}

function setIteratorRemaining(this: PySetIterator): number {
  return this.set !== null && this.sizeAtStart === this.set.used ? this.remaining : 0;
}

/** `__next__`: the next key; StopIteration at the end. */
export function nextKey(self: PySetIterator): PyValue {
  const value = self.next();
  if (value === undefined) throw pyError("StopIteration");
  return value;
}

defineNativeMethods(setIteratorType, {
  __iter__: ["", (self: PySetIterator) => self],
  __next__: ["", nextKey],
  __length_hint__: ["", (self: PySetIterator) => setIteratorRemaining.call(self)],
});

installSetIterator((set) => new PySetIterator(set));
