/**
 * `_posixsubprocess`: subprocess.py's `fork_exec`, without fork.
 *
 * CPython forks, and its child closes the parent's pipe ends, dups the pipes
 * onto 0/1/2, changes directory, resets signals, starts a session or joins a
 * process group, closes the other descriptors and execs each candidate of
 * executable_list in turn. Taipan describes the same steps to posix_spawn
 * (_posixsubprocess_spawn.ts) and calls it for each candidate: ENOENT and
 * ENOTDIR move on to the next, the first other error is the one reported, as
 * in CPython's child. The umask for the child is set in the parent around
 * the spawn (the child inherits it).
 *
 * A failure is reported the way a CPython child reports it: the line
 * `OSError:<hex errno>:` (with `noexec` when the failure came before exec,
 * e.g. a bad cwd) is written to errpipe_write, and fork_exec returns the pid
 * of a stand-in child that exits with status 255 as CPython's failed child
 * does, so subprocess raises exactly CPython's exception (the executable or
 * cwd as the filename) and reaps a real child. Only when no stand-in can be
 * started is the OSError raised from fork_exec itself.
 *
 * Not possible without fork, so refused with NotImplementedError when
 * requested: preexec_fn (Python code cannot run in a spawned child; only
 * os.setsid and os.setpgrp are honoured, as the spawn attributes with their
 * effect), and changing the user, group or supplementary groups
 * (posix_spawn cannot; asking for the current ids is accepted).
 */
import type { PyValue } from "../vm/objects/object.ts";
import { pyError } from "../vm/objects/exceptions.ts";
import { indexValue } from "../vm/objects/int_methods.ts";
import { PyBuiltinFunction } from "../vm/objects/native_function.ts";
import type { PyModule } from "../vm/runtime/module.ts";
import { iterateToArray } from "../vm/runtime/iteration.ts";
import { addFunctions, newModule } from "./module_helpers.ts";
import { errno, libc } from "./libc.ts";
import { osErrorFor } from "./posix_errors.ts";
import { fsDecode } from "./posix_path.ts";
import { type ForkExecRequest, parseForkExecArguments } from "./_posixsubprocess_args.ts";
import {
  cStringArray,
  currentEnviron,
  type FileAction,
  GLIBC_INTERNAL_SIGNALS,
  SPAWN_SETPGROUP,
  SPAWN_SETSID,
  SPAWN_SETSIGDEF,
  Spawner,
  SpawnSetupError,
  standInChild,
} from "./_posixsubprocess_spawn.ts";

const ENOENT = 2;
const EBADF = 9;
const EACCES = 13;
const ENOTDIR = 20;
const F_GETFD = 1;
const F_DUPFD_CLOEXEC = 1030;
const FD_CLOEXEC = 1;
const O_CLOEXEC = 0x80000;
const O_DIRECTORY = 0x10000;
const O_PATH = 0x200000;
const X_OK = 1;
const AT_FDCWD = -100;
const AT_EACCESS = 0x200;
const SIGPIPE = 13;
const SIGXFSZ = 25;

/** A failure the child would have reported: errno, and whether exec was reached. */
class ChildFailure {
  constructor(readonly code: number, readonly beforeExec: boolean) {}
}

function descriptorFlags(fd: number): number {
  return libc("fcntl")(fd, F_GETFD, 0);
}

/** The descriptors open in this process (from /proc/self/fd; a probe of 0-1023 without it). */
function openDescriptors(): number[] {
  try {
    return [...Deno.readDirSync("/proc/self/fd")].map((entry) => Number(entry.name))
      .filter((fd) => Number.isInteger(fd) && descriptorFlags(fd) >= 0);
  } catch {
    return Array.from({ length: 1024 }, (_, fd) => fd).filter((fd) => descriptorFlags(fd) >= 0);
  }
}

