/**
 * How a frame runs while a hook is installed, without the eval loop testing
 * anything per instruction.
 *
 * A frame that starts or resumes while hookFlags[0] is set (or notices it
 * after a call returns, see eval.ts) runs a private copy of its code in
 * which every opcode is TRACE_OPCODE, a number outside the opcode table.
 * The loop's case for it calls `traceStep`, which sends the events due
 * before that instruction, then "disarms" it: writes the instruction's real
 * opcode into the copy and has the loop dispatch the same index again. The
 * next TRACE re-arms it. So each instruction runs exactly as untraced code
 * runs it, through the same case of the same loop, at the price of a second
 * dispatch; the code object itself is never modified, so nothing else that
 * reads bytecode (generators, tracebacks, the JIT) sees the stand-ins, and
 * recursion is no problem because each frame has its own copy. When the
 * hooks are removed, the next TRACE hands the frame back its plain code.
 *
 * The events before instruction i (CPython 3.11's DO_TRACING and
 * maybe_call_line_trace):
 * - none before the code's first RESUME (MAKE_CELL, RETURN_GENERATOR, ...);
 * - at a RESUME, 'call' (a function starting, a generator resuming);
 * - otherwise, to the trace function only: 'line' when i has a line and it
 *   differs from the previous instruction's (or the frame just started), or
 *   when i was reached by a jump backwards other than into a SEND (a loop of
 *   one line reports each iteration); then 'opcode' if f_trace_opcodes;
 * - at RETURN_VALUE and YIELD_VALUE, after those, 'return' with the value;
 * - at a call of a builtin, the c_* events (c_call_probe.ts).
 * A line event's trace function may set f_lineno (line_jump.ts); the frame
 * then continues at the new instruction with no further events for it.
 */
import type { Frame } from "../frame.ts";
import type { CodeObject } from "../../compiler/code.ts";
import { Op } from "../../compiler/opcodes.ts";
import { ACTIVE, callHook, hookFlags, hooks, requestExit } from "./hooks.ts";
import { firstTraceableOf, type FrameTrace, frameTrace, TRACE_OPCODE } from "./frame_trace.ts";
import { probeBuiltinCall } from "./c_call_probe.ts";
import { typeOf } from "../../objects/typeof.ts";
import { newTuple } from "../../objects/tuple.ts";
import { coroutineType, generatorType, stopIteration } from "../generator.ts";

const templates = new WeakMap<CodeObject, Int32Array>();

function instrumented(code: CodeObject): Int32Array {
  let template = templates.get(code);
  if (template === undefined) {
    template = code.code.slice(); // the arguments stay, only opcodes are replaced
    for (let i = 0; i < template.length; i += 2) template[i] = TRACE_OPCODE;
    templates.set(code, template);
  }
  return template.slice();
}

/**
 * The words a frame runs from now on, its next instruction being `pc`: it
 * starts or resumes while hooks are active, or notices them after a call.
 */
export function tracedWords(frame: Frame, pc: number): Int32Array {
  const state = frameTrace(frame);
  if (state.words === null) state.words = instrumented(frame.code);
  else rearm(state);
  state.last = pc - 1;
  return state.words;
}

function rearm(state: FrameTrace): void {
  if (state.disarmed >= 0) {
    state.words![state.disarmed << 1] = TRACE_OPCODE;
    state.disarmed = -1;
  }
}

/**
 * The loop met TRACE_OPCODE at frame.pc - 1. Sends its events and answers
 * the words to continue with; frame.pc is then the instruction to dispatch
 * and frame.sp the stack pointer.
 */
