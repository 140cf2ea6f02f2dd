/**
 * Leaving a trace: rebuilding the interpreter's state from a snapshot.
 *
 * The looping frame exists all along; its touched slots are written back
 * (floats boxed again: they were virtual) and its pc and stack pointer set.
 * Frames of inlined calls did not exist while the trace ran: they are
 * created here, filled from the snapshot, and chained through
 * `Frame.resumeCallee`, so that each, when evaluated, first finishes the
 * callee it was calling (eval.ts) and receives its result as the CALL would
 * have (an inlined property getter's caller, as its LOAD_ATTR would: an
 * AttributeError leaving the getter gets the attribute's name and owner). The innermost frame continues at its instruction; when the exit was
 * a raising call, that frame raises the exception there (through
 * `thrownIn`, the same path as generator.throw), so handlers and tracebacks
 * are exactly the interpreter's.
 *
 * The looping frame is in the middle of its eval loop (at JUMP_BACKWARD, in
 * the JIT hook), so it is not evaluated here: the hook returns a status and
 * the eval loop continues at the frame's pc, or raises `pending.error`.
 */
import { CONSTANT, type Exit, exitPlan, type FramePlan, NOTHING } from "./exits.ts";
import { Frame } from "../vm/runtime/frame.ts";
import { PyFloat } from "../vm/objects/float.ts";
import type { PyValue } from "../vm/objects/object.ts";
import { evalFrame, evalFrameQuietly, takeEscaped } from "../vm/runtime/eval.ts";
import { checkInitResult } from "../vm/runtime/call_type.ts";
import { PyBaseException } from "../vm/objects/exceptions.ts";
import { addAttributeErrorContext } from "../vm/runtime/attributes.ts";
import { directCalls } from "./direct_calls.ts";
import { Op } from "../vm/compiler/opcodes.ts";
import { binaryOpAfterLeft, compareOpAfterLeft } from "../vm/runtime/operators.ts";
import { NotImplemented } from "../vm/objects/singletons.ts";
import { type PyGenerator, stopIteration } from "../vm/runtime/generator.ts";
import type { PyFunction } from "../vm/objects/function.ts";
import type { PyCell } from "../vm/objects/cell.ts";
import type { SnapshotFrame } from "./ir.ts";

/** Frames of inlined property getters (rebuilt, or the recorder's): the attribute each stands for. */
const gettersOf = new WeakMap<Frame, { name: string; owner: PyValue }>();

/** Generators' frames that traces ran inline (rebuilt, or the recorder's): each one's generator. */
const generatorsOf = new WeakMap<Frame, PyGenerator>();

/** Marks a generator's frame whose body a recording inlines (finishCallee resumes it). */
export function markGeneratorFrame(frame: Frame, gen: PyGenerator): void {
  generatorsOf.set(frame, gen);
}

/** The generator owning a frame markGeneratorFrame marked. */
export function generatorOf(frame: Frame): PyGenerator | undefined {
  return generatorsOf.get(frame);
}

/** Marks the frame of a property getter a recording inlines (finishCallee gives it the context). */
export function markGetterFrame(frame: Frame, name: string, owner: PyValue): void {
  gettersOf.set(frame, { name, owner });
}

/** What the JIT hook tells the eval loop. */
export const enum HookStatus {
  /** Nothing happened: take the back-edge as usual. */
  Continue = 0,
  /** The frame's pc and sp changed: continue there. */
  Resume = 1,
  /** Raise `pending.error` at the frame's pc. */
  Raise = 2,
  /** A function's trace ran to its return: the frame returns `pending.result`. */
  Finish = 3,
}

/** The exception the eval loop raises after HookStatus.Raise, the result after Finish. */
export const pending = { error: undefined as unknown, result: undefined as unknown };
// Both fields written as they will be (a small int, an object), before any code is
// optimised: V8 would otherwise generalise them at the first trace that finishes or
// raises, throwing away optimised code that reads them — the eval loop's.
pending.result = pending.error = 0;
pending.result = pending.error = pending;
pending.result = pending.error = undefined;

/**
 * The exception a rebuilt callee raised when `finishCallee` returned
 * undefined for it (null when undefined meant a finished generator): the
 * callee's frame handed it back without a JS throw (they cost 0.3-1 us
 * under Deno, eval.ts), and the caller unwinds it without one either.
 */
export const calleeRaise = { error: null as PyBaseException | null };

/** `calleeRaise.error`, cleared. */
export function takeCalleeRaise(): PyBaseException | null {
  const error = calleeRaise.error;
  calleeRaise.error = null;
  return error;
}

/**
 * The interpreter frames an exit's snapshot describes, outermost (the
 * looping frame, updated) first; the others are created. Nothing runs yet:
 * a bridge recorder may take them over (finishFrames runs them otherwise).
 * `buffer` holds the exit's values; `error` is the exception of a raising
 * call, or undefined for a guard exit.
 */
