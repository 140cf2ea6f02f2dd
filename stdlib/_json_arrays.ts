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
 *
 * Which kind: the one the rest of the runtime gives the same containers.
 * Its dicts' keys and values are PACKED_ELEMENTS when grown by insertion
 * (pushed to from `[]`) and HOLEY_ELEMENTS when adopted whole (a display's
 * str keys, vm/runtime/build.ts dictFromKeys; the scanner's objects); its
 * lists' items mostly HOLEY_ELEMENTS (list displays, comprehensions,
 * append, slices, concatenation, sorted): the scanner's dicts and lists
 * are slices of its stacks, which keep the stack's kind, and a list of
 * another map than the program's own lists made the code that reads both
 * (comparisons, iteration, the encoders) polymorphic.
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

/** An empty array of HOLEY_ELEMENTS, the runtime's usual kind of list items. */
export function holeyGenericArray<T>(): T[] {
  const array = new Array<T | null>(1); // HOLEY_SMI_ELEMENTS
  array[0] = null; // HOLEY_ELEMENTS
  array.length = 0;
  return array as T[];
}
