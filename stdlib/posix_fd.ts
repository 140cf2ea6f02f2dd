/**
 * The `posix` functions on file descriptors: open/close/read/write/lseek,
 * pipes and duplication, syncing and truncation, the inheritable and
 * blocking flags, terminals. Descriptors are the kernel's own (libc through
 * FFI), so they mix with `_io`, child processes and ctypes. As in CPython,
 * descriptors the module creates are non-inheritable (O_CLOEXEC) unless
 * asked otherwise, and calls interrupted by a signal are retried.
 */
import type { PyValue } from "../vm/objects/object.ts";
import { PyBytes } from "../vm/objects/bytes.ts";
import { newTuple } from "../vm/objects/tuple.ts";
import { ExceptionType, PyBaseException, pyError } from "../vm/objects/exceptions.ts";
import { indexValue } from "../vm/objects/int_methods.ts";
import { asSize } from "../vm/objects/str_args.ts";
import { intOperand, normalizeBigInt } from "../vm/objects/int_value.ts";
import { expectBuffer } from "../vm/objects/buffer.ts";
import { getAttribute } from "../vm/runtime/attributes.ts";
import { callObject } from "../vm/runtime/call.ts";
import { isTrue } from "../vm/runtime/operators.ts";
import { libc } from "./libc.ts";
import { check, lastOsError, osErrorFor, retrying } from "./posix_errors.ts";
import { dirFdArgument, intArgument, pathArgument } from "./posix_path.ts";
import { fstat } from "./posix_stat.ts";
import { defineStructSequence, newStructSequence } from "./struct_sequence.ts";
import type { FunctionSpec } from "./module_helpers.ts";

const O_CLOEXEC = 0o2000000;
const O_NONBLOCK = 0o4000;
const F_DUPFD_CLOEXEC = 1030;
const F_GETFD = 1;
const F_SETFD = 2;
const F_GETFL = 3;
const F_SETFL = 4;
const FD_CLOEXEC = 1;
const TIOCGWINSZ = 0x5413;
const EINVAL = 22;

export const terminalSizeType = defineStructSequence({
  name: "os.terminal_size",
  fields: ["columns", "lines"],
  doc: "A tuple of (columns, lines) for holding terminal window size",
});

/**
 * PyObject_AsFileDescriptor: an int (bool included), or what the object's
 * fileno() returns; never negative.
 */
export function fileDescriptorOf(value: PyValue): number {
  let fd = intOperand(value);
  if (fd === undefined) {
    let method: PyValue;
    try {
      method = getAttribute(value, "fileno");
    } catch (error) {
      if (error instanceof PyBaseException && error.cls.isSubtypeOf(ExceptionType.AttributeError)) {
        throw pyError("TypeError", "argument must be an int, or have a fileno() method.");
      }
      throw error;
    }
    fd = intOperand(callObject(method, [], null));
    if (fd === undefined) throw pyError("TypeError", "fileno() returned a non-integer");
  }
  if (fd > 2147483647 || fd < -2147483648) {
    throw pyError("OverflowError", "Python int too large to convert to C int");
  }
  if (fd < 0) {
    throw pyError("ValueError", `file descriptor cannot be a negative integer (${fd})`);
  }
  return Number(fd);
}

function fdFlags(fd: number, get: number): number {
  return retrying(() => libc("fcntl")(fd, get, 0));
}

export function setInheritable(fd: number, inheritable: boolean): void {
  const flags = fdFlags(fd, F_GETFD);
  const wanted = inheritable ? flags & ~FD_CLOEXEC : flags | FD_CLOEXEC;
  if (wanted !== flags) retrying(() => libc("fcntl")(fd, F_SETFD, wanted));
}

function read(fd: number, length: PyValue): PyValue {
  const size = asSize(length);
  if (size < 0) throw osErrorFor(EINVAL);
  const buffer = new Uint8Array(size);
  const n = Number(retrying(() => libc("read")(fd, buffer, BigInt(size))));
  return new PyBytes(n === size ? buffer : buffer.slice(0, n));
}

