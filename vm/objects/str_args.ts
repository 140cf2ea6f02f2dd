/**
 * Argument coercions shared by the str methods, with CPython's messages:
 * integers through `__index__`, `start`/`end` slice bounds, str arguments.
 */
import type { PyValue } from "./object.ts";
import { pyError } from "./exceptions.ts";
import { typeOf } from "./typeof.ts";
import { late } from "../runtime/late_protocols.ts";
import { intOperand } from "./int_value.ts";
import { isStr, type PyStr } from "./str_wide.ts";
import { PyBoxedStr } from "./str_boxed.ts";

/** Largest Py_ssize_t on a 64-bit build. */
const SSIZE_MAX = 2n ** 63n - 1n;

export function typeName(value: PyValue): string {
  return typeOf(value).tpName;
}

/** An int from an int, a bool, or an object with `__index__`; TypeError otherwise. */
export function asInteger(value: PyValue): number | bigint {
  const integer = intOperand(value);
  if (integer !== undefined) return integer;
  if (value !== null && typeof value === "object" && typeOf(value).lookup("__index__")) {
    return late.index(value);
  }
  throw pyError("TypeError", `'${typeName(value)}' object cannot be interpreted as an integer`);
}

/** A Py_ssize_t argument (a width, a count): OverflowError beyond 64 bits. */
export function asSize(value: PyValue): number {
  const integer = asInteger(value);
  if (typeof integer === "number") return integer;
  if (integer > SSIZE_MAX || integer < -SSIZE_MAX - 1n) {
    throw pyError("OverflowError", "Python int too large to convert to C ssize_t");
  }
  // Beyond 2**53 any length comparison already saturates; keep the sign and magnitude.
  return Number(integer);
}

/** A C int argument (expandtabs' tabsize, splitlines' keepends): OverflowError beyond 32 bits. */
export function asCInt(value: PyValue): number {
  const integer = asInteger(value);
  if (integer > 2 ** 31 - 1 || integer < -(2 ** 31)) {
    throw pyError("OverflowError", "Python int too large to convert to C int");
  }
  return Number(integer);
}

/**
 * A `start`/`end` argument of find/count/startswith (CPython's
 * `_PyEval_SliceIndex`): None means `otherwise`, huge ints are clamped.
 */
export function sliceBound(value: PyValue | undefined, otherwise: number): number {
  if (value === undefined || value === null) return otherwise;
  if (typeof value === "number") return value;
  if (typeof value === "bigint") {
    return value > 0n ? Number.MAX_SAFE_INTEGER : -Number.MAX_SAFE_INTEGER;
  }
  if (typeof value === "boolean") return value ? 1 : 0;
  if (typeof value === "object" && typeOf(value).lookup("__index__")) {
    const index = late.index(value);
    return typeof index === "number"
      ? index
      : index > 0n
      ? Number.MAX_SAFE_INTEGER
      : -Number.MAX_SAFE_INTEGER;
  }
  throw pyError(
    "TypeError",
    "slice indices must be integers or None or have an __index__ method",
  );
}

/** CPython's ADJUST_INDICES: negative bounds count from the end, then clamp. */
export function adjustBounds(
  startArgument: PyValue | undefined,
  endArgument: PyValue | undefined,
  length: number,
): [number, number] {
  let start = sliceBound(startArgument, 0);
  let end = sliceBound(endArgument, Number.MAX_SAFE_INTEGER);
  if (end > length) end = length;
  else if (end < 0) {
    end += length;
    if (end < 0) end = 0;
  }
  if (start < 0) {
    start += length;
    if (start < 0) start = 0;
  }
  return [start, end];
}

/** A required str argument; `message` is the whole TypeError text before the type name. */
export function expectStr(value: PyValue, messagePrefix: string): PyStr {
  if (isStr(value)) return value;
  if (value instanceof PyBoxedStr) return value.value;
  // Argument Clinic's messages (`f() argument 'x' must be str, not None`) name None itself.
  const shown = value === null && messagePrefix.includes("argument") ? "None" : typeName(value);
  throw pyError("TypeError", `${messagePrefix}${shown}`);
}

/** The format spec of a `__format__` method (a str, or TypeError). */
export function formatSpecArgument(value: PyValue): PyStr {
  return expectStr(value, "__format__() argument must be str, not ");
}

/** The `must be str, not int` form used by find, partition, split and friends. */
export function mustBeStr(value: PyValue): PyStr {
  return expectStr(value, "must be str, not ");
}
