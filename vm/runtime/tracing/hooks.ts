/**
 * The trace and profile hooks (`sys.settrace`, `sys.setprofile`, `_lsprof`):
 * which are installed, and CPython's rules for calling them.
 *
 * The eval loop, the JIT entry points and frame entry read one word,
 * `hookFlags[0]`: zero means "nothing to do", the only state a program that
 * never installs a hook ever sees, so the hot paths pay one load and compare
 * at function entry and after a call, and nothing per instruction (see
 * trace_step.ts for how frames run while it is set). It is CPython's
 * `cframe.use_tracing`: ACTIVE while a hook is installed and no hook is
 * running, because the code a hook runs is itself never traced or profiled
 * (CPython's `tstate->tracing`). EXIT_NOW is set for the moment between a
 * hook failing on a 'return' event and the failing frame's exception
 * handler, which must then leave the frame at once (trace_unwind.ts).
 *
 * A hook is an object with an `event` method, so that `_lsprof` installs a
 * TypeScript callback as CPython's installs a C one; `object` is what
 * `sys.gettrace()`/`sys.getprofile()` return. A hook that throws is
 * uninstalled by its own `event` (python_hooks.ts), as CPython's trampolines
 * do, and the exception propagates from the traced instruction.
 */
import type { PyValue } from "../../objects/object.ts";
import type { Frame } from "../frame.ts";

/** Bits of hookFlags[0]. */
export const ACTIVE = 1;
export const EXIT_NOW = 2;

/**
 * `hookFlags[0]`: a typed array rather than a module `let`, so that readers in
 * other modules (the eval loop, and the JIT if it wants to) load one element.
 */
export const hookFlags = new Int32Array(1);

/** CPython's PyTrace_* events, in their order. */
export const TRACE_EVENTS = [
  "call",
  "exception",
  "line",
  "return",
  "c_call",
  "c_exception",
  "c_return",
  "opcode",
] as const;
export type TraceEvent = (typeof TRACE_EVENTS)[number];

export interface Hook {
  /** What sys.gettrace() / sys.getprofile() return. */
  readonly object: PyValue;
  event(frame: Frame, what: TraceEvent, arg: PyValue): void;
}

export const hooks = {
  trace: null as Hook | null,
  profile: null as Hook | null,
  /** Nesting of running hooks (CPython's tstate->tracing). */
  tracing: 0,
  /** The event being delivered (CPython's tracing_what): f_lineno may be set only on 'line'. */
  what: null as TraceEvent | null,
};

function recompute(): void {
  const active = hooks.tracing === 0 && (hooks.trace !== null || hooks.profile !== null);
  hookFlags[0] = (hookFlags[0] & EXIT_NOW) | (active ? ACTIVE : 0);
}

export function setTraceHook(hook: Hook | null): void {
  hooks.trace = hook;
  recompute();
}

export function setProfileHook(hook: Hook | null): void {
  hooks.profile = hook;
  recompute();
}

/** Whether hooks are installed and none is running (events are due). */
export function hooksActive(): boolean {
  return (hookFlags[0] & ACTIVE) !== 0;
}

/** Delivers one event (CPython's call_trace): nothing while a hook is running. */
export function callHook(hook: Hook, frame: Frame, what: TraceEvent, arg: PyValue): void {
  if (hooks.tracing !== 0) return;
  const previous = hooks.what;
  hooks.tracing++;
  hooks.what = what;
  recompute();
  try {
    hook.event(frame, what, arg);
  } finally {
    hooks.tracing--;
    hooks.what = previous;
    recompute();
  }
}

/** A trace function's failure on 'return' ends its frame without a handler (trace_unwind.ts). */
export function requestExit(): void {
  hookFlags[0] |= EXIT_NOW;
}

/** Clears EXIT_NOW; whether it was set. */
export function takeExit(): boolean {
  const set = (hookFlags[0] & EXIT_NOW) !== 0;
  hookFlags[0] &= ~EXIT_NOW;
  return set;
}
