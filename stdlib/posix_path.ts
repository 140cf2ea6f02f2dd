/**
 * Path arguments of the `posix` functions, as CPython's path_converter reads
 * them: str (encoded with the filesystem encoding, UTF-8 with
 * surrogateescape), bytes (other bytes-like objects with a DeprecationWarning),
 * an os.PathLike whose `__fspath__` gives one of
 * those, and — where the function accepts it — an open descriptor (int) or
 * None. Results that are names come back in the argument's kind: bytes for
 * bytes paths, str otherwise. Failures raise OSError subclasses built from
 * errno (posix_errors.ts) naming the original argument objects.
 */
import type { PyValue } from "../vm/objects/object.ts";
import { PyBytes } from "../vm/objects/bytes.ts";
import { ExceptionType, pyError } from "../vm/objects/exceptions.ts";
import { bufferOf } from "../vm/objects/buffer.ts";
import { isStr, type PyStr } from "../vm/objects/str_wide.ts";
import { PyBoxedStr, unboxStr } from "../vm/objects/str_boxed.ts";
import { typeOf } from "../vm/objects/typeof.ts";
import { strEncode } from "../vm/objects/str_encode.ts";
import { decodeBytes } from "../vm/objects/str_decode.ts";
import { intOperand } from "../vm/objects/int_value.ts";
import { indexValue } from "../vm/objects/int_methods.ts";
import { callObject } from "../vm/runtime/call.ts";
import { cString } from "./libc.ts";
import { warnFromNative } from "./_warnings.ts";

/** The descriptor meaning "relative to the current directory" in the *at calls. */
export const AT_FDCWD = -100;

/** A converted path argument. */
export interface PathArgument {
  /** NUL-terminated encoded path, or null when the argument was a descriptor or None. */
  readonly cString: Uint8Array<ArrayBuffer> | null;
  /** The descriptor given instead of a path, or -1. */
  readonly fd: number;
  /** The argument as passed (what OSError.filename shows). */
  readonly object: PyValue;
  /** Whether names derived from it come back as bytes. */
  readonly bytes: boolean;
}

export interface PathOptions {
  allowFd?: boolean;
  nullable?: boolean;
  /** The argument's name in messages ("path", "src", "dst"). */
  argument?: string;
}

export function fsEncode(value: PyStr | PyBoxedStr): Uint8Array {
  return strEncode(unboxStr(value) as PyStr, "utf-8", "surrogateescape").bytes;
}

export function fsDecode(bytes: Uint8Array): PyStr {
  return decodeBytes(new PyBytes(bytes), "utf-8", "surrogateescape");
}

/** A name read from the system, as str or as bytes like the path it came from. */
export function nameOf(bytes: Uint8Array, asBytes: boolean): PyValue {
  return asBytes ? new PyBytes(bytes.slice()) : fsDecode(bytes);
}

/** os.fspath: str and bytes as they are, else the result of `__fspath__`. */
export function fspath(value: PyValue): PyValue {
  if (isStr(value) || value instanceof PyBytes || value instanceof PyBoxedStr) return value;
  const method = typeOf(value).lookup("__fspath__");
  if (method === undefined || method === null) {
    throw pyError(
      "TypeError",
      `expected str, bytes or os.PathLike object, not ${typeOf(value).tpName}`,
    );
  }
  const result = callObject(method, [value], null);
  if (isStr(result) || result instanceof PyBytes) return result;
  throw pyError(
    "TypeError",
    `expected ${typeOf(value).tpName}.__fspath__() to return str or bytes, not ${
      typeOf(result).name
    }`,
  );
}

/**
 * CPython's PyUnicode_FSConverter: a str (encoded), bytes or os.PathLike as
 * the bytes of a C string, without its NUL, which it may not contain.
 */
export function fsConverter(value: PyValue): Uint8Array {
  const path = fspath(value);
  const bytes = path instanceof PyBytes ? path.bytes : fsEncode(path as PyStr);
  if (bytes.includes(0)) throw pyError("ValueError", "embedded null byte");
  return bytes;
}

export function pathArgument(
  func: string,
  value: PyValue,
  options: PathOptions = {},
): PathArgument {
  const argument = options.argument ?? "path";
  if (value === null && options.nullable) {
    return { cString: null, fd: -1, object: null, bytes: false };
  }
  if (options.allowFd && typeof value !== "boolean" && intOperand(value) !== undefined) {
    const fd = intOperand(value)!;
    if (typeof fd === "bigint" || fd > 2147483647 || fd < -2147483648) {
      throw pyError("OverflowError", "fd is greater than maximum");
    }
    return { cString: null, fd, object: value, bytes: false };
  }
  let path: PyValue = unboxStr(value); // a str subclass is a str (PyUnicode_Check)
  if (!isStr(path) && !(path instanceof PyBytes)) {
    const kinds = options.allowFd && options.nullable
      ? "string, bytes, os.PathLike, integer or None"
      : options.allowFd
      ? "string, bytes, os.PathLike or integer"
      : options.nullable
      ? "string, bytes, os.PathLike or None"
      : "string, bytes or os.PathLike";
    const wrongType = `${func}: ${argument} should be ${kinds}, not ${typeOf(value).tpName}`;
    const buffer = bufferOf(value);
    if (buffer !== undefined) {
      // Other bytes-like objects are still taken as bytes, with a warning.
      warnFromNative(ExceptionType.DeprecationWarning, wrongType);
      path = new PyBytes(buffer.slice());
    } else if (typeOf(path).lookup("__fspath__") === undefined) {
      throw pyError("TypeError", wrongType);
    } else path = fspath(value);
  }
  // The messages differ as CPython's: str is refused while encoding, bytes by the path checker.
  if (path instanceof PyBytes) {
    if (path.bytes.includes(0)) {
      throw pyError("ValueError", `${func}: embedded null character in ${argument}`);
    }
    return { cString: cString(path.bytes), fd: -1, object: value, bytes: true };
  }
  const encoded = fsEncode(path as PyStr);
  if (encoded.includes(0)) throw pyError("ValueError", "embedded null byte");
  return { cString: cString(encoded), fd: -1, object: value, bytes: false };
}

/** A `dir_fd` argument: None for the current directory, else a descriptor. */
export function dirFdArgument(value: PyValue): number {
  if (value === null) return AT_FDCWD;
  const fd = intOperand(value);
  if (fd === undefined) {
    throw pyError(
      "TypeError",
      `argument should be integer or None, not ${typeOf(value).tpName}`,
    );
  }
  // _fd_converter's range check: the descriptor goes to libc as a C int.
  if (fd > 2147483647) throw pyError("OverflowError", "fd is greater than maximum");
  if (fd < -2147483648) throw pyError("OverflowError", "fd is less than minimum");
  return Number(fd);
}

/** An integer argument (descriptor, mode, flags) as a C int, as CPython's _PyLong_AsInt. */
export function intArgument(value: PyValue): number {
  const n = indexValue(value);
  if (typeof n === "bigint" || n > 2147483647) {
    throw pyError("OverflowError", "signed integer is greater than maximum");
  }
  if (n < -2147483648) throw pyError("OverflowError", "signed integer is less than minimum");
  return n;
}
