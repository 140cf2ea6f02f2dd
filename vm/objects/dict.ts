/**
 * The dict object: storage, strategies and the four core operations
 * (lookup, insert, delete, pop-last). The Python-visible methods are in
 * dict_methods.ts, views and iterators in dict_views.ts.
 *
 * LAYOUT (CPython's compact dict). Entries live in parallel arrays `keys` and
 * `values`, in insertion order; a deleted entry keeps its position with key
 * `undefined` (a tombstone), so positions are stable and iteration is a walk
 * over positions. An index maps keys to positions; the index is where the
 * strategies differ:
 *
 * - STR strategy: every key is a str in primitive form — the keys of
 *   globals, instance dicts, kwargs, JSON objects. Primitive strs are equal
 *   iff `===` (str_wide.ts's normal form), so no `__eq__` can be involved.
 *   Up to SMALL_STR_DICT positions the index is the `keys` array itself,
 *   scanned with `===`: most such dicts are small (kwargs, a JSON object, a
 *   record), and an index per dict cost more to build, to collect and to
 *   hash into than the scan (json.loads of 9000 records of 7 keys: 1.3x).
 *   Beyond that, `strIndex` (dict_str_index.ts): short keys in a table on
 *   their Python hash, computed in JS (a fresh string's hash is dear in V8's
 *   Map), long keys in a JS Map (V8 caches a string's hash in the string).
 * - GENERAL strategy (`slots`, open addressing on Python hashes, like CPython's
 *   dk_indices): any hashable keys, `__eq__` callbacks included. Entry hashes
 *   are kept (`hashLow`/`hashHigh`) so resizing never calls `__hash__` again.
 *   Int keys live here too: they hash to themselves, and the probe tests
 *   identity (`===`, exact for ints in normal form) before anything else. A
 *   JS Map was measured 7x slower than this table for 1M int keys (Map growth),
 *   and equal for small dicts. 1 == 1.0 == True falls out of the numeric hash:
 *   the entry keeps the first key inserted (`{True: 1}` stays `{True: 1}`).
 *
 * The first insertion picks the strategy; a str dict switches to general,
 * once and for good, when a key that is not a primitive str is inserted — or
 * looked up, if it is an object that might claim equality with a str through
 * `__eq__`. Switching rebuilds only the index: positions, and so order and
 * live iterators, are untouched.
 *
 * CAPACITY follows CPython 3.11 exactly (`capacity` = dk_size, `usable`
 * entries left before a resize, growth to `used * 3` rounded up by CPython's
 * rule). A resize is also when tombstones are compacted away. Matching it
 * makes mutation during iteration behave as in CPython: an iterator walks
 * positions and raises "dictionary keys changed during iteration" exactly
 * when CPython's would.
 *
 * MUTATION DURING COMPARISON. `equalsForKey` may run Python `__eq__`, which
 * may insert, delete or clear. After each such call the probe checks that the
 * index and the entry are still the ones it was looking at, and otherwise
 * restarts the lookup (CPython's rule). Nothing here caches a position across
 * a call into Python.
 *
 * `version` increases on every mutation, including assignment to an existing
 * key; `layout` only when a key comes or goes: a trace's builtin lookup
 * checks that the module's globals gained no name since it was recorded
 * (guard_no_global), which a module-level loop assigning its globals does
 * not change.
 */
import { PyObject, type PyValue } from "./object.ts";
import { makeBuiltinType } from "./core_types.ts";
import { type PyType, TypeFlag } from "./type.ts";
import { pyError } from "./exceptions.ts";
import {
  comparisonRecursion,
  equalsForKey,
  hashHigh,
  itemsEqual,
  tableHash,
} from "../runtime/hash.ts";
import { buildStrIndex, type StrIndex } from "./dict_str_index.ts";
import type { BoxedStorage } from "./instance.ts";
import { storeTombstone } from "./array_fill.ts";

export const dictType = makeBuiltinType("dict");

const EMPTY = -1;
const DUMMY = -2;
/** `probe` result: the table changed under a comparison; start over. */
const RESTART = -3;
const MIN_CAPACITY = 8;
/** Positions a str dict scans before it builds an index. */
export const SMALL_STR_DICT = 8;
/** The hash words of every dict not in general mode (never written: general mode makes its own). */
const NO_HASHES: number[] = [];

/** The smallest table for `minimumUsed` entries, as CPython's calculate_log2_keysize. */
function capacityFor(minimumUsed: number): number {
  const bits = ((minimumUsed | MIN_CAPACITY) - 1) | (MIN_CAPACITY - 1);
  let capacity = MIN_CAPACITY;
  while (capacity <= bits) capacity *= 2;
  return capacity;
}

