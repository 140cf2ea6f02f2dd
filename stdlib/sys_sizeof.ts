/**
 * `sys.getsizeof(obj[, default])`: the object's `__sizeof__()` plus the size of
 * CPython's GC header for the kinds of objects CPython's collector tracks.
 * Sizes are whatever `__sizeof__` reports (CPython's layout figures where
 * Taipan's types define them); what this function adds is CPython's checks:
 * the result must be an int in 0 .. sys.maxsize, and a TypeError (only) is
 * replaced by `default` when one is given.
 */
import type { PyValue } from "../vm/objects/object.ts";
import type { PyDict } from "../vm/objects/dict.ts";
import type { PyType } from "../vm/objects/type.ts";
import { ExceptionType, PyBaseException, pyError } from "../vm/objects/exceptions.ts";
import { nativeFunction } from "../vm/objects/native_function.ts";
import { typeOf } from "../vm/objects/typeof.ts";
import { intOperand } from "../vm/objects/int_value.ts";
import { callObject } from "../vm/runtime/call.ts";
import { bindDescriptor } from "../vm/runtime/attributes.ts";

/** PyGC_Head on 64-bit CPython. */
const GC_HEADER_SIZE = 16n;
const SSIZE_MAX = 2n ** 63n - 1n;

/** Builtin types whose instances CPython's cyclic collector tracks (Py_TPFLAGS_HAVE_GC). */
const GC_BUILTIN_TYPES = new Set([
  "list",
  "dict",
  "set",
  "frozenset",
  "tuple",
  "function",
  "method",
  "type",
  "module",
  "cell",
  "frame",
  "generator",
  "coroutine",
  "async_generator",
  "property",
  "classmethod",
  "staticmethod",
  "super",
  "deque",
  "defaultdict",
  "OrderedDict",
]);

function isGcTracked(type: PyType): boolean {
  return type.isHeapType || GC_BUILTIN_TYPES.has(type.name);
}

function sizeOf(obj: PyValue): bigint {
  const type = typeOf(obj);
  const method = type.lookup("__sizeof__");
  if (method === undefined) {
    throw pyError("TypeError", `Type ${type.name} doesn't define __sizeof__`);
  }
  const result = callObject(bindDescriptor(method, obj, type), [], null);
  const size = intOperand(result);
  if (size === undefined) throw pyError("TypeError", "an integer is required");
  if (BigInt(size) > SSIZE_MAX) {
    throw pyError("OverflowError", "Python int too large to convert to C ssize_t");
  }
  if (size < 0) throw pyError("ValueError", "__sizeof__() should return >= 0");
  return BigInt(size) + (isGcTracked(type) ? GC_HEADER_SIZE : 0n);
}

const getsizeof = nativeFunction(
  "getsizeof",
  "object, default=?",
  (obj: PyValue, fallback?: PyValue) => {
    try {
      const size = sizeOf(obj);
      return size <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(size) : size;
    } catch (error) {
      if (
        fallback !== undefined && error instanceof PyBaseException &&
        error.cls.isSubtypeOf(ExceptionType.TypeError)
      ) return fallback;
      throw error;
    }
  },
);

export function addSizeof(dict: PyDict): void {
  dict.set("getsizeof", getsizeof);
}
