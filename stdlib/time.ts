/**
 * The `time` module: clocks (time, monotonic, perf_counter, process_time and
 * their _ns forms), sleep, struct_time conversions (gmtime, localtime,
 * mktime), asctime/ctime/strftime in the C locale, and strptime through the
 * pure-Python _strptime module, as CPython does. Local time follows the
 * process time zone as JS Date sees it. Not provided: clock_settime, tzset,
 * pthread_getcpuclockid.
 */
import { nodeBuiltin } from "../vm/runtime/node_builtins.ts";
import type { PyValue } from "../vm/objects/object.ts";
import { PyFloat } from "../vm/objects/float.ts";
import { pyError } from "../vm/objects/exceptions.ts";
import { typeOf } from "../vm/objects/typeof.ts";
import { indexValue } from "../vm/objects/int_methods.ts";
import { newTuple } from "../vm/objects/tuple.ts";
import { isStr, type PyStr, toJsString } from "../vm/objects/str_wide.ts";
import { normalizeBigInt } from "../vm/objects/int_value.ts";
import { callObject } from "../vm/runtime/call.ts";
import { getAttribute } from "../vm/runtime/attributes.ts";
import { importModuleLevel } from "../vm/runtime/import/import_module.ts";
import type { PyModule } from "../vm/runtime/module.ts";
import { addFunctions, addTypes, addValues, newModule } from "./module_helpers.ts";
import { documentPlainFunctions } from "../vm/runtime/builtin_docs.ts";
import { TIME_DOCS } from "./time_docs.ts";
import { newSimpleNamespace } from "./simple_namespace.ts";
import {
  brokenDown,
  PyStructTime,
  standardOffset,
  structTimeType,
  zoneName,
} from "./time_struct.ts";
import { asctime, strftime, type TimeFields } from "./time_format.ts";
import { checkStructTm, structTmOf } from "./time_tuple.ts";
import {
  clockGetres,
  clockGettime,
  clockGettimeNs,
  CPU_CLOCKS,
  cpuClock,
  cpuClockResolution,
} from "./time_clocks.ts";

const float = (x: number) => new PyFloat(x);

function nowMilliseconds(): number {
  return performance.timeOrigin + performance.now();
}

function nanoseconds(milliseconds: number): PyValue {
  return normalizeBigInt(BigInt(Math.round(milliseconds * 1e3)) * 1000n);
}

/**
 * process_time and thread_time: clock_gettime of the CPU clock (CPython's
 * way on Linux), or, without the C library, Node's process.cpuUsage() for
 * both (the process's; loading node:process costs ~10 ms, the clock's
 * binding a fraction of one).
 */
function cpuClockSeconds(id: number): PyValue {
  const clock = cpuClock(id);
  if (clock === null) return float(cpuUsageSeconds());
  return float(Number(clock[0]) + Number(clock[1]) * 1e-9);
}

function cpuClockNs(id: number): PyValue {
  const clock = cpuClock(id);
  if (clock === null) return nanoseconds(cpuUsageSeconds() * 1000);
  return normalizeBigInt(clock[0] * 1_000_000_000n + clock[1]);
}

function cpuUsageSeconds(): number {
  const usage = nodeBuiltin<typeof import("node:process")>("node:process").cpuUsage();
  return (usage.user + usage.system) / 1e6;
}

/** A timestamp argument: a number of seconds, floored, or now for None. */
function timestampOf(value: PyValue): Date {
  if (value === null) return new Date(nowMilliseconds());
  const seconds = value instanceof PyFloat ? value.value : Number(indexValue(value));
  if (Number.isNaN(seconds)) throw pyError("ValueError", "Invalid value NaN (not a number)");
  const date = new Date(Math.floor(seconds) * 1000);
  if (Number.isNaN(date.getTime())) {
    throw pyError("OverflowError", "timestamp out of range for platform time_t");
  }
  return date;
}

/**
 * A time tuple argument (struct_time or 9-tuple; the current local time when
 * absent) as strftime fields. asctime and strftime check the ranges
 * (`checked`); mktime takes any values, which JS Date normalises as mktime.
 */
