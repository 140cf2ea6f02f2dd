/**
 * The exceptions of `_socket`: `herror` and `gaierror` (OSError subclasses
 * whose module is "socket", as in CPython), `timeout` (TimeoutError since
 * 3.10), and the OSErrors raised from errno, from getaddrinfo's EAI_* codes
 * (with glibc's gai_strerror text) and with a bare message.
 */
import type { PyValue } from "../vm/objects/object.ts";
import { makeBuiltinType } from "../vm/objects/core_types.ts";
import { ExceptionType, type PyBaseException } from "../vm/objects/exceptions.ts";
import { callObject } from "../vm/runtime/call.ts";
import { errno, libc } from "./libc.ts";
import { osErrorFor } from "./posix_errors.ts";

export const herrorType = makeBuiltinType("herror", ExceptionType.OSError);
export const gaierrorType = makeBuiltinType("gaierror", ExceptionType.OSError);
for (const type of [herrorType, gaierrorType]) {
  type.dict.set("__module__", "socket");
  type.invalidate();
}

export const EAI_SYSTEM = -11;
export const EINTR = 4;
export const EAGAIN = 11;
export const EINPROGRESS = 115;
export const ECONNRESET = 104;

/** An exception of `type` called with `args`, ready to throw. */
function raiseable(type: typeof herrorType, args: PyValue[]): PyBaseException {
  return callObject(type, args, null) as PyBaseException;
}

/** OSError (or the errno's subclass) with a message and no errno, e.g. "AF_UNIX path too long". */
export function socketError(message: string): PyBaseException {
  return raiseable(ExceptionType.OSError, [message]);
}

/** TimeoutError('timed out'), raised when a socket's timeout expires. */
export function timeoutError(): PyBaseException {
  return raiseable(ExceptionType.TimeoutError, ["timed out"]);
}

/** The OSError for the errno left by the last failing call. */
export function lastSocketError(): PyBaseException {
  return osErrorFor(errno());
}

/** glibc's text for an EAI_* code. */
export function gaiStrerror(code: number): string {
  const text = libc("gai_strerror")(code);
  return text === null ? `Unknown error ${code}` : Deno.UnsafePointerView.getCString(text);
}

/** gaierror(code, text) for a getaddrinfo/getnameinfo failure; EAI_SYSTEM is errno's OSError. */
export function gaiError(code: number): PyBaseException {
  if (code === EAI_SYSTEM) return lastSocketError();
  return raiseable(gaierrorType, [code, gaiStrerror(code)]);
}

/** herror(code, message), as gethostbyaddr raises for an unknown host. */
export function hostError(code: number, message: string): PyBaseException {
  return raiseable(herrorType, [code, message]);
}
