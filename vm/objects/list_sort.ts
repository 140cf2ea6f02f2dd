/**
 * CPython 3.11's list sort (timsort with the powersort merge policy), so that
 * a program that counts or logs its `__lt__` calls sees exactly the calls
 * CPython makes, in the same order, with the same operands.
 *
 * Why not Array.prototype.sort: V8 asks a three-way comparator, and a
 * language with only `<` needs up to two calls to answer it (sorting 10
 * sorted items cost 38 calls where CPython makes 9). Here every question is
 * the boolean "is x less than y", asked once.
 *
 * The shape of the algorithm (see CPython's Objects/listsort.txt):
 *
 * - The array is cut, left to right, into natural runs: a strictly
 *   descending run (reversed in place, which keeps stability because no two
 *   items of it are equal) or a non-descending one. A run shorter than
 *   `minRun` is extended to `minRun` items (or to the end) by binary
 *   insertion. `minRun` is chosen from the length so that the number of runs
 *   is a power of two or a little under one.
 * - Runs wait on a stack. Each new run gets a "power", the depth of the
 *   boundary between it and the run before in an ideal binary merge tree of
 *   the whole array; runs deeper than that boundary are merged first
 *   (powersort). At the end the stack is merged from the top down.
 * - A merge first trims: the items of the left run already at or below the
 *   right run's first item stay put, and so do the items of the right run at
 *   or above the left run's last item. The rest is merged through a
 *   temporary copy of the shorter run, from the left (mergeLow) or from the
 *   right (mergeHigh). When one side wins `minGallop` times in a row the
 *   merge switches to galloping (exponential then binary search) and copies
 *   whole stretches; `minGallop` adapts across merges, growing while
 *   galloping does not pay and shrinking while it does.
 *
 * A comparison that throws stops the sort where it is; a merge interrupted
 * that way first copies its temporary area back, so the array always holds
 * every item exactly once (the permutation CPython leaves in the list).
 */

/** How many consecutive wins switch a merge to galloping. */
const MIN_GALLOP = 7;

/** Natural runs shorter than this (at most) are extended by insertion. */
const MAX_MIN_RUN = 64;

/** Sorts `items` in place, stably, asking only `less(x, y)`. */
export function timsort<T>(items: T[], less: (x: T, y: T) => boolean): void {
  const total = items.length;
  if (total < 2) return;
  const state = new MergeState(items, less);
  const minRun = computeMinRun(total);
  let low = 0;
  while (low < total) {
    const remaining = total - low;
    let length = countRun(items, less, low, total);
    if (length < minRun) {
      const forced = Math.min(remaining, minRun);
      binaryInsertionSort(items, less, low, low + forced, low + length);
      length = forced;
    }
    state.pushRun(low, length);
    low += length;
  }
  state.mergeAll();
}

/** The run length to aim for: n / minRun is a power of two or slightly less. */
function computeMinRun(n: number): number {
  let lowBitsSet = 0;
  while (n >= MAX_MIN_RUN) {
    lowBitsSet |= n & 1;
    n = Math.floor(n / 2);
  }
  return n + lowBitsSet;
}

/**
 * The length of the run starting at `low`: strictly descending (then
 * reversed in place) or non-descending.
 */
function countRun<T>(items: T[], less: (x: T, y: T) => boolean, low: number, high: number): number {
  let i = low + 1;
  if (i === high) return 1;
  if (less(items[i], items[i - 1])) {
    for (i++; i < high && less(items[i], items[i - 1]); i++);
    reverseRange(items, low, i);
  } else {
    for (i++; i < high && !less(items[i], items[i - 1]); i++);
  }
  return i - low;
}

function reverseRange<T>(items: T[], low: number, high: number): void {
  for (let i = low, j = high - 1; i < j; i++, j--) {
    const item = items[i];
    items[i] = items[j];
    items[j] = item;
  }
}

/**
 * Sorts items[low, high) given that items[low, sorted) is sorted: each next
 * item is placed after the equal ones by a binary search.
 */
