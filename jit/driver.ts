/**
 * The JIT's driver: the one hook the interpreter calls (on every taken loop
 * back-edge, JUMP_BACKWARD), and what it decides.
 *
 * Hot counters live in one hashed table (like PyPy's): a back-edge to loop
 * header `pc` of code `c` counts in slot hash(c, pc); collisions only make a
 * loop hot a little early. When a counter reaches `threshold`, the recorder
 * runs the next iteration of the loop and writes its trace; the optimiser
 * (optimize.ts) improves it and the backend compiles it. From then on the
 * back-edge enters the compiled loop, which runs until one of its exits;
 * resume.ts rebuilds the interpreter state there and the eval loop goes on.
 *
 * Per loop (RuntimeCode.jitLoops, by header pc) the driver keeps the
 * compiled loop and how often recording failed. A recording that aborts
 * makes the loop wait `abort_penalty` times longer before the next attempt;
 * after `max_retrace` attempts the loop is left to the interpreter for good.
 * A compiled loop whose entry check keeps failing (a local of another type)
 * or whose trace exits on its first iteration too often is dropped and may
 * be recorded again, within the same bound.
 */
import { Frame } from "../vm/runtime/frame.ts";
import { PyFunction } from "../vm/objects/function.ts";
import { simplePositional } from "./helpers.ts";
import { callObject } from "../vm/runtime/call.ts";
import { nativeCalls } from "../vm/runtime/native_calls.ts";
import { hookFlags } from "../vm/runtime/tracing/hooks.ts";
import { DEOPT, directCalls, FramelessRuns } from "./direct_calls.ts";
import { handlerRow, type RuntimeCode, runtimeCode } from "../vm/runtime/constants.ts";
import { floatType, PyFloat } from "../vm/objects/float.ts";
import { jitSwitch, params } from "./params.ts";
import { evalFrame, evalFrameQuietly, setEscaped } from "../vm/runtime/eval.ts";
import { toPyException } from "../vm/runtime/raise.ts";
import { thread } from "../vm/runtime/thread_state.ts";
import type { PyValue } from "../vm/objects/object.ts";
import {
  Abort,
  countIdentityBridge,
  FUNCTION_ENTRY,
  outgrownCallees,
  RecordedRaise,
  Recorder,
} from "./recorder.ts";
import {
  chainFrames,
  copyFreeVars,
  fillLeftFrame,
  finishFrames,
  HookStatus,
  pending,
  rebuildFrames,
} from "./resume.ts";
import { CodeFlag, type CodeObject } from "../vm/compiler/code.ts";
import { isConditional, Op } from "../vm/compiler/opcodes.ts";
import { type CompiledLoop, FLOAT_INPUT, INT_INPUT } from "./backend/backend.ts";
import { jsBackend } from "./backend/js.ts";
import type { Exit } from "./exits.ts";
import { optimize } from "./optimize.ts";
import { allOps, enclosingLabels, Value } from "./ir.ts";
import { logAbort, logSource, logTrace, stats, summaryParts } from "./log.ts";

const COUNTER_BITS = 12;
const counters = new Int32Array(1 << COUNTER_BITS);
const COUNTER_MASK = (1 << COUNTER_BITS) - 1;

class LoopState {
  compiled: CompiledLoop | null = null;
  attempts = 0;
  blacklisted = false;
  /**
   * A loop trace dropped as unprofitable (judgeProfit) is recorded again
   * after this many more back-edges, a wait that doubles with each drop
   * (`drops`): the loop may have run short then (a `while todo:` over
   * small work lists while a structure was built) and run long now.
   */
  pause = 0;
  drops = 0;
  entryFailures = 0;
  /**
   * Slots whose int or float input failed the entry check often enough to
   * drop the trace: its next recordings read them as refs (a guard in the
   * trace where one is used as a number), or the loop would be recorded
   * again for whichever kind its next entry happened to bring (an event
   * loop's `step(self, value=None)`, sent an int or None).
   */
  readonly refSlots = new Set<number>();
  bridges = 0;
  /** Times the profitability judgement waited for bridges (bridgesComing). */
  postponed = 0;
  where = "";
  /** Entries of the compiled trace, iterations done in them, returns (function traces). */
  entries = 0;
  iterations = 0;
  finishes = 0;
  recordingBridge = false;
  /** Recordings that ended with the loop (their iteration was the last): retried at once. */
  lastIterations = 0;
  /** Bridges recorded since the tree was last compiled, and entries since the first of them. */
  pendingBridges = 0;
  entriesSincePending = 0;
  /** Whether its function trace still runs without a frame when it can (direct_calls.ts). */
  readonly frameless = new FramelessRuns();
  /** The namespaces the trace was recorded with (constants in it). */
  globals: unknown = null;
  builtins: unknown = null;
}

/** Every loop compiled, for the summary log. */
const compiledLoops: LoopState[] = [];

/** The exits that were taken most, per compiled loop (for TAIPAN_JITLOG=summary). */
export function exitReport(): string {
  const lines: string[] = [];
  for (const loop of compiledLoops) {
    const compiled = loop.compiled;
    if (compiled === null) continue;
    const exits = compiled.exits.exits.filter((exit) => exit.count > 0);
    exits.sort((a, b) => b.count - a.count);
    const functions = compiled.bridgeRuns > 0
      ? `, their functions run ${compiled.bridgeRuns} times`
      : "";
    lines.push(`  loop ${loop.where}: ${loop.bridges} bridges${functions}`);
    for (const exit of exits.slice(0, 5)) {
      const frame = exit.snapshot.frames[exit.snapshot.frames.length - 1];
      lines.push(
        `    ${exit.count} exits at ${exit.op.name} (${frame.code.co_name} line ${
          frame.code.lineOf(frame.pc)
        })`,
      );
    }
  }
  return lines.join("\n");
}

