/**
 * What a trace runs when it raises an exception and catches it itself
 * (jit/record_exceptions.ts records such paths).
 *
 * A trace that catches builds the exception and its traceback for real, the
 * way the interpreter's unwind does: the call that raises (`call_catch`)
 * runs its helper inside a JS try; what it throws becomes the Python
 * exception, gets the looping frame's traceback entry at the raising
 * instruction (and, when fresh, its `__context__`), and comes back as the
 * call's value (CATCH.raised set) instead of leaving the trace. The guard after
 * it leaves on the path the recording did not take: `guard_raised` with the
 * call's value pushed after the instruction, `guard_returned` at the
 * handler with the exception pushed (its traceback entry made). So the
 * exception, `__traceback__` (tb_frame, tb_lasti, tb_lineno),
 * `__context__` and `__cause__` are the interpreter's.
 *
 * With a trace or profile hook installed the helper rethrows before adding
 * anything: the call's exit (every call_catch is also a raising op with the
 * snapshot of its instruction) hands the exception to the interpreter,
 * which reports it to the hook and unwinds as it always does.
 */
import type { PyValue } from "../vm/objects/object.ts";
import { type PyBaseException, pyError } from "../vm/objects/exceptions.ts";
import { dictType, PyDict } from "../vm/objects/dict.ts";
import { getSubscript } from "../vm/runtime/subscript.ts";
import { addTracebackEntry, raiseFromStack, toPyException } from "../vm/runtime/raise.ts";
import { hookFlags } from "../vm/runtime/tracing/hooks.ts";
import { callObject } from "../vm/runtime/call.ts";
import { stopIteration } from "../vm/runtime/generator.ts";
import { PyFunction } from "../vm/objects/function.ts";
import { CodeFlag } from "../vm/compiler/code.ts";
import { Frame } from "../vm/runtime/frame.ts";
import { PyType } from "../vm/objects/type.ts";
import { callFunctionTraceQuietly } from "./driver.ts";
import { takeEscaped } from "../vm/runtime/eval.ts";
import {
  PyBuiltinFunction,
  PyMethodDescriptor,
  takeQuietRaise,
} from "../vm/objects/native_function.ts";

/**
 * Whether the last `call_catch` raised: its value is then the exception
 * (guard_raised and guard_returned read this).
 */
export const CATCH = { raised: false };

/**
 * Helpers that raise quietly: undefined, the exception in `quiet` (JS throws
 * cost 0.3-1 us, more than the rest of a raise and catch).
 */
const QUIET = new Set<unknown>();
let quiet: PyBaseException | null = null;

/**
 * `call_catch`: `fn(...args)` run by the looping frame's instruction
 * `lasti`; its value, or the exception it raised (CATCH.raised says which).
 */
export function catchingCall(
  frame: Frame,
  lasti: number,
  fn: (...args: PyValue[]) => PyValue | undefined,
  ...args: PyValue[]
): PyValue {
  let exception: PyBaseException;
  try {
    const result = fn(...args);
    if (result !== undefined || !QUIET.has(fn)) {
      CATCH.raised = false;
      return result!;
    }
    exception = quiet!;
    quiet = null;
  } catch (error) {
    if (hookFlags[0] !== 0) throw error; // (the interpreter reports it: see above)
    exception = toPyException(error);
  }
  if (hookFlags[0] !== 0) throw exception;
  if (lasti >= 0) tracebackEntry(exception, frame, lasti);
  CATCH.raised = true;
  return exception;
}

/**
 * What the interpreter's unwind does in a frame that instruction `lasti`
 * raised in or passed an exception through: the frame's pc after it, and
 * the exception's traceback entry (record_exceptions.ts; a `call_catch` of
 * an inlined frame, lasti -1, leaves this to `traceback_entry` ops).
 */
export function tracebackEntry(exception: PyBaseException, frame: Frame, lasti: number): void {
  frame.pc = lasti + 1;
  addTracebackEntry(exception, frame, lasti);
}

/**
 * The frame object of an inlined call an exception is raised in or passes
 * through, for its traceback entries (record_exceptions.ts frameObject):
 * as the interpreter's frame of that call, its function, `back` the
 * caller's frame (f_back), its locals (undefined: unbound), its closure's
 * cells.
 */
