/**
 * The `posix` functions about the process: ids, uname, times, umask,
 * signals to processes, waiting, exiting, os.system, random bytes, sysconf.
 *
 * Deno cannot fork (a forked child of a multi-threaded V8 process is not
 * usable), so fork and forkpty are absent, as on platforms without fork:
 * `hasattr(os, "fork")` is False and callers take their fallbacks. The
 * spawn* functions os.py builds on fork come from posix_spawn.ts instead. `os.system` runs `/bin/sh -c` through
 * Deno.Command; execv/execve replace the process image through libc, which
 * needs no fork.
 */
import type { PyValue } from "../vm/objects/object.ts";
import { PyBytes } from "../vm/objects/bytes.ts";
import { PyFloat } from "../vm/objects/float.ts";
import { PyList } from "../vm/objects/list.ts";
import { newTuple, PyTuple } from "../vm/objects/tuple.ts";
import { pyError } from "../vm/objects/exceptions.ts";
import { indexValue } from "../vm/objects/int_methods.ts";
import { isStr, type PyStr } from "../vm/objects/str_wide.ts";
import { typeOf } from "../vm/objects/typeof.ts";
import { drainIterator, getIterator } from "../vm/runtime/iteration.ts";
import { getAttribute } from "../vm/runtime/attributes.ts";
import { callObject } from "../vm/runtime/call.ts";
import { dictType, PyDict } from "../vm/objects/dict.ts";
import { ExceptionType, PyBaseException } from "../vm/objects/exceptions.ts";
import { lengthOf } from "../vm/runtime/builtin_functions.ts";
import { cString, errno, libc, strerror } from "./libc.ts";
import { cStringArray, currentEnviron } from "./_posixsubprocess_spawn.ts";
import { check, clearErrno, lastOsError, osErrorFor, retrying } from "./posix_errors.ts";
import {
  fsConverter,
  fsDecode,
  fsEncode,
  intArgument,
  type PathArgument,
  pathArgument,
} from "./posix_path.ts";
import { defineStructSequence, newStructSequence } from "./struct_sequence.ts";
import { deliverToSelf, signalNumber } from "./_signal.ts";
import type { FunctionSpec } from "./module_helpers.ts";

const SC_CLK_TCK = 2;
const EINVAL = 22;

export const unameResultType = defineStructSequence({
  name: "posix.uname_result",
  fields: ["sysname", "nodename", "release", "version", "machine"],
});

export const timesResultType = defineStructSequence({
  name: "posix.times_result",
  fields: ["user", "system", "children_user", "children_system", "elapsed"],
});

function uname(): PyValue {
  const FIELD = 65;
  const buffer = new Uint8Array(FIELD * 6);
  check(() => libc("uname")(buffer));
  const field = (i: number) => {
    const part = buffer.subarray(i * FIELD, (i + 1) * FIELD);
    return fsDecode(part.subarray(0, part.indexOf(0)));
  };
  return newStructSequence(unameResultType, [0, 1, 2, 3, 4].map(field));
}

function times(): PyValue {
  const buffer = new Uint8Array(32);
  const elapsed = Number(libc("times")(buffer));
  const ticks = Number(libc("sysconf")(SC_CLK_TCK));
  const view = new DataView(buffer.buffer);
  const seconds = (value: number) => new PyFloat(value / ticks);
  return newStructSequence(timesResultType, [
    seconds(Number(view.getBigInt64(0, true))),
    seconds(Number(view.getBigInt64(8, true))),
    seconds(Number(view.getBigInt64(16, true))),
    seconds(Number(view.getBigInt64(24, true))),
    seconds(elapsed),
  ]);
}

function kill(pid: PyValue, signal: PyValue): PyValue {
  const target = intArgument(pid);
  const number = intArgument(signal);
  if (target === libc("getpid")() && number > 0 && deliverToSelf(number)) return null;
  return check(() => libc("kill")(target, number));
}

function waitpid(pid: PyValue, options: PyValue): PyValue {
  const status = new Int32Array(1);
  const result = retrying(() =>
    libc("waitpid")(intArgument(pid), new Uint8Array(status.buffer), intArgument(options))
  );
  return newTuple([result, status[0]]);
}

/** os.system: the command through /bin/sh; the wait status (exit code << 8, or the signal). */
function system(command: PyValue): PyValue {
  let text: string;
  if (command instanceof PyBytes) text = new TextDecoder().decode(command.bytes);
  else if (isStr(command)) text = new TextDecoder().decode(fsEncode(command as PyStr));
  else {
    throw pyError(
      "TypeError",
      `system() argument 'command' must be str, not ${typeOf(command).tpName}`,
    );
  }
  try {
    const result = new Deno.Command("/bin/sh", {
      args: ["-c", text],
      stdin: "inherit",
      stdout: "inherit",
      stderr: "inherit",
    }).outputSync();
    if (result.signal !== null) return signalNumber(result.signal) ?? 0;
    return (result.code & 0xff) << 8;
  } catch {
    return 127 << 8;
  }
}

