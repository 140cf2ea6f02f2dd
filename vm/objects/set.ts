/**
 * set and frozenset: the hash table (CPython's setobject.c algorithm) and the
 * core operations. The Python-visible methods are in set_methods.ts.
 *
 * WHY CPYTHON'S TABLE, EXACTLY. A set has no insertion order; it iterates in
 * table order, and programs print sets all the time (`print({3, 1, 2})` shows
 * `{1, 2, 3}`). To print what CPython prints we keep the same table: size a
 * power of two (8 at first), an entry's home slot `hash & mask`, then up to
 * LINEAR_PROBES (9) neighbouring slots when they fit before the end of the
 * table, then a jump `i = (i * 5 + 1 + perturb) & mask` with `perturb` the
 * full 64-bit hash shifted right 5 bits per jump. Deletion leaves a dummy;
 * an insertion reuses the last dummy seen on its probe path; the table grows
 * when fill (live + dummies) reaches 3/5 of the mask, to the smallest power of
 * two above 4 * used (2 * used past 50000), re-inserting in old table order.
 * set(iterable-of-set) copies the other table's layout when it can, as
 * CPython's set_merge does. With hashes equal to CPython's (ints, floats,
 * tuples, frozensets of those — see runtime/hash.ts), iteration order is
 * CPython's; str hashes differ (CPython randomises them), so sets of strs
 * iterate in some order, as in CPython.
 *
 * FAST PATHS THAT KEEP THE TABLE. From the first deletion from a table of
 * 32 slots or more on, the table keeps a side index (set_index.ts: live keys
 * per hash bucket, a slot hint per bucket, a bit per occupied slot and per
 * dummy), with which misses, hits past runs of dummies and adds of new keys
 * skip the probing. In a table without it, an int32 key other than -1 (which
 * hashes to itself) is looked for in its home slot `key & mask` first: when
 * that slot holds the key it is found, when it is empty the key is absent
 * (and an add stores it there, as CPython's first probe would) — no hashing,
 * no probe loop. Both find the slots CPython's probes would, so layout and
 * iteration order stay CPython's.
 *
 * Storage: `keys[i]` is undefined (never used), DUMMY (deleted) or a live
 * key; `hashLow[i]` and `highWords[i]` hold its 64-bit hash (DUMMY entries:
 * -1, a value no live key hashes to). `highWords` is null while every high
 * word is the sign of its low word (`low >> 31`: ints of 32 bits, strs,
 * bools, dummies, empty slots), which spares most sets a third array; the
 * first key with a wider hash (a float, a big int, a tuple) makes it.
 *
 * MUTATION DURING COMPARISON. `equalsForKey` may run Python code that changes
 * the set. After each such call the probe checks that the table arrays are the
 * same and the entry still holds the key it compared; otherwise it restarts
 * (CPython's rule). Resizing always allocates new arrays, so the identity
 * check sees it.
 */
import { PyObject, type PyValue } from "./object.ts";
import { makeBuiltinType } from "./core_types.ts";
import type { PyType } from "./type.ts";
import { equalsForKey, hashHigh, tableHash } from "../runtime/hash.ts";
import { BUCKET_MASK, packedCopy, SetIndex, zeros } from "./set_index.ts";
import {
  isPrimitiveKey,
  PENDING_LIMIT,
  pendingIndexOf,
  pendingOtherBits,
  type PrimitiveKey,
  smallCode,
} from "./set_pending.ts";
import {
  add64,
  HIGH,
  LOW,
  multiply64,
  shiftLeft64,
  shiftRight64,
  u64,
} from "../runtime/hash_u64.ts";

export const setType = makeBuiltinType("set");
export const frozensetType = makeBuiltinType("frozenset");

/** Marks a deleted slot. */
export const DUMMY: unique symbol = Symbol("dummy");
type Slot = PyValue | undefined | typeof DUMMY;

const MIN_SIZE = 8;
const LINEAR_PROBES = 9;
/**
 * Tables this large get the side index once a key is deleted. Smaller ones,
 * and tables only added to, probe little; building an index at every resize
 * was a fifth of go.py's time (its many small sets grow to 32 slots and are
 * never deleted from).
 */
const INDEXED_SIZE = 32;