function currentGroups(): Set<number> {
  const count = libc("getgroups")(0, null);
  const groups = new Uint32Array(Math.max(count, 1));
  const n = libc("getgroups")(count, new Uint8Array(groups.buffer));
  return new Set(groups.subarray(0, Math.max(n, 0)));
}

/** user, group and extra_groups: only "unchanged" can be honoured. */
function checkIdentity(request: ForkExecRequest): void {
  const unsupported = (what: string) =>
    pyError(
      "NotImplementedError",
      `_posixsubprocess.fork_exec: changing the ${what} of the child is not supported ` +
        "by Taipan (it spawns processes without fork)",
    );
  if (request.extraGroups !== null) {
    const wanted = new Set(iterateToArray(request.extraGroups).map((gid) => indexValue(gid)));
    const current = currentGroups();
    if (wanted.size !== current.size || [...wanted].some((gid) => !current.has(gid as number))) {
      throw unsupported("supplementary groups");
    }
  }
  if (request.gid !== null) {
    const gid = indexValue(request.gid);
    if (gid !== libc("getgid")() || gid !== libc("getegid")()) throw unsupported("group");
  }
  if (request.uid !== null) {
    const uid = indexValue(request.uid);
    if (uid !== libc("getuid")() || uid !== libc("geteuid")()) throw unsupported("user");
  }
}

/** The checks the child's chdir would make, done in the parent so their errno is reported. */
function checkDirectory(path: Uint8Array<ArrayBuffer>): void {
  const fd = libc("open")(path, O_PATH | O_DIRECTORY | O_CLOEXEC, 0);
  if (fd < 0) throw new ChildFailure(errno(), true);
  libc("close")(fd);
  if (libc("faccessat")(AT_FDCWD, path, X_OK, AT_EACCESS) !== 0) {
    throw new ChildFailure(errno() || EACCES, true);
  }
}

/**
 * The child's steps before exec as file actions, in CPython's order. Low
 * descriptors that the dups would overwrite are first copied above 2 here
 * in the parent (`temporaries`, closed after the spawn).
 */
function fileActions(request: ForkExecRequest, temporaries: number[]): FileAction[] {
  const actions: FileAction[] = [];
  const keep = new Set(request.fdsToKeep);
  for (const fd of [...keep, request.p2cread, request.c2pwrite, request.errwrite]) {
    if (fd >= 0 && descriptorFlags(fd) < 0) throw new ChildFailure(EBADF, true);
  }
  // pass_fds become inheritable: dup2 onto itself clears close-on-exec (glibc 2.29+).
  for (const fd of keep) {
    if (fd !== request.errpipeWrite) actions.push({ kind: "dup2", from: fd, to: fd });
  }
  for (const fd of [request.p2cwrite, request.c2pread, request.errread, request.errpipeRead]) {
    if (fd >= 0) actions.push({ kind: "close", fd });
  }
  const lifted = (fd: number) => {
    const copy = libc("fcntl")(fd, F_DUPFD_CLOEXEC, 3);
    if (copy < 0) throw new ChildFailure(errno(), true);
    temporaries.push(copy);
    return copy;
  };
  const c2pwrite = request.c2pwrite === 0 ? lifted(0) : request.c2pwrite;
  const errwrite = request.errwrite === 0 || request.errwrite === 1
    ? lifted(request.errwrite)
    : request.errwrite;
  [request.p2cread, c2pwrite, errwrite].forEach((fd, target) => {
    if (fd >= 0) actions.push({ kind: "dup2", from: fd, to: target });
  });
  if (request.cwd !== null) {
    checkDirectory(request.cwd);
    actions.push({ kind: "chdir", path: request.cwd });
  }
  if (request.closeFds) {
    for (const fd of openDescriptors()) {
      if (fd < 3 || keep.has(fd)) continue;
      if (!(descriptorFlags(fd) & FD_CLOEXEC)) actions.push({ kind: "close", fd });
    }
  }
  return actions;
}

