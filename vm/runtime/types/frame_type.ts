/**
 * Python-visible attributes of frame and traceback objects (`tb_frame`,
 * `tb_next`, `tb_lineno`, `f_code`, `f_back`, ...), as types.py and the
 * traceback module read them.
 */
import type { PyValue } from "../../objects/object.ts";
import { defineGetSets } from "../../objects/getset.ts";
import { Frame, frameType } from "../frame.ts";
import { PyTraceback, tracebackType } from "../traceback.ts";
import { PyCode } from "../code_object.ts";

defineGetSets(tracebackType, {
  tb_frame: [(self: PyTraceback) => self.frame],
  tb_next: [(self: PyTraceback): PyValue => self.next],
  tb_lineno: [(self: PyTraceback) => self.lineno],
  tb_lasti: [(self: PyTraceback) => self.instruction * 2],
});

defineGetSets(frameType, {
  f_code: [(self: Frame) => PyCode.wrap(self.code)],
  f_back: [(self: Frame): PyValue => self.back],
  f_globals: [(self: Frame) => self.globals],
  f_builtins: [(self: Frame) => self.builtins],
  f_lineno: [(self: Frame) => self.lineno],
  f_lasti: [(self: Frame) => Math.max(0, self.pc - 1) * 2],
});