function write(fd: number, data: PyValue): PyValue {
  const bytes = expectBuffer(data);
  const copy = new Uint8Array(bytes); // FFI buffers must not be views into resizable storage
  return Number(retrying(() => libc("write")(fd, copy, BigInt(copy.length))));
}

function pipe(flags: number): PyValue {
  const fds = new Int32Array(2);
  check(() => libc("pipe2")(new Uint8Array(fds.buffer), flags));
  return newTuple([fds[0], fds[1]]);
}

/** openpty(3): a pseudo-terminal's (master, slave) descriptors, both non-inheritable. */
function openpty(): PyValue {
  const master = new Int32Array(1);
  const slave = new Int32Array(1);
  check(() => libc("openpty")(master, slave, null, null, null));
  setInheritable(master[0], false);
  setInheritable(slave[0], false);
  return newTuple([master[0], slave[0]]);
}

function open(path: PyValue, flags: PyValue, mode: PyValue, dirFd: PyValue): PyValue {
  const argument = pathArgument("open", path);
  const bits = intArgument(flags) | O_CLOEXEC;
  const permissions = intArgument(mode);
  return retrying(
    () => libc("openat")(dirFdArgument(dirFd), argument.cString, bits, permissions),
    argument.object,
  );
}

function terminalSize(fd: number): PyValue {
  const winsize = new Uint8Array(8);
  check(() => libc("ioctl")(fd, BigInt(TIOCGWINSZ), winsize));
  const view = new DataView(winsize.buffer);
  return newStructSequence(terminalSizeType, [view.getUint16(2, true), view.getUint16(0, true)]);
}

function fd(value: PyValue): number {
  return intArgument(value);
}

