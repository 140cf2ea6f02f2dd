/**
 * Ranges whose bounds leave the safe-integer domain (`range(1 << 1000)`):
 * a separate JS class with bigint fields, so the common `PyRange`
 * (range_type.ts) keeps plain-number fields on its hot paths. Both have the
 * Python class `range`; range_type.ts implements every method once over
 * bigint fields (`rangeFields`) and keeps fast paths for `PyRange`.
 */
import { PyObject, type PyValue } from "../../objects/object.ts";
import type { PyType } from "../../objects/type.ts";
import { makeBuiltinType } from "../../objects/core_types.ts";
import { normalizeBigInt } from "../../objects/int_value.ts";
import { PyNativeIterator } from "../iteration.ts";

export const longRangeIteratorType = makeBuiltinType("longrange_iterator", undefined, {
  subclassable: false,
});

export class PyLongRange extends PyObject {
  readonly length: bigint;
  constructor(
    cls: PyObject["cls"],
    readonly start: bigint,
    readonly stop: bigint,
    readonly step: bigint,
  ) {
    super(cls);
    const span = step > 0n ? stop - start : start - stop;
    const magnitude = step > 0n ? step : -step;
    this.length = span <= 0n ? 0n : (span - 1n) / magnitude + 1n;
  }
}

/**
 * An iterator over `count` items from `first` by `step` with bigint state: a
 * `longrange_iterator`, or a `range_iterator` whose values leave the safe
 * integers. The state is in fields because pickling reads and sets `index`.
 */
export class PyCountingIterator extends PyNativeIterator {
  constructor(
    cls: PyType,
    readonly first: bigint,
    readonly step: bigint,
    readonly count: bigint,
    public index = 0n,
  ) {
    super(cls, advanceCounting, countingRemaining);
  }
}

function advanceCounting(this: PyCountingIterator): PyValue | undefined {
  if (this.index >= this.count) return undefined;
  return normalizeBigInt(this.first + this.step * this.index++);
}

function countingRemaining(this: PyCountingIterator): number {
  return Number(this.count - this.index);
}

/** An iterator over `count` items from `first` by `step` (a longrange_iterator). */
export function longRangeIterator(first: bigint, step: bigint, count: bigint): PyNativeIterator {
  return new PyCountingIterator(longRangeIteratorType, first, step, count);
}
