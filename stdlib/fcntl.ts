/**
 * The `fcntl` module over glibc's fcntl(2), ioctl(2) and flock(2) (libc
 * through Deno FFI), with the semantics of CPython 3.11's
 * Modules/fcntlmodule.c on Linux x86_64:
 *
 * - fcntl(fd, cmd, arg): an int arg goes to the call as a C int (any index,
 *   kept modulo 2**32); a str (UTF-8) or bytes arg of at most 1024 bytes is
 *   copied into a 1024-byte buffer whose address is passed, and the first
 *   len(arg) bytes of it come back as bytes.
 * - ioctl(fd, request, arg, mutate_flag): a writable buffer is mutated in
 *   place when mutate_flag is true (the result is the call's int), else it
 *   is treated like a read-only buffer: a copy (at most 1024 bytes) is
 *   passed and returned as bytes. ioctl is not retried on EINTR (CPython
 *   does not either).
 * - lockf is fcntl(F_SETLK / F_SETLKW) with a `struct flock` built here.
 *
 * The variadic third argument of fcntl and ioctl is passed in a register
 * either way, so the same symbol is bound once per argument kind. Calls
 * interrupted by a signal (EINTR) run the pending Python handlers and are
 * retried unless a handler raises (PEP 475).
 */
import type { PyValue } from "../vm/objects/object.ts";
import { PyBytes } from "../vm/objects/bytes.ts";
import { pyError } from "../vm/objects/exceptions.ts";
import { indexValue } from "../vm/objects/int_methods.ts";
import { asCInt } from "../vm/objects/str_args.ts";
import { isStr, type PyStr } from "../vm/objects/str_wide.ts";
import { PyBoxedStr, unboxStr } from "../vm/objects/str_boxed.ts";
import { strEncode } from "../vm/objects/str_encode.ts";
import { bufferOf } from "../vm/objects/buffer.ts";
import { isTrue } from "../vm/runtime/operators.ts";
import { pendingSignals, runPendingSignals } from "../vm/runtime/pending_signals.ts";
import type { PyModule } from "../vm/runtime/module.ts";
import { libraryCandidates, SystemLibrary } from "../ffi/system_library.ts";
import { addFunctions, addValues, newModule } from "./module_helpers.ts";
import { requireSystemLibrary } from "./system_library_import.ts";
import { errno } from "./libc.ts";
import { EINTR, lastOsError, osErrorFor } from "./posix_errors.ts";
import { fileDescriptorOf } from "./posix_fd.ts";
import { intArgument } from "./posix_path.ts";
import { writableBuffer } from "./io_common.ts";
import { FCNTL_CONSTANTS } from "./fcntl_constants.ts";

const libc = new SystemLibrary(
  "libc.so.6",
  libraryCandidates("libc.so.6"),
  {
    fcntl_int: { name: "fcntl", parameters: ["i32", "i32", "i32"], result: "i32" },
    fcntl_buffer: { name: "fcntl", parameters: ["i32", "i32", "buffer"], result: "i32" },
    ioctl_int: { name: "ioctl", parameters: ["i32", "u64", "i32"], result: "i32" },
    ioctl_buffer: { name: "ioctl", parameters: ["i32", "u64", "buffer"], result: "i32" },
    flock: { parameters: ["i32", "i32"], result: "i32" },
  } as const,
);

const constant = new Map(FCNTL_CONSTANTS);
const [LOCK_SH, LOCK_EX, LOCK_NB, LOCK_UN] = ["LOCK_SH", "LOCK_EX", "LOCK_NB", "LOCK_UN"]
  .map((name) => constant.get(name)!);
const [F_SETLK, F_SETLKW, F_RDLCK, F_WRLCK, F_UNLCK] = [
  "F_SETLK",
  "F_SETLKW",
  "F_RDLCK",
  "F_WRLCK",
  "F_UNLCK",
].map((name) => constant.get(name)!);

/** The largest buffer argument fcntl copies (and ioctl copies for a read-only buffer). */
const ARGUMENT_BUFFER_BYTES = 1024;

/** glibc x86_64 `struct flock`: short l_type, short l_whence, off_t l_start, off_t l_len, pid_t l_pid. */
const FLOCK_LAYOUT = { size: 32, type: 0, whence: 2, start: 8, length: 16 } as const;

/**
 * Run `call` until it does not fail with EINTR, running the signal handlers
 * between two tries (an exception one raises propagates); another failure
 * raises the OSError for errno.
 */
function retryingWithSignals(call: () => number): number {
  for (;;) {
    const result = call();
    if (result >= 0) return result;
    const code = errno();
    if (code !== EINTR) throw osErrorFor(code);
    if (pendingSignals[0] !== 0) runPendingSignals();
  }
}

/** Any index kept modulo 2**32, as a C `unsigned int` converted without overflow checks. */
function unsignedIntMask(value: PyValue): number {
  return Number(BigInt.asUintN(32, BigInt(indexValue(value))));
}

