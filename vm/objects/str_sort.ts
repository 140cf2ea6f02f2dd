/**
 * Sorting a list of primitive strs (list.sort() and sorted() without a key):
 * multikey quicksort (Bentley and Sedgewick, "Fast algorithms for sorting
 * and searching strings", 1997).
 *
 * Why not V8's own sort: Array.prototype.sort without a comparator runs a
 * TimSort whose every comparison is a call of the string-compare builtin
 * (after a ToString of both sides); on 110k five-character keys that is
 * ~3x slower than this (bench/programs/strings.py's sorted(set(...))).
 * Multikey quicksort partitions by one character at a time — the d-th
 * character of every string in a range, which all share their first d —
 * into less / equal / greater, so a character is read about once per
 * partitioning step instead of once per comparison of whole strings.
 *
 * Order: primitive strs hold no surrogate unit (str_wide.ts), so their
 * UTF-16 units are their code points and comparing units is Python's code
 * point order; a string that ends sorts before its extensions (the end reads
 * as -1). Equal primitive strs cannot be told apart, so stability is moot.
 *
 * Bounds: the ranges still to sort wait on an explicit stack, not in
 * recursive calls. Each less/greater step spends one unit of a budget of
 * about 2*log2(n) per path; a range that exhausts it
 * (pivots that keep splitting badly) is finished by V8's sort, which keeps
 * the worst case at O(n log n) comparisons. Input already in order (ascending
 * or descending), common for lists sorted again, is detected in one pass.
 */

/** Ranges this short are sorted by insertion, comparing whole strings. */
const INSERTION_RANGE = 12;

/**
 * Lists this short are sorted by V8's own sort (the same order: see above).
 * Warm, the two cost about the same below a few hundred strings; cold (a
 * program's first sorts, such as `dir(posix)` while `os` is imported at
 * every start), this module's functions run in V8's interpreter and took
 * ~1 ms for 300 strings against ~0.1 ms for the built-in sort.
 */
const NATIVE_SORT_MAX = 512;

/** Sorts `items` in place into Python's str order. */
export function sortPrimitiveStrings(items: string[]): void {
  const n = items.length;
  if (n < 2) return;
  if (n <= NATIVE_SORT_MAX) {
    items.sort();
    return;
  }
  let ascending = true;
  let descending = true;
  for (let i = 1; i < n && (ascending || descending); i++) {
    if (items[i - 1] > items[i]) ascending = false;
    else if (items[i - 1] < items[i]) descending = false;
  }
  if (ascending) return;
  if (descending) {
    items.reverse();
    return;
  }
  multikeySort(items, 0, n, 0, 2 * Math.ceil(Math.log2(n)) + 8);
}

function insertionSort(items: string[], low: number, high: number): void {
  for (let i = low + 1; i < high; i++) {
    const item = items[i];
    let j = i - 1;
    while (j >= low && items[j] > item) {
      items[j + 1] = items[j];
      j--;
    }
    items[j + 1] = item;
  }
}

/** The unit at `depth`, or -1 past the end. */
const unitAt = (text: string, depth: number) => depth < text.length ? text.charCodeAt(depth) : -1;

/** The end of the equal part partition left (its `greater`). */
let partitionGreater = 0;

/**
 * Three-way partitioning of items[low, high) by the unit at `depth`: returns
 * where the units equal to `pivot` begin and leaves where they end in
 * partitionGreater. A function of its own, not a loop inside multikeySort's:
 * V8 compiled that inner loop on its own (on-stack replacement) and then
 * deoptimised each time the loop ended ("exit from OSR'd inner loop"),
 * from 0 to over 800 times a run of bench/programs/strings.py.
 */
function partition(
  items: string[],
  low: number,
  high: number,
  depth: number,
  pivot: number,
): number {
  let less = low;
  let greater = high - 1;
  let i = low;
  while (i <= greater) {
    const item = items[i];
    const unit = depth < item.length ? item.charCodeAt(depth) : -1;
    if (unit < pivot) {
      items[i++] = items[less];
      items[less++] = item;
    } else if (unit > pivot) {
      items[i] = items[greater];
      items[greater--] = item;
    } else i++;
  }
  partitionGreater = greater;
  return less;
}

/**
 * Sorts items[low, high), whose strings share their first `depth` units.
 * The ranges still to sort wait on an explicit stack (four numbers each)
 * rather than in recursive calls: one call whose loop V8 compiles once
 * (on-stack replacement), where a recursive function in Maglev code asked
 * for that replacement again in each of its ~500 running calls (--trace-deopt
 * on bench/programs/strings.py's sorted(set(...)) of 110k keys).
 */
function multikeySort(
  items: string[],
  low: number,
  high: number,
  depth: number,
  budget: number,
): void {
  const pending: number[] = [];
  for (;;) {
    if (high - low <= 1) {
      if (pending.length === 0) return;
      budget = pending.pop()!;
      depth = pending.pop()!;
      high = pending.pop()!;
      low = pending.pop()!;
      continue;
    }
    if (high - low <= INSERTION_RANGE) {
      insertionSort(items, low, high);
      high = low;
      continue;
    }
    if (budget-- <= 0) {
      const part = items.slice(low, high).sort();
      for (let k = 0; k < part.length; k++) items[low + k] = part[k];
      high = low;
      continue;
    }
    // The median of three units as the pivot.
    const a = unitAt(items[low], depth);
    const b = unitAt(items[low + ((high - low) >> 1)], depth);
    const c = unitAt(items[high - 1], depth);
    const pivot = a < b ? (b < c ? b : a < c ? c : a) : (a < c ? a : b < c ? c : b);
    // [low, less) below the pivot, [less, greater] equal to it, (greater, high) above.
    const less = partition(items, low, high, depth, pivot);
    const greater = partitionGreater;
    // The equal strings go one unit deeper (they are in place when they all
    // end at `depth`); the partitions below and above stay at `depth`.
    if (less - low > 1) pending.push(low, less, depth, budget);
    if (high - greater - 1 > 1) pending.push(greater + 1, high, depth, budget);
    if (pivot < 0) high = low;
    else {
      low = less;
      high = greater + 1;
      depth++;
      budget++; // (going deeper is progress, not a bad split)
    }
  }
}