/** The table of a pending set: never written (`place` makes a fresh one). */
const NO_SLOTS: Slot[] = Object.freeze([]) as unknown as Slot[];
const NO_LOWS: number[] = Object.freeze([]) as unknown as number[];
/** `lookup` result when a comparison changed the table: start over. */
const RESTART = -2;
/** `intSlot` result: the key's home slot is empty. */
const EMPTY_HOME = -3;

/** Packed arrays of empty slots, one per table size, for `emptySlots` to copy. */
const EMPTY_SLOT_TEMPLATES: (Slot[] | undefined)[] = [];

/**
 * A packed array of `size` empty slots: a copy of a template (slice() of a
 * packed array is a memory copy; filling a new one element by element cost a
 * resize most of its time in go.py). A holey `new Array(n)` would make every
 * read slower.
 */
function emptySlots(size: number): Slot[] {
  if (size === MIN_SIZE) { // (a literal: the cheapest packed array, and set() is made often)
    // The null makes the literal an array of tagged values: with only
    // `undefined` in it, this V8 makes a double array (array_fill.ts,
    // taggedArray), which the table's first key then converts, copying it.
    const slots: Slot[] = [
      null,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ];
    slots[0] = undefined;
    return slots;
  }
  return packedCopy(EMPTY_SLOT_TEMPLATES, size, undefined);
}

export class PySet extends PyObject {
  // The table (read through the getters below, which place a pending set).
  private table: Slot[] = NO_SLOTS;
  private lows: number[] = NO_LOWS;
  /** High hash words; null while each is `lows[slot] >> 31` (see the top). */
  private highs: number[] | null = null;
  private tableMask = MIN_SIZE - 1;
  /** Live entries plus dummies. */
  private tableFill = 0;
  /** Live entries (`len(s)`), pending or placed. */
  used = 0;
  /**
   * The side index (set_index.ts): made at the first deletion from a table
   * of INDEXED_SIZE slots or more, then kept through resizes; null before.
   */
  private sideIndex: SetIndex | null = null;
  /**
   * The keys in the order they were added while the set is pending (see
   * set_pending.ts): all primitives, distinct, with at most PENDING_LIMIT
   * not small (see `smallCode`); null
   * once the set is placed in its table. The table fields are then unused
   * (the shared empty NO_SLOTS/NO_LOWS, never written).
   */
  pending: PrimitiveKey[] | null = [];
  /** Bit `code` (0-31) set when a pending key's `smallCode` is `code`. */
  private pendingSmall0 = 0;
  /** Bit `code - 32` set when a pending key's `smallCode` is `code` (32-63). */
  private pendingSmall1 = 0;
  /** `pendingOtherBits` of the pending keys without a small code, or-ed. */
  private pendingFilter = 0;
  /** How many pending keys have no small code. */
  private pendingOthers = 0;
  /** Where set.pop() starts looking (CPython's finger). */
  finger = 0;
  /** Cached frozenset hash words; `frozenHashKnown` says whether they are set. */
  private frozenHashKnown = false;
  private frozenHashLow = 0;
  frozenHashHigh = 0;

  constructor(cls: PyType = setType) {
    super(cls);
  }

  // ---- the table, placed on first use ----------------------------------

  /** `keys[i]`: undefined (never used), DUMMY (deleted) or a live key. */
  get keys(): Slot[] {
    if (this.pending !== null) this.place();
    return this.table;
  }
  /** Low hash words of the slots (DUMMY: -1). */
  get hashLow(): number[] {
    if (this.pending !== null) this.place();
    return this.lows;
  }
  /** High hash words; null while each is `hashLow[slot] >> 31`. */
  get highWords(): number[] | null {
    if (this.pending !== null) this.place();
    return this.highs;
  }
  get mask(): number {
    if (this.pending !== null) this.place();
    return this.tableMask;
  }
  get fill(): number {
    if (this.pending !== null) this.place();
    return this.tableFill;
  }
  get index(): SetIndex | null {
    if (this.pending !== null) this.place();
    return this.sideIndex;
  }

