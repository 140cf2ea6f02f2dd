/**
 * What the six metaclasses share: creating the class object itself through
 * type.__new__ (so Python subclasses of the metaclasses, and class keywords,
 * behave as with any metaclass), and the class methods every ctypes class
 * has (CPython's CDataType_methods): from_address, from_buffer,
 * from_buffer_copy, in_dll, and `type * n` for array types.
 */
import type { PyValue } from "../vm/objects/object.ts";
import { PyType } from "../vm/objects/type.ts";
import { typeType } from "../vm/objects/core_types.ts";
import type { PyStaticMethod } from "../vm/objects/descriptors.ts";
import { ExceptionType, PyBaseException, pyError } from "../vm/objects/exceptions.ts";
import { PyCArg } from "./_ctypes_carg.ts";
import { typeOf } from "../vm/objects/typeof.ts";
import { bufferLayoutOf } from "../vm/objects/buffer.ts";
import { addExport } from "../vm/objects/memoryview_exports.ts";
import { PyBytes } from "../vm/objects/bytes.ts";
import { defineNativeMethods, type NativeImplementation } from "../vm/objects/native_function.ts";
import { NotImplemented } from "../vm/objects/singletons.ts";
import { indexOperand } from "../vm/objects/bytes_args.ts";
import { callObject } from "../vm/runtime/call.ts";
import { getAttribute } from "../vm/runtime/attributes.ts";
import { registerConstructor, registerInitializer } from "../vm/runtime/call_type.ts";
import { isStr, toJsString } from "../vm/objects/str_wide.ts";
import { findSymbol, LoaderError } from "../ffi/libraries.ts";
import {
  concreteInfo,
  keepRef,
  newAtAddress,
  newOwned,
  type PyCData,
  stgInfo,
} from "./_ctypes_cdata.ts";
import { wrapForeignBuffer } from "./_ctypes_buffer.ts";
import { arrayTypeOf } from "./_ctypes_array_types.ts";

const typeNew = (typeType.dict.get("__new__") as PyStaticMethod).func;

/** type.__new__(meta, name, bases, namespace, **kwds). */
export function newClass(
  meta: PyType,
  args: readonly PyValue[],
  kwnames: readonly string[] | null,
): PyType {
  const cls = callObject(typeNew, [meta, ...args], kwnames);
  if (!(cls instanceof PyType)) throw pyError("TypeError", "type.__new__ did not return a type");
  return cls;
}

/** Make `meta(name, bases, namespace)` create classes and then run `complete` on them. */
export function defineMetaclass(
  meta: PyType,
  complete: (cls: PyType, args: readonly PyValue[]) => void,
): void {
  registerConstructor(meta, (cls, args, kwnames) => {
    const created = newClass(cls, args, kwnames);
    // A class from a more derived metaclass's own __new__ was completed there.
    if (typeOf(created) === cls || stgInfo(created) === undefined) complete(created, args);
    return created;
  });
  registerInitializer(meta, () => {});
}

/** An address argument (PyLong_AsVoidPtr). */
export function addressArgument(value: PyValue): number {
  const integer = typeof value === "boolean" ? undefined : indexOperand(value);
  if (integer === undefined || (typeof value !== "number" && typeof value !== "bigint")) {
    throw pyError("TypeError", "integer expected");
  }
  return Number(BigInt.asUintN(64, BigInt(integer)));
}

function fromAddress(cls: PyType, address: PyValue): PyValue {
  return newAtAddress(cls, addressArgument(address));
}

function offsetArgument(offset: PyValue | undefined): number {
  const value = offset === undefined ? 0 : indexOperand(offset);
  if (value === undefined) {
    throw pyError(
      "TypeError",
      `'${typeOf(offset!).name}' object cannot be interpreted as an integer`,
    );
  }
  if (value < 0) throw pyError("ValueError", "offset cannot be negative");
  return Number(value);
}

