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
 * A parameter of a pointer type (c_char_p, c_void_p, POINTER(T), ...) whose
 * converter is ctypes' own takes a Python value ("ref"): bytes, str, None, a
 * ctypes instance or a `byref()` result, as the plan's `accepts` says. The
 * trace guards that value's class (None: its identity), so the converter
 * takes the same path at every run and runs no Python code; the plan then
 * converts the arguments as the interpreter's converters would (directly
 * for bytes, None, ints, pointers and byref(); through the converters
 * themselves for anything else; temporaries such as bytes copies live
 * until the call returns) and may raise ctypes' ArgumentError, as the
 * interpreter would. Each plan's call is a function of its own
 * (stdlib/_ctypes_jit_calls.ts), so V8 keeps its FFI call a fast call.
 *
 * In the trace the call is `ffi_call_float` / `ffi_call_int` / `ffi_call`
 * (the result unboxed as a float, an int, or a Python value: 64-bit
 * results may be bigints, void gives None) with the plan as a constant and
 * the arguments as they are in the trace (floats unboxed).
 */
import type { PyValue } from "../vm/objects/object.ts";
import { PyGetSetDescriptor } from "../vm/objects/getset.ts";
import type { PyType } from "../vm/objects/type.ts";

export interface ForeignPlan {
  /** Calls the C function with the trace's values (ints wrapped here, refs converted). */
  readonly call: (...args: unknown[]) => unknown;
  readonly params: readonly ("float" | "int" | "ref")[];
  /** Whether a "ref" parameter's converter takes `value` by a path that runs no Python code. */
  readonly accepts: (value: PyValue, index: number) => boolean;
  readonly result: "float" | "int" | "ref" | "none";
  /**
   * How many ctypes callbacks have run so far: C may call back into Python
   * (qsort's comparison), so the trace reads it before the call and leaves
   * right after it when it changed (what it knew of the heap may be stale).
   */
  readonly callbacks: { readonly count: number };
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

/**
 * Native attribute and item access in traces. A builtin type's computed
 * attribute (a getset descriptor: `exc.args`, a ctypes structure field,
 * `c_int.value`) is read or written by calling the descriptor's own getter
 * or setter, behind guards on the object's class and the class's version
 * (so the class still resolves the name to that descriptor). ctypes gives
 * its own plans for the fields of structures and the items of arrays and
 * pointers whose type is a number (c_int, c_double, ...): the plan reads or
 * writes the memory itself, its float results unboxed.
 *
 * Access plans go through the same ops as foreign calls (`ffi_call*`, the
 * plan a constant; `ffi_load*` for a getter that only reads memory): a getter's arguments are the object (and an item's
 * index, an int); a setter's are the object (and the index) and the value,
 * in the kind the plan's `value` says.
 */
export interface AccessPlan {
  readonly call: (...args: unknown[]) => unknown;
  readonly result: "float" | "int" | "ref" | "none";
  /** A setter's value: a float (floats and ints, unboxed), an int, or any Python value. */
  readonly value: "float" | "int" | "ref";
  /** It may run Python code (not from an inlined frame, whose frames are virtual). */
  readonly runsPython: boolean;
  /**
   * A getter that only reads memory (a ctypes field, item or `.value`): its
   * op (`ffi_load*`) has no effect, so a second read of the same object
   * and index with no effect between them reuses the first (opt/heap.ts).
   */
  readonly load?: boolean;
}

interface AccessPlanner {
  /** The plan reading (or, with `store`, writing) the attribute that `cls` resolves to `descriptor`. */
  attribute(cls: PyType, descriptor: PyValue, store: boolean): AccessPlan | null;
  /** The plan reading (or writing) `obj[i]` for an int i, or null. */
  item(obj: PyValue, store: boolean): AccessPlan | null;
}

const accessPlanners: AccessPlanner[] = [];

export function registerAccessPlanner(planner: AccessPlanner): void {
  accessPlanners.push(planner);
}

export function attributePlan(
  cls: PyType,
  descriptor: PyValue,
  store: boolean,
): AccessPlan | null {
  for (const planner of accessPlanners) {
    const plan = planner.attribute(cls, descriptor, store);
    if (plan !== null) return plan;
  }
  return descriptor instanceof PyGetSetDescriptor ? getsetPlan(descriptor, store) : null;
}

const getsetPlans = new WeakMap<PyGetSetDescriptor, (AccessPlan | null)[]>();

/** Any getset descriptor: its getter or setter, called with the boxed values. */
function getsetPlan(descriptor: PyGetSetDescriptor, store: boolean): AccessPlan | null {
  let plans = getsetPlans.get(descriptor);
  if (plans === undefined) {
    const { get, set } = descriptor;
    plans = [
      { call: (obj) => get(obj), result: "ref", value: "ref", runsPython: true },
      set === null ? null : {
        call: (obj, value) => set(obj, value as PyValue),
        result: "none",
        value: "ref",
        runsPython: true,
      },
    ];
    getsetPlans.set(descriptor, plans);
  }
  return plans[store ? 1 : 0];
}

export function itemPlan(obj: PyValue, store: boolean): AccessPlan | null {
  for (const planner of accessPlanners) {
    const plan = planner.item(obj, store);
    if (plan !== null) return plan;
  }
  return null;
}
