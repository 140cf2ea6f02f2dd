/**
 * iter(set) and iter(frozenset): the keys in table order, and CPython's
 * RuntimeError when the set's size changes under the iterator
 * (setiter_iternext). A native iterator (iteration.ts), so that `for`
 * loops, list(), sorted() and tuple() step it by `advance` rather than
 * through `__next__` and a StopIteration at the end (list(s) of 1500 ints:
 * 100 -> 22 us). Lives here rather than in set_methods.ts, which cannot
 * import iteration.ts without an import cycle; set_methods.ts's `__iter__`
 * calls the factory installed below.
 */
import type { PyValue } from "../../objects/object.ts";
import { makeBuiltinType } from "../../objects/core_types.ts";
import { defineNativeMethods } from "../../objects/native_function.ts";
import { pyError } from "../../objects/exceptions.ts";
import { DUMMY, type PySet } from "../../objects/set.ts";
import { installSetIterator } from "../../objects/set_methods.ts";
import { PyNativeIterator } from "../iteration.ts";

export const setIteratorType = makeBuiltinType("set_iterator", undefined, {
  subclassable: false,
});

export class PySetIterator extends PyNativeIterator implements Iterable<PyValue> {
  set: PySet | null;
  sizeAtStart: number;
  position = 0;
  remaining: number;

  constructor(set: PySet) {
    super(setIteratorType, advanceSetIterator, setIteratorRemaining);
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

function advanceSetIterator(this: PySetIterator): PyValue | undefined {
  return this.next();
}

function setIteratorRemaining(this: PySetIterator): number {
  return this.set !== null && this.sizeAtStart === this.set.used ? this.remaining : 0;
}

defineNativeMethods(setIteratorType, {
  __iter__: ["", (self: PySetIterator) => self],
  __next__: ["", (self: PySetIterator) => {
    const value = self.next();
    if (value === undefined) throw pyError("StopIteration");
    return value;
  }],
  __length_hint__: ["", (self: PySetIterator) => setIteratorRemaining.call(self)],
});

installSetIterator((set) => new PySetIterator(set));