function binaryInsertionSort<T>(
  items: T[],
  less: (x: T, y: T) => boolean,
  low: number,
  high: number,
  sorted: number,
): void {
  if (sorted === low) sorted++;
  for (; sorted < high; sorted++) {
    const pivot = items[sorted];
    let left = low, right = sorted;
    do {
      const middle = left + ((right - left) >> 1);
      if (less(pivot, items[middle])) right = middle;
      else left = middle + 1;
    } while (left < right);
    for (let i = sorted; i > left; i--) items[i] = items[i - 1];
    items[left] = pivot;
  }
}

/**
 * The leftmost place for `key` in the sorted run[base, base + n): how many
 * of its items are less than `key`. The search starts near `base + hint`.
 */
function gallopLeft<T>(
  less: (x: T, y: T) => boolean,
  key: T,
  run: T[],
  base: number,
  n: number,
  hint: number,
): number {
  let before = 0, after = 1; // offsets from the hint
  if (less(run[base + hint], key)) {
    // Search right: run[hint + before] < key <= run[hint + after].
    const limit = n - hint;
    while (after < limit && less(run[base + hint + after], key)) {
      before = after;
      after = after * 2 + 1;
    }
    if (after > limit) after = limit;
    before += hint;
    after += hint;
  } else {
    // Search left: run[hint - after] < key <= run[hint - before].
    const limit = hint + 1;
    while (after < limit && !less(run[base + hint - after], key)) {
      before = after;
      after = after * 2 + 1;
    }
    if (after > limit) after = limit;
    const farthest = before;
    before = hint - after;
    after = hint - farthest;
  }
  // Now run[before] < key <= run[after], with before = -1 meaning none.
  before++;
  while (before < after) {
    const middle = before + ((after - before) >> 1);
    if (less(run[base + middle], key)) before = middle + 1;
    else after = middle;
  }
  return after;
}

/**
 * The rightmost place for `key` in the sorted run[base, base + n): how many
 * of its items are less than or equal to `key`.
 */
function gallopRight<T>(
  less: (x: T, y: T) => boolean,
  key: T,
  run: T[],
  base: number,
  n: number,
  hint: number,
): number {
  let before = 0, after = 1;
  if (less(key, run[base + hint])) {
    // Search left: run[hint - after] <= key < run[hint - before].
    const limit = hint + 1;
    while (after < limit && less(key, run[base + hint - after])) {
      before = after;
      after = after * 2 + 1;
    }
    if (after > limit) after = limit;
    const farthest = before;
    before = hint - after;
    after = hint - farthest;
  } else {
    // Search right: run[hint + before] <= key < run[hint + after].
    const limit = n - hint;
    while (after < limit && !less(key, run[base + hint + after])) {
      before = after;
      after = after * 2 + 1;
    }
    if (after > limit) after = limit;
    before += hint;
    after += hint;
  }
  before++;
  while (before < after) {
    const middle = before + ((after - before) >> 1);
    if (less(key, run[base + middle])) after = middle;
    else before = middle + 1;
  }
  return after;
}

/** The pending runs and the merge machinery of one sort. */
class MergeState<T> {
  minGallop = MIN_GALLOP;
  private readonly runStart: number[] = [];
  private readonly runLength: number[] = [];
  private readonly runPower: number[] = [];
  private readonly temp: T[] = [];

  constructor(private readonly items: T[], private readonly less: (x: T, y: T) => boolean) {}

  /** Merges what the new run's power says must come first, then stacks it. */
  pushRun(start: number, length: number): void {
    const depth = this.runStart.length;
    if (depth > 0) {
      const power = boundaryPower(
        this.runStart[depth - 1],
        this.runLength[depth - 1],
        length,
        this.items.length,
      );
      while (this.runStart.length > 1 && this.runPower[this.runStart.length - 2] > power) {
        this.mergeAt(this.runStart.length - 2);
      }
      this.runPower[this.runStart.length - 1] = power;
    }
    this.runStart.push(start);
    this.runLength.push(length);
    this.runPower.push(0);
  }