  /**
   * Put a pending set's keys in its table: CPython's adds, in the order
   * they were made, into a fresh table (no dummies, all keys distinct, so
   * each goes to the first empty slot of its probe path), growing it as
   * those adds would. The layout is then the one CPython's table has.
   */
  private place(): void {
    const keys = this.pending!;
    this.pending = null;
    this.highs = null;
    this.sideIndex = null;
    if (keys.length > 0 && this.placeAtHomes(keys)) return;
    this.table = emptySlots(MIN_SIZE);
    this.lows = zeros(MIN_SIZE);
    this.tableMask = MIN_SIZE - 1;
    this.tableFill = 0;
    this.used = 0;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      const low = tableHash(key);
      const high = hashHigh;
      this.store(emptySlotOnPath(this.table, this.tableMask, low, high), key, low, high);
      this.tableFill++;
      this.used++;
      if (this.tableFill * 5 >= this.tableMask * 3) this.resize(this.growthTarget());
    }
  }

  /**
   * `place` without the replay, when the keys' home slots in the table the
   * adds end with are all different: each key is then in its home slot
   * whatever the order it went in (no other key can be there), so the
   * table is made at its final size and each key stored at home. False,
   * having changed nothing, when two homes are the same.
   */
  private placeAtHomes(keys: PrimitiveKey[]): boolean {
    let mask = MIN_SIZE - 1;
    for (let fill = 1; fill <= keys.length; fill++) {
      if (fill * 5 >= mask * 3) {
        let size = MIN_SIZE;
        const target = fill > 50000 ? fill * 2 : fill * 4; // (growthTarget)
        while (size <= target) size *= 2;
        mask = size - 1;
      }
    }
    const table = emptySlots(mask + 1);
    const lows = zeros(mask + 1);
    for (let i = 0; i < keys.length; i++) {
      const low = tableHash(keys[i]);
      if (hashHigh !== low >> 31 || table[low & mask] !== undefined) return false;
      table[low & mask] = keys[i];
      lows[low & mask] = low;
    }
    this.table = table;
    this.lows = lows;
    this.tableMask = mask;
    this.tableFill = keys.length;
    this.used = keys.length;
    return true;
  }

  /** has() of a pending set. */
  private pendingHas(key: PyValue): boolean {
    const code = smallCode(key);
    if (code >= 0) {
      return ((code < 32 ? this.pendingSmall0 : this.pendingSmall1) & (1 << code)) !== 0;
    }
    if (isPrimitiveKey(key)) {
      return (this.pendingFilter & pendingOtherBits(key)) !== 0 &&
        pendingIndexOf(this.pending!, key) >= 0;
    }
    this.place();
    return this.has(key);
  }

  /** add() to a pending set. */
  private pendingAdd(key: PyValue): void {
    if (isPrimitiveKey(key)) return this.addPending(this.pending!, key);
    this.place();
    this.add(key);
  }

  /** discard() from a pending set: placed first (CPython leaves a dummy). */
  private pendingDiscard(key: PyValue): boolean {
    if (this.used === 0) return false;
    this.place();
    return this.discard(key);
  }

  /** Add `key`, a primitive, to a pending set (placing it when full). */
  private addPending(pending: PrimitiveKey[], key: PrimitiveKey): void {
    const code = smallCode(key);
    if (code >= 0) {
      const bit = 1 << code; // (shift counts are taken mod 32)
      if (code < 32) {
        if ((this.pendingSmall0 & bit) !== 0) return;
        this.pendingSmall0 |= bit;
      } else {
        if ((this.pendingSmall1 & bit) !== 0) return;
        this.pendingSmall1 |= bit;
      }
      pending.push(key);
      this.used++;
      this.frozenHashKnown = false;
      return;
    }
    const bits = pendingOtherBits(key);
    if ((this.pendingFilter & bits) !== 0 && pendingIndexOf(pending, key) >= 0) return;
    pending.push(key);
    this.pendingFilter |= bits;
    this.used++;
    this.frozenHashKnown = false;
    if (++this.pendingOthers > PENDING_LIMIT) this.place();
  }

  // ---- probing ---------------------------------------------------------

  /** The slot holding `key`, or -1 (CPython's set_lookkey). */
  lookup(key: PyValue, low: number, high: number): number {
    if (this.pending !== null) this.place();
    for (;;) {
      const slot = this.tryLookup(key, low, high);
      if (slot !== RESTART) return slot;
    }
  }

  private tryLookup(key: PyValue, low: number, high: number): number {
    const index = this.sideIndex;
    const keys = this.table;
    if (index !== null) {
      const bucket = low & BUCKET_MASK;
      if (index.counts[bucket] === 0) return -1;
      const hinted = index.hints[bucket];
      if (keys[hinted] === key) return hinted;
    }
    const hashLow = this.lows;
    let highs = this.highs;
    if (highs === null && high !== low >> 31) return -1; // no stored hash is this wide
    let mask = this.tableMask;
    let perturbLow = low >>> 0;
    let perturbHigh = high >>> 0;
    let i = low & mask;
    for (;;) {
      let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
      let j = i;
      do {
        // Hash words first: they are small-int arrays, so a probe that does
        // not match costs an integer compare or two (CPython's order too).
        if (hashLow[j] === low && (highs === null || highs[j] === high)) {
          const candidate = keys[j];
          if (candidate === key) return this.found(j, low); // (an int or a str is found here)
          if (candidate === undefined) return -1; // an empty slot; the key hashes to 0
          const equal = equalsForKey(candidate as PyValue, key);
          if (this.table !== keys || keys[j] !== candidate) return RESTART;
          if (equal) return this.found(j, low);
          mask = this.tableMask;
          highs = this.highs;
        } else if (keys[j] === undefined) {
          return -1;
        }
        j++;
      } while (probes-- > 0);
      perturbLow = ((perturbLow >>> 5) | (perturbHigh << 27)) >>> 0;
      perturbHigh >>>= 5;
      i = (i * 5 + 1 + perturbLow) & mask;
    }
  }

  /** `slot`, remembered as its bucket's hint. */
  private found(slot: number, low: number): number {
    if (this.sideIndex !== null) this.sideIndex.hints[low & BUCKET_MASK] = slot;
    return slot;
  }

  /**
   * Where a self-hashing int key (an int32 other than -1, whose hash is -2)
   * is, without probing: its slot; -1 when absent; EMPTY_HOME when absent
   * with its home slot `key & mask` empty (an add stores it there, as
   * CPython's first probe would); RESTART when only a probe can tell. A
   * table without the index looks at the home slot, one with the index (and
   * so with dummies, which the home slot often holds) asks the index.
   */
  private intSlot(key: number): number {
    const index = this.sideIndex;
    if (index === null) {
      const home = key & this.tableMask;
      const there = this.table[home];
      if (there === key) return home;
      return there === undefined ? EMPTY_HOME : RESTART;
    }
    const bucket = key & BUCKET_MASK;
    if (index.counts[bucket] === 0) return -1;
    const hinted = index.hints[bucket];
    return this.table[hinted] === key ? hinted : RESTART;
  }

  // has, add and discard stay small, their slow paths calls: traces call
  // them, and V8 inlines into a trace only within a budget of bytecode
  // (nqueens 0.078 s with add inlined into its trace, 0.088 s without).
  has(key: PyValue): boolean {
    if (this.pending !== null) return this.pendingHas(key);
    if (typeof key === "number" && (key | 0) === key && key !== -1) {
      const slot = this.intSlot(key);
      if (slot !== RESTART) return slot >= 0;
    }
    return this.lookup(key, tableHash(key), hashHigh) >= 0; // (hashHigh read after tableHash)
  }

  // ---- insertion -------------------------------------------------------

  add(key: PyValue): void {
    if (this.pending !== null) return this.pendingAdd(key);
    if (typeof key === "number" && (key | 0) === key && key !== -1) {
      const slot = this.intSlot(key);
      if (slot >= 0) return;
      if (slot !== RESTART) return this.addAbsentInt(key, slot);
    }
    this.addHashed(key, tableHash(key), hashHigh);
  }

  /** add() of a self-hashing int that `intSlot` found absent (`where`: how). */
  private addAbsentInt(key: number, where: number): void {
    if (where === EMPTY_HOME) this.placeNew(key, key, key >> 31, key & this.tableMask, -1);
    else this.addAbsent(this.sideIndex!, key, key, key >> 31);
  }

  /** CPython's set_add_entry. */
  addHashed(key: PyValue, low: number, high: number): void {
    const pending = this.pending;
    if (pending !== null) {
      if (isPrimitiveKey(key)) return this.addPending(pending, key);
      this.place();
    }
    const index = this.sideIndex;
    if (index !== null && index.counts[low & BUCKET_MASK] === 0) {
      this.addAbsent(index, key, low, high);
      return;
    }
    // (with `highWords` null, a stored hash equals this one when its low word does)
    if (this.highs === null && high !== low >> 31) this.widenHighs();
    restart: for (;;) {
      const keys = this.table;
      const hashLow = this.lows;
      let highs = this.highs;
      let mask = this.tableMask;
      let perturbLow = low >>> 0;
      let perturbHigh = high >>> 0;
      let i = low & mask;
      let freeSlot = -1;
      for (;;) {
        let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
        let j = i;
        do {
          const slotLow = hashLow[j];
          if (slotLow === low && (highs === null || highs[j] === high)) {
            const candidate = keys[j];
            if (candidate === key) return;
            if (candidate !== undefined) {
              const equal = equalsForKey(candidate as PyValue, key);
              if (equal) return;
              if (this.table !== keys || keys[j] !== candidate) continue restart;
              mask = this.tableMask;
              highs = this.highs;
              j++;
              continue;
            }
          } else if (slotLow === -1 && (highs === null || highs[j] === -1)) {
            freeSlot = j; // a dummy: no live key hashes to -1
            j++;
            continue;
          }
          if (keys[j] === undefined) return this.placeNew(key, low, high, j, freeSlot);
          j++;
        } while (probes-- > 0);
        perturbLow = ((perturbLow >>> 5) | (perturbHigh << 27)) >>> 0;
        perturbHigh >>>= 5;
        i = (i * 5 + 1 + perturbLow) & mask;
      }
    }
  }

  /**
   * set_add_entry for a key the index says is absent: the same probe path
   * and the same slot (the last dummy before the first empty slot, else that
   * empty slot), read from the index's slot bits window by window, with no
   * comparisons and no visits of slots.
   */
  private addAbsent(index: SetIndex, key: PyValue, low: number, high: number): void {
    const mask = this.tableMask;
    let perturbLow = low >>> 0;
    let perturbHigh = high >>> 0;
    let i = low & mask;
    let dummy = -1;
    for (;;) {
      const empty = index.scan(i, i + LINEAR_PROBES <= mask ? LINEAR_PROBES + 1 : 1);
      if (index.lastDummy >= 0) dummy = i + index.lastDummy;
      if (empty >= 0) return this.placeNew(key, low, high, i + empty, dummy);
      perturbLow = ((perturbLow >>> 5) | (perturbHigh << 27)) >>> 0;
      perturbHigh >>>= 5;
      i = (i * 5 + 1 + perturbLow) & mask;
    }
  }

  /**
   * A new key whose probe path ended at the empty slot `empty`: stored in
   * the last dummy on the path (`dummy`, -1 if none), else there — which
   * fills the table, and may grow it.
   */
  private placeNew(key: PyValue, low: number, high: number, empty: number, dummy: number): void {
    if (dummy >= 0) {
      this.store(dummy, key, low, high);
      this.used++;
      return;
    }
    this.store(empty, key, low, high);
    this.tableFill++;
    this.used++;
    if (this.tableFill * 5 >= this.tableMask * 3) this.resize(this.growthTarget());
  }

  private store(slot: number, key: PyValue, low: number, high: number): void {
    this.table[slot] = key;
    this.lows[slot] = low;
    if (this.highs !== null) this.highs[slot] = high;
    else if (high !== low >> 31) this.widenHighs()[slot] = high;
    this.frozenHashKnown = false;
    if (this.sideIndex !== null) this.sideIndex.stored(slot, low);
  }

  /** The high hash word of `slot`. */
  highOf(slot: number): number {
    return this.highs === null ? this.lows[slot] >> 31 : this.highs[slot];
  }

  /** The high hash words as an array (made now if they were implicit). */
  get hashHigh(): number[] {
    if (this.pending !== null) this.place();
    return this.highs ?? this.widenHighs();
  }

  /** Make `highWords` from the low words, for a key whose hash is wider. */
  private widenHighs(): number[] {
    const highs = zeros(this.tableMask + 1);
    const lows = this.lows;
    for (let slot = 0; slot <= this.tableMask; slot++) highs[slot] = lows[slot] >> 31;
    this.highs = highs;
    return highs;
  }

  private growthTarget(): number {
    return this.used > 50000 ? this.used * 2 : this.used * 4;
  }

  /** CPython's set_table_resize: the smallest power of two above `minimumUsed`. */
  resize(minimumUsed: number): void {
    if (this.pending !== null) this.place();
    let size = MIN_SIZE;
    while (size <= minimumUsed) size *= 2;
    if (size === MIN_SIZE && this.tableMask === MIN_SIZE - 1 && this.tableFill === this.used) {
      return;
    }
    const oldKeys = this.table;
    const oldLow = this.lows;
    const oldHigh = this.highs;
    // One loop over local arrays, with no call per key: go.py's small sets
    // re-insert a million keys a run.
    const keys = emptySlots(size);
    const hashLow = zeros(size);
    const highs = oldHigh === null ? null : zeros(size);
    const mask = size - 1;
    for (let slot = 0; slot < oldKeys.length; slot++) {
      const key = oldKeys[slot];
      if (key === undefined || key === DUMMY) continue;
      const low = oldLow[slot];
      const high = oldHigh === null ? low >> 31 : oldHigh[slot];
      let free = low & mask;
      if (keys[free] !== undefined) free = emptySlotOnPath(keys, mask, low, high);
      keys[free] = key;
      hashLow[free] = low;
      if (highs !== null) highs[free] = high;
    }
    this.table = keys;
    this.lows = hashLow;
    this.highs = highs;
    this.tableMask = mask;
    this.tableFill = this.used;
    this.frozenHashKnown = false;
    const indexed = this.sideIndex !== null && size >= INDEXED_SIZE;
    this.sideIndex = null;
    if (indexed) this.buildIndex();
  }

  /** Insert a key known to be absent into a table without dummies (no comparisons). */
  insertClean(key: PyValue, low: number, high: number): void {
    if (this.pending !== null) this.place();
    this.store(emptySlotOnPath(this.table, this.tableMask, low, high), key, low, high);
  }

  // ---- deletion --------------------------------------------------------

  /** Remove `key`; false when absent. */
  discardHashed(key: PyValue, low: number, high: number): boolean {
    const slot = this.lookup(key, low, high);
    if (slot < 0) return false;
    this.removeSlot(slot);
    return true;
  }

  discard(key: PyValue): boolean {
    if (this.pending !== null) return this.pendingDiscard(key);
    if (typeof key === "number" && (key | 0) === key && key !== -1) {
      const slot = this.intSlot(key);
      if (slot >= 0) {
        this.removeSlot(slot);
        return true;
      }
      if (slot !== RESTART) return false;
    }
    return this.discardHashed(key, tableHash(key), hashHigh);
  }

  removeSlot(slot: number): void {
    if (this.pending !== null) this.place();
    if (this.sideIndex === null && this.tableMask >= INDEXED_SIZE - 1) this.buildIndex();
    if (this.sideIndex !== null) this.sideIndex.removed(slot, this.lows[slot]);
    this.table[slot] = DUMMY;
    this.lows[slot] = -1;
    if (this.highs !== null) this.highs[slot] = -1;
    this.used--;
    this.frozenHashKnown = false;
  }

  /**
   * The side index of the table as it is, which has no dummies: a table of
   * INDEXED_SIZE slots or more is made by a resize or a copy of a table
   * without dummies, and its first deletion, or a resize once it has one,
   * makes the index.
   */
  private buildIndex(): void {
    const index = new SetIndex(this.tableMask + 1);
    const keys = this.table;
    for (let slot = 0; slot <= this.tableMask; slot++) {
      if (keys[slot] !== undefined) index.stored(slot, this.lows[slot]);
    }
    this.sideIndex = index;
  }

  /** CPython's set_pop: the first live slot from the finger on; undefined when empty. */
  pop(): PyValue | undefined {
    if (this.used === 0) return undefined;
    if (this.pending !== null) this.place();
    const keys = this.table;
    let slot = this.finger & this.tableMask;
    while (keys[slot] === undefined || keys[slot] === DUMMY) {
      slot++;
      if (slot > this.tableMask) slot = 0;
    }
    const key = keys[slot] as PyValue;
    this.removeSlot(slot);
    this.finger = slot + 1;
    return key;
  }

  clear(): void {
    this.frozenHashKnown = false;
    if (this.pending !== null) { // (a placed set stays placed: see `place`)
      this.pending = [];
      this.pendingSmall0 =
        this.pendingSmall1 =
        this.pendingFilter =
        this.pendingOthers =
          0;
      this.used = 0;
      return;
    }
    if (this.tableFill === 0 && this.tableMask === MIN_SIZE - 1) return; // already a fresh table (set())
    this.table = emptySlots(MIN_SIZE);
    this.lows = zeros(MIN_SIZE);
    this.highs = null;
    this.sideIndex = null;
    this.tableMask = MIN_SIZE - 1;
    this.tableFill = 0;
    this.used = 0;
    this.frozenHashKnown = false;
  }

  // ---- bulk ------------------------------------------------------------

  /** Take over the table of `source`, a temporary (CPython's set_swap_bodies). */
  adoptTable(source: PySet): void {
    if (source.pending !== null && this.pending !== null) {
      this.takePending(source.pending, source);
      return;
    }
    this.pending = null; // (this was placed, or is placed now: source.keys places source)
    this.table = source.keys;
    this.lows = source.hashLow;
    this.highs = source.highWords;
    this.sideIndex = source.index;
    this.tableMask = source.mask;
    this.tableFill = source.fill;
    this.used = source.used;
    this.frozenHashKnown = false;
  }

  /**
   * Become the pending set `source` is, with `keys` (its keys or a copy).
   * Only for a pending set: a placed one never becomes pending again, as a
   * probe of it that ran Python code (which may have changed it) restarts
   * on its table.
   */
  private takePending(keys: PrimitiveKey[], source: PySet): void {
    this.pending = keys;
    this.pendingSmall0 = source.pendingSmall0;
    this.pendingSmall1 = source.pendingSmall1;
    this.pendingFilter = source.pendingFilter;
    this.pendingOthers = source.pendingOthers;
    this.table = NO_SLOTS;
    this.lows = NO_LOWS;
    this.highs = null;
    this.sideIndex = null;
    this.tableMask = MIN_SIZE - 1;
    this.tableFill = 0;
    this.used = source.used;
    this.frozenHashKnown = false;
  }

  /** CPython's set_merge: add every key of `other`, copying its layout when possible. */
  merge(other: PySet): void {
    if (other === this || other.used === 0) return;
    if (
      this.pending !== null && this.used === 0 && other.pending !== null &&
      other.used * 5 < (MIN_SIZE - 1) * 3
    ) {
      // CPython copies the layout of a table that needs no growth here: the
      // copy of a pending set is the same pending keys.
      this.takePending(other.pending.slice(), other);
      return;
    }
    if (this.pending !== null) this.place();
    if ((this.tableFill + other.used) * 5 >= this.tableMask * 3) {
      this.resize((this.used + other.used) * 2);
    }
    if (this.tableFill === 0 && this.tableMask === other.mask && other.fill === other.used) {
      this.table = other.keys.slice();
      this.lows = other.hashLow.slice();
      this.highs = other.highWords === null ? null : other.highWords.slice();
      this.sideIndex = other.index === null ? null : new SetIndex(0, other.index);
      this.tableFill = other.fill;
      this.used = other.used;
      this.frozenHashKnown = false;
      return;
    }
    if (this.tableFill === 0) {
      this.tableFill = other.used;
      this.used = other.used;
      for (let slot = 0; slot <= other.mask; slot++) {
        const key = other.keys[slot];
        if (key !== undefined && key !== DUMMY) {
          this.insertClean(key as PyValue, other.hashLow[slot], other.highOf(slot));
        }
      }
      return;
    }
    for (let slot = 0; slot <= other.mask; slot++) {
      const key = other.keys[slot];
      if (key !== undefined && key !== DUMMY) {
        this.addHashed(key as PyValue, other.hashLow[slot], other.highOf(slot));
      }
    }
  }

  /** Live keys in table order, as an array (a snapshot). */
  keyList(): PyValue[] {
    if (this.pending !== null) this.place();
    const result: PyValue[] = [];
    for (let slot = 0; slot <= this.tableMask; slot++) {
      const key = this.table[slot];
      if (key !== undefined && key !== DUMMY) result.push(key as PyValue);
    }
    return result;
  }

  /** Low word of the frozenset hash (CPython's frozenset_hash); high word in `frozenHashHigh`. */
  frozenHash(): number {
    if (this.frozenHashKnown) return this.frozenHashLow;
    if (this.pending !== null) this.place();
    let high = 0;
    let low = 0;
    for (let slot = 0; slot <= this.tableMask; slot++) {
      const key = this.table[slot];
      if (key === undefined || key === DUMMY) continue;
      shuffleBits(this.highOf(slot), this.lows[slot]);
      high ^= u64[HIGH];
      low ^= u64[LOW];
    }
    // hash ^= (len + 1) * 1927868237
    multiply64(0, this.used + 1, 0, 1927868237);
    high = (high ^ u64[HIGH]) >>> 0;
    low = (low ^ u64[LOW]) >>> 0;
    // hash ^= (hash >> 11) ^ (hash >> 25)
    shiftRight64(high, low, 11);
    let mixHigh = u64[HIGH];
    let mixLow = u64[LOW];
    shiftRight64(high, low, 25);
    mixHigh ^= u64[HIGH];
    mixLow ^= u64[LOW];
    high = (high ^ mixHigh) >>> 0;
    low = (low ^ mixLow) >>> 0;
    // hash = hash * 69069 + 907133923
    multiply64(high, low, 0, 69069);
    add64(u64[HIGH], u64[LOW], 0, 907133923);
    high = u64[HIGH];
    low = u64[LOW];
    if ((high | 0) === -1 && (low | 0) === -1) {
      high = 0;
      low = 590923713;
    }
    this.frozenHashKnown = true;
    this.frozenHashLow = low | 0;
    this.frozenHashHigh = high | 0;
    return this.frozenHashLow;
  }
}