const usableFraction = (capacity: number) => Math.floor((capacity * 2) / 3);

/**
 * Could `key`, not a primitive str, equal one? Only an instance of a class
 * defined in Python (a heap type: a str subclass, or any class with `__eq__`);
 * no builtin type's instances equal a str.
 */
function mayEqualStr(key: PyValue): boolean {
  return typeof key === "object" && key !== null && (key.cls.flags & TypeFlag.HEAPTYPE) !== 0;
}

/**
 * Whether `keys[start..end)` are at most SMALL_STR_DICT primitive strs, no
 * two equal: entries a dict can adopt as they are (`ofSmallStrEntries`).
 */
export function distinctSmallStrs(keys: readonly unknown[], start: number, end: number): boolean {
  if (end - start > SMALL_STR_DICT) return false;
  for (let i = start; i < end; i++) {
    const key = keys[i];
    if (typeof key !== "string") return false;
    for (let j = start; j < i; j++) if (keys[j] === key) return false;
  }
  return true;
}

export class PyDict extends PyObject {
  /** Entry keys in insertion order; `undefined` marks a deleted entry. */
  keys: (PyValue | undefined)[];
  /** Entry values, parallel to `keys`. */
  values: (PyValue | undefined)[];
  /** Number of live entries (`len(d)`). */
  size = 0;
  /** Increases on every mutation (JIT guards, iteration checks). */
  version = 0;
  /** Increases when a key is added or removed (not when a value is assigned). */
  layout = 0;
  /** CPython's dk_size: 0 until the first insertion, then a power of two >= 8. */
  capacity = 0;
  /** Entries that can be appended before the next resize. */
  usable = 0;
  /** Index of the str strategy past SMALL_STR_DICT positions; null otherwise. */
  strIndex: StrIndex | null = null;
  /** Index of the general strategy (entry positions, EMPTY, DUMMY); null in str mode. */
  slots: Int32Array | null = null;
  /** Entry hashes (general mode only, else the shared NO_HASHES), parallel to `keys`. */
  hashLow: number[] = NO_HASHES;
  hashHigh: number[] = NO_HASHES;
  /**
   * The attributes of an instance of a Python subclass of dict (instance.ts's
   * boxed storage). Declared, so that such dicts have the same JS shape as
   * others: the eval loop's dict paths would otherwise deoptimise at the first.
   */
  instanceStorage: BoxedStorage | undefined = undefined;

  /**
   * (`keys` and `values` given: arrays the dict adopts, see
   * `ofSmallStrEntries`; a fresh dict otherwise starts with empty ones.)
   */
  constructor(cls: PyType = dictType, keys?: PyValue[], values?: PyValue[]) {
    super(cls);
    this.keys = keys ?? [];
    this.values = values ?? [];
  }

  /**
   * The exact dict that inserting `keys[i]: values[i]` in order into an
   * empty one makes (see `adoptSmallStrEntries`), adopting the arrays
   * without allocating a pair of empty ones first.
   */
  static ofSmallStrEntries(keys: string[], values: PyValue[]): PyDict {
    const dict = new PyDict(dictType, keys, values);
    dict.adoptSmallStrEntries(keys, values);
    return dict;
  }

  get isGeneral(): boolean {
    return this.slots !== null;
  }

  // ---- lookup ----------------------------------------------------------

  /** The position of `key`'s entry, or -1. Hashes the key (TypeError if unhashable). */
  lookupPosition(key: PyValue): number {
    if (this.slots === null && typeof key === "string") return this.strPosition(key);
    const low = tableHash(key);
    return this.lookupHashed(key, low, hashHigh);
  }

  /** Lookup with the key's hash already known. */
  lookupHashed(key: PyValue, low: number, high: number): number {
    for (;;) {
      if (this.slots === null) {
        if (typeof key === "string") return this.strPosition(key);
        if (this.size === 0 || !mayEqualStr(key)) return -1;
        this.useGeneralStrategy();
      }
      const position = this.probe(key, low, high);
      if (position !== RESTART) return position;
    }
  }

  /** The position of a primitive str key in str mode, or -1. */
  private strPosition(key: string): number {
    const index = this.strIndex;
    const keys = this.keys;
    if (index !== null) return index.get(key, keys);
    for (let position = 0; position < keys.length; position++) {
      if (keys[position] === key) return position;
    }
    return -1;
  }

