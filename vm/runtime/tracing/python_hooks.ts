/**
 * Python functions as hooks: CPython's trace_trampoline and
 * profile_trampoline.
 *
 * A trace function installed by sys.settrace receives 'call' events; what
 * it returns (unless None) becomes the frame's f_trace, which receives the
 * frame's other events. A profile function receives every event itself and
 * its result is ignored. Either is uninstalled when it raises (the trace
 * function also clears the frame's f_trace), and the exception gets a
 * traceback entry for the traced frame (call_trampoline's PyTraceBack_Here).
 *
 * Around the call, f_locals is synchronised as in CPython
 * (PyFrame_FastToLocals before, PyFrame_LocalsToFast after): a debugger
 * that assigns into frame.f_locals changes the variable.
 */
import type { PyValue } from "../../objects/object.ts";
import type { PyDict } from "../../objects/dict.ts";
import type { Frame } from "../frame.ts";
import { callObject } from "../call.ts";
import { addTracebackEntry, toPyException } from "../raise.ts";
import { frameLocals, localsSnapshot } from "../frame_locals.ts";
import { type Hook, setProfileHook, setTraceHook, type TraceEvent } from "./hooks.ts";
import { existingFrameTrace, frameTrace } from "./frame_trace.ts";

export class PythonTraceHook implements Hook {
  constructor(readonly object: PyValue) {}

  event(frame: Frame, what: TraceEvent, arg: PyValue): void {
    const callback = what === "call" ? this.object : existingFrameTrace(frame)?.localTrace ?? null;
    if (callback === null) return;
    let result: PyValue;
    try {
      result = callTrampoline(callback, frame, what, arg);
    } catch (error) {
      setTraceHook(null);
      const state = existingFrameTrace(frame);
      if (state !== undefined) state.localTrace = null;
      throw error;
    }
    if (result !== null) frameTrace(frame).localTrace = result;
  }
}

export class PythonProfileHook implements Hook {
  constructor(readonly object: PyValue) {}

  event(frame: Frame, what: TraceEvent, arg: PyValue): void {
    try {
      callTrampoline(this.object, frame, what, arg);
    } catch (error) {
      setProfileHook(null);
      throw error;
    }
  }
}

function callTrampoline(callback: PyValue, frame: Frame, what: TraceEvent, arg: PyValue): PyValue {
  const function_ = frame.locals === null;
  if (function_ && localsSnapshot(frame) !== undefined) frameLocals(frame); // what the hook may read
  try {
    return callObject(callback, [frame, what, arg], null);
  } catch (error) {
    const exception = toPyException(error);
    addTracebackEntry(exception, frame, Math.max(0, frame.pc - 1));
    throw exception;
  } finally {
    const snapshot = function_ ? localsSnapshot(frame) : undefined;
    if (snapshot !== undefined) writeBackLocals(frame, snapshot);
  }
}

/** PyFrame_LocalsToFast(frame, clear=1): a name missing from the dict becomes unbound. */
function writeBackLocals(frame: Frame, locals: PyDict): void {
  const code = frame.code;
  const cellCount = code.co_cellvars.length;
  code.co_varnames.forEach((name, i) => {
    if (!code.co_cellvars.includes(name)) frame.fast[i] = locals.get(name);
  });
  code.co_cellvars.forEach((name, i) => {
    const cell = frame.cells[i];
    if (cell !== undefined) cell.contents = locals.get(name);
  });
  code.co_freevars.forEach((name, i) => {
    const cell = frame.cells[cellCount + i];
    if (cell !== undefined) cell.contents = locals.get(name);
  });
}