function fieldsOf(
  value: PyValue | undefined,
  caller: string,
  checked: boolean,
): TimeFields {
  const tuple = value === undefined || value === null
    ? brokenDown(new Date(nowMilliseconds()), false)
    : value;
  const parsed = structTmOf(tuple, caller);
  const tm = checked ? checkStructTm(parsed) : parsed;
  const zone = tuple instanceof PyStructTime && isStr(tuple.zone)
    ? toJsString(tuple.zone as PyStr)
    : zoneName(new Date());
  const gmtoff = tuple instanceof PyStructTime && typeof tuple.gmtoff === "number"
    ? tuple.gmtoff
    : -new Date().getTimezoneOffset() * 60;
  return {
    year: tm.year,
    month: tm.month + 1,
    day: tm.day,
    hour: tm.hour,
    minute: tm.minute,
    second: tm.second,
    weekday: (tm.wday + 6) % 7,
    yearDay: tm.yday + 1,
    zone,
    gmtoff,
  };
}

function localDate(fields: TimeFields): Date {
  return new Date(
    fields.year,
    fields.month - 1,
    fields.day,
    fields.hour,
    fields.minute,
    fields.second,
  );
}

/**
 * time.get_clock_info(name): how each clock is implemented here (JS's
 * performance clock, the C library's CPU clocks or, without it, Node's
 * process.cpuUsage), with its real resolution: JS's clocks' nanoseconds are
 * rounded to microseconds (see `nanoseconds`).
 */
const CLOCKS: Record<string, [implementation: string, monotonic: boolean, adjustable: boolean]> = {
  time: ["performance.timeOrigin + performance.now()", false, true],
  monotonic: ["performance.now()", true, false],
  perf_counter: ["performance.now()", true, false],
  process_time: ["process.cpuUsage()", true, false],
  thread_time: ["process.cpuUsage()", true, false],
};

/** The CPU clocks' get_clock_info with the C library: CPython's names, clock_getres's resolution. */
const CPU_CLOCK_NAMES: Record<string, [id: number, implementation: string]> = {
  process_time: [CPU_CLOCKS.process, "clock_gettime(CLOCK_PROCESS_CPUTIME_ID)"],
  thread_time: [CPU_CLOCKS.thread, "clock_gettime(CLOCK_THREAD_CPUTIME_ID)"],
};

function getClockInfo(name: PyValue): PyValue {
  const clock = typeof name === "string" ? CLOCKS[name] : undefined;
  if (clock === undefined) throw pyError("ValueError", "unknown clock");
  let [implementation, monotonic, adjustable] = clock;
  let resolution = 1e-6;
  const cpu = CPU_CLOCK_NAMES[name as string];
  const cpuResolution = cpu === undefined ? null : cpuClockResolution(cpu[0]);
  if (cpuResolution !== null) [implementation, resolution] = [cpu[1], cpuResolution];
  return newSimpleNamespace([
    ["implementation", implementation],
    ["monotonic", monotonic],
    ["adjustable", adjustable],
    ["resolution", float(resolution)],
  ]);
}

function sleep(seconds: PyValue): PyValue {
  const value = seconds instanceof PyFloat ? seconds.value : Number(indexValue(seconds));
  if (Number.isNaN(value)) throw pyError("ValueError", "Invalid value NaN (not a number)");
  if (value < 0) throw pyError("ValueError", "sleep length must be non-negative");
  const cell = new Int32Array(new SharedArrayBuffer(4));
  Atomics.wait(cell, 0, 0, value * 1000);
  return null;
}

