/**
 * Helpers shared by the `_io` classes: the instance layout every io object
 * has (an instance `__dict__`, as CPython's io objects do, since `open()`
 * stores `mode` there), calling methods by name so Python subclasses'
 * overrides are honoured, argument conversions with CPython's messages, and
 * `io.UnsupportedOperation` (a class deriving from OSError and ValueError).
 */
import { PyObject, type PyValue } from "../vm/objects/object.ts";
import type { PyType } from "../vm/objects/type.ts";
import { getMappedAttribute, type InstanceMap } from "../vm/objects/instance_map.ts";
import { typeType } from "../vm/objects/core_types.ts";
import { ExceptionType, type PyBaseException, pyError } from "../vm/objects/exceptions.ts";
import { typeOf } from "../vm/objects/typeof.ts";
import { newTuple } from "../vm/objects/tuple.ts";
import { PyDict } from "../vm/objects/dict.ts";
import { PyBytes } from "../vm/objects/bytes.ts";
import { PyByteArray } from "../vm/objects/bytearray.ts";
import { PyMemoryView } from "../vm/objects/memoryview.ts";
import { bufferOf, writableBufferOf } from "../vm/objects/buffer.ts";
import { indexValue } from "../vm/objects/slice.ts";
import { callObject } from "../vm/runtime/call.ts";
import { registerConstructor, registerInitializer } from "../vm/runtime/call_type.ts";
import { bindArguments, parseSignature } from "../vm/objects/native_signature.ts";
import { getAttribute } from "../vm/runtime/attributes.ts";
import { isTrue } from "../vm/runtime/operators.ts";

export const DEFAULT_BUFFER_SIZE = 8192;

/** Every io object: instance attributes (map/slots) plus _IOBase's closed flag. */
export class PyIOObject extends PyObject {
  map: InstanceMap;
  slots: PyValue[] = [];
  members: PyValue[] | null = null;
  /** CPython's `__IOBase_closed`, used by _IOBase.close/closed. */
  iobaseClosed = false;

  constructor(cls: PyType) {
    super(cls);
    this.map = cls.rootMap();
  }
}

/** The instance attributes as a new dict, or None without any (pickling state). */
export function attributesDict(self: PyIOObject): PyValue {
  const names = self.map.attributes();
  if (names.length === 0) return null;
  const dict = new PyDict();
  for (const name of names) dict.set(name, getMappedAttribute(self, name)!);
  return dict;
}

/** `obj.name(*args)`, looked up as Python does (overrides in subclasses win). */
export function callMethod(obj: PyValue, name: string, ...args: PyValue[]): PyValue {
  return callObject(getAttribute(obj, name), args, null);
}

let unsupportedType: PyType | undefined;

/** io.UnsupportedOperation, created on first use as `class UnsupportedOperation(OSError, ValueError)`. */
export function unsupportedOperationType(): PyType {
  if (unsupportedType === undefined) {
    const namespace = new PyDict();
    namespace.set("__module__", "io");
    unsupportedType = callObject(typeType, [
      "UnsupportedOperation",
      newTuple([ExceptionType.OSError, ExceptionType.ValueError]),
      namespace,
    ], null) as PyType;
  }
  return unsupportedType;
}

export function unsupported(message: string): PyBaseException {
  return callObject(unsupportedOperationType(), [message], null) as PyBaseException;
}

export function closedFileError(message = "I/O operation on closed file."): PyBaseException {
  return pyError("ValueError", message);
}

/** The `closed` attribute, looked up as CPython's io code does. */
export function isClosedAttribute(obj: PyValue): boolean {
  return isTrue(getAttribute(obj, "closed"));
}

/** `size=-1` arguments: an int or None (CPython's _Py_convert_optional_to_ssize_t). */
export function sizeArgument(value: PyValue): number {
  if (value === null || value === undefined) return -1;
  const n = indexValue(
    value,
    () => `argument should be integer or None, not '${typeOf(value).tpName}'`,
  );
  if (typeof n === "bigint") {
    throw pyError("OverflowError", "Python int too large to convert to C ssize_t");
  }
  return n;
}

/** An int argument (Py_ssize_t) with CPython's message for other types. */
export function intArgument(value: PyValue): number {
  const n = indexValue(
    value,
    () => `'${typeOf(value).tpName}' object cannot be interpreted as an integer`,
  );
  if (typeof n === "bigint") {
    throw pyError("OverflowError", "Python int too large to convert to C ssize_t");
  }
  return n;
}

export function newBytes(bytes: Uint8Array): PyBytes {
  return new PyBytes(bytes);
}

/** A read-write bytes-like argument (readinto's buffer). */
export function writableBuffer(value: PyValue, what: string): Uint8Array {
  if (value instanceof PyByteArray) return value.bytes;
  if (value instanceof PyMemoryView && !value.readonly && value.step === 1) {
    return value.source().subarray(value.start, value.start + value.length);
  }
  if (!(value instanceof PyMemoryView)) {
    const bytes = writableBufferOf(value);
    if (bytes !== undefined) return bytes;
  }
  throw pyError(
    "TypeError",
    `${what}() argument must be read-write bytes-like object, not ${typeOf(value).tpName}`,
  );
}

/** A bytes-like argument (write's data) as a Uint8Array. */
export function readableBuffer(value: PyValue, what: string): Uint8Array {
  const bytes = bufferOf(value);
  if (bytes !== undefined) return bytes;
  throw pyError(
    "TypeError",
    `${what}() argument must be bytes-like object, not ${typeOf(value).tpName}`,
  );
}

/** A zeroed byte array of `size`; MemoryError (as CPython) when it cannot be allocated. */
export function allocateBytes(size: number): Uint8Array<ArrayBuffer> {
  try {
    return new Uint8Array(size);
  } catch (error) {
    if (error instanceof RangeError) throw pyError("MemoryError");
    throw error;
  }
}

/** Concatenate byte chunks. */
export function joinBytes(chunks: readonly Uint8Array[]): Uint8Array {
  if (chunks.length === 1) return chunks[0];
  let total = 0;
  for (const chunk of chunks) total += chunk.length;
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/** The whence argument of seek: 0, 1 or 2 (SEEK_SET, SEEK_CUR, SEEK_END). */
export function whenceArgument(value: PyValue): number {
  return intArgument(value);
}

/** `__init__` of a native io type, its arguments bound by a text signature (messages name `name`). */
export function signatureInitializer(
  type: PyType,
  name: string,
  signature: string,
  // deno-lint-ignore no-explicit-any
  init: (self: any, ...bound: any[]) => void,
): void {
  const parsed = parseSignature(signature);
  registerInitializer(type, (self, args, kwnames) => {
    init(self, ...bindArguments(parsed, name, args, kwnames));
  });
}

/** `__new__` of a native io type: a fresh, not yet initialised object; arguments go to __init__. */
export function plainConstructor(type: PyType, make: (cls: PyType) => PyValue): void {
  registerConstructor(type, (cls) => make(cls));
}