/** The JUMP_BACKWARD hook: the frame is at the jump (pc after it, sp current). */
export function onBackEdge(frame: Frame, runtime: RuntimeCode, target: number): HookStatus {
  const loops = runtime.jitLoops as Map<number, LoopState> | null;
  const loop = loops?.get(target);
  if (loop !== undefined) {
    if (loop.compiled !== null) {
      const status = runCompiled(loop, loop.compiled, frame, target);
      if (status !== undefined) return status === HookStatus.Finish ? finishFrame(frame) : status;
    }
    if (loop.blacklisted && (loop.pause === 0 || --loop.pause > 0)) return HookStatus.Continue;
    loop.blacklisted = false;
  }
  const index = (runtime.serial * 4099 + target) & COUNTER_MASK;
  if (++counters[index] < params.threshold) return HookStatus.Continue;
  counters[index] = 0;
  const status = record(frame, runtime, target, index);
  return status === HookStatus.Finish ? finishFrame(frame) : status;
}

/**
 * A hook's Finish: the frame, run to its return by a trace, leaves the thread
 * here (the eval loop entered it) with its stack empty, and the eval loop
 * only returns `pending.result` — a path with no load or call of its own,
 * which V8's optimised eval loop would have no feedback for the first time.
 */
function finishFrame(frame: Frame): HookStatus {
  frame.sp = frame.code.co_varnames.length;
  thread.leave(frame);
  return HookStatus.Finish;
}

const NOT_TRACED_FUNCTIONS = CodeFlag.CO_GENERATOR | CodeFlag.CO_COROUTINE |
  CodeFlag.CO_ASYNC_GENERATOR | CodeFlag.CO_ITERABLE_COROUTINE;

/**
 * The function-entry hook (evalFrame, for a function's frame at pc 0):
 * counts calls, records the body from its entry when hot, and runs the
 * compiled trace, which either returns the function's value (Finish) or
 * leaves with the frame part-way through (Resume / Raise).
 */
export function onFunctionEntry(frame: Frame, runtime: RuntimeCode): HookStatus {
  if ((frame.code.co_flags & NOT_TRACED_FUNCTIONS) !== 0) {
    runtime.noEntryTrace = true;
    return HookStatus.Continue;
  }
  const loop = (runtime.jitLoops as Map<number, LoopState> | null)?.get(FUNCTION_ENTRY);
  if (loop !== undefined) {
    if (loop.compiled !== null) {
      const status = runCompiled(loop, loop.compiled, frame, FUNCTION_ENTRY);
      if (status !== undefined) return status === HookStatus.Finish ? finishFrame(frame) : status;
    }
    if (loop.blacklisted) {
      runtime.noEntryTrace = true; // the eval loop stops asking
      return HookStatus.Continue;
    }
  }
  const index = (runtime.serial * 4099 + COUNTER_MASK) & COUNTER_MASK;
  if (++counters[index] < params.function_threshold) return HookStatus.Continue;
  counters[index] = 0;
  const status = record(frame, runtime, FUNCTION_ENTRY, index);
  return status === HookStatus.Finish ? finishFrame(frame) : status;
}

/**
 * A Python call made by a compiled trace (helpers.ts `callPython`), the
 * callee's frame filled with its arguments: when the callee has a compiled
 * function trace, it runs straight away — without going through the eval
 * loop's prologue and the entry hook (PyPy's call_assembler, at the level
 * of the driver). The frame is entered on the thread as evalFrame would; if
 * the trace does not return, the eval loop takes the frame over where the
 * trace left it (raising there when it left with an exception).
 */
export function callFunctionTrace(frame: Frame): PyValue {
  const loop = runtimeCode(frame.code).jitEntry as LoopState | null;
  if (loop === null || loop.compiled === null || !jitSwitch.enabled) return evalFrame(frame);
  return finishCall(frame, runEntryTrace(loop, frame));
}

/** Runs a function's compiled trace on its frame, entered on the thread as evalFrame would. */
function runEntryTrace(loop: LoopState, frame: Frame): HookStatus | undefined {
  thread.enter(frame);
  try {
    return runCompiled(loop, loop.compiled!, frame, FUNCTION_ENTRY);
  } finally {
    thread.leave(frame);
  }
}

/**
 * callFunctionTrace for a caller that takes an escaping exception as a value
 * (exception_helpers.ts quietCall, a trace's `call_catch`): the result, or
 * undefined with the exception in eval.ts `takeEscaped()` (as
 * evalFrameQuietly), without a JS throw.
 * A trace that ends at a RERAISE no handler of the frame covers (`leave`,
 * record_exceptions.ts: an EAFP function's `raise X from None` in its
 * handler) finishes here as the eval loop would: the exception leaves the
 * frame with the traceback it has (a re-raise adds no entry), and the
 * frame's lasti is the one the handler kept (f_lineno shows the raise).
 * The frame then never goes through the eval loop (its entry and dispatch
 * cost more than the rest of the call).
 */
export function callFunctionTraceQuietly(frame: Frame): PyValue | undefined {
  const runtime = runtimeCode(frame.code);
  const loop = runtime.jitEntry as LoopState | null;
  if (
    loop === null || loop.compiled === null || !jitSwitch.enabled || hookFlags[0] !== 0 ||
    runtime.nativeEntry !== null // (a native twin runs instead: the eval loop's entry)
  ) return evalFrameQuietly(frame);
  const status = runEntryTrace(loop, frame);
  if (status === HookStatus.Finish) return pending.result as PyValue;
  if (status === HookStatus.Resume && hookFlags[0] === 0 && reraisedOut(frame)) return undefined;
  toInterpreter(frame, status);
  return evalFrameQuietly(frame);
}