  private probe(key: PyValue, low: number, high: number): number {
    const slots = this.slots!;
    const keys = this.keys;
    const mask = slots.length - 1;
    let perturbLow = low >>> 0;
    let perturbHigh = high >>> 0;
    let i = low & mask;
    for (;;) {
      const position = slots[i];
      if (position === EMPTY) return -1;
      if (position >= 0) {
        const candidate = keys[position] as PyValue;
        if (candidate === key) return position;
        if (this.hashLow[position] === low && this.hashHigh[position] === high) {
          const equal = equalsForKey(candidate, key);
          if (this.slots !== slots || this.keys !== keys || keys[position] !== candidate) {
            return RESTART;
          }
          if (equal) return position;
        }
      }
      perturbLow = ((perturbLow >>> 5) | (perturbHigh << 27)) >>> 0;
      perturbHigh >>>= 5;
      i = (i * 5 + perturbLow + 1) & mask;
    }
  }

  /** d[key], or undefined when absent. */
  get(key: PyValue): PyValue | undefined {
    const position = this.lookupPosition(key);
    return position < 0 ? undefined : this.values[position];
  }

  /** Hot path for globals and keyword arguments: a lookup by a primitive str. */
  getStr(name: string): PyValue | undefined {
    if (this.strIndex !== null) {
      const position = this.strIndex.get(name, this.keys);
      return position < 0 ? undefined : this.values[position];
    }
    return this.get(name);
  }

  has(key: PyValue): boolean {
    return this.lookupPosition(key) >= 0;
  }

  // ---- insertion -------------------------------------------------------

  /** d[key] = value. */
  set(key: PyValue, value: PyValue): void {
    if (this.slots === null && typeof key === "string") {
      this.setInStrIndex(key, value);
      return;
    }
    const low = tableHash(key);
    this.setHashed(key, low, hashHigh, value);
  }

  /** Hot path for globals and keyword arguments: d[name] = value. */
  setStr(name: string, value: PyValue): void {
    if (this.slots === null) this.setInStrIndex(name, value);
    else this.set(name, value);
  }

  /** Insert or assign in str mode (or into an empty dict, which then becomes a str dict). */
  private setInStrIndex(key: string, value: PyValue): void {
    const position = this.strPosition(key);
    if (position >= 0) {
      this.values[position] = value;
      this.version++;
      return;
    }
    if (this.usable <= 0) this.resize(capacityFor(this.size * 3));
    if (this.strIndex !== null) this.strIndex.add(key, this.keys.length);
    else if (this.keys.length >= SMALL_STR_DICT) {
      (this.strIndex = buildStrIndex(this.keys, this.size)).add(key, this.keys.length);
    }
    this.append(key, value);
  }

  /** d[key] = value with the key's hash already known. */
  setHashed(key: PyValue, low: number, high: number, value: PyValue): void {
    const position = this.lookupHashed(key, low, high);
    if (position >= 0) {
      this.values[position] = value;
      this.version++;
      return;
    }
    this.insertAbsent(key, low, high, value);
  }

  /** d.setdefault(key, value): one lookup (and so one round of `__eq__` calls), as in CPython. */
  setDefault(key: PyValue, value: PyValue): PyValue {
    if (this.slots === null && typeof key === "string") {
      const position = this.strPosition(key);
      if (position >= 0) return this.values[position] as PyValue;
      this.setInStrIndex(key, value);
      return value;
    }
    const low = tableHash(key);
    const high = hashHigh;
    const position = this.lookupHashed(key, low, high);
    if (position >= 0) return this.values[position] as PyValue;
    this.insertAbsent(key, low, high, value);
    return value;
  }

  /** Append a key that a lookup just reported absent (no Python code ran since). */
  private insertAbsent(key: PyValue, low: number, high: number, value: PyValue): void {
    if (this.slots === null) {
      // An empty dict (possibly cleared by a comparison) or a str dict.
      if (typeof key === "string") {
        this.setInStrIndex(key, value);
        return;
      }
      this.useGeneralStrategy();
    }
    if (this.usable <= 0) this.resize(capacityFor(this.size * 3));
    this.placeInSlots(this.slots!, low, high, this.keys.length);
    this.hashLow.push(low);
    this.hashHigh.push(high);
    this.append(key, value);
  }

  private append(key: PyValue, value: PyValue): void {
    this.keys.push(key);
    this.values.push(value);
    this.usable--;
    this.size++;
    this.version++;
    this.layout++;
  }