/** Spawn the first candidate that can be executed; its pid, or the failure. */
function spawnFirst(request: ForkExecRequest, actions: FileAction[]): number {
  // glibc's spawned child ignores its two internal signals unless they are
  // reset explicitly; CPython's forked child leaves them at the default.
  let flags = SPAWN_SETSIGDEF;
  if (request.callSetsid) flags |= SPAWN_SETSID;
  if (request.pgidToSet >= 0) flags |= SPAWN_SETPGROUP;
  let spawner: Spawner;
  try {
    spawner = new Spawner({
      actions,
      flags,
      defaultSignals: request.restoreSignals
        ? [SIGPIPE, SIGXFSZ, ...GLIBC_INTERNAL_SIGNALS]
        : GLIBC_INTERNAL_SIGNALS,
      processGroup: request.pgidToSet,
    });
  } catch (error) {
    if (error instanceof SpawnSetupError) throw new ChildFailure(error.code, true);
    throw error;
  }
  const argv = cStringArray(request.argv ?? []);
  const env = request.env === null ? null : cStringArray(request.env);
  const oldUmask = request.childUmask >= 0 ? libc("umask")(request.childUmask >>> 0) : -1;
  try {
    let firstError = 0;
    let lastError = ENOENT;
    for (const executable of request.executables) {
      const envp = env === null ? currentEnviron() : Deno.UnsafePointer.of(env.array);
      const result = spawner.spawn(executable, argv.array, envp);
      if (result > 0) return result;
      lastError = -result;
      if (lastError !== ENOENT && lastError !== ENOTDIR && firstError === 0) {
        firstError = lastError;
      }
    }
    throw new ChildFailure(firstError || lastError, false);
  } finally {
    if (oldUmask >= 0) libc("umask")(oldUmask);
    spawner.destroy();
  }
}

/** Report a failure through the error pipe as CPython's child does, or raise it. */
function reportFailure(request: ForkExecRequest, failure: ChildFailure): number {
  const report = `OSError:${failure.code.toString(16)}:${failure.beforeExec ? "noexec" : ""}`;
  const bytes = new TextEncoder().encode(report);
  if (
    request.errpipeWrite >= 0 &&
    libc("write")(request.errpipeWrite, bytes, BigInt(bytes.length)) === BigInt(bytes.length)
  ) {
    const pid = standInChild(255);
    if (pid > 0) return pid;
  }
  const filename = failure.beforeExec
    ? request.cwdObject
    : request.executables.length > 0
    ? fsDecode(request.executables[0].subarray(0, -1))
    : null;
  throw osErrorFor(failure.code, filename ?? undefined);
}

/**
 * preexec_fn: os.setsid and os.setpgrp have spawn attributes with the same
 * effect; any other function would have to run in the child, which cannot be.
 */
function withoutPreexec(request: ForkExecRequest): ForkExecRequest {
  const fn = request.preexecFn;
  if (fn === null) return request;
  if (fn instanceof PyBuiltinFunction && fn.module === "posix" && fn.self === undefined) {
    if (fn.name === "setsid") return { ...request, callSetsid: true };
    if (fn.name === "setpgrp") return { ...request, pgidToSet: 0 };
  }
  throw pyError(
    "NotImplementedError",
    "_posixsubprocess.fork_exec: preexec_fn is not supported by Taipan " +
      "(it spawns processes without fork, so no Python code can run in the child)",
  );
}

function forkExec(args: PyValue[]): PyValue {
  const request = withoutPreexec(parseForkExecArguments(args));
  checkIdentity(request);
  const temporaries: number[] = [];
  try {
    return spawnFirst(request, fileActions(request, temporaries));
  } catch (error) {
    if (error instanceof ChildFailure) return reportFailure(request, error);
    throw error;
  } finally {
    for (const fd of temporaries) libc("close")(fd);
  }
}

export function createPosixsubprocessModule(): PyModule {
  const module = newModule("_posixsubprocess", "A POSIX helper for the subprocess module.");
  addFunctions(module, {
    fork_exec: ["*args", forkExec],
  });
  return module;
}
