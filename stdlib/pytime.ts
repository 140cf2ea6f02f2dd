/**
 * Converting Python numbers to C's `time_t` and `struct timespec`, with the
 * checks and messages of CPython's Python/pytime.c: an int must fit a signed
 * 64-bit time_t, a float NaN is a ValueError, and a float's fraction is
 * scaled and rounded (towards minus infinity for the file times of
 * os.utime) the way `_PyTime_ObjectToTimespec` does it.
 */
import type { PyValue } from "../vm/objects/object.ts";
import { PyFloat } from "../vm/objects/float.ts";
import { PyTuple } from "../vm/objects/tuple.ts";
import { pyError } from "../vm/objects/exceptions.ts";
import { indexValue } from "../vm/objects/int_methods.ts";
import { typeOf } from "../vm/objects/typeof.ts";
import { divmod } from "../vm/runtime/builtin_functions.ts";

const TIME_T_MIN = -(2n ** 63n);
const TIME_T_MAX = 2n ** 63n - 1n;
const NS_PER_SECOND = 1_000_000_000;

function timeOverflow(): never {
  throw pyError("OverflowError", "timestamp out of range for platform time_t");
}

/** An int (or an object with __index__) as a time_t (CPython's _PyLong_AsTime_t). */
export function timeTOf(value: PyValue): bigint {
  const seconds = BigInt(indexValue(value));
  if (seconds < TIME_T_MIN || seconds > TIME_T_MAX) timeOverflow();
  return seconds;
}

/**
 * A number of seconds (int or float) as [seconds, nanoseconds], the float's
 * fraction rounded towards minus infinity (_PyTime_ObjectToTimespec with
 * _PyTime_ROUND_FLOOR).
 */
export function timespecFloorOf(value: PyValue): [bigint, bigint] {
  if (!(value instanceof PyFloat)) return [timeTOf(value), 0n];
  const d = value.value;
  if (Number.isNaN(d)) throw pyError("ValueError", "Invalid value NaN (not a number)");
  // modf: the integral part and the exact fraction of the same sign.
  let whole = Math.trunc(d);
  let fraction = Math.floor((d - whole) * NS_PER_SECOND);
  if (fraction >= NS_PER_SECOND) {
    fraction -= NS_PER_SECOND;
    whole += 1;
  } else if (fraction < 0) {
    fraction += NS_PER_SECOND;
    whole -= 1;
  }
  if (!(whole >= -(2 ** 63) && whole < 2 ** 63)) timeOverflow();
  return [BigInt(whole), BigInt(fraction)];
}

/**
 * A number of nanoseconds as [seconds, nanoseconds], split by the object's
 * own divmod as os.utime(ns=) does, so any number type's __divmod__ is used.
 */
export function timespecOfNanoseconds(value: PyValue): [bigint, bigint] {
  const parts = divmod(value, NS_PER_SECOND);
  if (!(parts instanceof PyTuple) || parts.items.length !== 2) {
    throw pyError(
      "TypeError",
      `${typeOf(value).tpName}.__divmod__() must return a 2-tuple, not ${typeOf(parts).tpName}`,
    );
  }
  return [timeTOf(parts.items[0]), BigInt(indexValue(parts.items[1]))];
}
