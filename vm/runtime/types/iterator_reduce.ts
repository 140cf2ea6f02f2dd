/**
 * Pickling of the builtin sequence iterators (`__reduce__`, `__setstate__`),
 * as CPython 3.11 defines it: a live iterator reduces to a call that rebuilds
 * it over the same sequence, with its position as the state (`(iter, (seq,),
 * index)`); an exhausted one, which no longer holds its sequence, to an
 * iterator over an empty sequence. `copy.copy` and `pickle` both go through
 * this. dict and set iterators reduce to the list of what they have left.
 */
import type { PyValue } from "../../objects/object.ts";
import type { PyType } from "../../objects/type.ts";
import { defineNativeMethods } from "../../objects/native_function.ts";
import { newTuple } from "../../objects/tuple.ts";
import { PyList } from "../../objects/list.ts";
import { pyError } from "../../objects/exceptions.ts";
import { intOperand } from "../../objects/int_value.ts";
import { thread } from "../thread_state.ts";
import type { PyIndexIterator } from "../iteration.ts";
import {
  dictItemIteratorType,
  dictKeyIteratorType,
  dictReverseItemIteratorType,
  dictReverseKeyIteratorType,
  dictReverseValueIteratorType,
  dictValueIteratorType,
  PyDictIterator,
} from "../../objects/dict_views.ts";
import { PySetIterator, setIteratorType } from "./set_iterator.ts";

/** A builtin of the running frame (CPython's _PyEval_GetBuiltin), e.g. `iter` for `__reduce__`. */
export function builtinNamed(name: string): PyValue {
  const value = thread.current?.builtins.getStr(name);
  if (value === undefined) throw pyError("RuntimeError", `lost builtins.${name}`);
  return value;
}

/** PyLong_AsSsize_t: an exact int (or int subclass, or bool), no `__index__`. */
export function ssizeState(state: PyValue): number {
  const value = intOperand(state);
  if (value === undefined) throw pyError("TypeError", "an integer is required");
  if (typeof value === "bigint") {
    throw pyError("OverflowError", "Python int too large to convert to C ssize_t");
  }
  return value;
}

interface IndexIteratorPickling {
  /** What rebuilds a live iterator: the builtin `iter`, `reversed`, or the iterator's own type. */
  live: "iter" | "reversed" | "type";
  /** The empty sequence an exhausted iterator reduces to (iterated by `iter`, or by its type). */
  empty: () => PyValue;
  exhaustedByType?: boolean;
  /** The position `__setstate__` sets, from the requested one and the sequence's length. */
  clamp: (index: number, size: () => number) => number;
}

/** Forward iterators: 0 to the length. */
export const clampForward = (index: number, size: () => number) =>
  index < 0 ? 0 : Math.min(index, size());

/** Reverse iterators: -1 (exhausted) to the last index. */
export const clampReverse = (index: number, size: () => number) =>
  index < -1 ? -1 : Math.min(index, size() - 1);

export function defineIndexIteratorPickling(type: PyType, pickling: IndexIteratorPickling): void {
  const rebuild = (self: PyIndexIterator, how: "iter" | "reversed" | "type") =>
    how === "type" ? self.cls : builtinNamed(how);
  defineNativeMethods(type, {
    __reduce__: ["", (self: PyIndexIterator) => {
      if (self.sequence === null) {
        const how = pickling.exhaustedByType ? "type" : "iter";
        return newTuple([rebuild(self, how), newTuple([pickling.empty()])]);
      }
      return newTuple([rebuild(self, pickling.live), newTuple([self.sequence]), self.index]);
    }],
    __setstate__: ["state, /", (self: PyIndexIterator, state: PyValue) => {
      const index = ssizeState(state);
      const sequence = self.sequence;
      if (sequence !== null) self.index = pickling.clamp(index, () => self.access.size(sequence));
      return null;
    }],
  });
}

export const emptyTuple = () => newTuple([]);
export const emptyList = () => new PyList([]);

/**
 * dict and set iterators reduce to `iter(list_of_what_is_left)`, read from a
 * copy of the iterator so that the iterator itself does not advance.
 */
function reduceToRemaining(copy: PyDictIterator | PySetIterator): PyValue {
  const rest = new PyList([...copy]);
  return newTuple([builtinNamed("iter"), newTuple([rest])]);
}

function dictIteratorCopy(self: PyDictIterator): PyDictIterator | PySetIterator {
  if (self.dict === null) return self; // exhausted: nothing is left to read
  const copy = new PyDictIterator(self.dict, self.kind, self.reversed);
  copy.sizeAtStart = self.sizeAtStart;
  copy.remaining = self.remaining;
  copy.position = self.position;
  return copy;
}

function setIteratorCopy(self: PySetIterator): PySetIterator {
  if (self.set === null) return self;
  const copy = new PySetIterator(self.set);
  copy.sizeAtStart = self.sizeAtStart;
  copy.remaining = self.remaining;
  copy.position = self.position;
  return copy;
}

for (
  const type of [
    dictKeyIteratorType,
    dictValueIteratorType,
    dictItemIteratorType,
    dictReverseKeyIteratorType,
    dictReverseValueIteratorType,
    dictReverseItemIteratorType,
  ]
) {
  defineNativeMethods(type, {
    __reduce__: ["", (self: PyDictIterator) => reduceToRemaining(dictIteratorCopy(self))],
  });
}
defineNativeMethods(setIteratorType, {
  __reduce__: ["", (self: PySetIterator) => reduceToRemaining(setIteratorCopy(self))],
});
