/**
 * time.clock_gettime, clock_gettime_ns and clock_getres for any clock id:
 * the C library's clock_gettime(2)/clock_getres(2) through FFI, so that
 * CLOCK_PROCESS_CPUTIME_ID, CLOCK_BOOTTIME and the others read their own
 * clock and an unknown id fails with the kernel's OSError (EINVAL). Without
 * libc (no FFI permission) the realtime and monotonic clocks fall back to
 * JS's clocks, at their microsecond resolution; other ids are refused.
 */
import type { PyValue } from "../vm/objects/object.ts";
import { PyFloat } from "../vm/objects/float.ts";
import { pyError } from "../vm/objects/exceptions.ts";
import { normalizeBigInt } from "../vm/objects/int_value.ts";
import { libc, libcAvailable } from "./libc.ts";
import { check } from "./posix_errors.ts";
import { cInt } from "./time_tuple.ts";

const CLOCK_REALTIME = 0;

/** A clk_id argument: a C int. */
const clockId = cInt;

/** A struct timespec from `call`, as [seconds, nanoseconds]. */
function timespec(call: (buffer: Uint8Array) => number): [bigint, bigint] {
  const buffer = new Uint8Array(16);
  check(() => call(buffer));
  const view = new DataView(buffer.buffer);
  return [view.getBigInt64(0, true), view.getBigInt64(8, true)];
}

/** Nanoseconds of JS's clocks, for a libc-less run. */
function fallbackNanoseconds(id: number): bigint {
  const milliseconds = id === CLOCK_REALTIME
    ? performance.timeOrigin + performance.now()
    : id === 1
    ? performance.now()
    : undefined;
  if (milliseconds === undefined) {
    throw pyError("OSError", `clock ${id} needs the C library, which is not available`);
  }
  return BigInt(Math.round(milliseconds * 1e3)) * 1000n;
}

function clockNanoseconds(value: PyValue): bigint {
  const id = clockId(value);
  if (!libcAvailable()) return fallbackNanoseconds(id);
  const [seconds, nanoseconds] = timespec((buffer) => libc("clock_gettime")(id, buffer));
  return seconds * 1_000_000_000n + nanoseconds;
}

export function clockGettime(value: PyValue): PyValue {
  const id = clockId(value);
  if (!libcAvailable()) return new PyFloat(Number(fallbackNanoseconds(id)) / 1e9);
  const [seconds, nanoseconds] = timespec((buffer) => libc("clock_gettime")(id, buffer));
  return new PyFloat(Number(seconds) + Number(nanoseconds) * 1e-9);
}

export function clockGettimeNs(value: PyValue): PyValue {
  return normalizeBigInt(clockNanoseconds(value));
}

export function clockGetres(value: PyValue): PyValue {
  const id = clockId(value);
  if (!libcAvailable()) {
    fallbackNanoseconds(id); // refuses the ids it cannot read
    return new PyFloat(1e-6);
  }
  const [seconds, nanoseconds] = timespec((buffer) => libc("clock_getres")(id, buffer));
  return new PyFloat(Number(seconds) + Number(nanoseconds) * 1e-9);
}

/** CLOCK_PROCESS_CPUTIME_ID and CLOCK_THREAD_CPUTIME_ID: process_time's and thread_time's clocks. */
export const CPU_CLOCKS = { process: 2, thread: 3 } as const;

/** [seconds, nanoseconds] of CPU clock `id` (CPU_CLOCKS), or null without the C library. */
export function cpuClock(id: number): [bigint, bigint] | null {
  if (!libcAvailable()) return null;
  return timespec((buffer) => libc("clock_gettime")(id, buffer));
}

/** The resolution of CPU clock `id` in seconds, or null without the C library. */
export function cpuClockResolution(id: number): number | null {
  if (!libcAvailable()) return null;
  const [seconds, nanoseconds] = timespec((buffer) => libc("clock_getres")(id, buffer));
  return Number(seconds) + Number(nanoseconds) * 1e-9;
}