/**
 * The first empty slot on the probe path of hash `high:low` in `keys`, a
 * table without dummies (CPython's set_insert_clean).
 */
function emptySlotOnPath(keys: Slot[], mask: number, low: number, high: number): number {
  let perturbLow = low >>> 0;
  let perturbHigh = high >>> 0;
  let i = low & mask;
  for (;;) {
    if (keys[i] === undefined) return i;
    if (i + LINEAR_PROBES <= mask) {
      for (let j = i + 1; j <= i + LINEAR_PROBES; j++) {
        if (keys[j] === undefined) return j;
      }
    }
    perturbLow = ((perturbLow >>> 5) | (perturbHigh << 27)) >>> 0;
    perturbHigh >>>= 5;
    i = (i * 5 + 1 + perturbLow) & mask;
  }
}

/** ((h ^ 89869747) ^ (h << 16)) * 3644798167, into `u64`. */
function shuffleBits(high: number, low: number): void {
  shiftLeft64(high, low, 16);
  const mixedHigh = (high ^ u64[HIGH]) >>> 0;
  const mixedLow = (low ^ 89869747 ^ u64[LOW]) >>> 0;
  multiply64(mixedHigh, mixedLow, 0, 3644798167);
}

export function isAnySet(value: PyValue): value is PySet {
  return value instanceof PySet;
}

/** a <= b for sets: every key of a is in b. */
export function setIsSubset(a: PySet, b: PySet): boolean {
  if (a.used > b.used) return false;
  const pending = a.pending;
  if (pending !== null && b.pending !== null) { // (no Python code runs, so no order shows)
    for (let i = 0; i < pending.length; i++) {
      if (!b.has(pending[i])) return false;
    }
    return true;
  }
  for (let slot = 0; slot <= a.mask; slot++) {
    const key = a.keys[slot];
    if (key === undefined || key === DUMMY) continue;
    if (b.lookup(key as PyValue, a.hashLow[slot], a.highOf(slot)) < 0) return false;
  }
  return true;
}

/** a == b for any two sets or frozensets. */
export function setEquals(a: PySet, b: PySet): boolean {
  if (a.used !== b.used) return false;
  return setIsSubset(a, b);
}
