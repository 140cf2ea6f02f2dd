/**
 * Profile events for calls of builtins ('c_call', 'c_return',
 * 'c_exception'), as CPython's trace_call_function / C_TRACE: only for a
 * call from Python code (CALL, CALL_KW, CALL_FUNCTION_EX) of an exact
 * `builtin_function_or_method`, or of a `method_descriptor` with at least one
 * positional argument, which is then reported bound to that argument
 * (`[].append` as `<built-in method append of list object>`).
 *
 * The eval loop has no profiling branch in its call opcodes. Instead, just
 * before a traced frame executes one of them (trace_step.ts), the callable
 * in its stack slot is replaced by a probe: a builtin function that delivers
 * the events around calling the real callable with the same arguments. The
 * slot is consumed by the call, so nothing else ever sees the probe.
 */
import type { PyValue } from "../../objects/object.ts";
import { PyBuiltinFunction, PyMethodDescriptor } from "../../objects/native_function.ts";
import { PyTuple } from "../../objects/tuple.ts";
import { typeOf } from "../../objects/typeof.ts";
import type { Frame } from "../frame.ts";
import { callObject } from "../call.ts";
import { iterateToArray } from "../iteration.ts";
import { callHook, hooks } from "./hooks.ts";

class CCallProbe extends PyBuiltinFunction {
  constructor(
    readonly target: PyValue,
    readonly reported: PyBuiltinFunction,
    readonly frame: Frame,
  ) {
    super(
      reported.name,
      reported.qualname,
      reported.signature,
      reported.impl,
      reported.self,
      reported.doc,
    );
  }

  override call(args: readonly PyValue[], kwnames: readonly string[] | null): PyValue {
    const { reported, frame } = this;
    if (hooks.profile !== null) callHook(hooks.profile, frame, "c_call", reported);
    let result: PyValue;
    try {
      result = callObject(this.target, args, kwnames);
    } catch (error) {
      // A profile function that raises here replaces the exception (call_trace_protected).
      if (hooks.profile !== null) callHook(hooks.profile, frame, "c_exception", reported);
      throw error;
    }
    if (hooks.profile !== null) callHook(hooks.profile, frame, "c_return", reported);
    return result;
  }
}

/** The builtin to report for calling `callable` with `first` as first positional argument. */
function reportedBuiltin(
  callable: PyValue,
  positional: number,
  first: PyValue | undefined,
): PyBuiltinFunction | null {
  if (callable instanceof PyBuiltinFunction && !(callable instanceof CCallProbe)) return callable;
  if (callable instanceof PyMethodDescriptor && positional > 0 && callable.receives(first!)) {
    return callable.bind(first!);
  }
  return null;
}

/**
 * Before CALL / CALL_KW / CALL_FUNCTION_EX (`op`, `arg`) runs in `frame`
 * with the value stack `stack` up to `sp`: wrap a builtin callable in a probe.
 */
export function probeBuiltinCall(
  frame: Frame,
  op: number,
  arg: number,
  stack: (PyValue | undefined)[],
  sp: number,
): void {
  let slot: number, positional: number, first: PyValue | undefined;
  if (op === 56 /* CALL */ || op === 57 /* CALL_KW */) {
    const keywords = op === 57 ? (stack[sp - 1] as PyTuple).items.length : 0;
    const base = sp - arg - (op === 57 ? 1 : 0); // the first argument after the self slot
    slot = base - 2;
    const self = stack[base - 1];
    positional = arg - keywords + (self === undefined ? 0 : 1);
    first = self ?? stack[base];
  } else { // CALL_FUNCTION_EX: callable, NULL, positional [, kwargs]
    const at = sp - 1 - (arg & 1);
    slot = at - 2;
    const value = stack[at]!;
    let args: PyTuple;
    if (value instanceof PyTuple) args = value;
    else {
      const type = typeOf(value);
      // Not iterable: the call raises its TypeError before any event, as in CPython.
      if (type.lookup("__iter__") === undefined && type.lookup("__getitem__") === undefined) return;
      stack[at] = args = new PyTuple(iterateToArray(value));
    }
    positional = args.items.length;
    first = args.items[0];
  }
  const callable = stack[slot]!;
  const reported = reportedBuiltin(callable, positional, first);
  if (reported !== null) stack[slot] = new CCallProbe(callable, reported, frame);
}