export function createTimeModule(): PyModule {
  const module = newModule(
    "time",
    "This module provides various functions to manipulate time values.",
  );
  const year = new Date().getFullYear();
  const standard = standardOffset(year);
  const january = new Date(year, 0, 1);
  const july = new Date(year, 6, 1);
  const dstOffset = Math.max(-january.getTimezoneOffset(), -july.getTimezoneOffset()) * 60;
  const standardName = zoneName(january.getTimezoneOffset() * -60 === standard ? january : july);
  const dstName = zoneName(january.getTimezoneOffset() * -60 === standard ? july : january);
  addValues(module, {
    timezone: -standard,
    altzone: -dstOffset,
    daylight: standard !== dstOffset ? 1 : 0,
    tzname: newTuple([standardName, dstName]),
    _STRUCT_TM_ITEMS: 11,
    CLOCK_REALTIME: 0,
    CLOCK_MONOTONIC: 1,
    CLOCK_PROCESS_CPUTIME_ID: 2,
    CLOCK_THREAD_CPUTIME_ID: 3,
    CLOCK_MONOTONIC_RAW: 4,
    CLOCK_BOOTTIME: 7,
    CLOCK_TAI: 11,
  });
  addTypes(module, [structTimeType]);
  addFunctions(module, {
    time: ["", () => float(nowMilliseconds() / 1000)],
    time_ns: ["", () => nanoseconds(nowMilliseconds())],
    get_clock_info: ["name, /", getClockInfo, { tupleArguments: true }],
    monotonic: ["", () => float(performance.now() / 1000)],
    monotonic_ns: ["", () => nanoseconds(performance.now())],
    perf_counter: ["", () => float(performance.now() / 1000)],
    perf_counter_ns: ["", () => nanoseconds(performance.now())],
    process_time: ["", () => cpuClockSeconds(CPU_CLOCKS.process)],
    process_time_ns: ["", () => cpuClockNs(CPU_CLOCKS.process)],
    thread_time: ["", () => cpuClockSeconds(CPU_CLOCKS.thread)],
    thread_time_ns: ["", () => cpuClockNs(CPU_CLOCKS.thread)],
    clock_gettime: ["clk_id, /", clockGettime, { tupleArguments: true }],
    clock_gettime_ns: ["clk_id, /", clockGettimeNs, { tupleArguments: true }],
    clock_getres: ["clk_id, /", clockGetres, { tupleArguments: true }],
    sleep: ["secs, /", sleep],
    gmtime: ["seconds=None, /", (seconds: PyValue) => brokenDown(timestampOf(seconds), true), {
      tupleArguments: true,
    }],
    localtime: ["seconds=None, /", (seconds: PyValue) => brokenDown(timestampOf(seconds), false), {
      tupleArguments: true,
    }],
    mktime: ["t, /", (t: PyValue) => {
      const time = localDate(fieldsOf(t, "mktime", false)).getTime();
      if (Number.isNaN(time)) throw pyError("OverflowError", "mktime argument out of range");
      return float(time / 1000);
    }],
    asctime: ["t=?, /", (t?: PyValue) => asctime(fieldsOf(t, "asctime", true)), {
      tupleArguments: true,
    }],
    ctime: [
      "seconds=None, /",
      (seconds: PyValue) =>
        asctime(fieldsOf(brokenDown(timestampOf(seconds), false), "ctime", true)),
      { tupleArguments: true },
    ],
    strftime: ["format, t=?, /", (format: PyValue, t?: PyValue) => {
      if (!isStr(format)) {
        throw pyError(
          "TypeError",
          `strftime() argument 1 must be str, not ${typeOf(format).tpName}`,
        );
      }
      const fields = fieldsOf(t, "strftime", true);
      if (toJsString(format as PyStr).includes("\0")) {
        throw pyError("ValueError", "embedded null character");
      }
      return strftime(
        toJsString(format as PyStr),
        fields,
        () => Math.floor(localDate(fields).getTime() / 1000),
      );
    }, { tupleArguments: true }],
    strptime: ["string, format=?, /", (text: PyValue, format?: PyValue) => {
      const strptimeModule = importModuleLevel("_strptime", null, null, 0);
      const args = format === undefined ? [text] : [text, format];
      return callObject(getAttribute(strptimeModule, "_strptime_time"), args, null);
    }, { tupleArguments: true }],
  });
  documentPlainFunctions(module.dict, TIME_DOCS);
  return module;
}
