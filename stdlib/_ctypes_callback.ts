/**
 * C callbacks from Python callables (CPython's thunks, callbacks.c): a
 * CFUNCTYPE class called with a function makes a native function pointer
 * (Deno.UnsafeCallback) whose body converts the C arguments by argtypes
 * (values for plain simple types, new instances holding a copy otherwise),
 * calls the Python function and stores its result through the restype.
 *
 * Exceptions cannot cross back into C: like CPython, an exception in the
 * function is reported as unraisable ("Exception ignored on calling ctypes
 * callback function: <function ...>" and the traceback, through
 * sys.unraisablehook when the program installed one) and the callback
 * returns zero.
 */
import type { PyValue } from "../vm/objects/object.ts";
import type { PyType } from "../vm/objects/type.ts";
import { ExceptionType, PyBaseException, pyError } from "../vm/objects/exceptions.ts";
import { warnFromNative } from "./_warnings.ts";
import { callFromNative } from "../vm/runtime/call.ts";
import { normalizeBigInt } from "../vm/objects/int_value.ts";
import { createCallback } from "../ffi/callbacks.ts";
import { writeUnraisable } from "./sys_unraisable.ts";
import type { NativeType } from "../ffi/signatures.ts";
import { type RawValue, readNative, writeNative } from "../ffi/native_values.ts";
import {
  isPlainSimpleType,
  newOwned,
  passableNative,
  type StgInfo,
  stgInfo,
} from "./_ctypes_cdata.ts";
import { PyCapsule, type SimpleCode } from "./_ctypes_simple_codes.ts";

function argumentNative(type: PyType): NativeType {
  const info = stgInfo(type);
  if (info === undefined) throw pyError("TypeError", "invalid argument type for callback");
  switch (info.kind) {
    case "simple":
    case "struct":
    case "union":
      return passableNative(info);
    default:
      return "usize";
  }
}

const scratchView = new DataView(new ArrayBuffer(64));

/**
 * How many times any callback has run: a trace reads it around each C call
 * it makes (jit/foreign_calls.ts ForeignPlan.callbacks) and leaves when
 * Python code ran meanwhile.
 */
export const callbackRuns = { count: 0 };

/** How one C argument becomes a Python value: its type's info looked up once, at creation. */
function argumentConverter(type: PyType, native: NativeType): (raw: RawValue) => PyValue {
  const info = stgInfo(type)!;
  const code = info.code;
  if (code !== null && isPlainSimpleType(type, info)) {
    if (code.integer && code.code !== "c" && code.code !== "?") {
      // Deno passes integers with the C type's width and signedness already.
      return (raw) =>
        typeof raw === "number"
          ? raw
          : typeof raw === "bigint"
          ? normalizeBigInt(raw)
          : simpleValue(code, native, raw);
    }
    if (code.code === "P") {
      // c_void_p: the address as an int, NULL as None (its getter's answer, without memory).
      return (raw) => {
        const address = typeof raw === "bigint" ? normalizeBigInt(raw) : raw;
        return address === 0 ? null : address as number | bigint;
      };
    }
    return (raw) => simpleValue(code, native, raw);
  }
  if (native === "usize") {
    // A pointer (or array) argument: Deno passes it as a bigint, stored as is.
    return (raw) => {
      const obj = newOwned(type, info);
      if (typeof raw === "bigint") obj.region.setBigUint64(obj.regionOffset, raw, true);
      else writeNative(obj.region, obj.regionOffset, native, raw);
      return obj;
    };
  }
  return (raw) => {
    const obj = newOwned(type, info);
    if (raw instanceof Uint8Array) obj.bytes.set(raw.subarray(0, obj.size));
    else writeNative(obj.region, obj.regionOffset, native, raw); // (no view of its own made)
    return obj;
  };
}

function simpleValue(code: SimpleCode, native: NativeType, raw: RawValue): PyValue {
  if (raw instanceof Uint8Array) return code.get(new DataView(raw.buffer), 0, true);
  writeNative(scratchView, 0, native, raw);
  return code.get(scratchView, 0, true);
}

function zero(native: NativeType): RawValue | undefined {
  switch (native) {
    case "void":
      return undefined;
    case "bool":
      return false;
    case "u64":
    case "i64":
    case "usize":
    case "isize":
      return 0n;
    default:
      return typeof native === "string" ? 0 : new Uint8Array(64);
  }
}

/** The native pointer of a callback calling `callable`, kept alive by `keep`. */
export function makeCallback(
  info: StgInfo,
  callable: PyValue,
): { address: number; keep: PyValue } {
  const argtypes = info.argtypes ?? [];
  const parameters = argtypes.map(argumentNative);
  const restype = info.restype;
  let result: NativeType = "void";
  let restypeInfo: StgInfo | undefined;
  if (restype !== undefined && restype !== null) {
    restypeInfo = stgInfo(restype);
    if (restypeInfo === undefined || restypeInfo.kind !== "simple") {
      throw pyError("TypeError", "invalid result type for callback function");
    }
    result = argumentNative(restype as PyType);
  }
  const converters = argtypes.map((type, i) => argumentConverter(type, parameters[i]));
  const count = converters.length;
  // An int result of at most 32 bits takes a safe integer as C wraps it (code.set's result).
  const resultCode = restypeInfo?.code ?? null;
  const wrapsInt = resultCode !== null && resultCode.integer && resultCode.size === 4 &&
      resultCode.code !== "?" && !restypeInfo!.swapped
    ? (resultCode.signed ? (v: number) => v | 0 : (v: number) => v >>> 0)
    : null;
  const [c0, c1] = converters;
  // The usual arities take their arguments without a rest parameter.
  const run = (r0: RawValue, r1: RawValue, raw: RawValue[] | null) => {
    callbackRuns.count++;
    let value: PyValue;
    try {
      const args = raw !== null
        ? raw.map((r, i) => converters[i](r))
        : count === 2
        ? [c0(r0), c1(r1)]
        : count === 1
        ? [c0(r0)]
        : [];
      value = callFromNative(callable, args);
    } catch (error) {
      if (!(error instanceof PyBaseException)) throw error;
      writeUnraisable("on calling ctypes callback function", callable, error);
      return zero(result);
    }
    if (restypeInfo === undefined) return undefined;
    if (wrapsInt !== null && typeof value === "number" && Number.isSafeInteger(value)) {
      return wrapsInt(value);
    }
    try {
      writeNative(scratchView, 0, result, 0);
      const keep = restypeInfo.code!.set(scratchView, 0, value, true);
      // The result points into `keep`, which nothing keeps alive (CPython warns too).
      if (keep !== null && restypeInfo.code!.code !== "O") {
        warnFromNative(ExceptionType.RuntimeWarning, "memory leak in callback function.");
      }
      return readNative(scratchView, 0, result);
    } catch (error) {
      if (!(error instanceof PyBaseException)) throw error;
      writeUnraisable("on converting result of ctypes callback function", callable, error);
      return zero(result);
    }
  };
  const body = count <= 2
    ? (r0: RawValue, r1: RawValue) => run(r0, r1, null)
    : (...raw: RawValue[]) => run(0, 0, raw);
  const keep = new PyCapsule();
  const callback = createCallback(keep, { parameters, result }, body);
  return { address: callback.address, keep };
}
