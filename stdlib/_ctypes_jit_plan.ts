/**
 * The plans by which compiled traces call ctypes function pointers
 * directly (jit/foreign_calls.ts says when a plan exists and what the
 * trace does with it). A plan is made once per function pointer, the first
 * time a trace records a call of it, and kept on the pointer until its
 * argtypes, restype or errcheck change.
 *
 * The plan's call does what callNative would do for these argument types
 * (_ctypes_jit_calls.ts makes it): floats go as they are (c_double,
 * c_float), ints are wrapped to the C type's width and signedness exactly
 * as ctypes wraps them (c_int of 2**31 + 5 is -2147483643), pointers
 * convert as ctypes' own converters would (_ctypes_jit_pointers.ts, or the
 * interpreter's conversions for values that take no direct way), and the
 * result comes back as the value the interpreter's conversion gives (a
 * float, an int; a 64-bit one a bigint beyond 2**53; None for a void
 * function).
 */
import type { PyValue } from "../vm/objects/object.ts";
import { PyType } from "../vm/objects/type.ts";
import { type ForeignPlan, registerForeignPlanner } from "../jit/foreign_calls.ts";
import { bindFunction } from "../ffi/signatures.ts";
import { type PointerParameter, pointerParameter } from "./_ctypes_jit_pointers.ts";
import { isWide, type NumberType, planCall, type ResultConversion } from "./_ctypes_jit_calls.ts";
import { convertResult, resultNative } from "./_ctypes_call_result.ts";
import {
  directCalls,
  FUNCFLAG_PYTHONAPI,
  FUNCFLAG_USE_ERRNO,
  FUNCFLAG_USE_LASTERROR,
  functionAddress,
  normalize,
  plannedCall,
  PyCFuncPtr,
} from "./_ctypes_function.ts";
import { infoOf, PyCData, stgInfo } from "./_ctypes_cdata.ts";
import { plainNumberCode } from "./_ctypes_jit_access.ts";
import { callbackRuns } from "./_ctypes_callback.ts";
import { PyCArg } from "./_ctypes_carg.ts";
import { bytesType, PyBytes } from "../vm/objects/bytes.ts";
import { PyFloat } from "../vm/objects/float.ts";
import { PyClassMethod } from "../vm/objects/descriptors.ts";
import { PyBuiltinFunction } from "../vm/objects/native_function.ts";
import { internalFunction } from "./_ctypes_internal.ts";

/** The number type of a ctypes argtype or restype, when it is a plain simple type of numbers. */
function numberType(type: PyValue): NumberType | null {
  const code = plainNumberCode(type);
  if (code === null || (type as PyType).lookup("from_param") !== undefined) return null;
  const kind = code.code === "d" || code.code === "f" ? "float" : "int";
  return { native: code.native, kind, size: code.size, signed: code.signed };
}

const UNPLANNED = FUNCFLAG_USE_ERRNO | FUNCFLAG_USE_LASTERROR | FUNCFLAG_PYTHONAPI;

/**
 * A ctypes type whose conversions run no Python code: its from_param is
 * ctypes' own (inherited from the metaclass or a builtin classmethod), so
 * the interpreter's converter takes a value of a given class the same way
 * every time.
 */
function builtinConverted(type: PyValue): boolean {
  if (!(type instanceof PyType) || stgInfo(type) === undefined) return false;
  const own = type.lookup("from_param");
  return own === undefined ||
    (own instanceof PyClassMethod && own.func instanceof PyBuiltinFunction);
}

/** The values a "ref" parameter takes in a trace: None, bytes, ctypes instances, byref(). */
function acceptsRef(value: PyValue): boolean {
  return value === null || (value instanceof PyBytes && value.cls === bytesType) ||
    value instanceof PyCArg || value instanceof PyCData;
}