/**
 * A frame left by its trace at a RERAISE no handler covers: the eval loop's
 * RERAISE and unwind (eval.ts), done here. False when it is not such a frame.
 */
function reraisedOut(frame: Frame): boolean {
  const code = frame.code;
  const pc = frame.pc;
  const words = code.code;
  if (words[pc << 1] !== 93 /* RERAISE */ || handlerRow(runtimeCode(code), code, pc) >= 0) {
    return false;
  }
  const arg = words[(pc << 1) + 1];
  const stack = frame.stack;
  const sp = frame.sp - 1;
  setEscaped(toPyException(stack[sp]));
  if (arg > 0) frame.pc = (stack[sp - arg] as number) + 1;
  frame.sp = sp;
  return true;
}

/** The rest of a call after its function trace: the result, or the frame in the interpreter. */
function finishCall(frame: Frame, status: HookStatus | undefined): PyValue {
  if (status === HookStatus.Finish) return pending.result as PyValue;
  toInterpreter(frame, status);
  return evalFrame(frame);
}

/** A frame its function trace did not finish, made ready for the eval loop to take over. */
function toInterpreter(frame: Frame, status: HookStatus | undefined): void {
  if (status === HookStatus.Raise) frame.thrownIn = pending.error as PyValue;
  else if (status === undefined) frame.pc = 0; // the entry check failed: interpret from the start
}

/**
 * A trace's `call_direct` (direct_calls.ts): `func(...args)` from a trace
 * whose looping frame is `caller`, or null when that trace runs frameless
 * itself. The callee's function trace runs without a frame when it can;
 * otherwise the call is callPython's (with a caller frame) or DEOPT.
 * The way for more than FEW_ARGUMENTS arguments (and the IR interpreter's):
 * its arguments object is made at each call.
 */
function callDirect(caller: Frame | null, func: PyValue): unknown {
  const args = Array.prototype.slice.call(arguments, 2) as PyValue[];
  if (!(func instanceof PyFunction) || !simplePositional(func, args.length)) {
    return caller === null ? callNotMade() : callObject(func, args, null);
  }
  const value = runDirect(func, args);
  return value === NOT_RUN ? directRest(caller, func, args) : value;
}
directCalls.call = callDirect;

/**
 * callDirect with up to FEW_ARGUMENTS arguments as parameters (the code
 * generator's choice: backend/js.ts directCallCode), so that no arguments
 * object is made per call — callDirect's were a sixth of what deltablue
 * allocated. (`arguments.length` alone makes none.)
 */
directCalls.few = function callDirectFew(caller, func, a0, a1, a2, a3, a4, a5): unknown {
  const count = arguments.length - 2;
  if (func instanceof PyFunction && simplePositional(func, count)) {
    const value = runDirect(func, null, a0, a1, a2, a3, a4, a5);
    if (value !== NOT_RUN) return value;
    if (directRun.left === null && caller === null) return callNotMade();
    // The callee's frame filled from the parameters (no array of them: an event
    // loop's `task.step(value)`, whose trace needs a frame, comes here at every step).
    const frame = new Frame(func.code, func.globals, func.builtins, null, func);
    const fast = frame.fast;
    if (count > 0) fast[0] = a0;
    if (count > 1) fast[1] = a1;
    if (count > 2) fast[2] = a2;
    if (count > 3) fast[3] = a3;
    if (count > 4) fast[4] = a4;
    if (count > 5) fast[5] = a5;
    return directRestIn(caller, frame);
  }
  if (caller === null) return callNotMade();
  return callObject(func, [a0, a1, a2, a3, a4, a5].slice(0, count) as PyValue[], null);
};

/** What runDirect returns when the callee did not return (directRun: how it ended). */
const NOT_RUN: unique symbol = Symbol("not run");
const directRun = {
  loop: null as LoopState | null,
  left: null as CompiledLoop | null,
  exitIndex: -1,
};

/**
 * A direct call's frameless run of `func`'s trace, its inputs (by slot) from
 * `args`, or when that is null from a0...a5 (callDirectFew's, as they came:
 * no array is made): the callee's value, or NOT_RUN with `directRun` saying
 * what happened — `left`: the trace that ran and left through `exitIndex`
 * (a nested call may compile its tree anew meanwhile), or null: it did not
 * run.
 */
function runDirect(
  func: PyFunction,
  args: readonly PyValue[] | null,
  a0?: PyValue,
  a1?: PyValue,
  a2?: PyValue,
  a3?: PyValue,
  a4?: PyValue,
  a5?: PyValue,
): unknown {
  const loop = framelessEntry(func);
  if (loop === null) return notRun(null, null, -1);
  const compiled = loop.compiled!;
  const buffer = compiled.buffer;
  const kinds = compiled.inputKinds;
  const slots = compiled.trace.inputSlots;
  for (let i = 0; i < kinds.length; i++) {
    const slot = slots[i];
    const value = args !== null
      ? args[slot]
      : slot === 0
      ? a0
      : slot === 1
      ? a1
      : slot === 2
      ? a2
      : slot === 3
      ? a3
      : slot === 4
      ? a4
      : slot === 5
      ? a5
      : undefined;
    const kind = kinds[i];
    if (kind === INT_INPUT) {
      if (typeof value !== "number") return notRun(loop, null, -1);
      buffer[i] = value;
    } else if (kind === FLOAT_INPUT) {
      if (!(value instanceof PyFloat && value.cls === floatType)) return notRun(loop, null, -1);
      buffer[i] = value.value;
    } else buffer[i] = value;
  }
  const exitIndex = runFrameless(loop, compiled, func);
  if (exitIndex < 0) return buffer[0];
  return notRun(loop, compiled, exitIndex);
}

function notRun(
  loop: LoopState | null,
  left: CompiledLoop | null,
  exitIndex: number,
): typeof NOT_RUN {
  directRun.loop = loop;
  directRun.left = left;
  directRun.exitIndex = exitIndex;
  return NOT_RUN;
}

