/**
 * A frame's tracing state, kept beside the frame rather than in it so that
 * frames (the hottest allocation of calls) keep their shape and size when no
 * hook is ever installed: `f_trace`, `f_trace_lines`, `f_trace_opcodes`, and
 * the private instrumented copy of the code a frame runs while hooks are
 * installed (trace_step.ts).
 */
import type { PyValue } from "../../objects/object.ts";
import type { Frame } from "../frame.ts";
import type { CodeObject } from "../../compiler/code.ts";
import { Op } from "../../compiler/opcodes.ts";

/** The stand-in opcode of traced copies: above every opcode of the table (tests/tracing). */
export const TRACE_OPCODE = 255;

export class FrameTrace {
  /** The local trace function (f_trace), or null. */
  localTrace: PyValue | null = null;
  traceLines = true;
  traceOpcodes = false;
  /** The copy the frame runs while traced: every opcode TRACE_OPCODE but `disarmed`'s. */
  words: Int32Array | null = null;
  /** The instruction whose original opcode is in `words` while it executes, or -1. */
  disarmed = -1;
  /** The instruction executed before the current one (CPython's prev_instr), -1 at entry. */
  last = -1;
  /** After a SEND: how it reports finishing (trace_step.ts), else 0. */
  send = 0;
}

const states = new WeakMap<Frame, FrameTrace>();

export function frameTrace(frame: Frame): FrameTrace {
  let state = states.get(frame);
  if (state === undefined) states.set(frame, state = new FrameTrace());
  return state;
}

export function existingFrameTrace(frame: Frame): FrameTrace | undefined {
  return states.get(frame);
}

/** f_trace of a frame: its local trace function, or null. */
export function localTraceOf(frame: Frame): PyValue | null {
  return states.get(frame)?.localTrace ?? null;
}

const firstTraceable = new WeakMap<CodeObject, number>();

/**
 * The index of a code's first RESUME (CPython's _co_firsttraceable): what
 * comes before it (MAKE_CELL, COPY_FREE_VARS, RETURN_GENERATOR) sends no
 * events.
 */
export function firstTraceableOf(code: CodeObject): number {
  let index = firstTraceable.get(code);
  if (index === undefined) {
    const words = code.code;
    index = 0;
    while (index < code.instructionCount && words[index << 1] !== Op.RESUME) index++;
    firstTraceable.set(code, index);
  }
  return index;
}
