/**
 * The `resource` module over glibc's getrlimit/setrlimit/prlimit and
 * getrusage (libc through Deno FFI), with the semantics of CPython 3.11's
 * Modules/resource.c on Linux x86_64:
 *
 * - Limits are `rlim_t` (unsigned 64-bit) in C and signed `long long` in
 *   Python: RLIM_INFINITY reads as -1, and any value passed in is kept
 *   modulo 2**64 (CPython masks with RLIM_INFINITY), so (-1, -1) means
 *   unlimited. A limits argument is any sequence of exactly two integers.
 * - setrlimit's EINVAL and EPERM become ValueErrors with CPython's texts;
 *   prlimit words only EINVAL so, and any other errno is an OSError.
 * - getrusage returns the 16-field `resource.struct_rusage`, times as floats
 *   (seconds + microseconds / 1e6, in C's order of operations).
 */
import type { PyValue } from "../vm/objects/object.ts";
import { newTuple } from "../vm/objects/tuple.ts";
import { PyFloat } from "../vm/objects/float.ts";
import { ExceptionType, pyError } from "../vm/objects/exceptions.ts";
import { asCInt } from "../vm/objects/str_args.ts";
import { iterateToArray } from "../vm/runtime/iteration.ts";
import type { PyModule } from "../vm/runtime/module.ts";
import { libraryCandidates, SystemLibrary } from "../ffi/system_library.ts";
import { addFunctions, addTypes, addValues, newModule } from "./module_helpers.ts";
import { requireSystemLibrary } from "./system_library_import.ts";
import { defineStructSequence, newStructSequence } from "./struct_sequence.ts";
import { errno } from "./libc.ts";
import { osErrorFor } from "./posix_errors.ts";
import { intArgument } from "./posix_path.ts";
import { cLong } from "./c_integers.ts";

const libc = new SystemLibrary(
  "libc.so.6",
  libraryCandidates("libc.so.6"),
  {
    getrlimit: { parameters: ["i32", "buffer"], result: "i32" },
    setrlimit: { parameters: ["i32", "buffer"], result: "i32" },
    prlimit: { parameters: ["i32", "i32", "buffer", "buffer"], result: "i32" },
    getrusage: { parameters: ["i32", "buffer"], result: "i32" },
    getpagesize: { parameters: [], result: "i32" },
    sigaction: { parameters: ["i32", "buffer", "buffer"], result: "i32" },
  } as const,
);

/** The module's integer constants on Linux (<sys/resource.h>), in CPython's order. */
const RESOURCE_CONSTANTS: readonly (readonly [string, number])[] = [
  ["RLIMIT_CPU", 0],
  ["RLIMIT_FSIZE", 1],
  ["RLIMIT_DATA", 2],
  ["RLIMIT_STACK", 3],
  ["RLIMIT_CORE", 4],
  ["RLIMIT_NOFILE", 7],
  ["RLIMIT_OFILE", 7],
  ["RLIMIT_AS", 9],
  ["RLIMIT_RSS", 5],
  ["RLIMIT_NPROC", 6],
  ["RLIMIT_MEMLOCK", 8],
  ["RLIMIT_MSGQUEUE", 12],
  ["RLIMIT_NICE", 13],
  ["RLIMIT_RTPRIO", 14],
  ["RLIMIT_RTTIME", 15],
  ["RLIMIT_SIGPENDING", 11],
  ["RUSAGE_SELF", 0],
  ["RUSAGE_CHILDREN", -1],
  ["RUSAGE_THREAD", 1],
  ["RLIM_INFINITY", -1],
];

/** RLIM_NLIMITS: resources are 0 .. RLIM_NLIMITS - 1. */
const RESOURCE_COUNT = 16;

const EINVAL = 22;
const EPERM = 1;

/** struct rusage on x86_64: two struct timevals, then fourteen longs. */
const RUSAGE_BYTES = 144;
const RUSAGE_COUNTERS = 14;

const RUSAGE_FIELDS = [
  "ru_utime",
  "ru_stime",
  "ru_maxrss",
  "ru_ixrss",
  "ru_idrss",
  "ru_isrss",
  "ru_minflt",
  "ru_majflt",
  "ru_nswap",
  "ru_inblock",
  "ru_oublock",
  "ru_msgsnd",
  "ru_msgrcv",
  "ru_nsignals",
  "ru_nvcsw",
  "ru_nivcsw",
] as const;

const rusageType = defineStructSequence({
  name: "resource.struct_rusage",
  fields: RUSAGE_FIELDS,
  doc: "struct_rusage: Result from getrusage.\n\n" +
    "This object may be accessed either as a tuple of\n" +
    "    (utime,stime,maxrss,ixrss,idrss,isrss,minflt,majflt,\n" +
    "    nswap,inblock,oublock,msgsnd,msgrcv,nsignals,nvcsw,nivcsw)\n" +
    "or via the attributes ru_utime, ru_stime, ru_maxrss, and so on.",
});

/** A 64-bit C value as a Python int (a safe integer as a number). */
function pythonInt(value: bigint): number | bigint {
  return Number.isSafeInteger(Number(value)) ? Number(value) : value;
}

