/**
 * `_heapq`, the C half of heapq.py: the heap operations on a list, with
 * CPython's order of comparisons (user `__lt__` methods see the same calls),
 * its checks that a comparison did not resize the list, and its messages.
 *
 * (`__about__`, the essay heapq.py also carries, is left to heapq.py.)
 *
 * Every comparison may run Python code that mutates the list, so the items
 * array is re-read after each one rather than held across it.
 */
import type { PyValue } from "../vm/objects/object.ts";
import { listType, PyList } from "../vm/objects/list.ts";
import { PyTuple, tupleType } from "../vm/objects/tuple.ts";
import { pyError } from "../vm/objects/exceptions.ts";
import { typeOf } from "../vm/objects/typeof.ts";
import { compareOp, isTrue } from "../vm/runtime/operators.ts";
import { COMPARE_OPERATOR_INDEX } from "../vm/compiler/opcodes.ts";
import type { PyModule } from "../vm/runtime/module.ts";
import { addFunctions, newModule } from "./module_helpers.ts";

const LT = COMPARE_OPERATOR_INDEX["Lt"];

/**
 * PyObject_RichCompareBool(a, b, Py_LT). Heap entries are often tuples that
 * start with ints (`(when, sequence, task)`): exact tuples are walked here
 * while their items are ints or identical, which is what the rich
 * comparison would find without running any Python code; the first other
 * pair hands the whole comparison to it (it sees the same equal prefix).
 */
export function lessThan(a: PyValue, b: PyValue): boolean {
  if (typeof a === "number" && typeof b === "number") return a < b;
  if (a instanceof PyTuple && b instanceof PyTuple && a.cls === tupleType && b.cls === tupleType) {
    const left = a.items, right = b.items;
    const common = Math.min(left.length, right.length);
    let i = 0;
    for (; i < common; i++) {
      const x = left[i], y = right[i];
      if (x === y) continue; // equal by identity, as the rich comparison decides too
      if (typeof x === "number" && typeof y === "number") return x < y;
      break;
    }
    if (i === common) return left.length < right.length;
  }
  return isTrue(compareOp(LT, a, b));
}

/** The clinic converter `object(subclass_of='&PyList_Type')`. */
function heapList(heap: PyValue, functionName: string, position: number | null): PyList {
  if (heap instanceof PyList && heap.cls.isSubtypeOf(listType)) return heap;
  const argument = position === null ? "argument" : `argument ${position}`;
  throw pyError(
    "TypeError",
    `${functionName}() ${argument} must be list, not ${
      heap === null ? "None" : typeOf(heap).tpName
    }`,
  );
}

const changedSize = () => pyError("RuntimeError", "list changed size during iteration");
const outOfRange = (message = "index out of range") => pyError("IndexError", message);

/** A heap order: min-heaps for the public functions, max-heaps for heapq.py's helpers. */
interface Order {
  /** siftdown's test: does `item` move above `parent`? */
  above(item: PyValue, parent: PyValue): boolean;
  /** siftup's test between siblings: is the right child `b` no better than `a`? */
  leftWins(a: PyValue, b: PyValue): boolean;
}

const MIN_ORDER: Order = {
  above: (item, parent) => lessThan(item, parent),
  leftWins: (a, b) => lessThan(a, b),
};

const MAX_ORDER: Order = {
  above: (item, parent) => lessThan(parent, item),
  leftWins: (a, b) => lessThan(b, a),
};

/** Move the item at `pos` up towards `start` until its parent is not after it. */
function siftDown(heap: PyList, start: number, pos: number, order: Order): void {
  const size = heap.items.length;
  if (pos >= size) throw outOfRange("list index out of range");
  while (pos > start) {
    const parentPos = (pos - 1) >> 1;
    const items = heap.items;
    const moves = order.above(items[pos], items[parentPos]);
    if (size !== heap.items.length) throw changedSize();
    if (!moves) break;
    const after = heap.items;
    const parent = after[parentPos];
    after[parentPos] = after[pos];
    after[pos] = parent;
    pos = parentPos;
  }
}

/** Bubble the smaller child up from `pos` to a leaf, then sift the item there down. */
function siftUp(heap: PyList, pos: number, order: Order): void {
  const end = heap.items.length;
  const start = pos;
  if (pos >= end) throw outOfRange("list index out of range");
  const limit = end >> 1;
  while (pos < limit) {
    let child = 2 * pos + 1;
    if (child + 1 < end) {
      const items = heap.items;
      const leftWins = order.leftWins(items[child], items[child + 1]);
      if (!leftWins) child++;
      if (end !== heap.items.length) throw changedSize();
    }
    const items = heap.items;
    const moved = items[child];
    items[child] = items[pos];
    items[pos] = moved;
    pos = child;
  }
  siftDown(heap, start, pos, order);
}

