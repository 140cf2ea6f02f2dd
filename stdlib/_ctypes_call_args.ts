/**
 * Arguments of foreign calls: Python values to (FFI type, raw value) pairs.
 *
 * With argtypes, each argument first goes through its type's converter
 * (from_param), then, like any argument without a declared type, through
 * CPython's ConvParam: a ctypes instance passes by its kind (simple value,
 * structure by value, array/pointer/function address), a CArgObject as
 * converted, None as NULL, an int as a C int, bytes as a pointer to its
 * contents (NUL-terminated in place, or else a copy), str as a pointer to
 * a NUL-terminated wide copy, anything with `_as_parameter_` as that.
 *
 * Converters are computed when argtypes is set. For the common case — a
 * plain simple type whose from_param is the native one, given an int or a
 * float — the converter writes the raw value directly, without building a
 * CArgObject; that path is what makes `libm.cos(x)` cost about what a
 * Python call does. Temporaries (bytes copies) live on the scratch stack
 * until the call returns.
 */
import type { PyValue } from "../vm/objects/object.ts";
import { type PyType, PyType as PyTypeClass } from "../vm/objects/type.ts";
import { PyBytes } from "../vm/objects/bytes.ts";
import { PyFloat } from "../vm/objects/float.ts";
import { PyBaseException, pyError } from "../vm/objects/exceptions.ts";
import { codePointsOf, isStr } from "../vm/objects/str_wide.ts";
import { PyBuiltinFunction } from "../vm/objects/native_function.ts";
import { PyClassMethod } from "../vm/objects/descriptors.ts";
import { getAttribute } from "../vm/runtime/attributes.ts";
import { callObject } from "../vm/runtime/call.ts";
import { ExceptionType } from "../vm/objects/exceptions.ts";
import type { NativeType } from "../ffi/signatures.ts";
import { type RawValue, readNative } from "../ffi/native_values.ts";
import { addressOfBytes, scratch } from "../ffi/native_memory.ts";
import { isNulTerminated } from "../vm/objects/bytes_alloc.ts";
import {
  extendError,
  infoOf,
  passableNative,
  PyCData,
  type StgInfo,
  stgInfo,
} from "./_ctypes_cdata.ts";
import { PyCArg } from "./_ctypes_carg.ts";
import { integerValue } from "./_ctypes_simple_codes.ts";
import { SPECIAL_CONVERTERS } from "./_ctypes_simple.ts";
import { argumentErrorType } from "./_ctypes_types.ts";

/** The arguments of one call being assembled. */
export interface CallArguments {
  natives: NativeType[];
  values: RawValue[];
}

/** A converter: appends the native form of `value`; index is 1-based for messages. */
export type Converter = (value: PyValue, index: number, out: CallArguments) => void;

/** How a ctypes instance passes (its paramfunc). */
function pushInstance(obj: PyCData, out: CallArguments): void {
  const info = infoOf(obj);
  switch (info.kind) {
    case "simple": {
      const native = passableNative(info);
      out.natives.push(native);
      out.values.push(readNative(obj.region, obj.regionOffset, native));
      return;
    }
    case "struct":
    case "union":
      out.natives.push(passableNative(info));
      out.values.push(obj.bytes.slice());
      return;
    case "array":
      out.natives.push("usize");
      out.values.push(obj.address);
      return;
    default:
      out.natives.push("usize");
      out.values.push(readNative(obj.region, obj.regionOffset, "usize"));
  }
}

/** The bytes themselves when NUL-terminated in place (as CPython passes them), else a scratch copy. */
function pushBytes(value: PyBytes, out: CallArguments): void {
  const bytes = value.bytes;
  out.natives.push("usize");
  out.values.push(isNulTerminated(bytes) ? addressOfBytes(bytes) : scratch.copy(bytes, 1));
}

function pushWide(value: PyValue, out: CallArguments): void {
  const points = codePointsOf(value as never);
  const block = scratch.take((points.length + 1) * 4);
  for (let i = 0; i < points.length; i++) block.view.setUint32(i * 4, points[i], true);
  out.natives.push("usize");
  out.values.push(block.address);
}

/** ConvParam: an argument without a declared type (or after from_param). */
export function pushDefault(value: PyValue, index: number, out: CallArguments): void {
  if (value instanceof PyCData) return pushInstance(value, out);
  if (value instanceof PyCArg) {
    out.natives.push(value.native);
    out.values.push(value.value);
    return;
  }
  if (value === null) {
    out.natives.push("usize");
    out.values.push(0);
    return;
  }
  if (typeof value === "number" || typeof value === "bigint" || typeof value === "boolean") {
    const integer = BigInt(typeof value === "boolean" ? Number(value) : value);
    if (integer >= 2n ** 64n || integer < -(2n ** 63n)) {
      throw pyError("OverflowError", "int too long to convert");
    }
    out.natives.push("i32");
    out.values.push(Number(BigInt.asIntN(32, integer)));
    return;
  }
  if (value instanceof PyBytes) return pushBytes(value, out);
  if (isStr(value)) return pushWide(value, out);
  const parameter = asParameter(value);
  if (parameter !== undefined) return pushDefault(parameter, index, out);
  throw pyError("TypeError", `Don't know how to convert parameter ${index}`);
}

