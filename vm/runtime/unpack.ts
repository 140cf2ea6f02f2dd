/** UNPACK_SEQUENCE and UNPACK_EX: `a, b = x` and `a, *b, c = x`, with CPython's messages. */
import type { PyValue } from "../objects/object.ts";
import { PyList } from "../objects/list.ts";
import { pyError } from "../objects/exceptions.ts";
import { typeOf } from "../objects/typeof.ts";
import { exactItems, getIterator, nextOrUndefined } from "./iteration.ts";

/** Push the items so that the first ends on top: stack[base + count - 1] = item 0. */
export function unpackSequence(
  sequence: PyValue,
  count: number,
  stack: (PyValue | undefined)[],
  base: number,
): void {
  const exact = exactItems(sequence);
  if (exact !== undefined && exact.length === count) {
    for (let i = 0; i < count; i++) stack[base + count - 1 - i] = exact[i];
    return;
  }
  const items = takeItems(sequence, count, -1);
  for (let i = 0; i < count; i++) stack[base + count - 1 - i] = items[i];
}

export function unpackExtended(
  sequence: PyValue,
  before: number,
  after: number,
  stack: (PyValue | undefined)[],
  base: number,
): void {
  const items = takeItems(sequence, before + after, before);
  const starred = items.slice(before, items.length - after);
  const ordered = [
    ...items.slice(0, before),
    new PyList(starred),
    ...items.slice(items.length - after),
  ];
  const total = ordered.length;
  for (let i = 0; i < total; i++) stack[base + total - 1 - i] = ordered[i];
}

/** All items when `star` >= 0 (at least `count`), else exactly `count`. */
function takeItems(sequence: PyValue, count: number, star: number): PyValue[] {
  let iterator: PyValue;
  try {
    iterator = getIterator(sequence);
  } catch (error) {
    if (typeOf(sequence).lookup("__iter__") === undefined) {
      throw pyError("TypeError", `cannot unpack non-iterable ${typeOf(sequence).tpName} object`);
    }
    throw error;
  }
  const items: PyValue[] = [];
  for (;;) {
    if (star < 0 && items.length === count) {
      if (nextOrUndefined(iterator) !== undefined) {
        throw pyError("ValueError", `too many values to unpack (expected ${count})`);
      }
      return items;
    }
    const value = nextOrUndefined(iterator);
    if (value === undefined) break;
    items.push(value);
  }
  if (items.length < count) {
    throw pyError(
      "ValueError",
      star < 0
        ? `not enough values to unpack (expected ${count}, got ${items.length})`
        : `not enough values to unpack (expected at least ${count}, got ${items.length})`,
    );
  }
  return items;
}
