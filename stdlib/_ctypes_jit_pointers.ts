/**
 * Pointer parameters of the calls traces make through ctypes plans
 * (_ctypes_jit_plan.ts): the direct way for the arguments that take the
 * same path through ctypes' converters every time.
 *
 * The interpreter's call (callNative) converts each argument into an
 * (FFI type, value) pair, binds a signature for the pairs' types, calls
 * through a shared call site and converts the result. That costs about
 * half a microsecond, most of it in Deno's slow path: a call site seeing
 * many bound functions is not a fast call, and neither is a pointer passed
 * as a number. A plan whose parameters all convert here instead binds its
 * signature once and calls with bigints for pointers and 64-bit ints
 * (which Deno's fast call takes) and a typed array for a `c_char_p`
 * argument, in one call site per plan.
 *
 * Each parameter's converter mirrors one branch of _ctypes_call_args.ts
 * exactly and answers undefined for any other value, for which the whole
 * call goes the interpreter's way (`generic`): the same conversions,
 * errors and result as an interpreted call, only faster where they apply.
 *
 *   c_char_p        bytes: the bytes themselves when NUL-terminated in
 *                   place (vm/objects/bytes_alloc.ts), as CPython passes a
 *                   bytes object's own buffer; else a scratch copy
 *   c_void_p        None, an int (an address)
 *   POINTER(T)      None, a POINTER(T) instance (its address), a T instance
 *                   or byref() of one (the instance's address)
 */
import type { PyValue } from "../vm/objects/object.ts";
import { PyType } from "../vm/objects/type.ts";
import { PyBytes } from "../vm/objects/bytes.ts";
import { isNulTerminated } from "../vm/objects/bytes_alloc.ts";
import { PyClassMethod } from "../vm/objects/descriptors.ts";
import { PyBuiltinFunction } from "../vm/objects/native_function.ts";
import { scratch } from "../ffi/native_memory.ts";
import type { ParameterType } from "../ffi/signatures.ts";
import { readWord } from "../ffi/native_values.ts";
import { PyCData, stgInfo } from "./_ctypes_cdata.ts";
import { PyCArg } from "./_ctypes_carg.ts";
import { SPECIAL_CONVERTERS } from "./_ctypes_simple.ts";

/** A pointer argument's raw value for the direct call, or undefined: the interpreter's way. */
export type PointerConverter = (value: PyValue) => bigint | Uint8Array | undefined;

export interface PointerParameter {
  readonly native: ParameterType;
  readonly convert: PointerConverter;
}

/** A safe integer as the uint64 C receives (the generic converter's wrapping). */
function unsignedWord(value: number): bigint {
  return value >= 0 ? BigInt(value) : BigInt.asUintN(64, BigInt(value));
}

/** c_char_p: bytes (any bytes, as fastAddress takes them) passed in place or copied. */
const charPointer: PointerParameter = {
  native: "buffer",
  convert: (value) => {
    if (!(value instanceof PyBytes)) return undefined;
    const bytes = value.bytes;
    return isNulTerminated(bytes) ? bytes : scratch.copyView(bytes);
  },
};

/** c_void_p: None and ints (fastAddress's branches for them). */
const voidPointer: PointerParameter = {
  native: "usize",
  convert: (value) => {
    if (value === null) return 0n;
    if (typeof value === "number" && Number.isSafeInteger(value)) return unsignedWord(value);
    return undefined;
  },
};

/** POINTER(T): fastPointer's branches. */
function typedPointer(argtype: PyType, target: PyValue | null): PointerParameter {
  const hasTarget = target instanceof PyType;
  return {
    native: "usize",
    convert: (value) => {
      if (value === null) return 0n;
      if (value instanceof PyCData) {
        if (value.cls === argtype) {
          return BigInt(readWord(value.region, value.regionOffset));
        }
        if (hasTarget && value.cls === target) return BigInt(value.address);
        return undefined;
      }
      if (
        hasTarget && value instanceof PyCArg && value.keep instanceof PyCData &&
        value.keep.cls === target && value.native === "usize"
      ) {
        return BigInt(value.value as number | bigint);
      }
      return undefined;
    },
  };
}

/**
 * The direct conversion of arguments of `argtype` (a type whose
 * converter is ctypes' own), or null when it has none: converterFor's
 * choice of fast converter, for the kinds this file covers.
 */
export function pointerParameter(argtype: PyValue): PointerParameter | null {
  if (!(argtype instanceof PyType)) return null;
  const info = stgInfo(argtype);
  if (info === undefined) return null;
  const own = argtype.lookup("from_param");
  if (own === undefined) {
    return info.kind === "pointer" ? typedPointer(argtype, info.proto) : null;
  }
  if (
    !(own instanceof PyClassMethod) || !(own.func instanceof PyBuiltinFunction) ||
    !SPECIAL_CONVERTERS.has(own.func.impl)
  ) {
    return null;
  }
  switch (info.code?.code) {
    case "z":
      return charPointer;
    case "P":
      return voidPointer;
    default:
      return null;
  }
}