/** A direct call that runDirect did not finish: with a frame, from where its trace left, or DEOPT. */
function directRest(caller: Frame | null, func: PyFunction, args: PyValue[]): unknown {
  if (directRun.left === null && caller === null) return callNotMade();
  // The call's frame: for the way with frames, or — the callee left — as it would have been.
  return directRestIn(caller, calleeFrame(func, args));
}

/** directRest given the call's frame, filled with its arguments. */
function directRestIn(caller: Frame | null, frame: Frame): unknown {
  const { loop, left, exitIndex } = directRun;
  if (left === null) return callFunctionTrace(frame);
  copyFreeVars(frame);
  return leaveFrameless(loop!, left, caller, frame, exitIndex);
}

/**
 * A Python function called from native code with `args` (call.ts
 * nativeCalls): when its function trace can run without a frame, it runs
 * so, as for a trace's call_direct; if it leaves, the callee's frame is
 * made and goes on in the interpreter under the current frame.
 */
function callFromNative(func: PyFunction, args: readonly PyValue[]): unknown {
  const caller = thread.current;
  if (caller === null || hookFlags[0] !== 0 || !simplePositional(func, args.length)) {
    return nativeCalls.notMade; // (sys.settrace and setprofile see every call in the interpreter)
  }
  const value = runDirect(func, args);
  if (value !== NOT_RUN) return value;
  const { loop, left, exitIndex } = directRun;
  if (left === null) return nativeCalls.notMade;
  const frame = calleeFrame(func, args as PyValue[]);
  copyFreeVars(frame);
  return leaveFrameless(loop!, left, caller, frame, exitIndex);
}
nativeCalls.fast = callFromNative;

directCalls.selfLeft = (
  caller: Frame | null,
  func: PyValue,
  raised: unknown,
  exitIndex: number,
  ...args: PyValue[]
): unknown => {
  const record = raised as CompiledLoop["raised"];
  const frame = calleeFrame(func as PyFunction, args);
  copyFreeVars(frame);
  return leaveFrameless(record.owner as LoopState, record.compiled, caller, frame, exitIndex);
};

/** The frame of a direct call of `func` with positional `args` (not yet entered). */
function calleeFrame(func: PyFunction, args: readonly PyValue[]): Frame {
  const frame = new Frame(func.code, func.globals, func.builtins, null, func);
  for (let i = 0; i < args.length; i++) frame.fast[i] = args[i];
  return frame;
}

/** A frameless caller leaves at its CALL, which the interpreter then makes. */
function callNotMade(): typeof DEOPT {
  directCalls.callee = null;
  return DEOPT;
}

/** The entry LoopState of `func` when its trace may run without a frame now, else null. */
function framelessEntry(func: PyFunction): LoopState | null {
  const loop = (func.code.runtime as RuntimeCode | undefined)?.jitEntry as LoopState | null;
  if (
    !loop?.compiled?.framelessCapable || !jitSwitch.enabled || !loop.frameless.usable() ||
    func.globals !== loop.globals || func.builtins !== loop.builtins ||
    thread.depth >= thread.recursionLimit
  ) return null;
  if (recompileDue(loop)) {
    recompileTree(loop);
    if (!loop.compiled?.framelessCapable) return null;
  }
  return loop;
}

/** Runs `func`'s trace without a frame from the inputs in its buffer: the exit, or -1 (returned). */
function runFrameless(loop: LoopState, compiled: CompiledLoop, func: PyFunction): number {
  stats.frameless_runs++;
  thread.depth++;
  let exitIndex: number;
  try {
    exitIndex = compiled.executeFrameless(func);
  } finally {
    thread.depth--;
  }
  // (Entries are counted for the profitability check alone, so only until it is made.)
  if (loop.entries < params.profitability_window) {
    countEntry(loop, compiled, exitIndex, FUNCTION_ENTRY);
  }
  if (exitIndex < 0) loop.frameless.count(false);
  return exitIndex;
}

/**
 * A frameless run left through `exitIndex`, `frame` the callee's new frame:
 * under a real caller the callee goes on in the interpreter (as in
 * callFunctionTrace); under a frameless one, its frames go up as DEOPT.
 */
function leaveFrameless(
  loop: LoopState,
  compiled: CompiledLoop,
  caller: Frame | null,
  frame: Frame,
  exitIndex: number,
): unknown {
  stats.frameless_exits++;
  const exit = compiled.exits.exits[exitIndex];
  // (A guard that has or may still get a bridge leaves only while the tree warms
  // up; a call_direct whose callee left passes on an exit counted down there.)
  const passedOn = exit.op.name === "call_direct" && directCalls.callee !== null;
  loop.frameless.count(!passedOn && exit.op.bridge === null && !bridgeable(loop, exit));
  if (caller !== null) {
    thread.enter(frame);
    let status: HookStatus;
    try {
      status = leaveCompiled(loop, compiled, frame, exitIndex, FUNCTION_ENTRY);
    } finally {
      thread.leave(frame);
    }
    return finishCall(frame, status);
  }
  exit.count++;
  if (exit.op.bridge === null && exit.count >= params.trace_eagerness && bridgeable(loop, exit)) {
    loop.frameless.awaitBridge(exit);
  }
  const error = compiled.raised.error;
  compiled.raised.error = undefined;
  chainFrames(rebuildFrames(frame, exit, compiled.buffer, error), error);
  directCalls.callee = frame;
  return DEOPT;
}

function loopState(runtime: RuntimeCode, target: number): LoopState {
  if (runtime.jitLoops === null) runtime.jitLoops = new Map();
  let loop = runtime.jitLoops.get(target) as LoopState | undefined;
  if (loop === undefined) {
    loop = new LoopState();
    runtime.jitLoops.set(target, loop);
    if (target === FUNCTION_ENTRY) runtime.jitEntry = loop;
  }
  return loop;
}