export function rebuildFrames(
  frame: Frame,
  exit: Exit,
  buffer: readonly unknown[],
  error: unknown,
): Frame[] {
  const frames: Frame[] = [];
  const plans = exitPlan(exit);
  exitBoxes = null;
  const entries = exit.snapshot.frames;
  for (let depth = 0; depth < entries.length; depth++) {
    const entry = entries[depth];
    let target = frame;
    const { generator, generatorConstant } = plans[depth];
    if (generator !== NOTHING) { // an inlined generator's body: its frame exists
      const gen = (generator === CONSTANT ? generatorConstant : buffer[generator]) as PyGenerator;
      target = gen.frame;
      generatorsOf.set(target, gen);
    } else if (plans[depth].made >= 0) { // made in the trace for a traceback: the same object
      target = buffer[plans[depth].made] as Frame;
    } else if (depth > 0) {
      const { callee, calleeConstant } = plans[depth];
      const func = callee === NOTHING
        ? entry.func!
        : (callee === CONSTANT ? calleeConstant : buffer[callee]) as PyFunction;
      target = new Frame(entry.code, func.globals, func.builtins, null, func);
      copyFreeVars(target);
    }
    fillFrame(target, entry, plans[depth], buffer);
    frames.push(target);
  }
  const innermost = frames[frames.length - 1];
  if (error !== undefined) innermost.pc++; // raised by the instruction at pc
  else if (exit.op.name === "call_direct") resumeDirectCallee(innermost);
  return frames;
}

/**
 * The looping frame of a function's trace that ended at a `leave` (a raise
 * no handler of the frame covers, record_exceptions.ts): its slots, pc and
 * sp as the exit's snapshot has them, as rebuildFrames would fill them,
 * without the array of frames (a catching caller's EAFP callee leaves so
 * at every miss: driver.ts leaveCompiled).
 */
export function fillLeftFrame(frame: Frame, exit: Exit, buffer: readonly unknown[]): void {
  exitBoxes = null;
  fillFrame(frame, exit.snapshot.frames[0], exitPlan(exit)[0], buffer);
}

/**
 * The floats an exit boxed so far, by exit-buffer position: slots that held
 * the same float get the same object. (Made only by an exit that boxes:
 * exits are a hot path.)
 */
let exitBoxes: Map<number, PyFloat> | null = null;

/** Fills `target` from one snapshot frame of an exit whose values are in `buffer`. */
function fillFrame(
  target: Frame,
  entry: SnapshotFrame,
  plan: FramePlan,
  buffer: readonly unknown[],
): void {
  const { sources, constants, floats, constructed, constructedConstant } = plan;
  const { attributeName, attributeOwner, attributeOwnerConstant } = plan;
  if (attributeName !== null) {
    const owner = attributeOwner === CONSTANT ? attributeOwnerConstant : buffer[attributeOwner];
    gettersOf.set(target, { name: attributeName, owner: owner as PyValue });
  }
  const fast = target.fast;
  for (let slot = 0; slot < sources.length; slot++) {
    const source = sources[slot];
    if (source === NOTHING) continue;
    if (source === CONSTANT) {
      const value = constants[slot];
      fast[slot] = floats[slot] === 1 ? new PyFloat(value as number) : value as PyValue;
    } else if (floats[slot] === 1) {
      exitBoxes ??= new Map();
      let made = exitBoxes.get(source);
      if (made === undefined) exitBoxes.set(source, made = new PyFloat(buffer[source] as number));
      fast[slot] = made;
    } else fast[slot] = buffer[source] as PyValue;
  }
  const cells = plan.cells;
  if (cells !== null) { // (made in the trace: never constants)
    cells.forEach((source, i) => {
      if (source >= 0) target.cells[i] = buffer[source] as PyCell;
    });
  }
  target.pc = entry.pc;
  target.sp = entry.sp;
  if (constructed !== NOTHING) {
    target.constructed =
      (constructed === CONSTANT ? constructedConstant : buffer[constructed]) as PyValue;
  }
}

/** COPY_FREE_VARS ran in the trace: a frame made for it gets its function's closure cells. */
export function copyFreeVars(frame: Frame): void {
  const offset = frame.code.co_cellvars.length;
  frame.func!.closure?.forEach((cell, i) => frame.cells[offset + i] = cell);
}

/**
 * A frameless trace left at its `call_direct` because the callee did
 * (direct_calls.ts): the callee's frames become the frame's `resumeCallee`,
 * the CALL done (its operands off the stack); with no callee frames, the
 * frame stays at the CALL and the interpreter makes the call.
 */
function resumeDirectCallee(frame: Frame): void {
  const callee = directCalls.callee;
  directCalls.callee = null;
  if (callee === null) return;
  const argumentCount = frame.code.code[(frame.pc << 1) + 1]; // CALL's
  frame.pc++;
  frame.sp -= argumentCount + 2; // the arguments, the self slot and the callable
  frame.resumeCallee = callee;
}

