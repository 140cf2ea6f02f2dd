/**
 * The index of a str-strategy dict past its first SMALL_STR_DICT positions
 * (dict.ts): str key -> entry position.
 *
 * WHY NOT ONLY A JS Map. V8 keeps a string's hash in the string, so a Map
 * finds a key it has hashed before in ~5 ns. But a string made a moment ago
 * — a word from split(), a `prev + " " + word` key — has no hash yet, and
 * V8 computes it in C++ behind a call from the Map builtin: ~40 ns for a
 * flat word, over 100 ns for a concatenation (a rope, flattened first).
 * Counting words meets nothing but such keys (bench/programs/wordfreq.py:
 * every word and bigram is fresh, each looked up twice). Hashing short keys
 * here, in JS, costs ~1 ns per character and needs no call.
 *
 * So the index has two halves, split by key length (equal strs have equal
 * lengths, so a key always lives in the half its length picks):
 *
 * - keys of at most SHORT_KEY units: an open-addressing table of
 *   (hash, position) pairs in one Int32Array, linear probing, kept at most
 *   half full (live + deleted). The hash is `strHash`, Python's str hash, so
 *   nothing new; it is recomputed on every lookup (a primitive string cannot
 *   carry it) unless the key is the last one of its length hashed (`hashOf`'s
 *   memo). For a fresh key that is 2-4x cheaper than V8's uncached hash;
 *   for one V8 has hashed before, up to 2x dearer than its cached one
 *   (in-process, 420k lookups each, noisy: alternating two constant keys
 *   8-12 -> 13-20 ms; `d[w] = d.get(w, 0) + 1` of split() words 40-60 ->
 *   20-40 ms).
 *   SHORT_KEY is V8's shortest rope or slice less one: shorter strings are
 *   always flat, and reading a rope or a slice by charCodeAt costs a
 *   flattening or an indirection per character.
 * - longer keys: a Map, where V8's cached hash wins (a long key rehashed per
 *   lookup would cost its length every time).
 *
 * Deleting leaves a DELETED pair (probing goes past it); the dict rebuilds
 * the index when it compacts its entries, and the table rebuilds itself when
 * deleted pairs fill it. Nothing here calls Python code.
 */
import { strHash } from "../runtime/hash.ts";
import { filledArray } from "./array_fill.ts";

/** Keys up to this length live in the table, longer ones in the Map (see above). */
const SHORT_KEY = 12;
const EMPTY = -1;
const DELETED = -2;
const MIN_PAIRS = 16;

/**
 * The hash of the last key of each length hashed here (lengths 0..SHORT_KEY):
 * `d[k] = d.get(k, 0) + 1` hashes k twice, a loop looks the same constant
 * up again and again, and a word counted is mostly an equal copy of one
 * counted before. `===` of the same string is a pointer compare, of two
 * strings of equal length a compare up to the first difference.
 */
const memoKeys: string[] = filledArray(SHORT_KEY + 1, "");
const memoHashes = new Int32Array(SHORT_KEY + 1);

function hashOf(key: string): number {
  const length = key.length;
  if (memoKeys[length] === key) return memoHashes[length];
  const hash = strHash(key);
  memoKeys[length] = key;
  memoHashes[length] = hash;
  return hash;
}

export class StrIndex {
  /** Pairs [hash, position]; position EMPTY or DELETED for free pairs. */
  private table: Int32Array;
  /** Pairs in use, live or DELETED (the load that decides growth). */
  private filled = 0;
  /** Live pairs. */
  private live = 0;
  private long: Map<string, number> | null = null;

  constructor(expected: number) {
    let pairs = MIN_PAIRS;
    while (pairs < expected * 2) pairs *= 2;
    this.table = new Int32Array(pairs * 2).fill(EMPTY);
  }

  /** The position of `key`, or -1. */
  get(key: string, keys: readonly unknown[]): number {
    if (key.length > SHORT_KEY) return this.long?.get(key) ?? -1;
    const hash = hashOf(key);
    const table = this.table;
    const mask = table.length - 2;
    let i = (hash << 1) & mask;
    for (;;) {
      const position = table[i + 1];
      if (position === EMPTY) return -1;
      if (table[i] === hash && position >= 0 && keys[position] === key) return position;
      i = (i + 2) & mask;
    }
  }

  /** Record `key` (absent) at `position`. */
  add(key: string, position: number): void {
    if (key.length > SHORT_KEY) {
      (this.long ??= new Map()).set(key, position);
      return;
    }
    if ((this.filled + 1) * 4 > this.table.length) this.regrow();
    this.place(hashOf(key), position);
    this.filled++;
    this.live++;
  }

  /** Forget `key`, present at `position`. */
  delete(key: string, position: number): void {
    if (key.length > SHORT_KEY) {
      this.long!.delete(key);
      return;
    }
    const table = this.table;
    const mask = table.length - 2;
    let i = (hashOf(key) << 1) & mask;
    while (table[i + 1] !== position) i = (i + 2) & mask;
    table[i + 1] = DELETED;
    this.live--;
  }

  /** A copy (dict.copy()). */
  clone(): StrIndex {
    const copy = new StrIndex(0);
    copy.table = this.table.slice();
    copy.filled = this.filled;
    copy.live = this.live;
    copy.long = this.long === null ? null : new Map(this.long);
    return copy;
  }

  private place(hash: number, position: number): void {
    const table = this.table;
    const mask = table.length - 2;
    let i = (hash << 1) & mask;
    while (table[i + 1] !== EMPTY) i = (i + 2) & mask;
    table[i] = hash;
    table[i + 1] = position;
  }

  /** A table for twice the live pairs (deleted ones dropped). */
  private regrow(): void {
    const old = this.table;
    let pairs = MIN_PAIRS;
    while (pairs < (this.live + 1) * 4) pairs *= 2;
    this.table = new Int32Array(pairs * 2).fill(EMPTY);
    for (let i = 0; i < old.length; i += 2) {
      if (old[i + 1] >= 0) this.place(old[i], old[i + 1]);
    }
    this.filled = this.live;
  }
}

/** An index of the live keys of `keys` (positions as they are). */
export function buildStrIndex(keys: readonly unknown[], live: number): StrIndex {
  const index = new StrIndex(live + 1);
  for (let position = 0; position < keys.length; position++) {
    const key = keys[position];
    if (key !== undefined) index.add(key as string, position);
  }
  return index;
}
