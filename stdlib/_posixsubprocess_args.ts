/**
 * The 23 positional arguments of `_posixsubprocess.fork_exec` (CPython
 * 3.11's order, as subprocess.py's `_execute_child` passes them), checked
 * and converted the way CPython's argument parser does before it forks:
 * fds_to_keep a sorted tuple of distinct descriptors, the argv items
 * through the filesystem-path converter (str, bytes or os.PathLike), the
 * executable and environment lists as bytes.
 */
import type { PyValue } from "../vm/objects/object.ts";
import { PyBytes } from "../vm/objects/bytes.ts";
import { PyTuple } from "../vm/objects/tuple.ts";
import { pyError } from "../vm/objects/exceptions.ts";
import { intOperand } from "../vm/objects/int_value.ts";
import type { PyStr } from "../vm/objects/str_wide.ts";
import { typeOf } from "../vm/objects/typeof.ts";
import { iterateToArray } from "../vm/runtime/iteration.ts";
import { isTrue } from "../vm/runtime/operators.ts";
import { cString } from "./libc.ts";
import { fsEncode, fspath, intArgument } from "./posix_path.ts";

export const FORK_EXEC_ARITY = 23;

export interface ForkExecRequest {
  /** argv as C strings, or null for an empty argv (args None). */
  readonly argv: Uint8Array<ArrayBuffer>[] | null;
  /** The paths to try in order. */
  readonly executables: Uint8Array<ArrayBuffer>[];
  readonly closeFds: boolean;
  readonly fdsToKeep: readonly number[];
  /** The cwd argument as passed (for error reports) and as a C string. */
  readonly cwdObject: PyValue;
  readonly cwd: Uint8Array<ArrayBuffer> | null;
  /** `NAME=value` C strings, or null to inherit the environment. */
  readonly env: Uint8Array<ArrayBuffer>[] | null;
  readonly p2cread: number;
  readonly p2cwrite: number;
  readonly c2pread: number;
  readonly c2pwrite: number;
  readonly errread: number;
  readonly errwrite: number;
  readonly errpipeRead: number;
  readonly errpipeWrite: number;
  readonly restoreSignals: boolean;
  readonly callSetsid: boolean;
  readonly pgidToSet: number;
  readonly gid: PyValue;
  readonly extraGroups: PyValue;
  readonly uid: PyValue;
  readonly childUmask: number;
  readonly preexecFn: PyValue;
}

/** A NUL-terminated copy of bytes that must not hold NUL themselves. */
function terminated(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  if (bytes.includes(0)) throw pyError("ValueError", "embedded null byte");
  return cString(bytes);
}

/** PyUnicode_FSConverter: str, bytes or os.PathLike to encoded bytes. */
function fsConverted(value: PyValue): Uint8Array<ArrayBuffer> {
  const path = fspath(value);
  return terminated(path instanceof PyBytes ? path.bytes : fsEncode(path as PyStr));
}

/** A sequence of bytes objects (executable_list, env_list). */
function bytesList(value: PyValue): Uint8Array<ArrayBuffer>[] {
  return iterateToArray(value).map((item) => {
    if (!(item instanceof PyBytes)) {
      throw pyError("TypeError", `expected bytes, ${typeOf(item).tpName} found`);
    }
    return terminated(item.bytes);
  });
}

/** fds_to_keep: a tuple of ints, strictly increasing, each a valid descriptor. */
function descriptorTuple(value: PyValue): number[] {
  if (!(value instanceof PyTuple)) {
    throw pyError("TypeError", `fork_exec() argument 4 must be tuple, not ${typeOf(value).tpName}`);
  }
  const fds: number[] = [];
  for (const item of value.items) {
    const fd = typeof item === "boolean" ? undefined : intOperand(item);
    const previous = fds.length === 0 ? -1 : fds[fds.length - 1];
    if (typeof fd !== "number" || fd < 0 || fd <= previous || fd > 2147483647) {
      throw pyError("ValueError", "bad value(s) in fds_to_keep");
    }
    fds.push(fd);
  }
  return fds;
}

export function parseForkExecArguments(args: readonly PyValue[]): ForkExecRequest {
  if (args.length !== FORK_EXEC_ARITY) {
    throw pyError(
      "TypeError",
      `fork_exec() takes exactly ${FORK_EXEC_ARITY} arguments (${args.length} given)`,
    );
  }
  const fdsToKeep = descriptorTuple(args[3]);
  const ints = args.slice(6, 17).map((value) => intArgument(value));
  const [p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite, errpipeRead, errpipeWrite] = ints;
  const closeFds = isTrue(args[2]);
  if (closeFds && errpipeWrite < 3) throw pyError("ValueError", "errpipe_write must be >= 3");
  const executables = bytesList(args[1]);
  let argv: Uint8Array<ArrayBuffer>[] | null = null;
  if (args[0] !== null) argv = iterateToArray(args[0]).map(fsConverted);
  const env = args[5] === null ? null : bytesList(args[5]);
  const cwd = args[4] === null ? null : fsConverted(args[4]);
  return {
    argv,
    executables,
    closeFds,
    fdsToKeep,
    cwdObject: args[4],
    cwd,
    env,
    p2cread,
    p2cwrite,
    c2pread,
    c2pwrite,
    errread,
    errwrite,
    errpipeRead,
    errpipeWrite,
    restoreSignals: ints[8] !== 0,
    callSetsid: ints[9] !== 0,
    pgidToSet: ints[10],
    gid: args[17],
    extraGroups: args[18],
    uid: args[19],
    childUmask: intArgument(args[20]),
    preexecFn: args[21],
  };
}