function asParameter(value: PyValue): PyValue | undefined {
  try {
    return getAttribute(value, "_as_parameter_");
  } catch (error) {
    if (error instanceof PyBaseException && error.cls.isSubtypeOf(ExceptionType.AttributeError)) {
      return undefined;
    }
    throw error;
  }
}

/** "argument 2: TypeError: wrong type" (_ctypes_extend_error). */
export function argumentError(index: number, error: unknown): PyBaseException {
  return extendError(argumentErrorType, `argument ${index}: `, error);
}

/** The converter of one argtypes entry. */
export function converterFor(argtype: PyValue): Converter {
  if (!(argtype instanceof PyTypeClass)) {
    const method = getAttribute(argtype, "from_param");
    return (value, index, out) => pushDefault(callObject(method, [value], null), index, out);
  }
  const info = stgInfo(argtype);
  const own = argtype.lookup("from_param");
  const fromParam = getAttribute(argtype, "from_param");
  const slow: Converter = (value, index, out) =>
    pushDefault(callObject(fromParam, [value], null), index, out);
  if (info === undefined) return slow;
  if (own === undefined && info.kind === "simple") return fastSimple(argtype, info) ?? slow;
  if (own === undefined && info.kind === "pointer") return fastPointer(argtype, info, slow);
  if (
    own instanceof PyClassMethod && own.func instanceof PyBuiltinFunction &&
    SPECIAL_CONVERTERS.has(own.func.impl)
  ) {
    return fastAddress(argtype, info.code!.code, slow);
  }
  return slow;
}

function pushAddress(address: number | bigint, out: CallArguments): void {
  out.natives.push("usize");
  out.values.push(address);
}

/**
 * c_char_p, c_wchar_p and c_void_p argtypes: None, bytes, str (and ints for
 * c_void_p) become pointers directly, temporaries on the scratch stack.
 */
function fastAddress(argtype: PyType, code: string, slow: Converter): Converter {
  const bytes = code === "z" || code === "P";
  const text = code === "Z" || code === "P";
  return (value, index, out) => {
    if (value === null) return pushAddress(0, out);
    if (bytes && value instanceof PyBytes) return pushBytes(value, out);
    if (text && isStr(value)) return pushWide(value, out);
    if (code === "P" && typeof value === "number" && Number.isSafeInteger(value)) {
      return pushAddress(value >= 0 ? value : BigInt.asUintN(64, BigInt(value)), out);
    }
    if (value instanceof PyCData && value.cls === argtype) return pushInstance(value, out);
    slow(value, index, out);
  };
}

/** POINTER(T) argtypes: byref(T instance), T instances, pointers of the type itself, None. */
function fastPointer(argtype: PyType, info: StgInfo, slow: Converter): Converter {
  const target = info.proto;
  return (value, index, out) => {
    if (value === null) return pushAddress(0, out);
    if (value instanceof PyCData && value.cls === argtype) return pushInstance(value, out);
    if (target instanceof PyTypeClass) {
      if (value instanceof PyCArg && value.keep instanceof PyCData && value.keep.cls === target) {
        out.natives.push(value.native);
        out.values.push(value.value);
        return;
      }
      if (value instanceof PyCData && value.cls === target) return pushAddress(value.address, out);
    }
    slow(value, index, out);
  };
}

/** Direct conversion of ints and floats for plain simple argtypes. */
function fastSimple(argtype: PyType, info: StgInfo): Converter | null {
  const code = info.code!;
  const native = code.native;
  if (typeof native !== "string" || info.swapped) return null;
  const fromParam = () => getAttribute(argtype, "from_param");
  const slow: Converter = (value, index, out) =>
    pushDefault(callObject(fromParam(), [value], null), index, out);
  if (code.integer && code.code !== "c" && code.code !== "?") {
    const bits = code.size * 8;
    const signed = code.signed;
    return (value, index, out) => {
      if (typeof value === "number" && Number.isSafeInteger(value)) {
        out.natives.push(native);
        out.values.push(wrapInteger(value, bits, signed));
        return;
      }
      if (value instanceof PyCData && value.cls === argtype) return pushInstance(value, out);
      if (value instanceof PyFloat) throw pyError("TypeError", "wrong type");
      if (typeof value === "bigint" || typeof value === "boolean") {
        out.natives.push(native);
        out.values.push(wrapInteger(integerValue(value), bits, signed));
        return;
      }
      slow(value, index, out);
    };
  }
  if (code.code === "d" || code.code === "f") {
    return (value, index, out) => {
      if (value instanceof PyFloat) {
        out.natives.push(native);
        out.values.push(value.value);
        return;
      }
      if (typeof value === "number") {
        out.natives.push(native);
        out.values.push(value);
        return;
      }
      if (value instanceof PyCData && value.cls === argtype) return pushInstance(value, out);
      slow(value, index, out);
    };
  }
  return null;
}

function wrapInteger(value: number | bigint, bits: number, signed: boolean): number | bigint {
  if (typeof value === "number" && bits === 64 && Number.isSafeInteger(value)) {
    return signed || value >= 0 ? value : BigInt.asUintN(64, BigInt(value));
  }
  if (typeof value === "number" && bits === 32) return signed ? value | 0 : value >>> 0;
  const big = signed ? BigInt.asIntN(bits, BigInt(value)) : BigInt.asUintN(bits, BigInt(value));
  return bits <= 32 ? Number(big) : big;
}