  /** Store `position` in the first free (empty or dummy) slot of the probe sequence. */
  private placeInSlots(slots: Int32Array, low: number, high: number, position: number): void {
    const mask = slots.length - 1;
    let perturbLow = low >>> 0;
    let perturbHigh = high >>> 0;
    let i = low & mask;
    while (slots[i] >= 0) {
      perturbLow = ((perturbLow >>> 5) | (perturbHigh << 27)) >>> 0;
      perturbHigh >>>= 5;
      i = (i * 5 + perturbLow + 1) & mask;
    }
    slots[i] = position;
  }

  // ---- deletion --------------------------------------------------------

  /** del d[key]; false when the key is absent. */
  delete(key: PyValue): boolean {
    const position = this.lookupPosition(key);
    if (position < 0) return false;
    this.removeAt(position);
    return true;
  }

  /** Remove the live entry at `position`. */
  removeAt(position: number): void {
    if (this.slots === null) {
      this.strIndex?.delete(this.keys[position] as string, position);
    } else {
      this.slots[this.slotOf(position)] = DUMMY;
    }
    storeTombstone(this.keys, position);
    storeTombstone(this.values, position);
    this.size--;
    this.version++;
    this.layout++;
  }

  private slotOf(position: number): number {
    const slots = this.slots!;
    const mask = slots.length - 1;
    const low = this.hashLow[position];
    let perturbLow = low >>> 0;
    let perturbHigh = this.hashHigh[position] >>> 0;
    let i = low & mask;
    while (slots[i] !== position) {
      perturbLow = ((perturbLow >>> 5) | (perturbHigh << 27)) >>> 0;
      perturbHigh >>>= 5;
      i = (i * 5 + perturbLow + 1) & mask;
    }
    return i;
  }

  /** Position of the last live entry (popitem's victim), or -1. */
  lastPosition(): number {
    let position = this.keys.length - 1;
    while (position >= 0 && this.keys[position] === undefined) position--;
    return position;
  }

  /** Remove the last entry and trim trailing tombstones (CPython's popitem). */
  removeLast(position: number): void {
    this.removeAt(position);
    this.keys.length = position;
    this.values.length = position;
    if (this.slots !== null) {
      this.hashLow.length = position;
      this.hashHigh.length = position;
    }
  }

  /** d.clear(): back to the empty state of a new dict. */
  clear(): void {
    this.keys = [];
    this.values = [];
    this.hashLow = NO_HASHES;
    this.hashHigh = NO_HASHES;
    this.size = 0;
    this.capacity = 0;
    this.usable = 0;
    this.strIndex = null;
    this.slots = null;
    this.version++;
    this.layout++;
  }

  // ---- table management ------------------------------------------------

  /** Rebuild for `capacity` slots, compacting tombstones away. */
  private resize(capacity: number): void {
    const compact = this.keys.length !== this.size;
    if (compact) this.compactEntries();
    this.capacity = capacity;
    this.usable = usableFraction(capacity) - this.size;
    if (this.slots !== null) {
      this.slots = this.buildSlots(capacity);
    } else if (compact && this.strIndex !== null) {
      this.strIndex = this.keys.length > SMALL_STR_DICT
        ? buildStrIndex(this.keys, this.size)
        : null;
    }
  }

  private compactEntries(): void {
    const general = this.slots !== null;
    const keys: PyValue[] = [];
    const values: PyValue[] = [];
    const hashLow: number[] = [];
    const hashHigh: number[] = [];
    for (let position = 0; position < this.keys.length; position++) {
      const key = this.keys[position];
      if (key === undefined) continue;
      keys.push(key);
      values.push(this.values[position] as PyValue);
      if (general) {
        hashLow.push(this.hashLow[position]);
        hashHigh.push(this.hashHigh[position]);
      }
    }
    this.keys = keys;
    this.values = values;
    this.hashLow = general ? hashLow : NO_HASHES;
    this.hashHigh = general ? hashHigh : NO_HASHES;
  }

  private buildSlots(capacity: number): Int32Array {
    const slots = new Int32Array(capacity).fill(EMPTY);
    for (let position = 0; position < this.keys.length; position++) {
      if (this.keys[position] !== undefined) {
        this.placeInSlots(slots, this.hashLow[position], this.hashHigh[position], position);
      }
    }
    return slots;
  }

  /** Switch to the general strategy; hashing str keys runs no Python code. */
  private useGeneralStrategy(): void {
    const count = this.keys.length;
    const lows = new Array<number>(count);
    const highs = new Array<number>(count);
    for (let position = 0; position < count; position++) {
      const key = this.keys[position];
      if (key === undefined) {
        lows[position] = 0;
        highs[position] = 0;
      } else {
        lows[position] = tableHash(key);
        highs[position] = hashHigh;
      }
    }
    this.hashLow = lows;
    this.hashHigh = highs;
    if (this.capacity === 0) {
      this.capacity = MIN_CAPACITY;
      this.usable = usableFraction(MIN_CAPACITY);
    }
    this.strIndex = null;
    this.slots = this.buildSlots(this.capacity);
  }

