/**
 * A set table's side index: what lets lookups and adds skip the probing past
 * dummies that CPython's C does cheaply and a JS loop does not.
 *
 * WHY. A set that is added to and emptied again over and over (n-queens'
 * `cols.add(c)` ... `cols.discard(c)`) fills with dummies. CPython's probes
 * then walk them: a miss walks to an empty slot, an add walks to the first
 * empty slot and takes the last dummy before it, and the key it stored there
 * is found again by walking the same way. In C each step is a compare; in
 * JS, with keys of any type in one array, ten or fifteen of them per
 * operation were most of the cost.
 *
 * WHAT. Made at the first deletion from a table of 32 slots or more (a
 * small table probes little, and one only added to has no dummies to walk;
 * making an index at every resize cost go.py's many small sets a fifth of
 * its time), rebuilt on each resize from then on, copied with the table:
 * - `counts`: live keys per bucket of the hash's low 6 bits. A lookup whose
 *   bucket is empty misses at once; an add whose bucket is empty knows the
 *   key is new, so it needs no comparisons.
 * - `hints`: per bucket, the slot a key of it was last stored or found at.
 *   A lookup trusts it only when that slot holds the very key looked for
 *   (identity), so a stale hint costs a miss and nothing else.
 * - `occupied` and `dummies`: one bit per slot (live or dummy; dummy). An add
 *   of a new key reads the first empty slot of each linear-probe window and
 *   the last dummy before it from the words, without visiting the slots.
 *
 * The table itself stays CPython's: every slot is chosen as CPython's probes
 * would choose it, so iteration order does not change.
 */

import { taggedArray } from "./array_fill.ts";

/** Buckets of `counts` and `hints`, by the low bits of the hash. */
export const BUCKET_MASK = 63;

/**
 * Templates of `packedCopy` are kept up to this size; larger arrays are
 * built from the largest. Up to 2**17 before: a 2**19-slot table was then a
 * slice and two concats, each a fresh large array (set(200k ints) x100
 * 1.7 -> 1.2 s of CPU, a third of it page faults). The kept templates cost
 * up to 6 MB (slots and hash words) in programs with sets this large.
 */
const LARGEST_TEMPLATE = 1 << 19;

/**
 * A packed array of `size` copies of `value`, `size` a power of two: a
 * slice() of the template kept for that size in `templates` (a memory copy,
 * several times faster than pushing the elements one by one, which was most
 * of a set's resize in go.py's many small sets). Beyond the largest
 * template, the array doubles by concat(), also a memory copy (a 2**19-slot
 * table 0.4 ms, against 2.7 ms pushed).
 */
export function packedCopy<T>(templates: (T[] | undefined)[], size: number, value: T): T[] {
  const slot = 31 - Math.clz32(size);
  const template = templates[Math.min(slot, LARGEST_SLOT)];
  if (template !== undefined) {
    let out = template.slice();
    while (out.length < size) out = out.concat(out);
    return out;
  }
  const kept = Math.min(slot, LARGEST_SLOT);
  // (A template of anything but numbers holds tagged values from the start:
  // one of only `undefined` would be a double array in this V8, converted,
  // copied, by the first key stored in each copy; see array_fill.ts.)
  // The template doubles by concat() from one element: pushed one by one, the
  // 2**17-slot templates took ~50 ms of a program's first large set, in
  // V8's interpreter (bench/programs/strings.py's first iteration).
  let out: T[] = typeof value === "number" ? [] : taggedArray<T>();
  out.push(value);
  while (out.length < 1 << kept) out = out.concat(out);
  while (templates.length < kept) templates.push(undefined);
  templates[kept] = out;
  return packedCopy(templates, size, value);
}

const LARGEST_SLOT = 31 - Math.clz32(LARGEST_TEMPLATE);

/** Packed arrays of zeros, one per size, for `zeros` to copy. */
const ZERO_TEMPLATES: (number[] | undefined)[] = [];

/**
 * A packed array of `size` zeros (the index's words, and the table's stored
 * hash words), `size` a power of two: plain arrays, as dict.ts keeps them,
 * since a typed array costs a backing store per set and `set()` is made often
 * (a fresh empty set per `setdefault(k, set())`).
 */
export function zeros(size: number): number[] {
  if (size === 8) return [0, 0, 0, 0, 0, 0, 0, 0]; // (a new set's table: a literal is cheapest)
  return packedCopy(ZERO_TEMPLATES, size, 0);
}

export class SetIndex {
  readonly counts: number[];
  readonly hints: number[];
  private readonly occupied: number[];
  private readonly dummies: number[];

  constructor(size: number, from: SetIndex | null = null) {
    if (from !== null) {
      this.counts = from.counts.slice();
      this.hints = from.hints.slice();
      this.occupied = from.occupied.slice();
      this.dummies = from.dummies.slice();
      return;
    }
    this.counts = zeros(BUCKET_MASK + 1);
    this.hints = zeros(BUCKET_MASK + 1);
    const words = Math.max(1, size >>> 5);
    this.occupied = zeros(words);
    this.dummies = zeros(words);
  }

  /** A key with low hash word `low` went into `slot` (empty or a dummy before). */
  stored(slot: number, low: number): void {
    const bucket = low & BUCKET_MASK;
    this.counts[bucket]++;
    this.hints[bucket] = slot;
    const word = slot >>> 5, bit = 1 << (slot & 31);
    this.occupied[word] |= bit;
    this.dummies[word] &= ~bit;
  }

  /** The key with low hash word `low` in `slot` was deleted (the slot is a dummy now). */
  removed(slot: number, low: number): void {
    this.counts[low & BUCKET_MASK]--;
    this.dummies[slot >>> 5] |= 1 << (slot & 31);
  }

  /** `count` bits (at most 31) of `words` from bit `start` on, lowest first. */
  private static bits(words: number[], start: number, count: number): number {
    const word = start >>> 5, offset = start & 31;
    let value = words[word] >>> offset;
    if (offset + count > 32) value |= words[word + 1] << (32 - offset);
    return value & ((1 << count) - 1);
  }

  /**
   * The window of `count` slots from `start`: the offset of its first empty
   * slot (or -1), and in `lastDummy` the offset of its last dummy before
   * that one (or of its last dummy, when none is empty; -1 if none).
   */
  scan(start: number, count: number): number {
    const free = ~SetIndex.bits(this.occupied, start, count) & ((1 << count) - 1);
    const empty = free === 0 ? -1 : 31 - Math.clz32(free & -free);
    let dummies = SetIndex.bits(this.dummies, start, count);
    if (empty >= 0) dummies &= (1 << empty) - 1;
    this.lastDummy = dummies === 0 ? -1 : 31 - Math.clz32(dummies);
    return empty;
  }

  /** The second result of `scan`. */
  lastDummy = -1;
}