/**
 * The list a mapping's keys() or values() gives (CPython's PyMapping_Keys and
 * PyMapping_Values: an exact dict read directly, else the method's result as
 * a list).
 */
function mappingList(mapping: PyValue, method: "keys" | "values"): PyValue[] {
  if (mapping instanceof PyDict && mapping.cls === dictType) {
    const column = method === "keys" ? mapping.keys : mapping.values;
    return column.filter((_, i) => mapping.keys[i] !== undefined) as PyValue[];
  }
  const output = callObject(getAttribute(mapping, method), [], null);
  let iterator: PyValue;
  try {
    iterator = getIterator(output);
  } catch (error) {
    if (error instanceof PyBaseException && error.cls.isSubtypeOf(ExceptionType.TypeError)) {
      throw pyError(
        "TypeError",
        `${typeOf(mapping).tpName}.${method}() returned a non-iterable (type ${
          typeOf(output).tpName
        })`,
      );
    }
    throw error;
  }
  return drainIterator(iterator);
}

/** execve's environment as `NAME=value` strings (CPython's parse_envlist). */
function environmentStrings(env: PyValue): Uint8Array[] {
  const size = Number(lengthOf(env));
  const keys = mappingList(env, "keys");
  const values = mappingList(env, "values");
  const strings: Uint8Array[] = [];
  for (let i = 0; i < size; i++) {
    if (i >= keys.length || i >= values.length) {
      throw pyError("IndexError", "list index out of range");
    }
    const name = fsConverter(keys[i]);
    const value = fsConverter(values[i]);
    // From index 1: on Windows a leading '=' names a hidden variable.
    if (name.length === 0 || name.indexOf(0x3d, 1) >= 0) {
      throw pyError("ValueError", "illegal environment variable name");
    }
    strings.push(new Uint8Array([...name, 0x3d, ...value]));
  }
  return strings;
}

/** What execv/execve pass to the exec call, as C strings (each ending in NUL). */
export interface ExecArguments {
  readonly target: PathArgument;
  readonly argv: Uint8Array<ArrayBuffer>[];
  /** `NAME=value` strings; null for execv (the current environment). */
  readonly env: Uint8Array<ArrayBuffer>[] | null;
}

/** execv's and execve's arguments, checked in CPython's order and with its messages. */
export function execArguments(
  path: PyValue,
  argv: PyValue,
  env: PyValue | undefined,
): ExecArguments {
  const withEnv = env !== undefined;
  const target = pathArgument(withEnv ? "execve" : "execv", path, { allowFd: withEnv });
  if (!(argv instanceof PyTuple) && !(argv instanceof PyList)) {
    throw pyError(
      "TypeError",
      withEnv ? "execve: argv must be a tuple or list" : "execv() arg 2 must be a tuple or list",
    );
  }
  if (argv.items.length === 0) {
    throw pyError(
      "ValueError",
      withEnv ? "execve: argv must not be empty" : "execv() arg 2 must not be empty",
    );
  }
  if (withEnv && typeOf(env).lookup("__getitem__") === undefined) {
    throw pyError("TypeError", "execve: environment must be a mapping object");
  }
  const args = [...argv.items].map(fsConverter);
  if (args[0].length === 0) {
    throw pyError(
      "ValueError",
      withEnv
        ? "execve: argv first element cannot be empty"
        : "execv() arg 2 first element cannot be empty",
    );
  }
  return {
    target,
    argv: args.map(cString),
    env: withEnv ? environmentStrings(env).map(cString) : null,
  };
}

/** The process's environment as `NAME=value` C strings (when libc's `environ` is unreachable). */
function inheritedEnvironment(): Uint8Array<ArrayBuffer>[] {
  return Object.entries(Deno.env.toObject()).map(([k, v]) =>
    cString(new TextEncoder().encode(`${k}=${v}`))
  );
}

/** execv(path, argv) and execve(path, argv, env): replace the process image. */
function execve(path: PyValue, argv: PyValue, env: PyValue | undefined): PyValue {
  const { target, argv: args, env: environment } = execArguments(path, argv, env);
  const argvArray = cStringArray(args);
  const envArray = cStringArray(environment ?? inheritedEnvironment());
  const envp = environment === null
    ? currentEnviron() ?? Deno.UnsafePointer.of(envArray.array)
    : Deno.UnsafePointer.of(envArray.array);
  if (target.cString === null) libc("fexecve")(target.fd, argvArray.array, envp);
  else libc("execve")(target.cString, argvArray.array, envp);
  throw lastOsError(target.object);
}

function urandom(size: PyValue): PyValue {
  const n = Number(indexValue(size));
  if (n < 0) throw pyError("ValueError", "negative argument not allowed");
  const bytes = new Uint8Array(n);
  for (let at = 0; at < n; at += 65536) crypto.getRandomValues(bytes.subarray(at, at + 65536));
  return new PyBytes(bytes);
}