export function makeFrame(func: PyFunction, back: Frame, locals: PyValue[]): Frame {
  const frame = new Frame(func.code, func.globals, func.builtins, null, func);
  const offset = func.code.co_cellvars.length;
  func.closure?.forEach((cell, i) => frame.cells[offset + i] = cell);
  frame.back = back;
  syncFrame(frame, locals, 0);
  return frame;
}

/** A made frame's locals (undefined: unbound) and pc, as its call's end leaves them. */
export function syncFrame(frame: Frame, locals: PyValue[], pc: number): void {
  const fast = frame.fast;
  for (let i = 0; i < locals.length; i++) fast[i] = locals[i];
  frame.pc = pc;
}

/** GENERATOR | COROUTINE | ASYNC_GENERATOR | ITERABLE_COROUTINE: calls that make no frame to run. */
const NOT_RUN = CodeFlag.CO_GENERATOR | CodeFlag.CO_COROUTINE | CodeFlag.CO_ASYNC_GENERATOR |
  CodeFlag.CO_ITERABLE_COROUTINE;

/**
 * The `call` helper, quietly where it can be: a Python function whose
 * parameters the arguments fill one for one runs its function trace (or the
 * eval loop) without the JS throw evalFrame would make of its exception
 * (driver.ts callFunctionTraceQuietly); a native or a type with a quiet
 * implementation (getattr, next, int) raises quietly; anything else is
 * callObject.
 */
export function quietCall(callable: PyValue, ...args: PyValue[]): PyValue | undefined {
  if (callable instanceof PyFunction) {
    const code = callable.code;
    if (
      code.co_argcount === args.length && code.co_kwonlyargcount === 0 &&
      (code.co_flags & (CodeFlag.CO_VARARGS | CodeFlag.CO_VARKEYWORDS | NOT_RUN)) === 0
    ) {
      const frame = new Frame(code, callable.globals, callable.builtins, null, callable);
      const fast = frame.fast;
      for (let i = 0; i < args.length; i++) fast[i] = args[i];
      const result = callFunctionTraceQuietly(frame);
      if (result === undefined) quiet = takeEscaped();
      return result;
    }
  } else if (
    (callable instanceof PyBuiltinFunction || callable instanceof PyMethodDescriptor) &&
    callable.quiet !== null
  ) {
    const result = callable.callQuietly(args);
    if (result === undefined) quiet = takeQuietRaise();
    return result;
  } else if (callable instanceof PyType && callable.quietCall !== null) {
    // (`int(text)` of a text that is no literal: parse functions catch its ValueError.)
    const result = callable.quietCall(args);
    if (result === undefined) quiet = takeQuietRaise();
    return result;
  }
  return callObject(callable, args, null);
}
QUIET.add(quietCall);

/** `container[key]` (getSubscript), an exact dict's missing key raising quietly. */
export function subscriptQuietly(container: PyValue, key: PyValue): PyValue | undefined {
  if (container instanceof PyDict && container.cls === dictType) {
    const value = container.get(key);
    if (value === undefined) quiet = pyError("KeyError", key);
    return value;
  }
  return getSubscript(container, key);
}
QUIET.add(subscriptQuietly);

/** RAISE_VARARGS 1: `raise exc` (a class is instantiated). */
export function raiseOne(exc: PyValue): undefined {
  quiet = raiseFromStack([exc], 0, 1);
  return undefined;
}
QUIET.add(raiseOne);

/** RAISE_VARARGS 2: `raise exc from cause`. */
export function raiseFrom(exc: PyValue, cause: PyValue): undefined {
  quiet = raiseFromStack([exc, cause], 0, 2);
  return undefined;
}
QUIET.add(raiseFrom);
/** `gen.send(x)` whose generator returned `value` (recorded in its body): StopIteration(value). */
export function stopIterationOf(value: PyValue): undefined {
  quiet = stopIteration(value);
  return undefined;
}
QUIET.add(stopIterationOf);

/** WITH_EXCEPT_START: the `__exit__` called with the exception being handled. */
export function withExceptStart(exit: PyValue, exception: PyValue): PyValue {
  const caught = exception as PyBaseException;
  return callObject(exit, [caught.cls, caught, caught.traceback as PyValue], null);
}