  /**
   * dict.copy() (always an exact dict). CPython clones the table, holes
   * included, unless more than a third of the entries are holes; then it
   * re-inserts (using the stored hashes).
   */
  copy(): PyDict {
    const copy = new PyDict();
    if (this.size === 0) return copy;
    if (this.size >= Math.floor((this.keys.length * 2) / 3)) copy.copyTableFrom(this);
    else copy.mergeDict(this);
    return copy;
  }

  /**
   * Become the dict that inserting `keys[i]: values[i]` in order would make
   * of this empty one (capacity, usable, version as those insertions leave
   * them), adopting the arrays: at most SMALL_STR_DICT distinct primitive
   * strs (json's scanner, which builds the arrays exactly sized).
   */
  adoptSmallStrEntries(keys: string[], values: PyValue[]): void {
    let capacity = 0, usable = 0;
    for (let size = 0; size < keys.length; size++) {
      if (usable <= 0) {
        capacity = capacityFor(size * 3);
        usable = usableFraction(capacity) - size;
      }
      usable--;
    }
    this.keys = keys;
    this.values = values;
    this.size = keys.length;
    this.capacity = capacity;
    this.usable = usable;
    this.version += keys.length;
    this.layout++;
  }

  /** Become an exact copy of `other`'s table. */
  private copyTableFrom(other: PyDict): void {
    this.keys = other.keys.slice();
    this.values = other.values.slice();
    this.size = other.size;
    this.capacity = other.capacity;
    this.usable = other.usable;
    this.version++;
    this.layout++;
    if (other.slots !== null) {
      this.strIndex = null;
      this.slots = other.slots.slice();
      this.hashLow = other.hashLow.slice();
      this.hashHigh = other.hashHigh.slice();
    } else {
      this.strIndex = other.strIndex === null ? null : other.strIndex.clone();
      this.slots = null;
    }
  }

  /**
   * Add every entry of `other` in its order, overriding (CPython's dict_merge
   * for a dict source): an empty dict clones a clean source; otherwise one
   * resize up front, then insertions with the stored hashes.
   */
  mergeDict(other: PyDict): void {
    if (other === this || other.size === 0) return;
    if (
      this.size === 0 && other.keys.length === other.size &&
      (other.capacity === MIN_CAPACITY || usableFraction(other.capacity / 2) < other.size)
    ) {
      this.copyTableFrom(other);
      return;
    }
    if (usableFraction(this.capacity) < other.size) {
      const wanted = this.size + other.size;
      this.resize(capacityFor(Math.floor((wanted * 3 + 1) / 2)));
    }
    const keys = other.keys;
    const count = keys.length;
    for (let position = 0; position < count; position++) {
      const key = keys[position];
      if (key === undefined) continue;
      const value = other.values[position] as PyValue;
      if (other.slots !== null) {
        this.setHashed(key, other.hashLow[position], other.hashHigh[position], value);
      } else {
        this.set(key, value);
      }
      if (other.keys !== keys || keys.length !== count) {
        throw pyError("RuntimeError", "dict mutated during update");
      }
    }
  }
}

/**
 * a == b for two dicts: same keys, equal values (order-insensitive), in
 * CPython's dict_equal order: sizes, then each entry of `a` in order, its key
 * looked up in `b`, then the two values compared. `atLimit`: the recursion
 * limit is reached (hash.ts containersEqual), so comparing two values that
 * are not identical raises.
 */
export function dictEquals(a: PyDict, b: PyDict, atLimit: boolean): boolean {
  if (a.size !== b.size) return false;
  for (let position = 0; position < a.keys.length; position++) {
    const key = a.keys[position];
    if (key === undefined) continue;
    const value = a.values[position] as PyValue;
    // Dicts built alike (a loaded JSON document and its source) hold their
    // str keys at the same positions: a key found there needs no lookup.
    const found = typeof key === "string" && b.keys[position] === key
      ? position
      : a.slots !== null
      ? b.lookupHashed(key, a.hashLow[position], a.hashHigh[position])
      : b.lookupPosition(key);
    if (found < 0) return false;
    const other = b.values[found] as PyValue;
    if (value === other) continue;
    if (atLimit) throw comparisonRecursion();
    if (!itemsEqual(value, other)) return false;
  }
  return true;
}
