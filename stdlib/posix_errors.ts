/**
 * OSError from errno for the `posix` functions, as CPython's
 * PyErr_SetFromErrnoWithFilenameObjects: OSError's constructor picks the
 * subclass for the number (FileNotFoundError for ENOENT, ...), strerror is
 * libc's text, filename and filename2 are the argument objects as passed.
 * `retrying` repeats a call interrupted by a signal (EINTR), as CPython does.
 */
import type { PyValue } from "../vm/objects/object.ts";
import { ExceptionType, type PyBaseException } from "../vm/objects/exceptions.ts";
import { callObject } from "../vm/runtime/call.ts";
import { errno, libc, strerror } from "./libc.ts";

export const EINTR = 4;

export function osErrorFor(code: number, filename?: PyValue, filename2?: PyValue): PyBaseException {
  const args: PyValue[] = [code, strerror(code)];
  if (filename !== undefined) args.push(filename);
  if (filename2 !== undefined) args.push(null, filename2);
  return callObject(ExceptionType.OSError, args, null) as PyBaseException;
}

/** Set errno to 0, for the calls whose -1 result is an error only if they set errno. */
export function clearErrno(): void {
  const location = libc("__errno_location")();
  if (location !== null) new Int32Array(Deno.UnsafePointerView.getArrayBuffer(location, 4))[0] = 0;
}

/** The OSError for the errno the last failing libc call left. */
export function lastOsError(filename?: PyValue, filename2?: PyValue): PyBaseException {
  return osErrorFor(errno(), filename, filename2);
}

/**
 * Run `call` until it does not fail with EINTR; a negative result otherwise
 * raises the OSError for errno naming the given filenames.
 */
export function retrying<T extends number | bigint>(
  call: () => T,
  filename?: PyValue,
  filename2?: PyValue,
): T {
  for (;;) {
    const result = call();
    if (result >= 0) return result;
    const code = errno();
    if (code !== EINTR) throw osErrorFor(code, filename, filename2);
  }
}

/** `retrying` for a call whose result is the status 0 on success. */
export function check(call: () => number, filename?: PyValue, filename2?: PyValue): null {
  retrying(call, filename, filename2);
  return null;
}
