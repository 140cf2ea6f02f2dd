/**
 * Direct calls between traces (PyPy's call_assembler), and frameless runs.
 *
 * A trace's residual call of a Python function with positional arguments
 * is a `call_direct` op. At run time (driver.ts `callDirect`) it enters the
 * callee's function trace straight away. When that trace can run without a
 * frame (backend/js.ts: it touches no frame slot), it does: no `Frame` is
 * made, nothing is pushed on the thread's frame stack; the call costs a
 * JS call and the recursion-depth count. That is what makes recursive code
 * (fib, backtracking searches) cheaper than the interpreter's calls.
 *
 * A frame that does not exist must never be seen. A Python function cannot
 * run while one is missing: a frameless trace leaves before any call of
 * Python code (natives that look at no frame are called, as from inlined
 * frames: frame_blind.ts, unless what they are given may run Python code:
 * runs_python.ts), so the only way out of a frameless run is an exit. Then the frames are made, innermost first:
 *
 * - the callee's frame is made at its exit (rebuilt from the snapshot as
 *   any exit's), its arguments and closure cells filled in;
 * - if the caller has a real frame, the callee goes on in the interpreter
 *   under it (bridges may be recorded there, as from any exit);
 * - if the caller is frameless too, `callDirect` returns DEOPT with the
 *   callee's frames in `directCalls.callee`; the caller's `call_direct`
 *   leaves through its own exit (the state before its CALL), and its frame,
 *   rebuilt, gets the callee as `resumeCallee` (resume.ts) — and so on up
 *   to the first real frame, from which the interpreter runs the whole
 *   chain, each frame entered under its caller as if nothing had happened.
 *
 * When the callee cannot run frameless for a frameless caller (no trace, or
 * its entry check fails, or the recursion limit is near), the caller leaves
 * with `directCalls.callee` null: its rebuilt frame is at the CALL, which the
 * interpreter then makes.
 *
 * Leaving costs frames and interpreter time: a function whose frameless
 * runs leave more than one time in `FRAMELESS_WINDOW / FRAMELESS_DEOPTS` in
 * three windows runs with frames from then on. Only exits that will stay
 * count (a call of Python code, a callee that cannot run frameless, a guard
 * that can get no bridge): a guard leaves while its bridge is to come.
 */
import type { Frame } from "../vm/runtime/frame.ts";
import type { PyValue } from "../vm/objects/object.ts";
import { thread } from "../vm/runtime/thread_state.ts";
import { jitSwitch, params } from "./params.ts";
import { stats } from "./log.ts";

/** What `callDirect` returns to a frameless caller that must leave. */
export const DEOPT: unique symbol = Symbol("deopt");

/** The frameless entries that make a window, and the exits a window allows. */
const FRAMELESS_WINDOW = 1024;
const FRAMELESS_DEOPTS = 64;
const FRAMELESS_STRIKES = 3;

/** Arguments a direct call passes as parameters at most (directCalls.few). */
export const FEW_ARGUMENTS = 6;

/** The driver's entry point, and what a frameless callee left behind. */
export const directCalls = {
  call: (_caller: Frame | null, _func: PyValue, ..._args: PyValue[]): unknown => {
    throw new Error("jit: the driver registers callDirect");
  },
  /** `call` with up to six arguments, as parameters (no arguments object: driver.ts callDirectFew). */
  few: (
    _caller: Frame | null,
    _func: PyValue,
    _a0?: PyValue,
    _a1?: PyValue,
    _a2?: PyValue,
    _a3?: PyValue,
    _a4?: PyValue,
    _a5?: PyValue,
  ): unknown => {
    throw new Error("jit: the driver registers callDirectFew");
  },
  /** The frames of a callee that left (outermost), or null: the call is still to make. */
  callee: null as Frame | null,
  /** A self call (backend/js.ts) left through `exitIndex`: callDirect's way on from there. */
  selfLeft: (
    _caller: Frame | null,
    _func: PyValue,
    _raised: unknown,
    _exitIndex: number,
    ..._args: PyValue[]
  ): unknown => {
    throw new Error("jit: the driver registers selfLeft");
  },
};

/** What a self call needs of the driver's LoopState of the function. */
interface SelfCallee {
  readonly compiled: unknown;
  readonly pendingBridges: number;
  readonly entries: number;
  readonly frameless: FramelessRuns;
}

/** A compiled trace's `raised` record, which its code has at hand (R), and its loop state. */
interface SelfRecord {
  readonly compiled: unknown;
  readonly owner: unknown;
}

/**
 * Self calls (backend/js.ts, SELF CALLS): whether the function trace whose
 * record is `raised` may call itself now, without callDirect — what
 * framelessEntry and runFrameless would check, for a callee known to be the
 * function running this very code, with arguments that fit. (Plain
 * functions of this module, so that V8 can inline them into the code.)
 */
export function selfReady(raised: SelfRecord): boolean {
  const loop = raised.owner as SelfCallee | null;
  if (
    loop === null || loop.compiled !== raised.compiled || loop.pendingBridges > 0 ||
    loop.entries < params.profitability_window || !jitSwitch.enabled ||
    thread.depth >= thread.recursionLimit || !loop.frameless.usable()
  ) return false;
  stats.frameless_runs++;
  return true;
}

/** A self call returned `value`. */
export function selfReturned(raised: SelfRecord, value: unknown): unknown {
  (raised.owner as SelfCallee).frameless.count(false);
  return value;
}

/** An exit as far as a frameless run's waiting for its bridge is concerned. */
interface AwaitedExit {
  readonly op: { readonly bridge: unknown };
  readonly noBridge?: boolean;
}

/** Per function (its entry's LoopState): whether its trace still runs without a frame. */
export class FramelessRuns {
  enabled = true;
  private entries = 0;
  private exits = 0;
  private strikes = 0;
  private awaited: AwaitedExit | null = null;

  /**
   * A guard of the trace leaves often and may get a bridge — which is
   * recorded only where the trace leaves with a real frame: runs have
   * frames until the bridge is there (or the guard gets none).
   */
  awaitBridge(exit: AwaitedExit): void {
    this.awaited = exit;
  }

  /** Whether a call may run the trace without a frame now. */
  usable(): boolean {
    const awaited = this.awaited;
    if (awaited !== null) {
      if (awaited.op.bridge === null && !awaited.noBridge) return false;
      this.awaited = null;
    }
    return this.enabled;
  }

  /** Counts a frameless run; `left`: it ended at an exit. */
  count(left: boolean): void {
    if (left) this.exits++;
    if (++this.entries < FRAMELESS_WINDOW) return;
    if (this.exits > FRAMELESS_DEOPTS && ++this.strikes >= FRAMELESS_STRIKES) this.enabled = false;
    this.entries = this.exits = 0;
  }
}