function push(heap: PyList, item: PyValue, order: Order): null {
  heap.items.push(item);
  siftDown(heap, 0, heap.items.length - 1, order);
  return null;
}

function pop(heap: PyList, order: Order): PyValue {
  const n = heap.items.length;
  if (n === 0) throw outOfRange();
  const last = heap.items.pop()!;
  if (n === 1) return last;
  const top = heap.items[0];
  heap.items[0] = last;
  siftUp(heap, 0, order);
  return top;
}

function replace(heap: PyList, item: PyValue, order: Order): PyValue {
  if (heap.items.length === 0) throw outOfRange();
  const top = heap.items[0];
  heap.items[0] = item;
  siftUp(heap, 0, order);
  return top;
}

function pushPop(heap: PyList, item: PyValue): PyValue {
  if (heap.items.length === 0) return item;
  if (!lessThan(heap.items[0], item)) return item;
  if (heap.items.length === 0) throw outOfRange();
  return replace(heap, item, MIN_ORDER);
}

/** The largest power of two not above n (n >= 1). */
function keepTopBit(n: number): number {
  let shift = 0;
  while (n > 1) {
    n = Math.floor(n / 2);
    shift++;
  }
  return n * 2 ** shift;
}

/**
 * heapify: bottom-up siftups; beyond 2,500 items CPython visits the nodes in
 * an order that keeps subtrees in cache, and the comparisons follow it.
 */
function heapify(heap: PyList, order: Order): null {
  const n = heap.items.length;
  if (n <= 2500) {
    for (let i = (n >> 1) - 1; i >= 0; i--) siftUp(heap, i, order);
    return null;
  }
  const m = n >> 1;
  const leftmost = keepTopBit(m + 1) - 1;
  const siftRuns = (from: number, to: number) => {
    for (let i = from; i >= to; i--) {
      let j = i;
      for (;;) {
        siftUp(heap, j, order);
        if (!(j & 1)) break;
        j >>= 1;
      }
    }
  };
  siftRuns(leftmost - 1, m >> 1);
  siftRuns(m - 1, leftmost);
  return null;
}

const MODULE_DOC = `Heap queue algorithm (a.k.a. priority queue).

Heaps are arrays for which a[k] <= a[2*k+1] and a[k] <= a[2*k+2] for
all k, counting elements from 0.  For the sake of comparison,
non-existing elements are considered to be infinite.  The interesting
property of a heap is that a[0] is always its smallest element.

Usage:

heap = []            # creates an empty heap
heappush(heap, item) # pushes a new item on the heap
item = heappop(heap) # pops the smallest item from the heap
item = heap[0]       # smallest item on the heap without popping it
heapify(x)           # transforms list into a heap, in-place, in linear time
item = heapreplace(heap, item) # pops and returns smallest item, and adds
                               # new item; the heap size is unchanged

Our API differs from textbook heap algorithms as follows:

- We use 0-based indexing.  This makes the relationship between the
  index for a node and the indexes for its children slightly less
  obvious, but is more suitable since Python uses 0-based indexing.

- Our heappop() method returns the smallest item, not the largest.

These two make it possible to view the heap as a regular Python list
without surprises: heap[0] is the smallest item, and heap.sort()
maintains the heap invariant!
`;

export function createHeapqModule(): PyModule {
  const module = newModule("_heapq", MODULE_DOC);
  addFunctions(module, {
    heappush: [
      "heap, item, /",
      (heap, item) => push(heapList(heap, "heappush", 1), item, MIN_ORDER),
    ],
    heappop: ["heap, /", (heap) => pop(heapList(heap, "heappop", null), MIN_ORDER)],
    heapreplace: [
      "heap, item, /",
      (heap, item) => replace(heapList(heap, "heapreplace", 1), item, MIN_ORDER),
    ],
    heappushpop: [
      "heap, item, /",
      (heap, item) => pushPop(heapList(heap, "heappushpop", 1), item),
    ],
    heapify: ["heap, /", (heap) => heapify(heapList(heap, "heapify", null), MIN_ORDER)],
    _heappop_max: ["heap, /", (heap) => pop(heapList(heap, "_heappop_max", null), MAX_ORDER)],
    _heapreplace_max: [
      "heap, item, /",
      (heap, item) => replace(heapList(heap, "_heapreplace_max", 1), item, MAX_ORDER),
    ],
    _heapify_max: [
      "heap, /",
      (heap) => heapify(heapList(heap, "_heapify_max", null), MAX_ORDER),
    ],
  });
  return module;
}
