/**
 * Foreign calls in traces: how a trace calls a C function through ctypes
 * without Python-level conversion objects.
 *
 * ctypes (stdlib/_ctypes_function.ts) registers a planner here. Given a
 * callee, the planner answers with a plan when a direct call is exactly
 * what the interpreter's call would do: a function pointer with argtypes
 * and restype set on it, every argtype and the restype a plain simple type
 * of numbers (c_int, c_long, c_double, ...; no from_param of its own, no
 * `_check_retval_`), no errcheck, paramflags, errno swapping or Python C
 * API. The plan holds the bound FFI function and, per parameter, whether it
 * takes a float or an int (wrapped to the C type's width as ctypes wraps
 * it). The function pointer keeps its plan until argtypes, restype or
 * errcheck change, which drops it: a trace guards on the plan's identity,
 * so it never calls with stale conversions.
 *
 * In the trace the call is `ffi_call_float` / `ffi_call_int` / `ffi_call`
 * (the result unboxed as a float, an int, or a Python value: 64-bit
 * results may be bigints, void gives None) with the plan as a constant and
 * the arguments as they are in the trace (floats unboxed).
 */
import type { PyValue } from "../vm/objects/object.ts";

export interface ForeignPlan {
  /** Calls the C function with the trace's values (ints wrapped here). */
  readonly call: (...args: number[]) => unknown;
  readonly params: readonly ("float" | "int")[];
  readonly result: "float" | "int" | "ref" | "none";
}

type Planner = (callee: PyValue) => ForeignPlan | null;

let planner: Planner | null = null;

export function registerForeignPlanner(plan: Planner): void {
  planner = plan;
}

/** The plan for calling `callee` from a trace, or null. */
export function foreignPlan(callee: PyValue): ForeignPlan | null {
  return planner === null ? null : planner(callee);
}