export function traceStep(frame: Frame): Int32Array {
  const code = frame.code;
  const state = frameTrace(frame);
  const index = frame.pc - 1;
  rearm(state);
  if ((hookFlags[0] & ACTIVE) === 0) { // hooks removed, or a hook resumed this generator
    state.words = null;
    frame.pc = index;
    return code.code;
  }
  const previous = state.last;
  state.last = index;
  const op = code.code[index << 1];
  let target = index;
  if (state.send !== NO_SEND) finishedSend(frame, state, previous, index);
  if (index >= firstTraceableOf(code)) {
    if (op === Op.SEND && hooks.trace !== null) state.send = sendKind(frame);
    if (op === Op.RESUME) callEvents(frame);
    else {
      if (hooks.trace !== null) target = lineEvents(frame, state, previous, index);
      if (target === index) {
        if (op === Op.RETURN_VALUE || op === Op.YIELD_VALUE) returnEvents(frame);
        else if (
          (op === Op.CALL || op === Op.CALL_KW || op === Op.CALL_FUNCTION_EX) &&
          hooks.profile !== null && (hookFlags[0] & ACTIVE) !== 0
        ) {
          probeBuiltinCall(frame, op, code.code[(index << 1) + 1], frame.stack, frame.sp);
        }
      }
    }
  }
  const words = state.words!;
  words[target << 1] = code.code[target << 1];
  state.disarmed = target;
  state.last = target;
  frame.pc = target;
  return words;
}

/**
 * How a SEND that finishes tells the frame, which decides whether CPython's
 * SEND raised StopIteration (and so sent 'exception' to the trace
 * function): its tracing path calls `send(v)` when v is not None or the
 * receiver is a coroutine, which always raises; `__next__` of a generator,
 * which raises only for a value other than None; a Python class's
 * `__next__`, which raises; a builtin iterator's, which does not.
 */
export const NO_SEND = 0;
const RAISES = 1;
const RAISES_UNLESS_NONE = 2;
const SILENT = 3;

function sendKind(frame: Frame): number {
  const sent = frame.stack[frame.sp - 1];
  const receiver = frame.stack[frame.sp - 2]!;
  const type = typeOf(receiver);
  if (sent !== null || type === coroutineType || type.isHeapType) return RAISES;
  return type === generatorType ? RAISES_UNLESS_NONE : SILENT;
}

/** The instruction after a SEND: 'exception' with StopIteration if the SEND finished so. */
function finishedSend(frame: Frame, state: FrameTrace, previous: number, index: number): void {
  const kind = state.send;
  state.send = NO_SEND;
  const words = frame.code.code;
  if (words[previous << 1] !== Op.SEND || words[(previous << 1) + 1] !== index) return;
  const value = frame.stack[frame.sp - 1]!;
  if (kind === SILENT || (kind === RAISES_UNLESS_NONE && value === null) || hooks.trace === null) {
    return;
  }
  const exception = stopIteration(value);
  frame.pc = previous + 1;
  callHook(hooks.trace, frame, "exception", newTuple([exception.cls, exception, null]));
  frame.pc = index + 1;
}

/** 'call' to the trace function, then to the profile function (trace_function_entry). */
function callEvents(frame: Frame): void {
  if (hooks.trace !== null) callHook(hooks.trace, frame, "call", null);
  if (hooks.profile !== null) callHook(hooks.profile, frame, "call", null);
}

/** Line and opcode events; the instruction to continue at (a trace function may jump). */
function lineEvents(frame: Frame, state: FrameTrace, previous: number, index: number): number {
  const code = frame.code;
  const line = code.lineOf(index);
  if (line >= 0 && state.traceLines) {
    const lastLine = previous <= firstTraceableOf(code) ? -1 : code.lineOf(previous);
    const backward = index < previous && code.code[index << 1] !== Op.SEND;
    if (line !== lastLine || backward) callHook(hooks.trace!, frame, "line", null);
  }
  if (state.traceOpcodes && hooks.trace !== null) callHook(hooks.trace, frame, "opcode", null);
  return frame.pc - 1;
}

/**
 * 'return' with the value on top of the stack (trace_function_exit). A hook
 * that raises here ends the frame at once: no handler of the frame runs.
 */
function returnEvents(frame: Frame): void {
  const value = frame.stack[frame.sp - 1]!;
  try {
    if (hooks.trace !== null) callHook(hooks.trace, frame, "return", value);
    if (hooks.profile !== null) callHook(hooks.profile, frame, "return", value);
  } catch (error) {
    requestExit();
    throw error;
  }
}
