/**
 * `_bisect`, the C half of bisect.py: binary search and insertion over any
 * sequence, with the `key=` of 3.10+, CPython's argument conversions
 * (`lo` a Py_ssize_t, `hi` an optional one where -1 also means "to the end")
 * and the sequence-protocol errors of PySequence_Size/PySequence_GetItem.
 */
import type { PyValue } from "../vm/objects/object.ts";
import { PyList } from "../vm/objects/list.ts";
import { PyDict } from "../vm/objects/dict.ts";
import { pyError } from "../vm/objects/exceptions.ts";
import { typeOf } from "../vm/objects/typeof.ts";
import { asInteger } from "../vm/objects/str_args.ts";
import { intOperand, normalizeBigInt } from "../vm/objects/int_value.ts";
import { late } from "../vm/runtime/late_protocols.ts";
import { PyMappingProxy } from "../vm/runtime/types/mappingproxy_type.ts";
import { lengthOf } from "../vm/runtime/builtin_functions.ts";
import { getSubscript } from "../vm/runtime/subscript.ts";
import { callObject } from "../vm/runtime/call.ts";
import { getAttribute } from "../vm/runtime/attributes.ts";
import type { PyModule } from "../vm/runtime/module.ts";
import { addFunctions, newModule } from "./module_helpers.ts";
import { lessThan } from "./_heapq.ts";

const SSIZE_MAX = 2n ** 63n - 1n;

/** `hi`: None, or an index-like value (PyNumber_AsSsize_t raising OverflowError). */
function optionalSize(value: PyValue): number | bigint {
  if (value === null) return -1;
  const type = typeOf(value);
  if (intOperand(value) === undefined && type.lookup("__index__") === undefined) {
    throw pyError("TypeError", `argument should be integer or None, not '${type.tpName}'`);
  }
  const integer = intOperand(value) ?? late.index(value);
  if (typeof integer === "bigint" && (integer > SSIZE_MAX || integer < -SSIZE_MAX - 1n)) {
    throw pyError("OverflowError", `cannot fit '${type.tpName}' into an index-sized integer`);
  }
  return integer;
}

/** `lo`: a Py_ssize_t, kept exact (a bigint beyond the safe integers). */
function sizeArgument(value: PyValue): number | bigint {
  const integer = asInteger(value);
  if (typeof integer === "bigint" && (integer > SSIZE_MAX || integer < -SSIZE_MAX - 1n)) {
    throw pyError("OverflowError", "Python int too large to convert to C ssize_t");
  }
  return integer;
}

/** The builtin mappings that PySequence_Size refuses ("dict is not a sequence"). */
function isPlainMapping(value: PyValue): boolean {
  return (value instanceof PyDict || value instanceof PyMappingProxy) && !typeOf(value).isHeapType;
}

function sequenceSize(sequence: PyValue): number | bigint {
  if (sequence instanceof PyList && !sequence.cls.isHeapType) return sequence.items.length;
  if (isPlainMapping(sequence)) {
    throw pyError("TypeError", `${typeOf(sequence).tpName} is not a sequence`);
  }
  return lengthOf(sequence) as number | bigint;
}

function sequenceItem(sequence: PyValue, index: number | bigint): PyValue {
  if (sequence instanceof PyList && !sequence.cls.isHeapType) {
    if (index < sequence.items.length) return sequence.items[Number(index)];
    throw pyError("IndexError", "list index out of range");
  }
  if (typeOf(sequence).lookup("__getitem__") === undefined) {
    throw pyError("TypeError", `'${typeOf(sequence).tpName}' object does not support indexing`);
  }
  return getSubscript(sequence, index);
}

/**
 * internal_bisect_right/left: `right` puts x after equal items. Indices are
 * Py_ssize_t, beyond the safe integers for a range of sys.maxsize items, so
 * such a search runs on bigints.
 */
function bisect(
  sequence: PyValue,
  x: PyValue,
  low: number | bigint,
  high: number | bigint,
  key: PyValue,
  right: boolean,
): number | bigint {
  if (low < 0) throw pyError("ValueError", "lo must be non-negative");
  if (high === -1) high = sequenceSize(sequence);
  const goesLeft = (mid: number | bigint) => {
    let item = sequenceItem(sequence, mid);
    if (key !== null) item = callObject(key, [item], null);
    return right ? lessThan(x, item) : !lessThan(item, x);
  };
  if (typeof low === "number" && typeof high === "number") {
    let [lo, hi] = [low, high];
    while (lo < hi) {
      const mid = Math.floor((lo + hi) / 2);
      if (goesLeft(mid)) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }
  let [lo, hi] = [BigInt(low), BigInt(high)];
  while (lo < hi) {
    const mid = (lo + hi) / 2n;
    if (goesLeft(normalizeBigInt(mid))) hi = mid;
    else lo = mid + 1n;
  }
  return normalizeBigInt(lo);
}

function insort(
  sequence: PyValue,
  x: PyValue,
  lo: number | bigint,
  hi: number | bigint,
  key: PyValue,
  right: boolean,
): null {
  const probe = key === null ? x : callObject(key, [x], null);
  const index = bisect(sequence, probe, lo, hi, key, right);
  if (sequence instanceof PyList && !sequence.cls.isHeapType) {
    sequence.items.splice(Number(index), 0, x);
  } else {
    callObject(getAttribute(sequence, "insert"), [index, x], null);
  }
  return null;
}

const SIGNATURE = "a, x, lo=0, hi=None, *, key=None";

function searcher(right: boolean) {
  return (a: PyValue, x: PyValue, lo: PyValue, hi: PyValue, key: PyValue) =>
    bisect(a, x, sizeArgument(lo), optionalSize(hi), key, right);
}

function inserter(right: boolean) {
  return (a: PyValue, x: PyValue, lo: PyValue, hi: PyValue, key: PyValue) =>
    insort(a, x, sizeArgument(lo), optionalSize(hi), key, right);
}

const MODULE_DOC = `Bisection algorithms.

This module provides support for maintaining a list in sorted order without
having to sort the list after each insertion. For long lists of items with
expensive comparison operations, this can be an improvement over the more
common approach.
`;

export function createBisectModule(): PyModule {
  const module = newModule("_bisect", MODULE_DOC);
  addFunctions(module, {
    bisect_right: [SIGNATURE, searcher(true)],
    insort_right: [SIGNATURE, inserter(true)],
    bisect_left: [SIGNATURE, searcher(false)],
    insort_left: [SIGNATURE, inserter(false)],
  });
  return module;
}
