/**
 * `code.co_positions()` and `code.co_lines()`, the location tables traceback.py
 * and dis read. Taipan's instructions are one code unit each, so the
 * Python-visible offset of instruction i is 2*i (as `tb_lasti`/`f_lasti`), and
 * co_positions yields one (lineno, end_lineno, col_offset, end_col_offset)
 * tuple per instruction; columns are UTF-8 byte offsets, as CPython's.
 */
import type { PyValue } from "../../objects/object.ts";
import { newTuple } from "../../objects/tuple.ts";
import { defineNativeMethods } from "../../objects/native_function.ts";
import { makeBuiltinType } from "../../objects/core_types.ts";
import { codeType, type PyCode } from "../code_object.ts";
import { PyNativeIterator } from "../iteration.ts";

const positionsIteratorType = makeBuiltinType("positions_iterator", undefined, {
  subclassable: false,
});
const linesIteratorType = makeBuiltinType("lines_iterator", undefined, { subclassable: false });

function iteratorOver(
  cls: typeof positionsIteratorType,
  items: Iterator<PyValue>,
): PyNativeIterator {
  return new PyNativeIterator(cls, () => {
    const next = items.next();
    return next.done ? undefined : next.value;
  });
}

defineNativeMethods(codeType, {
  co_positions: ["", (self: PyCode) => {
    const positions = self.code.instructionPositions();
    return iteratorOver(positionsIteratorType, {
      next() {
        const next = positions.next();
        return next.done
          ? { done: true, value: undefined }
          : { done: false, value: newTuple(next.value) };
      },
    });
  }],
  co_lines: ["", (self: PyCode) => {
    const ranges = self.code.lineRanges()[Symbol.iterator]();
    return iteratorOver(linesIteratorType, {
      next() {
        const next = ranges.next();
        if (next.done) return { done: true, value: undefined };
        const [start, end, line] = next.value;
        return { done: false, value: newTuple([start * 2, end * 2, line]) };
      },
    });
  }],
});
