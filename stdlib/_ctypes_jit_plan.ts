/**
 * The plans by which compiled traces call ctypes function pointers
 * directly (jit/foreign_calls.ts says when a plan exists and what the
 * trace does with it). A plan is made once per function pointer, the first
 * time a trace records a call of it, and kept on the pointer until its
 * argtypes, restype or errcheck change.
 *
 * The plan's call does what callNative would do for these argument types:
 * floats go as they are (c_double, c_float), ints are wrapped to the C
 * type's width and signedness exactly as ctypes wraps them (c_int of
 * 2**31 + 5 is -2147483643), and the result comes back as the value the
 * interpreter's conversion gives (a float, an int; a 64-bit one a bigint
 * beyond 2**53; None for a void function).
 */
import type { PyValue } from "../vm/objects/object.ts";
import { PyType } from "../vm/objects/type.ts";
import { type ForeignPlan, registerForeignPlanner } from "../jit/foreign_calls.ts";
import { bindFunction, type NativeType } from "../ffi/signatures.ts";
import {
  FUNCFLAG_PYTHONAPI,
  FUNCFLAG_USE_ERRNO,
  FUNCFLAG_USE_LASTERROR,
  functionAddress,
  normalize,
  PyCFuncPtr,
} from "./_ctypes_function.ts";
import type { RawValue } from "../ffi/native_values.ts";
import { infoOf, isPlainSimpleType, stgInfo } from "./_ctypes_cdata.ts";
import { internalFunction } from "./_ctypes_internal.ts";

/** A number parameter or result: its FFI type, float or int, and how an int is wrapped. */
interface NumberType {
  readonly native: NativeType;
  readonly kind: "float" | "int";
  readonly wrap: (value: number) => number | bigint;
  readonly wide: boolean;
}

const asIs = (value: number) => value;

/** The wrapping of an int to a C integer of `bytes` bytes. */
function integerWrap(bytes: number, signed: boolean): (value: number) => number | bigint {
  switch (bytes) {
    case 1:
      return signed ? (v) => (v << 24) >> 24 : (v) => v & 0xff;
    case 2:
      return signed ? (v) => (v << 16) >> 16 : (v) => v & 0xffff;
    case 4:
      return signed ? (v) => v | 0 : (v) => v >>> 0;
    default: // a safe integer is a valid int64; a negative one as uint64 wraps
      return signed ? asIs : (v) => v >= 0 ? v : BigInt.asUintN(64, BigInt(v));
  }
}

/** The number type of a ctypes argtype or restype, when it is a plain simple type of numbers. */
function numberType(type: PyValue): NumberType | null {
  if (!(type instanceof PyType)) return null;
  const info = stgInfo(type);
  const code = info?.code;
  if (info === undefined || code == null || info.swapped || typeof code.native !== "string") {
    return null;
  }
  if (!isPlainSimpleType(type, info) || type.lookup("from_param") !== undefined) return null;
  if (code.code === "d" || code.code === "f") {
    return { native: code.native, kind: "float", wrap: asIs, wide: false };
  }
  if (!code.integer || code.code === "c" || code.code === "?") return null;
  return {
    native: code.native,
    kind: "int",
    wrap: integerWrap(code.size, code.signed),
    wide: code.size > 4,
  };
}

const UNPLANNED = FUNCFLAG_USE_ERRNO | FUNCFLAG_USE_LASTERROR | FUNCFLAG_PYTHONAPI;

function makePlan(self: PyCFuncPtr): ForeignPlan | null {
  const info = infoOf(self);
  if ((info.funcFlags & UNPLANNED) !== 0 || self.errcheck !== undefined) return null;
  if (self.paramflags !== null || self.argtypes === undefined || !self.restypeSet) return null;
  const address = functionAddress(self);
  if (address === 0 || internalFunction(address) !== undefined) return null;
  if (self.restype !== null && self.checker !== undefined) return null;
  const params: NumberType[] = [];
  for (const argtype of self.argtypes) {
    const param = numberType(argtype);
    if (param === null) return null;
    params.push(param);
  }
  const restype = self.restype;
  if (restype === undefined) return null;
  const result = restype === null ? null : numberType(restype);
  if (restype !== null && result === null) return null;
  const fn = bindFunction(
    address,
    { parameters: params.map((p) => p.native), result: result?.native ?? "void" },
    self.symbolName,
  ) as (...args: unknown[]) => RawValue;
  const [w0, w1, w2] = params.map((p) => p.wrap);
  const call: (...args: number[]) => unknown = params.length === 0
    ? () => normalize(fn())
    : params.length === 1
    ? (a) => normalize(fn(w0(a)))
    : params.length === 2
    ? (a, b) => normalize(fn(w0(a), w1(b)))
    : params.length === 3
    ? (a, b, c) => normalize(fn(w0(a), w1(b), w2(c)))
    : (...args) => normalize(fn(...args.map((arg, i) => params[i].wrap(arg))));
  return {
    call,
    params: params.map((p) => p.kind),
    result: result === null
      ? "none"
      : result.kind === "float"
      ? "float"
      : result.wide
      ? "ref"
      : "int",
  };
}

registerForeignPlanner((callee) => {
  if (!(callee instanceof PyCFuncPtr)) return null;
  if (callee.jitPlan === undefined) callee.jitPlan = makePlan(callee);
  return callee.jitPlan;
});