/** What a pointer's direct calls are made of, checked once (null: calls take callNative). */
interface PlanParts {
  readonly address: number;
  /** Each parameter's number type, or null for a pointer (a "ref" in traces). */
  readonly params: (NumberType | null)[];
  /** Each parameter's direct conversion, or null when one has none. */
  readonly direct: (NumberType | PointerParameter)[] | null;
  readonly result: NumberType | null;
  /** The interpreter's conversions and call (callNative). */
  readonly interpreted: (args: PyValue[]) => PyValue;
}

function planParts(self: PyCFuncPtr): PlanParts | null {
  const info = infoOf(self);
  if ((info.funcFlags & UNPLANNED) !== 0 || self.errcheck !== undefined) return null;
  if (self.paramflags !== null || self.argtypes === undefined || !self.restypeSet) return null;
  const address = functionAddress(self);
  if (address === 0 || internalFunction(address) !== undefined) return null;
  if (self.restype !== null && self.checker !== undefined) return null;
  const restype = self.restype;
  if (restype === undefined) return null;
  const params: (NumberType | null)[] = [];
  for (const argtype of self.argtypes) {
    const param = numberType(argtype);
    if (param === null && !builtinConverted(argtype)) return null;
    params.push(param);
  }
  const result = restype === null ? null : numberType(restype);
  if (restype !== null && result === null && !builtinConverted(restype)) return null;
  const direct = params.map((param, i) => param ?? pointerParameter(self.argtypes![i]));
  return {
    address,
    params,
    direct: direct.every((param) => param !== null)
      ? direct as (NumberType | PointerParameter)[]
      : null,
    result,
    interpreted: plannedCall(self),
  };
}

function makePlan(self: PyCFuncPtr): ForeignPlan | null {
  const parts = planParts(self);
  if (parts === null) return null;
  const kind = resultKind(self.restype!, parts.result);
  const interpreted = parts.interpreted;
  const generic: (args: unknown[]) => unknown = kind === "float"
    ? (args) => (interpreted(args as PyValue[]) as PyFloat).value
    : (args) => interpreted(args as PyValue[]);
  return {
    call: parts.direct !== null
      ? directCall(self, parts, generic, false)
      : (...args) => generic(args),
    params: parts.params.map((p) => p === null ? "ref" : p.kind),
    accepts: acceptsRef,
    result: kind,
    callbacks: callbackRuns,
  };
}

function resultKind(restype: PyValue, result: NumberType | null): ForeignPlan["result"] {
  if (restype === null) return "none";
  if (result === null || isWide(result)) return "ref";
  return result.kind;
}

/**
 * The call through one signature bound for the parameters
 * (_ctypes_jit_calls.ts), with a trace's values or (`boxed`) the
 * interpreter's.
 */
function directCall(
  self: PyCFuncPtr,
  parts: PlanParts,
  generic: (args: unknown[]) => unknown,
  boxed: boolean,
): (...args: unknown[]) => unknown {
  const { result } = parts;
  const params = parts.direct!;
  const restype = self.restype!;
  const resultType = result?.native ?? resultNative(restype);
  const fn = bindFunction(
    parts.address,
    { parameters: params.map((param) => param.native), result: resultType },
    self.symbolName,
  );
  const conversion: ResultConversion = restype === null
    ? "none"
    : result === null
    ? (raw) => convertResult(restype, resultType, normalize(raw), undefined)
    : isWide(result)
    ? normalize
    : boxed && result.kind === "float"
    ? (raw) => new PyFloat(raw as number)
    : "raw";
  return planCall(self.symbolName, fn, params, conversion, generic, boxed);
}

/** The interpreter's direct call of a pointer (_ctypes_function.ts), or null. */
directCalls.make = (self) => {
  const parts = planParts(self);
  if (parts === null || parts.direct === null) return null;
  const interpreted = parts.interpreted;
  return directCall(self, parts, (args) => interpreted(args as PyValue[]), true) as (
    ...args: PyValue[]
  ) => PyValue;
};

registerForeignPlanner((callee) => {
  if (!(callee instanceof PyCFuncPtr)) return null;
  if (callee.jitPlan === undefined) callee.jitPlan = makePlan(callee);
  return callee.jitPlan;
});
