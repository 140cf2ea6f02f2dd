/**
 * Pending sets: a set whose keys have not been put in a hash table yet.
 *
 * WHY. CPython's table starts at 8 slots and grows at 5 keys to 32, at 19
 * to 128: go.py makes a quarter of a million small sets an iteration
 * (`seen = {p}`, `liberties = set()`, `set(generator)`) and grew 170,000 of
 * them, each growth two fresh arrays and a re-insertion — a sixth of its
 * time, while it never looks at a table's layout: it adds, asks `in` and
 * `len`, and compares. The layout only shows when a set is iterated (or
 * printed, popped, copied into a larger table ...).
 *
 * WHAT. A new set keeps its keys in a plain array in the order they were
 * added, while every key is a primitive (int, bool, str, None: values whose
 * comparisons run no Python code and whose hashes are fixed) and nothing
 * was removed. Membership:
 * - a key with a small code (an int 0-63, or a bool: False is 0, True 1,
 *   as they are equal) is a bit in two words: exact, no scan;
 * - another primitive is equal only to a key `===` to it; a filter of
 *   those keys' bits skips most misses, else the array is scanned. At most
 *   PENDING_LIMIT such keys are kept.
 * Anything else (a key of another type, a removal, one more key of the
 * second kind, iteration, any read of the table) places the set: CPython's
 * adds replayed in the same order into a fresh table. Adds of distinct keys
 * into a table without dummies depend on nothing but that order, so the
 * placed table is the one CPython has, slot for slot.
 */

/** Keys a pending set may hold: their equality and hash run no Python code. */
export type PrimitiveKey = number | bigint | boolean | string | null;

/**
 * Most keys without a small code a pending set holds; one more places it.
 * A scan of this many is still cheap, and with one more key CPython's table
 * has grown to 128 slots, where ints below 128 have homes of their own (see
 * PySet.placeAtHomes: no replay).
 */
export const PENDING_LIMIT = 18;

/** Whether `key` may be held by a pending set. */
export function isPrimitiveKey(key: unknown): key is PrimitiveKey {
  return typeof key !== "object" || key === null;
}

/**
 * 0-63 for an int of that value or a bool (False 0, True 1), the same for
 * equal keys and for no other key; -1 for any other key.
 */
export function smallCode(key: unknown): number {
  if (typeof key === "number") return key >= 0 && key < 64 ? key : -1;
  if (typeof key === "boolean") return key ? 1 : 0;
  return -1;
}

/**
 * A key's bit in a pending set's filter of keys without a small code, the
 * same for equal keys: `1 << (key & 31)` for an int32, by its length for a
 * str, every bit for other keys.
 */
export function pendingOtherBits(key: PrimitiveKey): number {
  if (typeof key === "number") return (key | 0) === key ? 1 << (key & 31) : -1;
  return typeof key === "string" ? 1 << (key.length & 31) : -1;
}

/**
 * The position of `key`, a primitive without a small code, in `keys`, or
 * -1. Such a key equals only a key `===` to it (ints, strs and None are
 * each one JS value per Python value; bools have small codes).
 */
export function pendingIndexOf(keys: PrimitiveKey[], key: PrimitiveKey): number {
  for (let i = 0; i < keys.length; i++) {
    if (keys[i] === key) return i;
  }
  return -1;
}
