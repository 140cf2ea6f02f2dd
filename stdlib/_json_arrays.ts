/**
 * Arrays the json natives keep in their objects' fields, made with V8's
 * generic elements kind from the start.
 *
 * Why: an empty literal `[]` starts as small integers (PACKED_SMI_ELEMENTS)
 * and moves to PACKED_ELEMENTS, a different map, at its first str or
 * object. A field that each encoding or scan fills afresh (the encoder's
 * chain of containers, the indent encoder's lines, the scanner's stacks)
 * then holds arrays of two maps: code V8 optimised for the full one met
 * the next empty one ("wrong map" deoptimisations of tryEnter, open and the
 * scanner's loops, each followed by another TurboFan compile).
 */

/**
 * An empty array whose elements may be anything from the start
 * (PACKED_ELEMENTS). Made from `[null]`, not `[undefined]`: V8 (since
 * 13.x) keeps undefined in double arrays, so `[undefined]` is
 * HOLEY_DOUBLE_ELEMENTS, which the first object moves on to HOLEY_ELEMENTS,
 * and a slice of a holey array is holey too (the scanner's lists and
 * dicts then had other maps than everyone else's).
 */
export function genericArray<T>(): T[] {
  const array: (T | null)[] = [null];
  array.length = 0;
  return array as T[];
}