function where(frame: Frame, target: number): string {
  const line = frame.code.lineOf(Math.max(target, 0));
  const what = target === FUNCTION_ENTRY ? "entry of " : "";
  return `${what}${frame.code.co_name} (${frame.code.co_filename}:${line})`;
}

function record(frame: Frame, runtime: RuntimeCode, target: number, counter: number): HookStatus {
  const loop = loopState(runtime, target);
  loop.attempts++;
  stats.recordings++;
  // Take the back-edge: the recording starts at the loop header (or the function's entry).
  frame.pc = target === FUNCTION_ENTRY ? 0 : target;
  const recorder = new Recorder(frame, target, null, loop.refSlots);
  const started = performance.now();
  let trace;
  try {
    trace = recorder.record();
  } catch (error) {
    stats.recording_ms += performance.now() - started;
    if (error instanceof Abort) {
      stats.recordings_aborted++;
      logAbort(where(frame, target), error.reason);
      if (error.retry && ++loop.lastIterations <= params.max_retrace * 4) {
        counters[counter] = params.threshold - 1; // the next iteration tries again
      } else giveUpOrWait(loop, counter);
      return finishFrames(recorder.realFrames(), undefined);
    }
    if (error instanceof RecordedRaise) {
      if (error.retry && ++loop.lastIterations <= params.max_retrace * 4) {
        counters[counter] = params.threshold - 1; // (record_exceptions.ts raisingCallees)
      } else giveUpOrWait(loop, counter);
      return finishFrames(recorder.realFrames(), error.error);
    }
    throw error;
  }
  stats.recording_ms += performance.now() - started;
  logTrace(`trace of ${where(frame, target)}`, trace);
  let optimized = performance.now();
  const better = optimize(trace);
  stats.optimizing_ms += performance.now() - optimized;
  logTrace(`optimized trace of ${where(frame, target)}`, better);
  const short = target === FUNCTION_ENTRY && recorder.finished !== undefined &&
    better.ops.length < params.function_min_length;
  if (short && loop.attempts < params.max_retrace && hasOtherWays(frame.code)) {
    // Entering a trace costs more than interpreting a body this short. But
    // the recording may have taken a short way out (a recursion's base
    // case): the next call records again, until max_retrace short ones.
    counters[counter] = params.function_threshold - 1;
    pending.result = recorder.finished;
    return HookStatus.Finish;
  }
  if (short) {
    // Really short (`lambda x: x + 1`): compiled for the traces that call it
    // (call_direct, where a frameless caller needs it to stay frameless), but
    // the interpreter runs its calls itself.
    runtime.noEntryTrace = true;
    stats.short_bodies++;
  }
  optimized = performance.now();
  loop.compiled = jsBackend.compileLoop(better);
  loop.compiled.raised.owner = loop;
  loop.pendingBridges = loop.entriesSincePending = 0;
  loop.where = where(frame, target);
  logSource(`JavaScript of ${loop.where}`, loop.compiled.source);
  loop.globals = frame.globals;
  loop.builtins = frame.builtins;
  if (compiledLoops.length === 0) summaryParts.push(exitReport);
  compiledLoops.push(loop);
  stats.compiling_ms += performance.now() - optimized;
  stats.loops_compiled++;
  if (recorder.enteredLoop >= 0) {
    return enterLoop(frame, runtime, recorder.enteredLoop) ?? HookStatus.Resume;
  }
  if (recorder.finished !== undefined) { // the recording ran the function to its return
    pending.result = recorder.finished;
    return HookStatus.Finish;
  }
  return HookStatus.Resume; // (a loop closed: the frame is at its header)
}

const otherWays = new WeakMap<CodeObject, boolean>();

/**
 * Whether a function's body may run another way than the one a recording
 * took: it has a conditional jump or an exception handler. A short body
 * without either (`return s1 < s2`, `lambda x: x * 2`) is recorded once:
 * recording it again could only find the same short way.
 */
function hasOtherWays(code: CodeObject): boolean {
  let ways = otherWays.get(code);
  if (ways === undefined) {
    ways = code.exceptionTable.length > 0;
    for (let i = 0; i < code.code.length && !ways; i += 2) ways = isConditional(code.code[i]);
    otherWays.set(code, ways);
  }
  return ways;
}

/**
 * A function's trace left at a loop header (`enter_loop`), the frame
 * rebuilt there: go on in that loop's compiled trace when there is one
 * (no interpreted iteration in between); undefined when there is none or
 * its entry check fails (the interpreter goes on at the header).
 */
function enterLoop(
  frame: Frame,
  runtime: RuntimeCode,
  header: number,
): HookStatus | undefined {
  const loop = (runtime.jitLoops as Map<number, LoopState> | null)?.get(header);
  if (!loop?.compiled) return undefined;
  return runCompiled(loop, loop.compiled, frame, header);
}

/**
 * A generator expression's first run for a native consumer in push mode
 * (sum(x for x in s), any(...), list(...): generator.ts consumeGenerator),
 * from runFrame's entry: its frame waits at the POP_TOP after
 * RETURN_GENERATOR, then RESUME, LOAD_FAST .0 and the loop's FOR_ITER. When
 * that loop has a compiled trace, the three instructions are done here and
 * the trace entered at once, without an interpreted first iteration and
 * the back-edge that enters it (most generator expressions so consumed
 * yield a few values: that iteration was most of their cost). Continue
 * (frame untouched) for any other shape, a loop without a trace, or a
 * trace whose entry check fails before the prologue is done; Resume, with
 * the frame at the header, when the check fails after it.
 */
