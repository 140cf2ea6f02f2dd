/**
 * `slice` objects' Python-visible side (CPython's sliceobject.c): the
 * read-only `start`/`stop`/`step`, `indices()`, comparison as the tuple
 * (start, stop, step), no hash (3.11), and `__reduce__`.
 */
import type { PyValue } from "../../objects/object.ts";
import { indexValue, PySlice, sliceIndicesLong, sliceType } from "../../objects/slice.ts";
import { defineNativeMethods } from "../../objects/native_function.ts";
import { defineGetSets } from "../../objects/getset.ts";
import { pyError } from "../../objects/exceptions.ts";
import { typeOf } from "../../objects/typeof.ts";
import { newTuple, type PyTuple } from "../../objects/tuple.ts";
import { normalizeBigInt } from "../../objects/int_value.ts";
import { NotImplemented } from "../../objects/singletons.ts";
import { reprOf } from "../../objects/str_convert.ts";
import { toJsString } from "../../objects/str_wide.ts";
import { compareOp } from "../operators.ts";
import { COMPARE_OPERATORS } from "../../compiler/opcodes.ts";

const parts = (slice: PySlice): PyTuple => newTuple([slice.start, slice.stop, slice.step]);

function readonly(): never {
  throw pyError("AttributeError", "readonly attribute");
}

defineGetSets(sliceType, {
  start: [(self: PySlice) => self.start, readonly],
  stop: [(self: PySlice) => self.stop, readonly],
  step: [(self: PySlice) => self.step, readonly],
});

const COMPARE_DUNDERS = ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"];
const comparisons = Object.fromEntries(
  COMPARE_OPERATORS.map((_, op) => [
    COMPARE_DUNDERS[op],
    [
      "value, /",
      (self: PySlice, other: PyValue) =>
        other instanceof PySlice ? compareOp(op, parts(self), parts(other)) : NotImplemented,
    ] as const,
  ]),
);

defineNativeMethods(sliceType, {
  ...comparisons,
  __repr__: ["", (self: PySlice) => {
    const shown = [self.start, self.stop, self.step].map((part) => toJsString(reprOf(part)));
    return `slice(${shown.join(", ")})`;
  }],
  __reduce__: ["", (self: PySlice) => newTuple([sliceType, parts(self)])],
  indices: ["length, /", (self: PySlice, length: PyValue) => {
    const size = BigInt(indexValue(
      length,
      () => `'${typeOf(length).tpName}' object cannot be interpreted as an integer`,
    ));
    if (size < 0n) throw pyError("ValueError", "length should not be negative");
    return newTuple(sliceIndicesLong(self, size).map(normalizeBigInt));
  }],
});
sliceType.dict.set("__hash__", null); // unhashable in 3.11
sliceType.invalidate();
