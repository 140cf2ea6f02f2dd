/**
 * time.struct_time: a struct sequence of 9 visible items (the tuple) plus
 * two named-only fields, tm_zone and tm_gmtoff, and the conversions between
 * timestamps and broken-down time (UTC, or local time through JS Date).
 */
import type { PyValue } from "../vm/objects/object.ts";
import { makeBuiltinType } from "../vm/objects/core_types.ts";
import { PyTuple, tupleType } from "../vm/objects/tuple.ts";
import type { PyType } from "../vm/objects/type.ts";
import { defineGetSets } from "../vm/objects/getset.ts";
import { defineNativeMethods } from "../vm/objects/native_function.ts";
import { reprOf } from "../vm/objects/str_convert.ts";
import { toJsString } from "../vm/objects/str_wide.ts";
import { pyError } from "../vm/objects/exceptions.ts";
import { registerConstructor } from "../vm/runtime/call_type.ts";
import { iterateToArray } from "../vm/runtime/iteration.ts";
import { localZoneAbbreviation } from "./time_zone_names.ts";

const FIELDS = [
  "tm_year",
  "tm_mon",
  "tm_mday",
  "tm_hour",
  "tm_min",
  "tm_sec",
  "tm_wday",
  "tm_yday",
  "tm_isdst",
] as const;

export const structTimeType = makeBuiltinType("struct_time", tupleType);
structTimeType.dict.set("__module__", "time");
structTimeType.dict.set("n_fields", 11);
structTimeType.dict.set("n_sequence_fields", 9);
structTimeType.dict.set("n_unnamed_fields", 0);

export class PyStructTime extends PyTuple {
  constructor(items: PyValue[], readonly zone: PyValue, readonly gmtoff: PyValue, cls: PyType) {
    super(items, cls);
  }
}

/** The broken-down time of a JS date: [fields, zone name, UTC offset in seconds]. */
export function brokenDown(date: Date, utc: boolean): PyStructTime {
  const get = utc
    ? [
      date.getUTCFullYear(),
      date.getUTCMonth(),
      date.getUTCDate(),
      date.getUTCHours(),
      date
        .getUTCMinutes(),
      date.getUTCSeconds(),
      date.getUTCDay(),
    ]
    : [
      date.getFullYear(),
      date.getMonth(),
      date.getDate(),
      date.getHours(),
      date
        .getMinutes(),
      date.getSeconds(),
      date.getDay(),
    ];
  const [year, month, day, hour, minute, second, weekday] = get;
  const startOfYear = Date.UTC(year, 0, 1);
  const yday = Math.floor((Date.UTC(year, month, day) - startOfYear) / 86400000) + 1;
  const offset = utc ? 0 : -date.getTimezoneOffset() * 60;
  const isdst = utc ? 0 : (offset !== standardOffset(year) ? 1 : 0);
  return new PyStructTime(
    [year, month + 1, day, hour, minute, second, (weekday + 6) % 7, yday, isdst],
    utc ? "GMT" : zoneName(date),
    offset,
    structTimeType,
  );
}

/** The local standard (non-DST) UTC offset in seconds for `year`. */
export function standardOffset(year: number): number {
  const january = -new Date(year, 0, 1).getTimezoneOffset();
  const july = -new Date(year, 6, 1).getTimezoneOffset();
  return Math.min(january, july) * 60;
}

/** The local zone's abbreviation at `date` (tm_zone): the C library's, else ICU's English name. */
export function zoneName(date: Date): string {
  const abbreviation = localZoneAbbreviation(date);
  if (abbreviation !== null) return abbreviation;
  const parts = new Intl.DateTimeFormat("en-US", { timeZoneName: "short" }).formatToParts(date);
  return parts.find((part) => part.type === "timeZoneName")?.value ?? "UTC";
}

registerConstructor(structTimeType, (cls, args) => {
  const sequence = args[0];
  if (!(sequence instanceof PyTuple) && typeof sequence !== "object") {
    throw pyError("TypeError", "constructor requires a sequence");
  }
  const items = iterateToArray(sequence);
  if (items.length < 9) {
    throw pyError(
      "TypeError",
      `time.struct_time() takes an at least 9-sequence (${items.length}-sequence given)`,
    );
  }
  if (items.length > 11) {
    throw pyError(
      "TypeError",
      `time.struct_time() takes an at most 11-sequence (${items.length}-sequence given)`,
    );
  }
  return new PyStructTime(items.slice(0, 9), items[9] ?? null, items[10] ?? null, cls);
});

defineGetSets(structTimeType, {
  ...Object.fromEntries(
    FIELDS.map((field, i) => [field, [(self: PyStructTime) => self.items[i]]] as const),
  ),
  tm_zone: [(self: PyStructTime) => self.zone],
  tm_gmtoff: [(self: PyStructTime) => self.gmtoff],
});

defineNativeMethods(structTimeType, {
  __repr__: [
    "",
    (self: PyStructTime) =>
      `time.struct_time(${
        FIELDS.map((field, i) => `${field}=${toJsString(reprOf(self.items[i]))}`).join(", ")
      })`,
  ],
});
