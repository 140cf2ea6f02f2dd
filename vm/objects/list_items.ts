/**
 * Arrays for the items of lists that compiled traces make, of the kind the
 * interpreter gives lists: HOLEY_ELEMENTS.
 *
 * A list's `items` is a plain JS array, and V8 gives an array a map per
 * elements kind (small ints, doubles, anything; packed or holey). Code that
 * reads `list.items` (the natives, and above all the JavaScript of compiled
 * traces: `l.items.length`, an iterator's `seq.items[i]`) is compiled by
 * Maglev and TurboFan for the maps it has seen, and deoptimises ("wrong
 * map") at the first other one, to be compiled again later. The
 * interpreter's displays and comprehensions are slices of its frame's
 * holey stack (HOLEY_ELEMENTS, the kind stdlib/_json_arrays.ts gives the
 * json scanner's lists too), but a trace made an empty list as the literal
 * `[]` (PACKED_SMI_ELEMENTS) and a short one, appending, as a literal of
 * its values (PACKED_ELEMENTS): deltablue's trace functions were thrown
 * away about a dozen times a run at such loads, each then running in a
 * lower tier until V8 compiled it again.
 *
 * Each array here is a copy (`slice()`) of a template of that kind, and a
 * copy has its source's kind. Not a literal: V8 tracks an array literal's
 * kind per literal (its allocation site) and starts the literal's later
 * arrays at the most general kind any of them took. Storing a small int or
 * a double into an array of this kind keeps the kind.
 */

function template(length: number): readonly unknown[] {
  const array = new Array<unknown>(length + 1); // HOLEY_SMI_ELEMENTS
  for (let i = 0; i <= length; i++) array[i] = null; // HOLEY_ELEMENTS
  array.length = length;
  return array;
}

const NONE = template(0);
const ONE = template(1);
const TWO = template(2);
const THREE = template(3);

/** An empty items array. */
export function emptyItems<T>(): T[] {
  return NONE.slice() as T[];
}

/** `[a]` as an items array. */
export function itemsOf1<T>(a: T): T[] {
  const array = ONE.slice();
  array[0] = a;
  return array as T[];
}

/** `[a, b]` as an items array. */
export function itemsOf2<T>(a: T, b: T): T[] {
  const array = TWO.slice();
  array[0] = a;
  array[1] = b;
  return array as T[];
}

/** `[a, b, c]` as an items array. */
export function itemsOf3<T>(a: T, b: T, c: T): T[] {
  const array = THREE.slice();
  array[0] = a;
  array[1] = b;
  array[2] = c;
  return array as T[];
}