/** The bytes of a str (UTF-8), or undefined. */
function strBytes(value: PyValue): Uint8Array | undefined {
  if (!isStr(value) && !(value instanceof PyBoxedStr)) return undefined;
  return strEncode(unboxStr(value) as PyStr, "utf-8", "strict").bytes;
}

/** `len` bytes of `data` in a fresh buffer of `size` bytes, for the call to read and write. */
function argumentBuffer(data: Uint8Array, size: number): Uint8Array<ArrayBuffer> {
  const buffer = new Uint8Array(size);
  buffer.set(data);
  return buffer;
}

function tooLong(name: string): never {
  throw pyError("ValueError", `${name} string arg too long`);
}

function fcntl(fdArgument: PyValue, cmdArgument: PyValue, arg: PyValue): PyValue {
  const fd = fileDescriptorOf(fdArgument);
  const cmd = asCInt(cmdArgument);
  // "s#": a str or bytes (not a buffer that must be released, like bytearray).
  const data = strBytes(arg) ?? (arg instanceof PyBytes ? arg.bytes : undefined);
  if (data !== undefined) {
    if (data.length > ARGUMENT_BUFFER_BYTES) tooLong("fcntl");
    const buffer = argumentBuffer(data, ARGUMENT_BUFFER_BYTES);
    retryingWithSignals(() => libc.fn("fcntl_buffer")(fd, cmd, buffer));
    return new PyBytes(buffer.slice(0, data.length));
  }
  const value = unsignedIntMask(arg) | 0;
  return retryingWithSignals(() => libc.fn("fcntl_int")(fd, cmd, value));
}

/** A writable buffer's live bytes, or undefined. */
function mutableBytes(value: PyValue): Uint8Array | undefined {
  if (value instanceof PyBytes || isStr(value) || value instanceof PyBoxedStr) return undefined;
  try {
    return writableBuffer(value, "ioctl");
  } catch {
    return undefined;
  }
}

/** ioctl(2) with a buffer's address; OSError from errno on failure. */
function ioctlWithBuffer(fd: number, request: bigint, buffer: Uint8Array<ArrayBuffer>): number {
  const result = libc.fn("ioctl_buffer")(fd, request, buffer);
  if (result < 0) throw lastOsError();
  return result;
}

function ioctl(
  fdArgument: PyValue,
  requestArgument: PyValue,
  arg: PyValue,
  mutateFlag: PyValue,
): PyValue {
  const fd = fileDescriptorOf(fdArgument);
  const request = BigInt(unsignedIntMask(requestArgument));
  const mutate = isTrue(mutateFlag);
  const target = mutableBytes(arg);
  if (target !== undefined && mutate) {
    // A copy with room for a NUL after it, as CPython's stack buffer, then back into the target.
    const buffer = argumentBuffer(target, Math.max(target.length, ARGUMENT_BUFFER_BYTES + 1));
    const result = libc.fn("ioctl_buffer")(fd, request, buffer);
    const code = result < 0 ? errno() : 0;
    target.set(buffer.subarray(0, target.length));
    if (result < 0) throw osErrorFor(code);
    return result;
  }
  const data = target ?? strBytes(arg) ?? bufferOf(arg);
  if (data !== undefined) {
    if (data.length > ARGUMENT_BUFFER_BYTES) tooLong("ioctl");
    const buffer = argumentBuffer(data, ARGUMENT_BUFFER_BYTES + 1);
    ioctlWithBuffer(fd, request, buffer);
    return new PyBytes(buffer.slice(0, data.length));
  }
  const value = intArgument(arg);
  const result = libc.fn("ioctl_int")(fd, request, value);
  if (result < 0) throw lastOsError();
  return result;
}

function flock(fdArgument: PyValue, operationArgument: PyValue): PyValue {
  const fd = fileDescriptorOf(fdArgument);
  const operation = asCInt(operationArgument);
  retryingWithSignals(() => libc.fn("flock")(fd, operation));
  return null;
}

/** PyLong_AsLong: any index as a C long (off_t on Linux x86_64). */
function cLong(value: PyValue): bigint {
  const n = BigInt(indexValue(value));
  if (n !== BigInt.asIntN(64, n)) {
    throw pyError("OverflowError", "Python int too large to convert to C long");
  }
  return n;
}

function lockf(
  fdArgument: PyValue,
  cmdArgument: PyValue,
  length: PyValue,
  start: PyValue,
  whenceArgument: PyValue,
): PyValue {
  const fd = fileDescriptorOf(fdArgument);
  const cmd = asCInt(cmdArgument);
  const whence = asCInt(whenceArgument);
  let type: number;
  if (cmd === LOCK_UN) type = F_UNLCK;
  else if (cmd & LOCK_SH) type = F_RDLCK;
  else if (cmd & LOCK_EX) type = F_WRLCK;
  else throw pyError("ValueError", "unrecognized lockf argument");
  const lock = new Uint8Array(FLOCK_LAYOUT.size);
  const view = new DataView(lock.buffer);
  view.setInt16(FLOCK_LAYOUT.type, type, true);
  view.setBigInt64(FLOCK_LAYOUT.start, cLong(start), true);
  view.setBigInt64(FLOCK_LAYOUT.length, cLong(length), true);
  view.setInt16(FLOCK_LAYOUT.whence, whence, true);
  const command = cmd & LOCK_NB ? F_SETLK : F_SETLKW;
  retryingWithSignals(() => libc.fn("fcntl_buffer")(fd, command, lock));
  return null;
}

