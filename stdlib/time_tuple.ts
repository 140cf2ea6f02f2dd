/**
 * The time-tuple argument of mktime, asctime and strftime (CPython's
 * gettmarg and checktm). Each of the nine items is a C int (OverflowError
 * beyond 32 bits; ints and objects with `__index__` only). The year must
 * leave `year - 1900` a C int. asctime and strftime then check the ranges
 * struct tm allows, with 0 accepted for the 1-based fields (month, day of
 * month, day of year) as their lowest value; the day of the week is taken
 * modulo 7 in C's truncating way, so only values below -1 are refused.
 */
import type { PyValue } from "../vm/objects/object.ts";
import { pyError } from "../vm/objects/exceptions.ts";
import { typeOf } from "../vm/objects/typeof.ts";
import { PyTuple } from "../vm/objects/tuple.ts";
import { intOperand } from "../vm/objects/int_value.ts";
import { late } from "../vm/runtime/late_protocols.ts";

const INT_MAX = 2 ** 31 - 1;
const INT_MIN = -(2 ** 31);

/** struct tm's fields, C's numbering: month 0-11, wday 0 = Sunday, yday 0-365. */
export interface StructTm {
  year: number; // the full year, not year - 1900
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  wday: number;
  yday: number;
  isdst: number;
}

/** A C int argument (PyArg "i"): an int or `__index__`, OverflowError beyond 32 bits. */
export function cInt(item: PyValue): number {
  let value = intOperand(item);
  if (value === undefined) {
    if (item === null || typeof item !== "object" || !typeOf(item).lookup("__index__")) {
      throw pyError(
        "TypeError",
        `'${typeOf(item).tpName}' object cannot be interpreted as an integer`,
      );
    }
    value = late.index(item);
  }
  if (value > INT_MAX) throw pyError("OverflowError", "signed integer is greater than maximum");
  if (value < INT_MIN) throw pyError("OverflowError", "signed integer is less than minimum");
  return Number(value);
}

/** gettmarg: the tuple's items as struct tm fields, unchecked beyond C int range. */
export function structTmOf(tuple: PyValue, caller: string): StructTm {
  if (!(tuple instanceof PyTuple)) {
    throw pyError("TypeError", "Tuple or struct_time argument required");
  }
  if (tuple.items.length !== 9) {
    throw pyError("TypeError", `${caller}(): illegal time tuple argument`);
  }
  const [year, month, day, hour, minute, second, weekday, yearDay, isdst] = tuple.items.map(cInt);
  if (year < INT_MIN + 1900) throw pyError("OverflowError", "year out of range");
  return {
    year,
    month: month - 1,
    day,
    hour,
    minute,
    second,
    wday: (weekday + 1) % 7, // JS % truncates like C's
    yday: yearDay - 1,
    isdst,
  };
}

/** checktm: ValueError for a field out of range; 0 stands for the lowest 1-based value. */
export function checkStructTm(tm: StructTm): StructTm {
  const month = tm.month === -1 ? 0 : tm.month;
  if (month < 0 || month > 11) throw pyError("ValueError", "month out of range");
  const day = tm.day === 0 ? 1 : tm.day;
  if (day < 0 || day > 31) throw pyError("ValueError", "day of month out of range");
  if (tm.hour < 0 || tm.hour > 23) throw pyError("ValueError", "hour out of range");
  if (tm.minute < 0 || tm.minute > 59) throw pyError("ValueError", "minute out of range");
  if (tm.second < 0 || tm.second > 61) throw pyError("ValueError", "seconds out of range");
  if (tm.wday < 0) throw pyError("ValueError", "day of week out of range");
  const yday = tm.yday === -1 ? 0 : tm.yday;
  if (yday < 0 || yday > 365) throw pyError("ValueError", "day of year out of range");
  return { ...tm, month, day, yday };
}
