/** `range`: an immutable arithmetic progression of ints (long bounds: range_long.ts). */
import { PyObject, type PyValue } from "../../objects/object.ts";
import { makeBuiltinType } from "../../objects/core_types.ts";
import {
  defineNativeMethods,
  type NativeImplementation,
  PyMethodDescriptor,
} from "../../objects/native_function.ts";
import { defineGetSets, PyGetSetDescriptor } from "../../objects/getset.ts";
import { longRangeMethods, PyLongRange } from "./range_long.ts";
import { pyError } from "../../objects/exceptions.ts";
import { typeOf } from "../../objects/typeof.ts";
import { indexValue, PySlice, sliceIndices } from "../../objects/slice.ts";
import { registerConstructor, registerInitializer } from "../call_type.ts";
import { PyNativeIterator, PyRangeIterator } from "../iteration.ts";
import { sequenceIndex } from "../subscript.ts";
import { equals } from "../operators.ts";
import { NotImplemented } from "../../objects/singletons.ts";

export const rangeType = makeBuiltinType("range", undefined, { subclassable: false });
export const rangeIteratorType = makeBuiltinType("range_iterator", undefined, {
  subclassable: false,
});

export class PyRange extends PyObject {
  readonly length: number;
  constructor(readonly start: number, readonly stop: number, readonly step: number) {
    super(rangeType);
    const span = step > 0 ? stop - start : start - stop;
    this.length = span <= 0 ? 0 : Math.floor((span - 1) / Math.abs(step)) + 1;
  }
  at(index: number): number {
    return this.start + index * this.step;
  }
}

function asRangeInt(value: PyValue): number | bigint {
  return indexValue(
    value,
    () => `'${typeOf(value).name}' object cannot be interpreted as an integer`,
  );
}

/** A `PyRange` for safe-integer bounds, a `PyLongRange` (range_long.ts) beyond. */
function makeRange(start: number | bigint, stop: number | bigint, step: number | bigint) {
  if (typeof start === "number" && typeof stop === "number" && typeof step === "number") {
    const last = stop + step;
    if (Number.isSafeInteger(last) && Number.isSafeInteger(start - step)) {
      return new PyRange(start, stop, step);
    }
  }
  return new PyLongRange(rangeType, BigInt(start), BigInt(stop), BigInt(step));
}

registerConstructor(rangeType, (_cls, args, kwnames) => {
  if (kwnames !== null) throw pyError("TypeError", "range() takes no keyword arguments");
  if (args.length === 0) throw pyError("TypeError", "range expected at least 1 argument, got 0");
  if (args.length > 3) {
    throw pyError("TypeError", `range expected at most 3 arguments, got ${args.length}`);
  }
  if (args.length === 1) return makeRange(0, asRangeInt(args[0]), 1);
  const step = args.length === 3 ? asRangeInt(args[2]) : 1;
  if (step === 0) throw pyError("ValueError", "range() arg 3 must not be zero");
  return makeRange(asRangeInt(args[0]), asRangeInt(args[1]), step);
});
registerInitializer(rangeType, () => {});

function rangeIterator(range: PyRange): PyNativeIterator {
  return new PyRangeIterator(rangeIteratorType, range.start, range.stop, range.step);
}

defineNativeMethods(rangeType, {
  __repr__: [
    "",
    (self: PyRange) =>
      self.step === 1
        ? `range(${self.start}, ${self.stop})`
        : `range(${self.start}, ${self.stop}, ${self.step})`,
  ],
  __len__: ["", (self: PyRange) => self.length],
  __bool__: ["", (self: PyRange) => self.length > 0],
  __iter__: ["", rangeIterator],
  __getitem__: ["key, /", (self: PyRange, key: PyValue) => {
    if (key instanceof PySlice) {
      const [start, , step, count] = sliceIndices(key, self.length);
      const first = self.at(start);
      return new PyRange(first, first + count * step * self.step, step * self.step);
    }
    return self.at(sequenceIndex(key, self.length, "range object"));
  }],
  __contains__: ["key, /", (self: PyRange, key: PyValue) => {
    if (typeof key === "number" || typeof key === "boolean") {
      const n = Number(key);
      const offset = n - self.start;
      return offset % self.step === 0 && offset / self.step >= 0 &&
        offset / self.step < self.length;
    }
    for (let i = 0; i < self.length; i++) if (equals(self.at(i), key)) return true;
    return false;
  }],
  __eq__: ["value, /", (self: PyRange, other: PyValue) => {
    if (!(other instanceof PyRange)) return NotImplemented;
    if (self.length !== other.length) return false;
    if (self.length === 0) return true;
    return self.start === other.start && (self.length === 1 || self.step === other.step);
  }],
  __reversed__: ["", (self: PyRange) => {
    let index = self.length - 1;
    return new PyNativeIterator(rangeIteratorType, () => index >= 0 ? self.at(index--) : undefined);
  }],
  index: ["value, /", (self: PyRange, value: PyValue) => {
    for (let i = 0; i < self.length; i++) if (equals(self.at(i), value)) return i;
    throw pyError("ValueError", `${typeof value === "number" ? value : "value"} is not in range`);
  }],
  count: ["value, /", (self: PyRange, value: PyValue) => {
    let count = 0;
    for (let i = 0; i < self.length; i++) if (equals(self.at(i), value)) count++;
    return count;
  }],
});
defineGetSets(rangeType, {
  start: [(self: PyRange) => self.start],
  stop: [(self: PyRange) => self.stop],
  step: [(self: PyRange) => self.step],
});

// A long range's calls go to range_long.ts; every other method of it is unsupported.
for (const [name, value] of rangeType.dict) {
  if (!(value instanceof PyMethodDescriptor || value instanceof PyGetSetDescriptor)) continue;
  const long = longRangeMethods[name];
  const wrap = (impl: NativeImplementation) => (self: PyValue, ...args: PyValue[]) => {
    if (!(self instanceof PyLongRange)) return impl(self, ...args);
    if (long === undefined) {
      throw pyError("OverflowError", `Taipan: range.${name}() beyond 2**53 is not supported yet`);
    }
    return long(self, ...args);
  };
  if (value instanceof PyMethodDescriptor) {
    rangeType.dict.set(
      name,
      new PyMethodDescriptor(rangeType, name, value.signature, wrap(value.impl), value.doc),
    );
  } else {
    rangeType.dict.set(name, new PyGetSetDescriptor(rangeType, name, wrap(value.get)));
  }
}
rangeType.invalidate();