const MODULE_DOC = "This module performs file control and I/O control on file\n" +
  "descriptors.  It is an interface to the fcntl() and ioctl() Unix\n" +
  "routines.  File descriptors can be obtained with the fileno() method of\n" +
  "a file or socket object.";

const FCNTL_DOC = "Perform the operation `cmd` on file descriptor fd.\n\n" +
  "The values used for `cmd` are operating system dependent, and are available\n" +
  "as constants in the fcntl module, using the same names as used in\n" +
  "the relevant C header files.  The argument arg is optional, and\n" +
  "defaults to 0; it may be an int or a string.  If arg is given as a string,\n" +
  "the return value of fcntl is a string of that length, containing the\n" +
  "resulting value put in the arg buffer by the operating system.  The length\n" +
  "of the arg string is not allowed to exceed 1024 bytes.  If the arg given\n" +
  "is an integer or if none is specified, the result value is an integer\n" +
  "corresponding to the return value of the fcntl call in the C code.";

const IOCTL_DOC = "Perform the operation `request` on file descriptor `fd`.\n\n" +
  "The values used for `request` are operating system dependent, and are available\n" +
  "as constants in the fcntl or termios library modules, using the same names as\n" +
  "used in the relevant C header files.\n\n" +
  "The argument `arg` is optional, and defaults to 0; it may be an int or a\n" +
  "buffer containing character data (most likely a string or an array).\n\n" +
  "If the argument is a mutable buffer (such as an array) and if the\n" +
  "mutate_flag argument (which is only allowed in this case) is true then the\n" +
  "buffer is (in effect) passed to the operating system and changes made by\n" +
  "the OS will be reflected in the contents of the buffer after the call has\n" +
  "returned.  The return value is the integer returned by the ioctl system\n" +
  "call.\n\n" +
  "If the argument is a mutable buffer and the mutable_flag argument is false,\n" +
  "the behavior is as if a string had been passed.\n\n" +
  "If the argument is an immutable buffer (most likely a string) then a copy\n" +
  "of the buffer is passed to the operating system and the return value is a\n" +
  "string of the same length containing whatever the operating system put in\n" +
  "the buffer.  The length of the arg buffer in this case is not allowed to\n" +
  "exceed 1024 bytes.\n\n" +
  "If the arg given is an integer or if none is specified, the result value is\n" +
  "an integer corresponding to the return value of the ioctl call in the C\n" +
  "code.";

const FLOCK_DOC = "Perform the lock operation `operation` on file descriptor `fd`.\n\n" +
  "See the Unix manual page for flock(2) for details (On some systems, this\n" +
  "function is emulated using fcntl()).";

const LOCKF_DOC = "A wrapper around the fcntl() locking calls.\n\n" +
  "`fd` is the file descriptor of the file to lock or unlock, and operation is one\n" +
  "of the following values:\n\n" +
  "    LOCK_UN - unlock\n" +
  "    LOCK_SH - acquire a shared lock\n" +
  "    LOCK_EX - acquire an exclusive lock\n\n" +
  "When operation is LOCK_SH or LOCK_EX, it can also be bitwise ORed with\n" +
  "LOCK_NB to avoid blocking on lock acquisition.  If LOCK_NB is used and the\n" +
  "lock cannot be acquired, an OSError will be raised and the exception will\n" +
  "have an errno attribute set to EACCES or EAGAIN (depending on the operating\n" +
  "system -- for portability, check for either value).\n\n" +
  "`len` is the number of bytes to lock, with the default meaning to lock to\n" +
  "EOF.  `start` is the byte offset, relative to `whence`, to that the lock\n" +
  "starts.  `whence` is as with fileobj.seek(), specifically:\n\n" +
  "    0 - relative to the start of the file (SEEK_SET)\n" +
  "    1 - relative to the current buffer position (SEEK_CUR)\n" +
  "    2 - relative to the end of the file (SEEK_END)";

export function createFcntlModule(): PyModule {
  requireSystemLibrary("fcntl", "C library", libc);
  const module = newModule("fcntl", MODULE_DOC);
  addFunctions(module, {
    fcntl: ["fd, cmd, arg=0, /", fcntl, { doc: FCNTL_DOC }],
    ioctl: ["fd, request, arg=0, mutate_flag=True, /", ioctl, { doc: IOCTL_DOC }],
    flock: ["fd, operation, /", flock, { doc: FLOCK_DOC }],
    lockf: ["fd, cmd, len=0, start=0, whence=0, /", lockf, { doc: LOCKF_DOC }],
  });
  addValues(module, Object.fromEntries(FCNTL_CONSTANTS));
  return module;
}
