/**
 * Python-visible attributes of frame and traceback objects (`tb_frame`,
 * `tb_next`, `tb_lineno`, `f_code`, `f_back`, ...), as types.py and the
 * traceback module read them.
 */
import { materializeFrames } from "../virtual_frames.ts";
import type { PyValue } from "../../objects/object.ts";
import { defineGetSets } from "../../objects/getset.ts";
import { Frame, frameType } from "../frame.ts";
import { PyTraceback, tracebackType } from "../traceback.ts";
import { PyCode } from "../code_object.ts";
import { frameLocals } from "../frame_locals.ts";
import { pyError } from "../../objects/exceptions.ts";
import { typeOf } from "../../objects/typeof.ts";
import { defineNativeMethods } from "../../objects/native_function.ts";
import { PyList } from "../../objects/list.ts";
import { fillArray } from "../../objects/array_fill.ts";
import type { PyCell } from "../../objects/cell.ts";
import { thread } from "../thread_state.ts";
import { setLineno } from "../tracing/line_jump.ts";
import "../tracing/frame_attributes.ts";

/** `tb.tb_next = x` (tb_setnext): a traceback or None, never making a loop. */
function setNext(self: PyTraceback, value: PyValue | undefined): void {
  if (value === undefined) throw pyError("TypeError", "can't delete tb_next attribute");
  if (value !== null && !(value instanceof PyTraceback)) {
    throw pyError("TypeError", `expected traceback object or None, got '${typeOf(value).tpName}'`);
  }
  for (let cursor: PyTraceback | null = value; cursor !== null; cursor = cursor.next) {
    if (cursor === self) throw pyError("ValueError", "traceback loop detected");
  }
  self.next = value;
}

defineGetSets(tracebackType, {
  tb_frame: [(self: PyTraceback) => self.frame],
  tb_next: [(self: PyTraceback): PyValue => self.next, setNext],
  tb_lineno: [(self: PyTraceback) => self.lineno],
  tb_lasti: [(self: PyTraceback) => self.instruction * 2],
});
// A traceback's dir() is its four attributes only, as CPython's tb_dir.
defineNativeMethods(tracebackType, {
  __dir__: ["", () => new PyList(["tb_frame", "tb_next", "tb_lasti", "tb_lineno"])],
});

/** frame.clear(): drop the locals of a finished frame (tracebacks keep frames alive). */
function clearFrame(frame: Frame): null {
  for (let f: Frame | null = thread.current; f !== null; f = f.back) {
    if (f === frame) throw pyError("RuntimeError", "cannot clear an executing frame");
  }
  if (frame.suspended) throw pyError("RuntimeError", "cannot clear a suspended frame");
  fillArray(frame.fast, undefined);
  fillArray(frame.cells, undefined as unknown as PyCell);
  return null;
}
defineNativeMethods(frameType, { clear: ["", clearFrame] });

defineGetSets(frameType, {
  f_code: [(self: Frame) => PyCode.wrap(self.code)],
  f_back: [(self: Frame): PyValue => {
    materializeFrames();
    return self.back;
  }],
  f_globals: [(self: Frame) => self.globals],
  f_locals: [(self: Frame) => {
    materializeFrames(); // (a looping frame kept from before: its locals, written back)
    return frameLocals(self);
  }],
  f_builtins: [(self: Frame) => self.builtins],
  // An instruction without a location has no line: None (tb_lineno stays -1, as CPython's).
  f_lineno: [(self: Frame) => self.lineno < 0 ? null : self.lineno, setLineno],
  f_lasti: [(self: Frame) => Math.max(0, self.pc - 1) * 2],
});
