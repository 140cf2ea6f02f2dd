/**
 * Slices of exact lists whose bounds are small ints or None, without slice
 * objects: what a compiled trace runs for BUILD_SLICE followed by
 * BINARY_SUBSCR (`list_getslice`) or STORE_SUBSCR (`list_setslice`), and
 * for the two fused when the slice read is only the value stored
 * (`list_setslice_from`: `p[:k] = p[k - 1::-1]` reverses a prefix in
 * place, with no list made in between). The results are CPython's in every case; the
 * common shapes — steps 1 and -1 — skip the general slice arithmetic.
 */
import type { PyValue } from "../objects/object.ts";
import { PyList } from "../objects/list.ts";
import type { PyTuple } from "../objects/tuple.ts";
import { sliceIndices } from "../objects/slice.ts";
import { replaceRange } from "../objects/array_ops.ts";
import { sliceOf } from "./subscript.ts";
import { strSliceWithStep } from "../objects/str_sequence.ts";

/** A slice bound the fast paths take: None or a small int. */
function plainBound(bound: PyValue): bound is number | null {
  return bound === null || typeof bound === "number";
}

/** PySlice_AdjustIndices for a step > 0. */
function forwardBound(index: number, length: number): number {
  if (index < 0) return index + length < 0 ? 0 : index + length;
  return index > length ? length : index;
}

/** PySlice_AdjustIndices for a step < 0. */
function backwardBound(index: number, length: number): number {
  if (index < 0) return index + length < 0 ? -1 : index + length;
  return index >= length ? length - 1 : index;
}

/**
 * `text[start:stop:step]` of a str in plain form (a JS string), the bounds None
 * or small ints, the step a nonzero small int (`s[::-1]`: no slice object). A
 * pick of a plain str's units is plain too.
 */
export function plainStrSlice(
  text: string,
  start: number | null,
  stop: number | null,
  step = 1,
): string {
  if (step !== 1) return strSliceWithStep(text, start, stop, step) as string;
  const n = text.length;
  const a = start === null ? 0 : forwardBound(start, n);
  const b = stop === null ? n : forwardBound(stop, n);
  return a < b ? text.slice(a, b) : "";
}

/** `lst[start:stop:step]` of an exact list. */
export function listSlice(list: PyList, start: PyValue, stop: PyValue, step: PyValue): PyList {
  const items = list.items;
  if (plainBound(start) && plainBound(stop)) {
    const n = items.length;
    if (step === null || step === 1) { // the common copies and windows
      const a = start === null ? 0 : forwardBound(start, n);
      const b = stop === null ? n : forwardBound(stop, n);
      return new PyList(a < b ? items.slice(a, b) : []);
    }
    if (step === -1) { // reversed prefixes (fannkuch's flips)
      const a = start === null ? n - 1 : backwardBound(start, n);
      const b = stop === null ? -1 : backwardBound(stop, n);
      const out: PyValue[] = [];
      for (let i = a; i > b; i--) out.push(items[i]);
      return new PyList(out);
    }
  }
  return new PyList(sliceOf(items, { start, stop, step }));
}

/**
 * `lst[start:stop:step] = replacement` (the items of the value). False,
 * with nothing done, when an extended slice's size differs: the trace then
 * leaves, and the interpreter raises CPython's ValueError at the right
 * instruction.
 */
function assignItems(
  list: PyList,
  start: PyValue,
  stop: PyValue,
  step: PyValue,
  replacement: readonly PyValue[],
): boolean {
  const items = list.items;
  if ((step === null || step === 1) && plainBound(start) && plainBound(stop)) {
    const n = items.length;
    const a = start === null ? 0 : forwardBound(start, n);
    const b = stop === null ? n : forwardBound(stop, n);
    replaceRange(items, a, Math.max(a, b) - a, replacement);
    return true;
  }
  const [first, end, by, count] = sliceIndices({ start, stop, step }, items.length);
  if (by === 1) {
    replaceRange(items, first, Math.max(first, end) - first, replacement);
    return true;
  }
  if (replacement.length !== count) return false;
  for (let i = 0, at = first; i < count; i++, at += by) items[at] = replacement[i];
  return true;
}

/** `lst[start:stop:step] = value` of an exact list from an exact list or tuple. */
export function assignListSlice(
  list: PyList,
  start: PyValue,
  stop: PyValue,
  step: PyValue,
  value: PyValue,
): boolean {
  const replacement = value === list ? list.items.slice() : (value as PyList | PyTuple).items;
  return assignItems(list, start, stop, step, replacement);
}

/**
 * `lst[start:stop:step] = src[from:to:by]`, both exact lists, without
 * making the slice: when a step-1 range gets as many items as a step 1 or
 * -1 source range gives, they are copied across (in place in the same
 * list: a reversed range is reversed by swaps, a shifted one copied in the
 * order that reads each item before it is overwritten); anything else
 * makes the slice and assigns it.
 */
export function assignListSliceFrom(
  list: PyList,
  start: PyValue,
  stop: PyValue,
  step: PyValue,
  source: PyList,
  from: PyValue,
  to: PyValue,
  by: PyValue,
): boolean {
  if (
    (step === null || step === 1) && plainBound(start) && plainBound(stop) &&
    plainBound(from) && plainBound(to) && (by === null || by === 1 || by === -1)
  ) {
    const items = list.items, src = source.items;
    const n = items.length, m = src.length;
    const a = start === null ? 0 : forwardBound(start, n);
    const b = Math.max(a, stop === null ? n : forwardBound(stop, n));
    let first: number, count: number;
    if (by === -1) {
      first = from === null ? m - 1 : backwardBound(from, m);
      count = Math.max(0, first - (to === null ? -1 : backwardBound(to, m)));
    } else {
      first = from === null ? 0 : forwardBound(from, m);
      count = Math.max(0, (to === null ? m : forwardBound(to, m)) - first);
    }
    if (count === b - a) {
      if (items !== src) {
        const direction = by === -1 ? -1 : 1;
        for (let i = 0; i < count; i++) items[a + i] = src[first + direction * i];
        return true;
      }
      if (by === -1 && first === b - 1) {
        for (let i = a, j = b - 1; i < j; i++, j--) {
          const item = items[i];
          items[i] = items[j];
          items[j] = item;
        }
        return true;
      }
      if (by !== -1) {
        if (first >= a) { for (let i = 0; i < count; i++) items[a + i] = items[first + i]; }
        else for (let i = count - 1; i >= 0; i--) items[a + i] = items[first + i];
        return true;
      }
    }
  }
  return assignListSlice(list, start, stop, step, listSlice(source, from, to, by));
}
