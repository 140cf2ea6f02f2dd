/**
 * Per-thread interpreter state: the running frame chain, the exception being
 * handled (`sys.exc_info()`), and the recursion depth.
 *
 * Recursion: every frame entry counts. Past `sys.getrecursionlimit()` the entry
 * raises RecursionError, long before V8's own stack limit (the launcher gives
 * V8 a deeper stack than its default; see docs/ARCHITECTURE.md). Should V8's
 * limit be hit anyway (deep recursion inside native code), raise.ts turns the
 * RangeError into RecursionError at the nearest frame.
 */
import type { Frame } from "./frame.ts";
import { type PyBaseException, pyError } from "../objects/exceptions.ts";

export class ThreadState {
  current: Frame | null = null;
  /**
   * The exception the innermost running generator (or, outside generators,
   * the thread) is handling: CPython's exc_info->exc_value, which
   * PUSH_EXC_INFO saves and POP_EXCEPT restores. None inside a generator that
   * handles nothing even while its caller handles an exception.
   */
  handledException: PyBaseException | null = null;
  /** The topmost exception handled beneath the running generator (its callers'). */
  outerHandledException: PyBaseException | null = null;
  depth = 0;
  recursionLimit = 1000;
  /** sys.set_coroutine_origin_tracking_depth: how many caller frames a new coroutine records. */
  coroutineOriginDepth = 0;
  /** Set once interpreter shutdown has begun (after the atexit callbacks): sys.is_finalizing(). */
  finalizing = false;

  enter(frame: Frame): void {
    if (this.depth >= this.recursionLimit) {
      throw pyError("RecursionError", "maximum recursion depth exceeded");
    }
    this.depth++;
    frame.back = this.current;
    this.current = frame;
  }

  /**
   * A call that recurses without a Python frame of its own (an instance's
   * `__call__` found on its class, CPython's Py_EnterRecursiveCall in
   * slot_tp_call): counted like a frame, with CPython's message.
   */
  enterCall(): void {
    if (this.depth >= this.recursionLimit) {
      throw pyError(
        "RecursionError",
        "maximum recursion depth exceeded while calling a Python object",
      );
    }
    this.depth++;
  }

  /**
   * Py_EnterRecursiveCall(where) for recursion in native code without calls
   * (the repr of nested containers): counted like a frame; `leaveCall` ends it.
   */
  enterNative(where: string): void {
    if (this.depth >= this.recursionLimit) {
      throw pyError("RecursionError", `maximum recursion depth exceeded${where}`);
    }
    this.depth++;
  }

  /** `sys.exception()`, the context of a new exception, a bare `raise` (_PyErr_GetTopmostException). */
  topmostException(): PyBaseException | null {
    return this.handledException ?? this.outerHandledException;
  }

  leaveCall(): void {
    this.depth--;
  }

  leave(frame: Frame): void {
    this.depth--;
    this.current = frame.back;
  }
}

/** Taipan runs Python code on one thread for now. */
export const thread = new ThreadState();
