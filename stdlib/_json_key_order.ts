/**
 * sort_keys for dicts whose keys are all primitive strs: the positions of a
 * dict's entries in key order (UTF-16 order of primitive strs is code point
 * order, so no Python comparison can be involved).
 *
 * Documents repeat their records' shapes: thousands of dicts with the same
 * keys in the same insertion order. The order found for a dict's key list
 * is remembered per list length, and a dict whose key list equals the
 * remembered one (`===` per position, tombstones included: positions, not
 * keys, are what the order holds) takes it without sorting. Equal key
 * lists sort the same, so a stale entry can only miss, never mislead.
 */
import type { PyValue } from "../vm/objects/object.ts";
import type { PyDict } from "../vm/objects/dict.ts";
import { filledArray } from "../vm/objects/array_fill.ts";

/** Key lists of up to this many positions are remembered. */
const REMEMBERED_LENGTH = 32;
const rememberedKeys: (readonly (PyValue | undefined)[] | null)[] = filledArray(
  REMEMBERED_LENGTH + 1,
  null,
);
const rememberedOrders: (readonly number[])[] = filledArray(REMEMBERED_LENGTH + 1, []);

/** Positions of `dict`'s live entries in key order, or undefined if a key is not a primitive str. */
export function sortedPositions(dict: PyDict): readonly number[] | undefined {
  const keys = dict.keys;
  const length = keys.length;
  const remembered = length <= REMEMBERED_LENGTH ? rememberedKeys[length] : null;
  if (remembered !== null) {
    let same = true;
    for (let i = 0; i < length; i++) {
      if (keys[i] !== remembered[i]) {
        same = false;
        break;
      }
    }
    if (same) return rememberedOrders[length];
  }
  const order = sortPositions(keys);
  if (order !== undefined && length <= REMEMBERED_LENGTH) {
    rememberedKeys[length] = keys.slice();
    rememberedOrders[length] = order;
  }
  return order;
}

/** Keys of a small dict are inserted in order; a larger one's positions go through Array.sort. */
const INSERTION_SORTED = 16;

function sortPositions(keys: readonly (PyValue | undefined)[]): number[] | undefined {
  const order: number[] = [];
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    if (key === undefined) continue;
    if (typeof key !== "string") return undefined;
    order.push(i);
  }
  if (order.length > INSERTION_SORTED) {
    return order.sort((i, j) => (keys[i] as string) < (keys[j] as string) ? -1 : 1);
  }
  // Keys of a dict are distinct: no two compare equal.
  for (let k = 1; k < order.length; k++) {
    const position = order[k];
    const key = keys[position] as string;
    let j = k;
    for (; j > 0 && (keys[order[j - 1]] as string) > key; j--) order[j] = order[j - 1];
    order[j] = position;
  }
  return order;
}