function fromBuffer(cls: PyType, source: PyValue, offsetValue?: PyValue): PyValue {
  const info = concreteInfo(cls);
  const layout = bufferLayoutOf(source);
  if (layout === undefined || source instanceof PyBytes) {
    if (layout !== undefined) throw pyError("TypeError", "underlying buffer is not writable");
    throw pyError("TypeError", `a bytes-like object is required, not '${typeOf(source).name}'`);
  }
  if (layout.readonly) throw pyError("TypeError", "underlying buffer is not writable");
  let contiguous = true;
  let expected = layout.itemsize;
  for (let d = layout.shape.length - 1; d >= 0; d--) {
    if (layout.shape[d] > 1 && layout.strides[d] !== expected) contiguous = false;
    expected *= layout.shape[d];
  }
  if (!contiguous) throw pyError("TypeError", "underlying buffer is not C contiguous");
  const offset = offsetArgument(offsetValue);
  const length = layout.shape.reduce((a, b) => a * b, 1) * layout.itemsize;
  if (info.size > length - offset) {
    throw pyError(
      "ValueError",
      `Buffer size too small (${length} instead of at least ${info.size + offset} bytes)`,
    );
  }
  const obj = wrapForeignBuffer(cls, info, layout.memory, layout.offset + offset);
  keepRef(obj, -1, source);
  // Like CPython's memoryview in _objects: the source may not be resized meanwhile.
  if (source !== null && typeof source === "object") addExport(source, obj);
  return obj;
}

function fromBufferCopy(cls: PyType, source: PyValue, offsetValue?: PyValue): PyValue {
  const info = concreteInfo(cls);
  const layout = bufferLayoutOf(source);
  if (layout === undefined) {
    throw pyError("TypeError", `a bytes-like object is required, not '${typeOf(source).name}'`);
  }
  const offset = offsetArgument(offsetValue);
  const length = layout.shape.reduce((a, b) => a * b, 1) * layout.itemsize;
  if (info.size > length - offset) {
    throw pyError(
      "ValueError",
      `Buffer size too small (${length} instead of at least ${info.size + offset} bytes)`,
    );
  }
  const obj = newOwned(cls, info);
  obj.bytes.set(layout.memory.subarray(layout.offset + offset, layout.offset + offset + info.size));
  return obj;
}

function inDll(cls: PyType, dll: PyValue, name: PyValue): PyValue {
  const handle = addressArgument(getAttribute(dll, "_handle"));
  if (!isStr(name)) {
    throw pyError("TypeError", `in_dll() argument 2 must be str, not ${typeOf(name).name}`);
  }
  let address: number;
  try {
    address = findSymbol(handle, toJsString(name));
  } catch (error) {
    if (error instanceof LoaderError) throw pyError("ValueError", error.message);
    throw error;
  }
  return newAtAddress(cls, address);
}

function repeat(cls: PyType, count: PyValue): PyValue {
  const length = indexOperand(count);
  if (length === undefined) return NotImplemented;
  if (length < 0) {
    throw pyError("ValueError", `Array length must be >= 0, not ${length}`);
  }
  return arrayTypeOf(cls, Number(length));
}

/** The class methods of every ctypes metaclass, with the metaclass's own from_param. */
export function defineClassMethods(meta: PyType, fromParam: NativeImplementation): void {
  defineNativeMethods(meta, {
    from_param: ["value, /", fromParam],
    from_address: ["value, /", fromAddress],
    from_buffer: ["obj, offset=0, /", fromBuffer],
    from_buffer_copy: ["buffer, offset=0, /", fromBufferCopy],
    in_dll: ["dll, name, /", inDll],
    __mul__: ["value, /", repeat],
    __rmul__: ["value, /", repeat],
  });
}

/** Instances of `cls` accepted as they are by from_param (CDataType_from_param's first test). */
export function instanceOf(cls: PyType, value: PyValue): value is PyCData {
  return typeOf(value).isSubtypeOf(cls);
}

/** CDataType_from_param: instances, byref() of the element type, `_as_parameter_`. */
export function cdataFromParam(cls: PyType, value: PyValue): PyValue {
  if (value instanceof PyCArg) {
    const kept = value.keep;
    const proto = stgInfo(cls)?.proto;
    if (kept !== null && proto instanceof PyType && instanceOf(proto, kept)) return value;
    throw pyError(
      "TypeError",
      `expected ${cls.name} instance instead of pointer to ${
        kept === null ? "???" : typeOf(kept).name
      }`,
    );
  }
  if (instanceOf(cls, value)) return value;
  let parameter: PyValue | undefined;
  try {
    parameter = getAttribute(value, "_as_parameter_");
  } catch (error) {
    if (
      !(error instanceof PyBaseException && error.cls.isSubtypeOf(ExceptionType.AttributeError))
    ) {
      throw error;
    }
  }
  if (parameter !== undefined) {
    return callObject(getAttribute(cls, "from_param"), [parameter], null);
  }
  throw pyError("TypeError", `expected ${cls.name} instance instead of ${typeOf(value).name}`);
}
