/**
 * What `_sre` matches against and what it hands back (sre.c's getstring and
 * getslice): a str is read by code point (a str subclass through its value),
 * anything exporting a contiguous buffer as bytes. Slices of a str are strs; slices of
 * a bytes-like object are bytes (a bytearray or memoryview subject gives
 * bytes groups), read from the buffer's current contents.
 */
import type { PyValue } from "../vm/objects/object.ts";
import { bufferOf } from "../vm/objects/buffer.ts";
import { bytesType, PyBytes } from "../vm/objects/bytes.ts";
import { PyMemoryView } from "../vm/objects/memoryview.ts";
import { pyError } from "../vm/objects/exceptions.ts";
import { typeOf } from "../vm/objects/typeof.ts";
import { strOperand } from "../vm/objects/str_boxed.ts";
import { strSlice } from "../vm/objects/str_wide.ts";

export interface Subject {
  /** A narrow str's JS string, a wide str's code points, or a buffer's bytes. */
  readonly data: string | Uint8Array | Uint32Array;
  readonly isBytes: boolean;
}

/** The subject inside `value`, or undefined when it is neither a str nor a buffer. */
export function subjectOf(value: PyValue): Subject | undefined {
  const str = strOperand(value);
  if (str !== undefined) {
    return { data: typeof str === "string" ? str : str.codePoints, isBytes: false };
  }
  // A strided memoryview offers no simple (contiguous) buffer.
  if (value instanceof PyMemoryView && value.step !== 1) return undefined;
  const bytes = bufferOf(value);
  return bytes === undefined ? undefined : { data: bytes, isBytes: true };
}

export function expectSubject(value: PyValue): Subject {
  const subject = subjectOf(value);
  if (subject !== undefined) return subject;
  throw pyError(
    "TypeError",
    `expected string or bytes-like object, got '${typeOf(value).tpName}'`,
  );
}

/** getslice: characters [start, end) of `string` as a str or bytes. */
export function sliceOf(string: PyValue, start: number, end: number): PyValue {
  // A narrow str (the common subject) slices as a JS string.
  if (typeof string === "string") return string.slice(start, end);
  const str = strOperand(string);
  if (str !== undefined) return strSlice(str, start, end);
  const bytes = bufferOf(string)!;
  if (
    string instanceof PyBytes && string.cls === bytesType && start === 0 && end === bytes.length
  ) {
    return string;
  }
  return new PyBytes(bytes.slice(start, end));
}

/** The length of a subject's current contents (a bytearray may have shrunk). */
export function lengthOf(string: PyValue): number {
  const str = strOperand(string);
  if (str !== undefined) return typeof str === "string" ? str.length : str.codePoints.length;
  return bufferOf(string)?.length ?? 0;
}
