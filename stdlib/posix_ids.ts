/**
 * The `posix` functions that change who the process is and how it is
 * scheduled: user and group ids, process groups and the terminal's
 * foreground group, priorities and nice; and device numbers (major, minor,
 * makedev, with glibc's encoding of dev_t).
 */
import type { PyValue } from "../vm/objects/object.ts";
import { newTuple } from "../vm/objects/tuple.ts";
import { pyError } from "../vm/objects/exceptions.ts";
import { indexValue } from "../vm/objects/int_methods.ts";
import { normalizeBigInt } from "../vm/objects/int_value.ts";
import { iterateToArray } from "../vm/runtime/iteration.ts";
import { errno, libc } from "./libc.ts";
import { check, clearErrno, osErrorFor, retrying } from "./posix_errors.ts";
import { intArgument } from "./posix_path.ts";
import type { FunctionSpec } from "./module_helpers.ts";

/** A uid or gid argument: -1 means "unchanged" ((uid_t)-1), as CPython's converter allows. */
function idArgument(value: PyValue): number {
  const id = indexValue(value);
  if (id === -1) return 0xffffffff;
  if (typeof id === "bigint" || id < 0 || id > 0xfffffffe) {
    throw pyError(
      "OverflowError",
      id < 0 ? "uid is less than minimum" : "uid is greater than maximum",
    );
  }
  return id;
}

function idTriple(call: (a: Uint8Array, b: Uint8Array, c: Uint8Array) => number): PyValue {
  const ids = new Uint32Array(3);
  const bytes = new Uint8Array(ids.buffer);
  check(() => call(bytes.subarray(0, 4), bytes.subarray(4, 8), bytes.subarray(8, 12)));
  return newTuple([ids[0], ids[1], ids[2]]);
}

function device(value: PyValue): bigint {
  return BigInt(indexValue(value)) & 0xffffffffffffffffn;
}

export const ID_FUNCTIONS: Record<string, FunctionSpec> = {
  setuid: ["uid, /", (uid: PyValue) => check(() => libc("setuid")(idArgument(uid)))],
  setgid: ["gid, /", (gid: PyValue) => check(() => libc("setgid")(idArgument(gid)))],
  seteuid: ["euid, /", (uid: PyValue) => check(() => libc("seteuid")(idArgument(uid)))],
  setegid: ["egid, /", (gid: PyValue) => check(() => libc("setegid")(idArgument(gid)))],
  setreuid: [
    "ruid, euid, /",
    (ruid: PyValue, euid: PyValue) =>
      check(() => libc("setreuid")(idArgument(ruid), idArgument(euid))),
  ],
  setregid: [
    "rgid, egid, /",
    (rgid: PyValue, egid: PyValue) =>
      check(() => libc("setregid")(idArgument(rgid), idArgument(egid))),
  ],
  setresuid: [
    "ruid, euid, suid, /",
    (r: PyValue, e: PyValue, s: PyValue) =>
      check(() => libc("setresuid")(idArgument(r), idArgument(e), idArgument(s))),
  ],
  setresgid: [
    "rgid, egid, sgid, /",
    (r: PyValue, e: PyValue, s: PyValue) =>
      check(() => libc("setresgid")(idArgument(r), idArgument(e), idArgument(s))),
  ],
  getresuid: ["", () => idTriple((a, b, c) => libc("getresuid")(a, b, c))],
  getresgid: ["", () => idTriple((a, b, c) => libc("getresgid")(a, b, c))],
  setgroups: ["groups, /", (groups: PyValue) => {
    const ids = Uint32Array.from(iterateToArray(groups).map(idArgument));
    return check(() => libc("setgroups")(BigInt(ids.length), new Uint8Array(ids.buffer)));
  }],
  setpgid: [
    "pid, pgrp, /",
    (pid: PyValue, group: PyValue) =>
      check(() => libc("setpgid")(intArgument(pid), intArgument(group))),
  ],
  setpgrp: ["", () => check(() => libc("setpgid")(0, 0))],
  tcgetpgrp: ["fd, /", (fd: PyValue) => retrying(() => libc("tcgetpgrp")(intArgument(fd)))],
  tcsetpgrp: [
    "fd, pgid, /",
    (fd: PyValue, group: PyValue) =>
      check(() => libc("tcsetpgrp")(intArgument(fd), intArgument(group))),
  ],
  getpriority: ["which, who", (which: PyValue, who: PyValue) => {
    clearErrno();
    const value = libc("getpriority")(intArgument(which), intArgument(who) >>> 0);
    // -1 is a valid priority: only errno says it failed.
    if (value === -1 && errno() !== 0) throw osErrorFor(errno());
    return value;
  }],
  setpriority: [
    "which, who, priority",
    (which: PyValue, who: PyValue, priority: PyValue) =>
      check(() =>
        libc("setpriority")(intArgument(which), intArgument(who) >>> 0, intArgument(priority))
      ),
  ],
  nice: ["increment, /", (increment: PyValue) => {
    clearErrno();
    const value = libc("nice")(intArgument(increment));
    if (value === -1 && errno() !== 0) throw osErrorFor(errno());
    return value;
  }],
  sched_yield: ["", () => check(() => libc("sched_yield")())],
  major: ["device, /", (value: PyValue) => {
    const dev = device(value);
    return normalizeBigInt(((dev >> 8n) & 0xfffn) | ((dev >> 32n) & ~0xfffn));
  }],
  minor: ["device, /", (value: PyValue) => {
    const dev = device(value);
    return normalizeBigInt((dev & 0xffn) | ((dev >> 12n) & ~0xffn));
  }],
  makedev: ["major, minor, /", (majorValue: PyValue, minorValue: PyValue) => {
    const major = BigInt(intArgument(majorValue) >>> 0);
    const minor = BigInt(intArgument(minorValue) >>> 0);
    return normalizeBigInt(
      ((major & 0xfffn) << 8n) | ((major & ~0xfffn) << 32n) | (minor & 0xffn) |
        ((minor & ~0xffn) << 12n),
    );
  }],
};
