/**
 * The entry points ctypes/__init__.py wraps with PYFUNCTYPE at fixed
 * addresses (`_cast_addr`, `_string_at_addr`, `_wstring_at_addr`). In
 * CPython they are C functions taking PyObject pointers; here each address
 * is a private byte of native memory that calls recognise and run in
 * TypeScript with the Python arguments, after the first argument went
 * through its converter (c_void_p.from_param) as it would for C.
 */
import type { PyValue } from "../vm/objects/object.ts";
import type { PyType } from "../vm/objects/type.ts";
import { pyError } from "../vm/objects/exceptions.ts";
import { typeOf } from "../vm/objects/typeof.ts";
import { dictType, PyDict } from "../vm/objects/dict.ts";
import { callObject } from "../vm/runtime/call.ts";
import { objectId } from "../vm/runtime/identity.ts";
import { allocateZeroed, scratch } from "../ffi/native_memory.ts";
import { PyCData, stgInfo } from "./_ctypes_cdata.ts";
import { type CallArguments, type Converter, pushDefault } from "./_ctypes_call_args.ts";
import { readCString, readWideString } from "./_ctypes_simple_codes.ts";

type Internal = (args: PyValue[], converters: Converter[] | undefined) => PyValue;

const internals = new Map<number, Internal>();

/** A private address for `impl` (made when _ctypes is imported, not at start-up). */
function define(impl: Internal): number {
  const address = allocateZeroed(1).address;
  internals.set(address, impl);
  return address;
}

export function internalFunction(address: number): Internal | undefined {
  return internals.get(address);
}

/** The first argument as the pointer C would receive. */
function pointerArgument(args: PyValue[], converters: Converter[] | undefined): number {
  const mark = scratch.mark();
  try {
    const out: CallArguments = { natives: [], values: [] };
    if (converters !== undefined && converters.length > 0) converters[0](args[0], 1, out);
    else pushDefault(args[0], 1, out);
    return Number(out.values[0]);
  } finally {
    scratch.release(mark);
  }
}

function isPointerType(type: PyValue): boolean {
  const info = stgInfo(type);
  if (info === undefined) return false;
  if (info.kind === "pointer" || info.kind === "function") return true;
  return info.kind === "simple" && typeof info.proto === "string" && "sPzUZXO".includes(info.proto);
}

const cast: Internal = (args, converters) => {
  const pointer = pointerArgument(args, converters);
  const [, source, target] = args;
  if (!isPointerType(target)) {
    const name = target !== null && typeof target === "object" && "mro" in target
      ? (target as PyType).name
      : typeOf(target).name;
    throw pyError("TypeError", `cast() argument 2 must be a pointer type, not ${name}`);
  }
  const result = callObject(target, [], null) as PyCData;
  // The result shares the source's kept objects and keeps the source itself.
  if (source instanceof PyCData && source.base === null) {
    if (source.objects === null) source.objects = new PyDict();
    result.objects = source.objects;
    if (result.objects instanceof PyDict && result.objects.cls === dictType) {
      result.objects.set(objectId(source), source);
    }
  }
  result.view.setBigUint64(0, BigInt(pointer), true);
  return result;
};

function sizeArgument(value: PyValue): number {
  if (typeof value !== "number") throw pyError("TypeError", "an integer is required");
  return value;
}

function checkedPointer(pointer: number): number {
  if (pointer === 0) throw pyError("ValueError", "NULL pointer access");
  return pointer;
}

const stringAt: Internal = (args, converters) => {
  const pointer = checkedPointer(pointerArgument(args, converters));
  return readCString(pointer, sizeArgument(args[1]));
};

const wideStringAt: Internal = (args, converters) => {
  const pointer = checkedPointer(pointerArgument(args, converters));
  return readWideString(pointer, sizeArgument(args[1]));
};

let addresses: { cast: number; stringAt: number; wideStringAt: number } | null = null;

/** `_cast_addr`, `_string_at_addr` and `_wstring_at_addr`. */
export function internalAddresses(): { cast: number; stringAt: number; wideStringAt: number } {
  return addresses ??= {
    cast: define(cast),
    stringAt: define(stringAt),
    wideStringAt: define(wideStringAt),
  };
}