  /** Merges the remaining runs, the top two first unless the third is shorter than the top. */
  mergeAll(): void {
    while (this.runStart.length > 1) {
      let at = this.runStart.length - 2;
      if (at > 0 && this.runLength[at - 1] < this.runLength[at + 1]) at--;
      this.mergeAt(at);
    }
  }

  /** Merges runs `at` and `at + 1` of the stack into one. */
  private mergeAt(at: number): void {
    const items = this.items, less = this.less;
    let startA = this.runStart[at], lengthA = this.runLength[at];
    const startB = this.runStart[at + 1];
    let lengthB = this.runLength[at + 1];
    this.runLength[at] = lengthA + lengthB;
    this.runStart.splice(at + 1, 1);
    this.runLength.splice(at + 1, 1);
    this.runPower.splice(at + 1, 1);
    // A's items not above B's first item are in place already.
    const skipped = gallopRight(less, items[startB], items, startA, lengthA, 0);
    startA += skipped;
    lengthA -= skipped;
    if (lengthA === 0) return;
    // So are B's items not below A's last item.
    lengthB = gallopLeft(less, items[startA + lengthA - 1], items, startB, lengthB, lengthB - 1);
    if (lengthB === 0) return;
    if (lengthA <= lengthB) this.mergeLow(startA, lengthA, startB, lengthB);
    else this.mergeHigh(startA, lengthA, startB, lengthB);
  }

  /**
   * Merges run A (copied to `temp`) and the following run B from the left.
   * Needs A's first item above B's first, and A's last above all of B.
   */
  private mergeLow(startA: number, lengthA: number, startB: number, lengthB: number): void {
    const items = this.items, less = this.less, temp = this.temp;
    for (let i = 0; i < lengthA; i++) temp[i] = items[startA + i];
    let nextA = 0, nextB = startB, dest = startA;
    let leftA = lengthA, leftB = lengthB;
    let done = false;
    try {
      items[dest++] = items[nextB++];
      if (--leftB === 0) return;
      if (leftA === 1) {
        done = true;
        return;
      }
      let minGallop = this.minGallop;
      for (;;) {
        let winsA = 0, winsB = 0;
        // One item at a time until a side keeps winning.
        for (;;) {
          if (less(items[nextB], temp[nextA])) {
            items[dest++] = items[nextB++];
            winsB++;
            winsA = 0;
            if (--leftB === 0) return;
            if (winsB >= minGallop) break;
          } else {
            items[dest++] = temp[nextA++];
            winsA++;
            winsB = 0;
            if (--leftA === 1) {
              done = true;
              return;
            }
            if (winsA >= minGallop) break;
          }
        }
        // Galloping: whole stretches, while they stay long.
        minGallop++;
        do {
          if (minGallop > 1) minGallop--;
          this.minGallop = minGallop;
          winsA = gallopRight(less, items[nextB], temp, nextA, leftA, 0);
          if (winsA !== 0) {
            for (let i = 0; i < winsA; i++) items[dest++] = temp[nextA++];
            leftA -= winsA;
            if (leftA === 1) {
              done = true;
              return;
            }
            // (Only an inconsistent `<` can empty A here.)
            if (leftA === 0) return;
          }
          items[dest++] = items[nextB++];
          if (--leftB === 0) return;
          winsB = gallopLeft(less, temp[nextA], items, nextB, leftB, 0);
          if (winsB !== 0) {
            for (let i = 0; i < winsB; i++) items[dest++] = items[nextB++];
            leftB -= winsB;
            if (leftB === 0) return;
          }
          items[dest++] = temp[nextA++];
          if (--leftA === 1) {
            done = true;
            return;
          }
        } while (winsA >= MIN_GALLOP || winsB >= MIN_GALLOP);
        // Leaving galloping costs: it must be earned again.
        minGallop++;
        this.minGallop = minGallop;
      }
    } finally {
      if (done) {
        // A's last item goes after the rest of B.
        for (let i = 0; i < leftB; i++) items[dest + i] = items[nextB + i];
        items[dest + leftB] = temp[nextA];
      } else {
        // Finished or interrupted: what is left of A fills the gap before B's rest.
        for (let i = 0; i < leftA; i++) items[dest + i] = temp[nextA + i];
      }
    }
  }

