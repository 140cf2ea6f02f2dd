/**
 * Leaving a trace: rebuilding the interpreter's state from a snapshot.
 *
 * The looping frame exists all along; its touched slots are written back
 * (floats boxed again: they were virtual) and its pc and stack pointer set.
 * Frames of inlined calls did not exist while the trace ran: they are
 * created here, filled from the snapshot, and chained through
 * `Frame.resumeCallee`, so that each, when evaluated, first finishes the
 * callee it was calling (eval.ts) and receives its result as the CALL would
 * have. The innermost frame continues at its instruction; when the exit was
 * a raising call, that frame raises the exception there (through
 * `thrownIn`, the same path as generator.throw), so handlers and tracebacks
 * are exactly the interpreter's.
 *
 * The looping frame is in the middle of its eval loop (at JUMP_BACKWARD, in
 * the JIT hook), so it is not evaluated here: the hook returns a status and
 * the eval loop continues at the frame's pc, or raises `pending.error`.
 */
import type { Operand, Snapshot } from "./ir.ts";
import { Frame } from "../vm/runtime/frame.ts";
import { PyFloat } from "../vm/objects/float.ts";
import type { PyValue } from "../vm/objects/object.ts";
import { evalFrame } from "../vm/runtime/eval.ts";
import { checkInitResult } from "../vm/runtime/call_type.ts";

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

function pyValue(operand: Operand, value: unknown): PyValue | undefined {
  if (operand.kind === "float") return new PyFloat(value as number);
  return value as PyValue | undefined;
}

/**
 * Writes a snapshot's state into the looping frame and the frames it
 * creates, then finishes the inlined frames. `error`: the exception of a
 * raising call, or undefined for a guard exit.
 */
export function resumeFromSnapshot(
  frame: Frame,
  snapshot: Snapshot,
  read: (operand: Operand) => unknown,
  error: unknown,
): HookStatus {
  return finishFrames(rebuildFrames(frame, snapshot, read, error), error);
}

/**
 * The interpreter frames a snapshot describes, outermost (the looping frame,
 * updated) first; the others are created. Nothing runs yet: a bridge
 * recorder may take them over (finishFrames runs them otherwise).
 */
export function rebuildFrames(
  frame: Frame,
  snapshot: Snapshot,
  read: (operand: Operand) => unknown,
  error: unknown,
): Frame[] {
  const frames: Frame[] = [];
  snapshot.frames.forEach((entry, depth) => {
    let target = frame;
    if (depth > 0) {
      const func = entry.func!;
      target = new Frame(entry.code, func.globals, func.builtins, null, func);
      // COPY_FREE_VARS ran in the trace: the rebuilt frame gets its closure's cells.
      const offset = entry.code.co_cellvars.length;
      func.closure?.forEach((cell, i) => target.cells[offset + i] = cell);
    }
    const fast = target.fast;
    entry.slots.forEach((operand, slot) => {
      if (operand !== null) fast[slot] = pyValue(operand, read(operand));
    });
    target.pc = entry.pc;
    target.sp = entry.sp;
    if (entry.constructed !== null) target.constructed = read(entry.constructed) as PyValue;
    frames.push(target);
  });
  if (error !== undefined) frames[frames.length - 1].pc++; // raised by the instruction at pc
  return frames;
}

/**
 * Runs a rebuilt callee to its end: its result, or — for an inlined
 * `__init__` — the instance being constructed (after type_call's check).
 */
export function finishCallee(callee: Frame): PyValue {
  const result = evalFrame(callee);
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
  const innermost = frames[frames.length - 1];
  if (frames.length === 1) {
    if (error === undefined) return HookStatus.Resume;
    pending.error = error;
    return HookStatus.Raise;
  }
  for (let i = 1; i < frames.length - 1; i++) frames[i].resumeCallee = frames[i + 1];
  if (error !== undefined) innermost.thrownIn = error as PyValue;
  const looping = frames[0];
  try {
    looping.fast[looping.sp++] = finishCallee(frames[1]);
  } catch (raised) {
    pending.error = raised;
    return HookStatus.Raise;
  }
  return HookStatus.Resume;
}