/**
 * Links rebuilt frames (outermost first) through `resumeCallee`, the
 * innermost raising `error` when there is one: the whole chain runs when
 * its outermost frame is evaluated.
 */
export function chainFrames(frames: Frame[], error: unknown): void {
  for (let i = 0; i < frames.length - 1; i++) frames[i].resumeCallee = frames[i + 1];
  if (error !== undefined) frames[frames.length - 1].thrownIn = error as PyValue;
}

/**
 * The BINARY_OP or COMPARE_OP a frame has just executed, when it waits for
 * the result of an operator's method that a trace inlined (recorder.ts
 * inlineOperator), or null.
 */
export function pendingOperator(caller: Frame): { compare: boolean; arg: number } | null {
  const at = (caller.pc - 1) << 1;
  const op = caller.code.code[at];
  if (op !== Op.BINARY_OP && op !== Op.COMPARE_OP) return null;
  return { compare: op === Op.COMPARE_OP, arg: caller.code.code[at + 1] };
}

/**
 * Runs a rebuilt callee to its end: its result, or — for an inlined
 * `__init__` — the instance being constructed (after type_call's check), or
 * for an `__op__` that declined, the rest of its operator. For an inlined
 * generator's body: runs it to its next yield, and returns what it yields;
 * when it finishes instead, the caller's FOR_ITER ends its loop, or the
 * caller's SEND takes its result and goes on at its exit (the caller's pc
 * and sp set for that), and the result is undefined: nothing to push.
 * A plain callee that raises returns undefined too, its exception in
 * `calleeRaise` (take it with takeCalleeRaise); the other kinds throw.
 */
export function finishCallee(callee: Frame, caller: Frame): PyValue | undefined {
  const generator = generatorsOf.get(callee);
  if (generator !== undefined) {
    generatorsOf.delete(callee); // (a weak map's entries cost the collector; the frame lives on)
    // The body of a generator a FOR_ITER or a SEND was resuming (recorder.ts enterGenerator).
    const step = generator.continueRebuilt();
    if (!step.done) return step.value; // FOR_ITER's next value, or the value the SEND's frame yields
    const send = (caller.pc - 1) << 1;
    if (caller.code.code[send] === Op.SEND) {
      // `await`/`yield from` is over: the result replaces the receiver, on at the SEND's exit.
      caller.fast[caller.sp - 1] = step.value;
      caller.pc = caller.code.code[send + 1];
      return undefined;
    }
    if (caller.code.code[send] === Op.CALL) throw stopIteration(step.value); // gen.send(value)
    caller.sp--; // the iterator: the loop is over
    caller.pc = caller.code.code[((caller.pc - 1) << 1) + 1]; // the FOR_ITER's target
    return undefined;
  }
  const operator = pendingOperator(caller);
  if (operator !== null) {
    // An inlined `__op__` or `__lt__` & co. (which never rebinds its two
    // parameters): when it declines, the operator goes on as the interpreter's would.
    const left = callee.fast[0]!, right = callee.fast[1]!;
    const result = evalFrame(callee);
    if (result !== NotImplemented) return result;
    return operator.compare
      ? compareOpAfterLeft(operator.arg, left, right)
      : binaryOpAfterLeft(operator.arg, left, right);
  }
  const getter = gettersOf.get(callee);
  if (getter !== undefined) {
    try {
      return evalFrame(callee);
    } catch (error) {
      // As the attribute lookup the getter stands for would have (getAttribute).
      if (error instanceof PyBaseException) {
        addAttributeErrorContext(error, getter.owner, getter.name);
      }
      throw error;
    }
  }
  const result = evalFrameQuietly(callee);
  if (result === undefined) {
    calleeRaise.error = takeEscaped();
    return undefined;
  }
  if (callee.constructed === null) return result;
  checkInitResult(result);
  return callee.constructed;
}

/**
 * Continues a chain of frames (outermost first, the first one the looping
 * frame): runs the inner ones to completion and hands the result to the
 * looping frame. Each frame's pc is where it continues (for the innermost,
 * after the raising instruction when `error` is given).
 */
export function finishFrames(frames: Frame[], error: unknown): HookStatus {
  if (frames.length === 1) {
    if (error === undefined) return HookStatus.Resume;
    pending.error = error;
    return HookStatus.Raise;
  }
  chainFrames(frames.slice(1), error);
  const looping = frames[0];
  try {
    const result = finishCallee(frames[1], looping);
    if (result !== undefined) looping.fast[looping.sp++] = result;
    else {
      const raised = takeCalleeRaise();
      if (raised !== null) {
        pending.error = raised;
        return HookStatus.Raise;
      }
    }
  } catch (raised) {
    pending.error = raised;
    return HookStatus.Raise;
  }
  return HookStatus.Resume;
}