  /**
   * Merges run A and the following run B (copied to `temp`) from the right.
   * Needs B's last item below A's last, and B's first below all of A.
   */
  private mergeHigh(startA: number, lengthA: number, startB: number, lengthB: number): void {
    const items = this.items, less = this.less, temp = this.temp;
    for (let i = 0; i < lengthB; i++) temp[i] = items[startB + i];
    // Indexes of the last unmerged item of each run and of the last free slot.
    let lastA = startA + lengthA - 1, lastB = lengthB - 1, dest = startB + lengthB - 1;
    let leftA = lengthA, leftB = lengthB;
    let done = false;
    try {
      items[dest--] = items[lastA--];
      if (--leftA === 0) return;
      if (leftB === 1) {
        done = true;
        return;
      }
      let minGallop = this.minGallop;
      for (;;) {
        let winsA = 0, winsB = 0;
        for (;;) {
          if (less(temp[lastB], items[lastA])) {
            items[dest--] = items[lastA--];
            winsA++;
            winsB = 0;
            if (--leftA === 0) return;
            if (winsA >= minGallop) break;
          } else {
            items[dest--] = temp[lastB--];
            winsB++;
            winsA = 0;
            if (--leftB === 1) {
              done = true;
              return;
            }
            if (winsB >= minGallop) break;
          }
        }
        minGallop++;
        do {
          if (minGallop > 1) minGallop--;
          this.minGallop = minGallop;
          winsA = leftA - gallopRight(less, temp[lastB], items, startA, leftA, leftA - 1);
          if (winsA !== 0) {
            for (let i = 0; i < winsA; i++) items[dest--] = items[lastA--];
            leftA -= winsA;
            if (leftA === 0) return;
          }
          items[dest--] = temp[lastB--];
          if (--leftB === 1) {
            done = true;
            return;
          }
          winsB = leftB - gallopLeft(less, items[lastA], temp, 0, leftB, leftB - 1);
          if (winsB !== 0) {
            for (let i = 0; i < winsB; i++) items[dest--] = temp[lastB--];
            leftB -= winsB;
            if (leftB === 1) {
              done = true;
              return;
            }
            // (Only an inconsistent `<` can empty B here.)
            if (leftB === 0) return;
          }
          items[dest--] = items[lastA--];
          if (--leftA === 0) return;
        } while (winsA >= MIN_GALLOP || winsB >= MIN_GALLOP);
        minGallop++;
        this.minGallop = minGallop;
      }
    } finally {
      if (done) {
        // B's first item goes before the rest of A.
        for (let i = 0; i < leftA; i++) items[dest - i] = items[lastA - i];
        items[dest - leftA] = temp[0];
      } else {
        // Finished or interrupted: what is left of B fills the gap after A's rest.
        for (let i = 0; i < leftB; i++) items[dest - leftB + 1 + i] = temp[i];
      }
    }
  }
}

/**
 * Powersort's power of the boundary between a run at [start, start + n1)
 * and the next run of n2 items, in an array of `total` items: the first bit
 * in which the binary fractions of the two runs' midpoints (over `total`)
 * differ.
 */
function boundaryPower(start: number, n1: number, n2: number, total: number): number {
  let power = 0;
  let a = 2 * start + n1; // twice the first midpoint
  let b = a + n1 + n2; // twice the second
  for (;;) {
    power++;
    if (a >= total) {
      a -= total;
      b -= total;
    } else if (b >= total) {
      break;
    }
    a *= 2;
    b *= 2;
  }
  return power;
}
