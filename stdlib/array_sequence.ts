/**
 * array.array as a sequence: subscripts (ints and slices with steps, slice
 * assignment and deletion with CPython's export checks), comparisons,
 * concatenation and repetition (+, *, +=, *=), membership, iteration
 * (`arrayiterator`, picklable) and repr.
 */
import type { PyValue } from "../vm/objects/object.ts";
import { pyError } from "../vm/objects/exceptions.ts";
import { typeOf } from "../vm/objects/typeof.ts";
import { NotImplemented } from "../vm/objects/singletons.ts";
import { PySlice, sliceIndices } from "../vm/objects/slice.ts";
import { newTuple } from "../vm/objects/tuple.ts";
import { PyList } from "../vm/objects/list.ts";
import { indexOperand } from "../vm/objects/bytes_args.ts";
import { repeatCount } from "../vm/objects/bytes_sequence.ts";
import { hasExports } from "../vm/objects/memoryview_exports.ts";
import { COMPARE_EQ, COMPARE_NE, compareOp, equals } from "../vm/runtime/operators.ts";
import { late } from "../vm/runtime/late_protocols.ts";
import { thread } from "../vm/runtime/thread_state.ts";
import { arrayType, PyArray } from "./array_object.ts";
import type { ItemArray } from "./array_codes.ts";
import { nativeOnlyIteratorType, PyStatefulIterator } from "./native_type.ts";
import { unicodeText } from "./array_methods.ts";

export const arrayIteratorType = nativeOnlyIteratorType("arrayiterator", "array");

const exporting = () => pyError("BufferError", "cannot resize an array that is exporting buffers");

/** PyNumber_AsSsize_t(key, IndexError). */
function ssize(key: PyValue): number {
  const raw = indexOperand(key)!;
  if (typeof raw === "bigint") {
    throw pyError("IndexError", `cannot fit '${typeOf(key).tpName}' into an index-sized integer`);
  }
  return raw;
}

const isIndexKey = (key: PyValue) => !(key instanceof PySlice) && indexOperand(key) !== undefined;

/** A new exact array of the same typecode holding `values`. */
export function arrayOf(self: PyArray, values: ArrayLike<number | bigint>): PyArray {
  const out = new PyArray(self.type, arrayType, values.length);
  out.items.set(values as never);
  out.length = values.length;
  return out;
}

export function getItem(self: PyArray, key: PyValue): PyValue {
  if (key instanceof PySlice) {
    const [start, , step, count] = sliceIndices(key, self.length);
    if (step === 1) return arrayOf(self, self.items.subarray(start, start + count));
    const values = self.type.make(count);
    for (let i = 0, at = start; i < count; i++, at += step) values[i] = self.items[at];
    return arrayOf(self, values);
  }
  if (indexOperand(key) === undefined) throw pyError("TypeError", "array indices must be integers");
  let index = ssize(key);
  if (index < 0) index += self.length;
  if (index < 0 || index >= self.length) throw pyError("IndexError", "array index out of range");
  return self.get(index);
}

/** array_ass_subscr; `value` undefined deletes. */
export function setItem(self: PyArray, key: PyValue, value: PyValue | undefined): null {
  let start: number, stop: number, step: number, count: number;
  if (isIndexKey(key)) {
    let index = ssize(key);
    if (index < 0) index += self.length;
    if (index < 0 || index >= self.length) {
      throw pyError("IndexError", "array assignment index out of range");
    }
    if (value !== undefined) {
      self.set(index, value);
      return null;
    }
    [start, stop, step, count] = [index, index + 1, 1, 1];
  } else if (key instanceof PySlice) {
    [start, stop, step, count] = sliceIndices(key, self.length);
  } else {
    throw pyError("TypeError", "array indices must be integers");
  }
  let source = self.type.make(0);
  if (value !== undefined) {
    if (!(value instanceof PyArray)) {
      throw pyError(
        "TypeError",
        `can only assign array (not "${typeOf(value).tpName}") to array slice`,
      );
    }
    if (value.type !== self.type) {
      throw pyError("TypeError", "bad argument type for built-in operation");
    }
    source = value.view().slice();
  }
  const needed = source.length;
  if ((step > 0 && stop < start) || (step < 0 && stop > start)) stop = start;
  if ((needed === 0 || count !== needed) && hasExports(self)) throw exporting();
  if (step === 1) {
    self.splice(start, Math.max(start, stop), source);
  } else if (needed === 0) {
    const keep: (number | bigint)[] = [];
    const doomed = new Set<number>();
    for (let i = 0, at = start; i < count; i++, at += step) doomed.add(at);
    for (let i = 0; i < self.length; i++) if (!doomed.has(i)) keep.push(self.items[i]);
    const values = self.type.make(keep.length);
    values.set(keep as never);
    self.splice(0, self.length, values);
  } else {
    if (needed !== count) {
      throw pyError(
        "ValueError",
        `attempt to assign array of size ${needed} to extended slice of size ${count}`,
      );
    }
    for (let i = 0, at = start; i < count; i++, at += step) self.items[at] = source[i];
  }
  return null;
}

/**
 * The compareitems fast path of arrays of one integer or 'u' typecode: the
 * sign (-1, 0, 1) of the first differing stored value over the common
 * length, 'u' items compared as wchar_t (a signed 32-bit int here), so
 * items that are no code point compare without error.
 */
function compareStored(self: PyArray, other: PyArray): number {
  const unicode = self.type.kind === "unicode";
  const n = Math.min(self.length, other.length);
  for (let i = 0; i < n; i++) {
    let a = self.items[i];
    let b = other.items[i];
    if (unicode) [a, b] = [(a as number) | 0, (b as number) | 0];
    if (a !== b) return a < b ? -1 : 1;
  }
  return 0;
}

