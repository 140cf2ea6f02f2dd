/**
 * The file-descriptor level under `_io.FileIO`: open/read/write/lseek/close/
 * isatty/fstat/ftruncate on real kernel descriptors through libc
 * (stdlib/libc.ts), failures raised as the OSError subclass for errno with
 * strerror's text, as CPython's `PyErr_SetFromErrnoWithFilenameObject`.
 * EINTR is retried, as CPython does after running signal handlers.
 *
 * Without libc (no FFI permission) descriptors 0, 1 and 2 still work through
 * Deno's own standard streams; anything else raises OSError(ENOSYS).
 */
import type { PyValue } from "../vm/objects/object.ts";
import { ExceptionType, type PyBaseException, pyError } from "../vm/objects/exceptions.ts";
import { callObject } from "../vm/runtime/call.ts";
import { cString, errno, libc, libcAvailable } from "./libc.ts";
import { EINTR, osErrorFor } from "./posix_errors.ts";

export const EAGAIN = 11;
export const EBADF = 9;
export const EISDIR = 21;
export const ESPIPE = 29;
const ENOSYS = 38;

/** open(2) flags on Linux. */
export const O_RDONLY = 0;
export const O_WRONLY = 1;
export const O_RDWR = 2;
export const O_CREAT = 0o100;
export const O_EXCL = 0o200;
export const O_TRUNC = 0o1000;
export const O_APPEND = 0o2000;
export const O_CLOEXEC = 0o2000000;

const S_IFMT = 0o170000;
export const S_IFDIR = 0o040000;

/** OSError(errno, strerror(errno)[, filename]), the subclass for errno (posix_errors.ts). */
export function osError(code: number, filename?: PyValue): PyBaseException {
  if (libcAvailable()) return osErrorFor(code, filename);
  return callObject(
    ExceptionType.OSError,
    [code, `Unknown error ${code}`],
    null,
  ) as PyBaseException;
}

function noLibc(): PyBaseException {
  return osError(ENOSYS);
}

const STANDARD = [Deno.stdin, Deno.stdout, Deno.stderr] as const;

/** open(2); returns the descriptor or throws OSError naming `filename`. */
export function fdOpen(path: Uint8Array, flags: number, mode: number, filename: PyValue): number {
  if (!libcAvailable()) throw noLibc();
  const cpath = cString(path);
  for (;;) {
    const fd = libc("open")(cpath, flags, mode);
    if (fd >= 0) return fd;
    const code = errno();
    if (code !== EINTR) throw osError(code, filename);
  }
}

/**
 * read(2) into `into`; the count read (0 at end of file), or -1 when a
 * non-blocking descriptor has nothing (EAGAIN).
 */
export function fdRead(fd: number, into: Uint8Array): number {
  if (!libcAvailable()) {
    if (fd !== 0) throw noLibc();
    return Deno.stdin.readSync(into) ?? 0;
  }
  for (;;) {
    const n = Number(libc("read")(fd, into, BigInt(into.length)));
    if (n >= 0) return n;
    const code = errno();
    if (code === EAGAIN) return -1;
    if (code !== EINTR) throw osError(code);
  }
}

/** write(2) once; the count written, or -1 when a non-blocking descriptor is full. */
export function fdWrite(fd: number, bytes: Uint8Array): number {
  if (!libcAvailable()) {
    if (fd !== 1 && fd !== 2) throw noLibc();
    return STANDARD[fd].writeSync(bytes);
  }
  for (;;) {
    const n = Number(libc("write")(fd, bytes, BigInt(bytes.length)));
    if (n >= 0) return n;
    const code = errno();
    if (code === EAGAIN) return -1;
    if (code !== EINTR) throw osError(code);
  }
}

/** lseek(2); the new offset. */
export function fdSeek(fd: number, offset: number | bigint, whence: number): number {
  if (!libcAvailable()) throw osError(ESPIPE);
  const result = Number(libc("lseek")(fd, BigInt(offset), whence));
  if (result < 0) throw osError(errno());
  return result;
}

export function fdClose(fd: number): void {
  if (!libcAvailable()) return;
  if (libc("close")(fd) < 0) {
    const code = errno();
    if (code !== EINTR) throw osError(code);
  }
}

export function fdIsatty(fd: number): boolean {
  if (!libcAvailable()) return fd <= 2 ? STANDARD[fd].isTerminal() : false;
  return libc("isatty")(fd) === 1;
}

export function fdTruncate(fd: number, size: number): void {
  if (!libcAvailable()) throw noLibc();
  for (;;) {
    if (libc("ftruncate")(fd, BigInt(size)) === 0) return;
    const code = errno();
    if (code !== EINTR) throw osError(code);
  }
}

export interface FdStat {
  /** "st_dev:st_ino": which file this is. */
  identity: string;
  mode: number;
  size: number;
  blksize: number;
}

/** fstat(2): the fields FileIO needs (file type, size, preferred block size). */
export function fdStat(fd: number): FdStat {
  if (!libcAvailable()) {
    if (fd > 2) throw noLibc();
    return { identity: `std:${fd}`, mode: 0o020000, size: 0, blksize: 0 };
  }
  const buffer = new Uint8Array(256);
  if (libc("fstat")(fd, buffer) < 0) throw osError(errno());
  const view = new DataView(buffer.buffer);
  const identity = `${view.getBigUint64(0, true)}:${view.getBigUint64(8, true)}`;
  // struct stat differs between the two 64-bit Linux ABIs Deno runs on.
  if (Deno.build.arch === "aarch64") {
    return {
      identity,
      mode: view.getUint32(16, true),
      size: Number(view.getBigInt64(48, true)),
      blksize: view.getInt32(56, true),
    };
  }
  return {
    identity,
    mode: view.getUint32(24, true),
    size: Number(view.getBigInt64(48, true)),
    blksize: Number(view.getBigInt64(56, true)),
  };
}

export function isDirectoryMode(mode: number): boolean {
  return (mode & S_IFMT) === S_IFDIR;
}

/** A ValueError for a negative descriptor ("negative file descriptor"), as FileIO raises. */
export function negativeFd(): PyBaseException {
  return pyError("ValueError", "negative file descriptor");
}
