/**
 * Ranges whose bounds leave the safe-integer domain (`range(1 << 1000)`):
 * a separate JS class with bigint fields, so the common `PyRange` keeps
 * plain-number fields on its hot paths. Both have the Python class `range`;
 * range_type.ts sends a long range's method calls here. Iteration uses
 * `longrange_iterator`, as CPython does.
 */
import { PyObject, type PyValue } from "../../objects/object.ts";
import { makeBuiltinType } from "../../objects/core_types.ts";
import { pyError } from "../../objects/exceptions.ts";
import { normalizeBigInt } from "../../objects/int_value.ts";
import { PyNativeIterator } from "../iteration.ts";

export const longRangeIteratorType = makeBuiltinType("longrange_iterator", undefined, {
  subclassable: false,
});

const SSIZE_MAX = 2n ** 63n - 1n;

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

  at(index: bigint): PyValue {
    return normalizeBigInt(this.start + index * this.step);
  }
}

function bigOf(value: PyValue): bigint | undefined {
  if (typeof value === "number" || typeof value === "bigint") return BigInt(value);
  if (typeof value === "boolean") return value ? 1n : 0n;
  return undefined;
}

/** The long-range versions of range's methods, by name. */
export const longRangeMethods: Record<string, (self: PyLongRange, ...args: PyValue[]) => PyValue> =
  {
    __repr__: (self) =>
      self.step === 1n
        ? `range(${self.start}, ${self.stop})`
        : `range(${self.start}, ${self.stop}, ${self.step})`,
    __len__: (self) => {
      if (self.length > SSIZE_MAX) {
        throw pyError("OverflowError", "Python int too large to convert to C ssize_t");
      }
      return normalizeBigInt(self.length);
    },
    __bool__: (self) => self.length > 0n,
    __iter__: (self) => {
      let index = 0n;
      return new PyNativeIterator(
        longRangeIteratorType,
        () => index < self.length ? self.at(index++) : undefined,
      );
    },
    __contains__: (self, key) => {
      const n = bigOf(key);
      if (n === undefined) return false;
      const offset = n - self.start;
      return offset % self.step === 0n && offset / self.step >= 0n &&
        offset / self.step < self.length;
    },
    __getitem__: (self, key) => {
      const n = bigOf(key);
      if (n === undefined) {
        throw pyError("TypeError", "Taipan: slicing a range beyond 2**53 is not supported yet");
      }
      const index = n < 0n ? n + self.length : n;
      if (index < 0n || index >= self.length) {
        throw pyError("IndexError", "range object index out of range");
      }
      return self.at(index);
    },
    start: (self) => normalizeBigInt(self.start),
    stop: (self) => normalizeBigInt(self.stop),
    step: (self) => normalizeBigInt(self.step),
  };