export function onGeneratorStart(frame: Frame, runtime: RuntimeCode): HookStatus {
  const pc = frame.pc;
  const words = frame.code.code;
  const at = pc << 1;
  if (
    pc === 0 || words[at - 2] !== Op.RETURN_GENERATOR || words[at] !== Op.POP_TOP ||
    words[at + 2] !== Op.RESUME || words[at + 4] !== Op.LOAD_FAST ||
    words[at + 6] !== Op.FOR_ITER
  ) return HookStatus.Continue;
  const header = pc + 3;
  const loop = (runtime.jitLoops as Map<number, LoopState>).get(header);
  const iterable = frame.fast[words[at + 5]];
  if (loop?.compiled == null || iterable === undefined) return HookStatus.Continue;
  frame.stack[frame.sp - 1] = iterable; // POP_TOP of the None sent, LOAD_FAST
  frame.pc = header;
  const status = runCompiled(loop, loop.compiled, frame, header) ?? HookStatus.Resume;
  return status === HookStatus.Finish ? finishFrame(frame) : status;
}

const carried = new WeakMap<CompiledLoop, boolean[]>();

/**
 * Per input of a compiled loop, whether the trace only carries it for its
 * snapshots (no op uses it; a jump passes it on unchanged): such a local
 * may be unbound at entry — a loop entered before its first iteration has
 * not assigned the locals its body assigns before reading — and an exit
 * leaves it unbound again.
 */
function carriedOnly(compiled: CompiledLoop): boolean[] {
  let only = carried.get(compiled);
  if (only === undefined) {
    const trace = compiled.trace;
    const used = new Set<Value>();
    for (const op of allOps(trace.ops)) {
      op.args.forEach((arg, i) => {
        if (arg instanceof Value && !(op.name === "jump" && arg === trace.inputs[i])) {
          used.add(arg);
        }
      });
    }
    // (Not floats: an exit boxes those.)
    only = trace.inputs.map((input) => input.kind !== "float" && !used.has(input));
    carried.set(compiled, only);
  }
  return only;
}

function giveUpOrWait(loop: LoopState, counter: number): void {
  if (loop.attempts >= params.max_retrace) {
    loop.blacklisted = true;
    stats.blacklisted++;
  } else counters[counter] = -params.threshold * (params.abort_penalty - 1);
}

/** Enters a compiled loop; undefined when its entry check fails (the interpreter goes on). */
function runCompiled(
  loop: LoopState,
  compiled: CompiledLoop,
  frame: Frame,
  target: number,
): HookStatus | undefined {
  // The trace has the frame's namespaces as constants: another frame of the
  // same code (exec with other globals) must not run it.
  if (frame.globals !== loop.globals || frame.builtins !== loop.builtins) return undefined;
  if (recompileDue(loop)) {
    recompileTree(loop);
    compiled = loop.compiled!;
  }
  const trace = compiled.trace;
  const fast = frame.fast;
  // The inputs go straight into the loop's buffer (execute reads them before any exit writes it).
  const buffer = compiled.buffer;
  const kinds = compiled.inputKinds;
  const slots = trace.inputSlots;
  for (let i = 0; i < kinds.length; i++) {
    const value = fast[slots[i]];
    const kind = kinds[i];
    if (kind === INT_INPUT) {
      if (typeof value !== "number" && !(value === undefined && carriedOnly(compiled)[i])) {
        return entryFailed(loop, value === undefined ? -1 : slots[i]);
      }
      buffer[i] = value;
    } else if (kind === FLOAT_INPUT) {
      if (!(value instanceof PyFloat) || value.cls !== floatType) {
        return entryFailed(loop, value === undefined ? -1 : slots[i]);
      }
      buffer[i] = value.value;
    } else {
      if (value === undefined && !carriedOnly(compiled)[i]) return entryFailed(loop, -1);
      buffer[i] = value;
    }
  }
  stats.trace_entries++;
  frame.pc = Math.max(target, 0);
  const exitIndex = compiled.execute(buffer, frame);
  countEntry(loop, compiled, exitIndex, target);
  if (exitIndex < 0) { // a function's trace returned
    pending.result = compiled.buffer[0];
    return HookStatus.Finish;
  }
  return leaveCompiled(loop, compiled, frame, exitIndex, target);
}

function countEntry(loop: LoopState, compiled: CompiledLoop, exitIndex: number, target: number) {
  loop.entries++;
  loop.iterations += compiled.raised.iterations;
  if (exitIndex < 0) loop.finishes++;
  if (loop.entries === params.profitability_window) judgeProfit(loop, target);
}

/**
 * After a compiled trace left through exit `exitIndex` with `frame` its
 * looping frame: the frames rebuilt, and on in a loop's trace, a new
 * bridge, or the interpreter.
 */
function leaveCompiled(
  loop: LoopState,
  compiled: CompiledLoop,
  frame: Frame,
  exitIndex: number,
  target: number,
): HookStatus {
  const exit = compiled.exits.exits[exitIndex];
  exit.count++;
  const error = compiled.raised.error;
  if (exit.op.name === "leave" && error === undefined && exit.snapshot.frames.length === 1) {
    // A function's trace that ended at a raise its frame does not catch (an
    // EAFP callee's `raise X from None`, at every miss): the frame is filled
    // and the raise is the interpreter's (or callFunctionTraceQuietly's).
    loop.finishes++;
    fillLeftFrame(frame, exit, compiled.buffer);
    return HookStatus.Resume;
  }
  compiled.raised.error = undefined;
  const handOver = exit.op.name === "enter_loop";
  if (error !== undefined) stats.raises_in_traces++;
  else if (exit.op.name === "leave") loop.finishes++; // (the function raises: record_exceptions.ts)
  else if (!handOver) stats.guard_failures++;
  const frames = rebuildFrames(frame, exit, compiled.buffer, error);
  if (handOver && frames.length === 1) {
    const status = enterLoop(frame, runtimeCode(frame.code), exit.op.immediate);
    // A function's trace did its part when a loop trace took over; when the
    // loop has none (yet), entering and leaving was all cost.
    if (status !== undefined) loop.finishes++;
    return status ?? HookStatus.Resume;
  }
  if (error === undefined && exit.count >= params.trace_eagerness) {
    if (bridgeable(loop, exit)) return recordBridge(loop, compiled, exit, frames, target);
    if (exit.count === params.trace_eagerness && outOfRoom(loop, exit)) outgrown(loop);
  }
  return finishFrames(frames, error);
}