function getlogin(): PyValue {
  clearErrno();
  const name = libc("getlogin")();
  if (name !== null) return Deno.UnsafePointerView.getCString(name);
  const code = errno();
  if (code !== 0) throw osErrorFor(code);
  throw pyError("OSError", "unable to determine login name");
}

function getgroups(): PyValue {
  const count = retrying(() => libc("getgroups")(0, null));
  const groups = new Uint32Array(Math.max(count, 1));
  const n = retrying(() => libc("getgroups")(count, new Uint8Array(groups.buffer)));
  return new PyList([...groups.subarray(0, n)]);
}

const atForkCallbacks: PyValue[] = [];

export const PROCESS_FUNCTIONS: Record<string, FunctionSpec> = {
  getpid: ["", () => libc("getpid")()],
  getppid: ["", () => libc("getppid")()],
  getuid: ["", () => libc("getuid")()],
  geteuid: ["", () => libc("geteuid")()],
  getgid: ["", () => libc("getgid")()],
  getegid: ["", () => libc("getegid")()],
  getgroups: ["", getgroups],
  getpgrp: ["", () => libc("getpgrp")()],
  getpgid: ["pid", (pid: PyValue) => retrying(() => libc("getpgid")(intArgument(pid)))],
  getsid: ["pid, /", (pid: PyValue) => retrying(() => libc("getsid")(intArgument(pid)))],
  setsid: ["", () => check(() => libc("setsid")())],
  getlogin: ["", getlogin],
  uname: ["", uname],
  times: ["", times],
  umask: ["mask, /", (mask: PyValue) => libc("umask")(intArgument(mask) >>> 0)],
  kill: ["pid, signal, /", kill],
  killpg: [
    "pgid, signal, /",
    (pgid: PyValue, signal: PyValue) =>
      check(() => libc("killpg")(intArgument(pgid), intArgument(signal))),
  ],
  _exit: ["status", (status: PyValue) => {
    libc("_exit")(intArgument(status));
    return null;
  }],
  abort: ["", () => {
    libc("raise")(6);
    return null;
  }],
  waitpid: ["pid, options, /", waitpid],
  wait: ["", () => waitpid(-1, 0)],
  waitstatus_to_exitcode: ["status", (value: PyValue) => {
    const status = intArgument(value);
    if ((status & 0x7f) === 0) return (status >> 8) & 0xff;
    if ((status & 0xff) === 0x7f) {
      throw pyError("ValueError", `process stopped by delivery of signal ${(status >> 8) & 0xff}`);
    }
    if ((status & 0x7f) !== 0) return -(status & 0x7f);
    throw pyError("ValueError", `invalid wait status: ${status}`);
  }],
  WIFEXITED: ["status", (s: PyValue) => (intArgument(s) & 0x7f) === 0],
  WEXITSTATUS: ["status", (s: PyValue) => (intArgument(s) >> 8) & 0xff],
  WIFSIGNALED: ["status", (s: PyValue) => {
    const low = intArgument(s) & 0x7f;
    return low !== 0 && low !== 0x7f;
  }],
  WTERMSIG: ["status", (s: PyValue) => intArgument(s) & 0x7f],
  WIFSTOPPED: ["status", (s: PyValue) => (intArgument(s) & 0xff) === 0x7f],
  WSTOPSIG: ["status", (s: PyValue) => (intArgument(s) >> 8) & 0xff],
  WCOREDUMP: ["status, /", (s: PyValue) => (intArgument(s) & 0x80) !== 0],
  WIFCONTINUED: ["status", (s: PyValue) => intArgument(s) === 0xffff],
  system: ["command", system],
  execv: ["path, argv, /", (path: PyValue, argv: PyValue) => execve(path, argv, undefined)],
  execve: ["path, argv, env", execve],
  register_at_fork: [
    "*, before=None, after_in_child=None, after_in_parent=None",
    (before: PyValue, child: PyValue, parent: PyValue) => {
      if (before === null && child === null && parent === null) {
        throw pyError("TypeError", "At least one argument is required.");
      }
      // Kept for completeness: without fork they are never called.
      atForkCallbacks.push(before, child, parent);
      return null;
    },
  ],
  cpu_count: ["", () => navigator.hardwareConcurrency || null],
  urandom: ["size, /", urandom],
  getrandom: ["size, flags=0", (size: PyValue, flags: PyValue) => {
    const n = Number(indexValue(size));
    if (n < 0) throw osErrorFor(EINVAL);
    const bytes = new Uint8Array(n);
    const got = Number(
      retrying(() => libc("getrandom")(bytes, BigInt(n), intArgument(flags) >>> 0)),
    );
    return new PyBytes(bytes.slice(0, got));
  }],
  strerror: ["code, /", (code: PyValue) => strerror(intArgument(code))],
  getloadavg: ["", () => {
    const loads = new Float64Array(3);
    if (libc("getloadavg")(new Uint8Array(loads.buffer), 3) !== 3) {
      throw pyError("OSError", "Load averages are unobtainable");
    }
    return newTuple([...loads].map((load) => new PyFloat(load)));
  }],
};