function compare(op: number) {
  return (self: PyArray, other: PyValue): PyValue => {
    if (!(other instanceof PyArray)) return NotImplemented;
    if (self.length !== other.length && (op === COMPARE_EQ || op === COMPARE_NE)) {
      return op === COMPARE_NE;
    }
    if (self.type === other.type && self.type.kind !== "float") {
      const sign = compareStored(self, other);
      return sign === 0 ? compareOp(op, self.length, other.length) : compareOp(op, sign, 0);
    }
    let i = 0;
    let mine: PyValue = null;
    let theirs: PyValue = null;
    for (; i < self.length && i < other.length; i++) {
      mine = self.get(i);
      theirs = other.get(i);
      if (mine !== theirs && !equals(mine, theirs)) break;
    }
    if (i < self.length && i < other.length) {
      if (op === COMPARE_EQ) return false;
      if (op === COMPARE_NE) return true;
      return compareOp(op, mine, theirs);
    }
    return compareOp(op, self.length, other.length);
  };
}

export const COMPARISONS = {
  __lt__: compare(0),
  __le__: compare(1),
  __eq__: compare(COMPARE_EQ),
  __ne__: compare(COMPARE_NE),
  __gt__: compare(4),
  __ge__: compare(5),
};

export function concat(self: PyArray, other: PyValue): PyValue {
  if (!(other instanceof PyArray)) {
    throw pyError("TypeError", `can only append array (not "${typeOf(other).tpName}") to array`);
  }
  if (other.type !== self.type) {
    throw pyError("TypeError", "bad argument type for built-in operation");
  }
  const values = self.type.make(self.length + other.length);
  values.set(self.view() as never);
  values.set(other.view() as never, self.length);
  return arrayOf(self, values);
}

/**
 * Fills `target` with `times` copies of its first `n` items by doubling
 * (copyWithin is a memmove, so NaN payloads survive as CPython's memcpy
 * keeps them; array("d", [0.5]) * 10**7 is 24 copies, not 10**7).
 */
function replicate(target: ItemArray, n: number, times: number): void {
  const total = n * times;
  for (let filled = n; filled < total;) {
    const chunk = Math.min(filled, total - filled);
    target.copyWithin(filled, 0, chunk);
    filled += chunk;
  }
}

/** The item count of `self` * `times`, MemoryError past 4 GiB. */
function repeatedLength(self: PyArray, times: number): number {
  const length = self.length * times;
  if (length * self.itemsize > 2 ** 32) throw pyError("MemoryError");
  return length;
}

export function repeat(self: PyArray, count: PyValue): PyValue {
  const times = repeatCount(count);
  if (times === undefined) return NotImplemented;
  // An empty array repeats to an empty one however large the count (array_repeat).
  if (self.length === 0 || times <= 0) return new PyArray(self.type);
  const length = repeatedLength(self, times);
  const out = new PyArray(self.type, arrayType, length);
  out.items.set(self.view() as never);
  replicate(out.items, self.length, times);
  out.length = length;
  return out;
}

export function inplaceRepeat(self: PyArray, count: PyValue): PyValue {
  const times = repeatCount(count);
  if (times === undefined) return NotImplemented;
  if (self.length > 0) {
    if (times <= 0) {
      if (hasExports(self)) throw exporting();
      self.resize(0);
    } else if (times !== 1) {
      const n = self.length;
      self.resize(repeatedLength(self, times));
      replicate(self.items, n, times);
    }
  }
  return self;
}

export function contains(self: PyArray, value: PyValue): boolean {
  for (let i = 0; i < self.length; i++) {
    const item = self.get(i);
    if (item === value || equals(item, value)) return true;
  }
  return false;
}

interface IteratorState {
  array: PyArray | null;
  index: number;
}

export function iterate(self: PyArray): PyValue {
  const state: IteratorState = { array: self, index: 0 };
  return new PyStatefulIterator(arrayIteratorType, state, (s) => {
    if (s.array === null) return undefined;
    if (s.index < s.array.length) return s.array.get(s.index++);
    s.array = null;
    return undefined;
  });
}

/** The builtins' iter, as CPython's _PyEval_GetBuiltin(&_Py_ID(iter)). */
function builtinIter(): PyValue {
  const iter = thread.current?.builtins.getStr("iter");
  if (iter === undefined) throw pyError("RuntimeError", "lost builtins.iter");
  return iter;
}

export const ITERATOR_METHODS = {
  __reduce__: ["", (self: PyStatefulIterator<IteratorState>) => {
    const s = self.state;
    if (s.array === null) return newTuple([builtinIter(), newTuple([newTuple([])])]);
    return newTuple([builtinIter(), newTuple([s.array]), s.index]);
  }],
  __setstate__: ["state, /", (self: PyStatefulIterator<IteratorState>, state: PyValue) => {
    if (indexOperand(state) === undefined) {
      throw pyError("TypeError", "an integer is required");
    }
    let index = ssize(state);
    const s = self.state;
    if (s.array !== null) {
      if (index < 0) index = 0;
      else if (index > s.array.length) index = s.array.length;
      s.index = index;
    }
    return null;
  }],
} as const;

export function arrayRepr(self: PyArray): string {
  const name = typeOf(self).name;
  const code = self.type.code;
  if (self.length === 0) return `${name}('${code}')`;
  if (code === "u") return `${name}('${code}', ${late.repr(unicodeText(self))})`;
  const items: PyValue[] = [];
  for (let i = 0; i < self.length; i++) items.push(self.get(i));
  return `${name}('${code}', ${late.repr(new PyList(items))})`;
}
