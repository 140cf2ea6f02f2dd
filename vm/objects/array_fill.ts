/**
 * Filling JS arrays without `Array.prototype.fill` (typed arrays' `fill` is
 * a different builtin and is fine).
 *
 * When `fill` replaces every element of an array whose map is one of V8's
 * initial array maps (a plain array with no named properties) by a value
 * whose elements kind differs from the array's (`new Array(n).fill(x)`:
 * holey small integers to packed anything; a holey array of objects cleared
 * with `fill(undefined)`), V8 moves the array *backwards* in the elements
 * kinds and, to do so, marks that initial map unstable (builtins-array.cc,
 * GetReplacedElementsKindsMap calls Map::NotifyLeafMapLayoutChange). Every
 * optimised function that relied on the map being stable is invalidated at
 * once, and the initial map is shared by all plain arrays of that kind: the
 * first `fill(undefined)` of a holey array of objects in the middle of a run
 * threw away the Maglev code of ~35 hot functions (the json scanner, dict,
 * newTuple, Frame, call, lookup, runFrame...), which then ran in the lower
 * tiers until V8 compiled them again (docs/performance.md, "Array fill and
 * the initial array maps").
 *
 * Stores element by element move kinds only forwards, along transitions
 * V8 prepared: no map is made unstable.
 */

/** An array of `length` copies of `value` (`new Array(length).fill(value)`), packed. */
export function filledArray<T>(length: number, value: T): T[] {
  const array: T[] = [];
  for (let i = 0; i < length; i++) array.push(value);
  return array;
}

/** Store `value` in every element of `array` (`array.fill(value)`). */
export function fillArray<T>(array: T[], value: T): void {
  for (let i = 0; i < array.length; i++) array[i] = value;
}

/**
 * `source[start..start + count)` in an array of exactly that size whose kind
 * is HOLEY_ELEMENTS whatever `source`'s kind and contents. A slice keeps its
 * source's kind (the interpreter's stack is holey, the JIT's rest-parameter
 * operands packed) and an array built by stores or pushes takes its
 * contents' (small ints, doubles): code that reads arrays from both places
 * met two maps in one order or the other, and deoptimised ("wrong map") at
 * the second.
 */
export function holeyTaggedCopy<T>(source: readonly T[], start: number, count: number): T[] {
  const array = new Array<unknown>(count); // HOLEY_SMI_ELEMENTS
  if (count > 0) array[0] = null; // HOLEY_ELEMENTS, before any number is stored
  for (let i = 0; i < count; i++) array[i] = source[start + i];
  return array as T[];
}

/**
 * An empty array whose elements are tagged from the start. This V8 keeps
 * `undefined` in double arrays (V8_ENABLE_UNDEFINED_DOUBLE): an array that
 * holds only numbers and `undefined` (`[undefined, 0]`, or `new Array(n)`
 * given an `undefined` and then an int) is a double array, and every small
 * int read from it is a fresh heap number, not a Smi. Code that saw Smis
 * there deoptimises ("not a Smi"), and a heap number stored in an object's
 * field turns that field's representation to double for every object of the
 * map. Pushing onto this array keeps ints as Smis whatever else it holds.
 */
export function taggedArray<T>(): T[] {
  const array: unknown[] = [null];
  array.pop();
  return array as T[];
}

/**
 * `array[index] = undefined`, the array's elements staying tagged. In an
 * array of small ints (a dict's values, or an int-keyed dict's keys) the
 * store of `undefined` alone would make it HOLEY_DOUBLE (see taggedArray),
 * and every int read from it afterwards a fresh heap number: a `null`
 * first moves it to tagged elements, where `undefined` is a plain value.
 */
export function storeTombstone(array: unknown[], index: number): void {
  array[index] = null;
  array[index] = undefined;
}