function checkResource(resource: number): void {
  if (resource < 0 || resource >= RESOURCE_COUNT) {
    throw pyError("ValueError", "invalid resource specified");
  }
}

/** A struct rlimit read back as CPython's (long long, long long) tuple. */
function limitsTuple(limit: BigInt64Array): PyValue {
  return newTuple([pythonInt(limit[0]), pythonInt(limit[1])]);
}

/** py2rlimit: any sequence of two integers, each kept modulo 2**64, as a struct rlimit. */
function limitsArgument(limits: PyValue): BigInt64Array<ArrayBuffer> {
  const items = iterateToArray(limits);
  if (items.length !== 2) throw pyError("ValueError", "expected a tuple of 2 integers");
  return new BigInt64Array([cLong(items[0]), cLong(items[1])]);
}

function getrlimit(resourceArgument: PyValue): PyValue {
  const resource = asCInt(resourceArgument);
  checkResource(resource);
  const limit = new BigInt64Array(2);
  if (libc.fn("getrlimit")(resource, new Uint8Array(limit.buffer)) === -1) {
    throw osErrorFor(errno());
  }
  return limitsTuple(limit);
}

function setrlimit(resourceArgument: PyValue, limits: PyValue): PyValue {
  const resource = asCInt(resourceArgument);
  checkResource(resource);
  const limit = limitsArgument(limits);
  if (libc.fn("setrlimit")(resource, new Uint8Array(limit.buffer)) === -1) {
    const code = errno();
    if (code === EINVAL) throw pyError("ValueError", "current limit exceeds maximum limit");
    if (code === EPERM) throw pyError("ValueError", "not allowed to raise maximum limit");
    throw osErrorFor(code);
  }
  return null;
}

/** prlimit(pid, resource, [limits]): an optional group in 3.11's clinic, hence *args. */
function prlimit(args: PyValue[]): PyValue {
  if (args.length < 2 || args.length > 3) {
    throw pyError("TypeError", "resource.prlimit requires 2 to 3 arguments");
  }
  const pid = intArgument(args[0]);
  const resource = intArgument(args[1]);
  checkResource(resource);
  const newLimit = args.length === 3 ? limitsArgument(args[2]) : null;
  const oldLimit = new BigInt64Array(2);
  const result = libc.fn("prlimit")(
    pid,
    resource,
    newLimit === null ? null : new Uint8Array(newLimit.buffer),
    new Uint8Array(oldLimit.buffer),
  );
  if (result === -1) {
    const code = errno();
    if (code === EINVAL) throw pyError("ValueError", "current limit exceeds maximum limit");
    throw osErrorFor(code);
  }
  return limitsTuple(oldLimit);
}

function getrusage(whoArgument: PyValue): PyValue {
  const who = asCInt(whoArgument);
  const usage = new BigInt64Array(RUSAGE_BYTES / 8);
  if (libc.fn("getrusage")(who, new Uint8Array(usage.buffer)) === -1) {
    const code = errno();
    if (code === EINVAL) throw pyError("ValueError", "invalid who parameter");
    throw osErrorFor(code);
  }
  const seconds = (at: number) => new PyFloat(Number(usage[at]) + Number(usage[at + 1]) * 0.000001);
  const counters = Array.from(
    { length: RUSAGE_COUNTERS },
    (_, i) => pythonInt(usage[4 + i]),
  );
  return newStructSequence(rusageType, [seconds(0), seconds(2), ...counters]);
}

const SIGXFSZ = 25;
/** struct sigaction on x86_64 (sa_handler first); SIG_DFL is 0, SIG_IGN 1. */
const SIGACTION_BYTES = 152;

/**
 * CPython ignores SIGXFSZ from start-up, so that a write past RLIMIT_FSIZE
 * fails with EFBIG (an OSError) instead of killing the process, and
 * `signal.getsignal(SIGXFSZ)` says SIG_IGN here too. Limits are lowered
 * through this module, so it makes the kernel's disposition agree before
 * any can be, unless the program has already chosen one.
 */
function ignoreFileSizeSignal(): void {
  const action = new BigUint64Array(SIGACTION_BYTES / 8);
  const bytes = new Uint8Array(action.buffer);
  if (libc.fn("sigaction")(SIGXFSZ, null, bytes) !== 0 || action[0] !== 0n) return;
  action[0] = 1n;
  libc.fn("sigaction")(SIGXFSZ, bytes, null);
}

const PRLIMIT_DOC = "prlimit(pid, resource, [limits])";

export function createResourceModule(): PyModule {
  requireSystemLibrary("resource", "C library", libc);
  ignoreFileSizeSignal();
  const module = newModule("resource");
  addValues(module, { error: ExceptionType.OSError });
  addTypes(module, [rusageType]);
  addFunctions(module, {
    getrusage: ["who, /", getrusage],
    getrlimit: ["resource, /", getrlimit],
    prlimit: ["*args", prlimit, { tupleArguments: true, doc: PRLIMIT_DOC }],
    setrlimit: ["resource, limits, /", setrlimit],
    getpagesize: ["", () => libc.fn("getpagesize")()],
  });
  addValues(module, Object.fromEntries(RESOURCE_CONSTANTS));
  return module;
}