/**
 * Exits that get no bridge: the pending-signal check of the jump, and a
 * function trace's hand-over to a loop. (A loop's end does get one: it goes
 * round the outer loop back into this one.)
 */
const LOOP_ENDS = new Set(["jump", "enter_loop", "call_direct", "leave"]);

function bridgeable(loop: LoopState, exit: Exit): boolean {
  // (Not while another bridge of this loop is being recorded further up the
  // stack: a recursive program can come back to the loop; both would number
  // their values from the same point.)
  // (Not for a tree just dropped as unprofitable either.)
  return bridgeWanted(loop, exit) && treeSize(loop.compiled!) < params.tree_source_limit;
}

/** Whether `exit` would get a bridge if its tree had not outgrown tree_source_limit. */
function outOfRoom(loop: LoopState, exit: Exit): boolean {
  return bridgeWanted(loop, exit) && treeSize(loop.compiled!) >= params.tree_source_limit;
}

/** Characters of JavaScript of a tree: its function's, and its bridge functions'. */
function treeSize(compiled: CompiledLoop): number {
  return compiled.source.length + compiled.bridgeChars;
}

/** bridgeable's conditions but the tree's size. */
function bridgeWanted(loop: LoopState, exit: Exit): boolean {
  return !exit.noBridge && exit.op.bridge === null && !LOOP_ENDS.has(exit.op.name) &&
    loop.bridges < params.max_bridges && !loop.recordingBridge && loop.compiled !== null;
}

/** Instructions a callee needs to be called rather than inlined by an outgrown tree. */
const OUTGROWN_CALLEE_SIZE = 50;

/**
 * A tree too big for another bridge, with a guard that fails often: the
 * function it inlined most (the callee of the looping frame named by the
 * most snapshots, when that is most of them and the function is no small
 * one) is called from now on (recorder.ts outgrownCallees), and
 * the loop is recorded again, within max_retrace. Its trace calls that
 * function's own trace, whose tree can grow the bridges this one could not
 * (raytrace's kernel inlined `Scene.trace`, past 400 KB with its bridges,
 * and left at a Plane/Sphere guard thousands of times an iteration).
 */
function outgrown(loop: LoopState): void {
  const counts = new Map<CodeObject, number>();
  let total = 0;
  for (const op of allOps(loop.compiled!.trace.ops)) {
    const callee = op.snapshot?.frames[1]?.code;
    if (callee === undefined) continue;
    counts.set(callee, (counts.get(callee) ?? 0) + 1);
    total++;
  }
  let biggest: CodeObject | null = null;
  let most = 0;
  for (const [code, count] of counts) {
    if (count > most) [biggest, most] = [code, count];
  }
  // (Only a callee that is most of the tree, and no small one: a tree of many
  // small inlined methods stays as it is rather than calling them all.)
  if (
    biggest === null || most * 2 < total || biggest.instructionCount < OUTGROWN_CALLEE_SIZE ||
    loop.attempts >= params.max_retrace
  ) return;
  outgrownCallees.add(biggest);
  loop.compiled = null; // recorded again at the loop's next threshold
  stats.outgrown++;
}

/**
 * Records a bridge from a guard that fails often: the interpreter state is
 * the guard's snapshot (just rebuilt); the recorder runs from there until
 * the loop header, and the bridge's ops are attached to the guard. The
 * backend compiles it as a function of its own when it can (js.ts BRIDGE
 * FUNCTIONS); otherwise the whole tree is compiled again, the bridge
 * inline at the guard, once a few such bridges are gathered.
 */
function recordBridge(
  loop: LoopState,
  compiled: CompiledLoop,
  exit: Exit,
  frames: Frame[],
  target: number,
): HookStatus {
  const trunk = compiled.trace;
  const frame = frames[0];
  if (exit.op.name === "guard_value" || exit.op.name === "guard_code") {
    const inner = exit.snapshot.frames[exit.snapshot.frames.length - 1];
    countIdentityBridge(inner.code, inner.pc);
  }
  const labels = enclosingLabels(trunk.ops, exit.op) ?? [];
  const recorder = new Recorder(frame, target, { trunk, snapshot: exit.snapshot, frames, labels });
  const started = performance.now();
  let bridge;
  loop.recordingBridge = true;
  try {
    bridge = recorder.record();
  } catch (error) {
    loop.recordingBridge = false;
    stats.recording_ms += performance.now() - started;
    exit.noBridge = true;
    if (error instanceof Abort) {
      stats.recordings_aborted++;
      logAbort(`bridge in ${where(frame, target)}`, error.reason);
      return finishFrames(recorder.realFrames(), undefined);
    }
    if (error instanceof RecordedRaise) return finishFrames(recorder.realFrames(), error.error);
    throw error;
  }
  loop.recordingBridge = false;
  stats.recording_ms += performance.now() - started;
  const optimized = optimize(bridge);
  logTrace(`bridge of ${where(frame, target)} at pc ${exit.snapshot.frames[0].pc}`, optimized);
  exit.op.bridge = optimized.ops;
  trunk.reserve(optimized.valueCount - 1);
  loop.bridges++;
  stats.bridges_compiled++;
  // (A tree compiled anew meanwhile, by a recursive run, gets it at its next compile.)
  const compiling = performance.now();
  if (
    params.bridge_functions !== 0 && loop.compiled === compiled &&
    compiled.attachBridge(exit, optimized.ops)
  ) {
    stats.bridge_functions++;
    stats.compiling_ms += performance.now() - compiling;
    // The tree with its new way is judged afresh, as a tree compiled again is.
    loop.entries = loop.iterations = loop.finishes = 0;
  } else if (++loop.pendingBridges >= params.bridge_batch) recompileTree(loop);
  if (recorder.enteredLoop >= 0) {
    return enterLoop(frame, runtimeCode(frame.code), recorder.enteredLoop) ?? HookStatus.Resume;
  }
  if (recorder.finished !== undefined) { // the bridge ran the function to its return
    pending.result = recorder.finished;
    return HookStatus.Finish;
  }
  return HookStatus.Resume;
}