export const FD_FUNCTIONS: Record<string, FunctionSpec> = {
  open: ["path, flags, mode=511, *, dir_fd=None", open],
  close: ["fd", (value: PyValue) => check(() => libc("close")(fd(value)))],
  closerange: ["fd_low, fd_high, /", (low: PyValue, high: PyValue) => {
    for (let i = Math.max(fd(low), 0); i < fd(high); i++) libc("close")(i);
    return null;
  }],
  read: ["fd, length, /", (value: PyValue, length: PyValue) => read(fd(value), length)],
  write: ["fd, data, /", (value: PyValue, data: PyValue) => write(fd(value), data)],
  pread: ["fd, length, offset, /", (value: PyValue, length: PyValue, offset: PyValue) => {
    const size = asSize(length);
    if (size < 0) throw osErrorFor(EINVAL);
    const buffer = new Uint8Array(size);
    const at = BigInt(indexValue(offset));
    const n = Number(retrying(() => libc("pread")(fd(value), buffer, BigInt(size), at)));
    return new PyBytes(buffer.slice(0, n));
  }],
  pwrite: ["fd, data, offset, /", (value: PyValue, data: PyValue, offset: PyValue) => {
    const copy = new Uint8Array(expectBuffer(data));
    const at = BigInt(indexValue(offset));
    return Number(retrying(() => libc("pwrite")(fd(value), copy, BigInt(copy.length), at)));
  }],
  lseek: ["fd, position, whence, /", (value: PyValue, position: PyValue, how: PyValue) => {
    const offset = BigInt(indexValue(position));
    return normalizeBigInt(retrying(() => libc("lseek")(fd(value), offset, fd(how))));
  }],
  sendfile: [
    "out_fd, in_fd, offset, count",
    (out: PyValue, input: PyValue, offset: PyValue, count: PyValue) => {
      const size = asSize(count);
      let where: Uint8Array<ArrayBuffer> | null = null;
      if (offset !== null) {
        where = new Uint8Array(8);
        new DataView(where.buffer).setBigInt64(0, BigInt(indexValue(offset)), true);
      }
      return Number(retrying(() => libc("sendfile")(fd(out), fd(input), where, BigInt(size))));
    },
  ],
  fstat: ["fd", (value: PyValue) => fstat(fd(value))],
  fsync: ["fd", (value: PyValue) => check(() => libc("fsync")(fileDescriptorOf(value)))],
  fdatasync: ["fd", (value: PyValue) => check(() => libc("fdatasync")(fileDescriptorOf(value)))],
  ftruncate: ["fd, length, /", (value: PyValue, length: PyValue) => {
    const size = BigInt(indexValue(length));
    return check(() => libc("ftruncate")(fd(value), size));
  }],
  pipe: ["", () => pipe(O_CLOEXEC)],
  openpty: ["", openpty],
  pipe2: ["flags, /", (flags: PyValue) => pipe(fd(flags))],
  dup: ["fd, /", (value: PyValue) => retrying(() => libc("fcntl")(fd(value), F_DUPFD_CLOEXEC, 0))],
  dup2: ["fd, fd2, inheritable=True", (value: PyValue, target: PyValue, inheritable: PyValue) => {
    const from = fd(value);
    const to = fd(target);
    if (from === to) {
      fdFlags(from, F_GETFD); // EBADF for a closed descriptor, as dup2 itself would
      return to;
    }
    const flags = isTrue(inheritable) ? 0 : O_CLOEXEC;
    return retrying(() => libc("dup3")(from, to, flags));
  }],
  isatty: ["fd, /", (value: PyValue) => libc("isatty")(fd(value)) === 1],
  ttyname: ["fd, /", (value: PyValue) => {
    const name = libc("ttyname")(fd(value));
    if (name === null) throw lastOsError();
    return Deno.UnsafePointerView.getCString(name);
  }],
  get_inheritable: ["fd, /", (value: PyValue) => (fdFlags(fd(value), F_GETFD) & FD_CLOEXEC) === 0],
  set_inheritable: ["fd, inheritable, /", (value: PyValue, inheritable: PyValue) => {
    setInheritable(fd(value), isTrue(inheritable));
    return null;
  }],
  get_blocking: ["fd, /", (value: PyValue) => (fdFlags(fd(value), F_GETFL) & O_NONBLOCK) === 0],
  set_blocking: ["fd, blocking, /", (value: PyValue, blocking: PyValue) => {
    const descriptor = fd(value);
    const flags = fdFlags(descriptor, F_GETFL);
    const wanted = isTrue(blocking) ? flags & ~O_NONBLOCK : flags | O_NONBLOCK;
    if (wanted !== flags) retrying(() => libc("fcntl")(descriptor, F_SETFL, wanted));
    return null;
  }],
  lockf: ["fd, command, length, /", (value: PyValue, command: PyValue, length: PyValue) => {
    const size = BigInt(indexValue(length));
    return check(() => libc("lockf")(fd(value), fd(command), size));
  }],
  // These two return the error number instead of setting errno.
  posix_fadvise: [
    "fd, offset, length, advice, /",
    (value: PyValue, offset: PyValue, length: PyValue, advice: PyValue) => {
      const code = libc("posix_fadvise")(
        fd(value),
        BigInt(indexValue(offset)),
        BigInt(indexValue(length)),
        fd(advice),
      );
      if (code !== 0) throw osErrorFor(code);
      return null;
    },
  ],
  posix_fallocate: ["fd, offset, length, /", (value: PyValue, offset: PyValue, length: PyValue) => {
    const code = libc("posix_fallocate")(
      fd(value),
      BigInt(indexValue(offset)),
      BigInt(indexValue(length)),
    );
    if (code !== 0) throw osErrorFor(code);
    return null;
  }],
  device_encoding: ["fd", (value: PyValue) => libc("isatty")(fd(value)) === 1 ? "utf-8" : null],
  get_terminal_size: ["fd=1, /", (value: PyValue) => terminalSize(fd(value))],
};