/**
 * An entry of a tree with a bridge function that ran often (hotBridges), or
 * with bridges gathered: whether to compile them in now.
 * They wait bridge_delay entries, or one entry per bridge_delay_chars
 * characters of the tree when that is more: each compile is of the whole
 * tree, so a big one waits longer (exceptions.py's loop tree, 100 KB with
 * 15 bridges, was compiled 14 times).
 */
function recompileDue(loop: LoopState): boolean {
  if (loop.compiled!.hotBridges) return true;
  if (loop.pendingBridges === 0) return false;
  const size = loop.compiled!.source.length;
  const delay = Math.max(params.bridge_delay, size / params.bridge_delay_chars);
  return ++loop.entriesSincePending >= delay;
}

/**
 * Compiles a tree again with the bridges attached since its last compile
 * inline, and its bridge functions that ran often (the others stay
 * functions: js.ts compileLoop). Bridges that could not be functions are
 * gathered (bridge_batch, or bridge_delay entries after the first) because
 * each compile is of the whole tree: a tree that grows 30 bridges one at a
 * time spent most of its warm-up in `new Function`.
 * Meanwhile a guard whose bridge waits still leaves the running code, and
 * the interpreter takes over as before the bridge was recorded.
 */
function recompileTree(loop: LoopState): void {
  if (loop.compiled === null) return; // dropped meanwhile (unprofitable, or retraced)
  const trunk = loop.compiled.trace;
  loop.pendingBridges = loop.entriesSincePending = 0;
  // A new tree: its profitability is measured afresh.
  loop.entries = loop.iterations = loop.finishes = 0;
  const compiling = performance.now();
  loop.compiled = jsBackend.compileLoop(trunk, loop.compiled);
  loop.compiled.raised.owner = loop;
  logSource(`JavaScript of ${loop.where} with its bridges`, loop.compiled.source);
  const spent = performance.now() - compiling;
  stats.compiling_ms += spent;
  stats.recompiling_ms += spent;
  stats.recompiles++;
}

/**
 * A trace that is left almost as soon as it is entered costs more than it
 * saves (each entry and exit moves the frame's state): a loop trace that
 * averages under two iterations per entry (a return through one of its
 * bridges counting as two), or a function trace that returns or hands over
 * to a loop on fewer than half of its entries, is dropped, and the code
 * stays with the interpreter.
 */
/** The doublings of an unprofitable loop's wait before it is recorded again (LoopState.pause). */
const MAX_DROP_DOUBLINGS = 8;

function judgeProfit(loop: LoopState, target: number): void {
  const pays = target === FUNCTION_ENTRY
    ? (loop.finishes + calleesLeft(loop)) * 2 >= loop.entries
    : loop.iterations + 2 * loop.finishes >= 2 * loop.entries;
  if (pays) return;
  if (loop.postponed < MAX_POSTPONES && bridgesComing(loop)) {
    // Its exits are about to get bridges: judge the tree they make instead.
    loop.postponed++;
    loop.entries = loop.iterations = loop.finishes = 0;
    return;
  }
  loop.compiled = null;
  loop.blacklisted = true;
  if (target !== FUNCTION_ENTRY) {
    loop.pause = params.threshold * 2 ** Math.min(++loop.drops, MAX_DROP_DOUBLINGS);
  }
  stats.unprofitable++;
}

/** Times one tree's judgement waits for the bridges its exits are getting. */
const MAX_POSTPONES = 3;

/**
 * Whether the tree's exits are getting bridges: some wait to be compiled
 * in, or a guard has failed a quarter of the times that earn one (and may
 * get one). A tree judged before those bridges are in is judged on exits
 * that will soon be paths of its own.
 */
function bridgesComing(loop: LoopState): boolean {
  if (loop.pendingBridges > 0) return true;
  return loop.compiled!.exits.exits.some((exit) =>
    exit.count * 4 >= params.trace_eagerness && bridgeable(loop, exit)
  );
}

/**
 * How many runs of a function's trace left at a call_direct whose callee
 * could not finish without a frame: the callee's own trace was not compiled
 * yet (`compose`'s lambdas warm up with it), not that this one does not pay.
 */
function calleesLeft(loop: LoopState): number {
  let count = 0;
  for (const exit of loop.compiled?.exits.exits ?? []) {
    if (exit.op.name === "call_direct") count += exit.count;
  }
  return count;
}

/** A failed entry check; `slot`: a number input's slot that held another value (else -1). */
function entryFailed(loop: LoopState, slot: number): undefined {
  stats.entry_type_mismatches++;
  if (slot >= 0) loop.refSlots.add(slot);
  if (++loop.entryFailures > params.threshold) {
    // The loop's locals now have other types: record it again (within max_retrace).
    loop.compiled = null;
    loop.entryFailures = 0;
    if (loop.attempts >= params.max_retrace) loop.blacklisted = true;
  }
  return undefined;
}
