/**
 * Traceback objects (`types.TracebackType`): one per frame an exception passed
 * through, linked outermost first through `next`, as CPython builds them with
 * PyTraceBack_Here: each frame that sees the exception puts its entry in
 * front.
 */
import { PyObject } from "../objects/object.ts";
import { makeBuiltinType } from "../objects/core_types.ts";
import type { Frame } from "./frame.ts";

export const tracebackType = makeBuiltinType("traceback", undefined, { subclassable: false });

export class PyTraceback extends PyObject {
  constructor(
    /** tb_next: assignable from Python (unittest trims its own frames). */
    public next: PyTraceback | null,
    readonly frame: Frame,
    /** Index of the instruction that raised (tb_lasti is twice this). */
    readonly instruction: number,
  ) {
    super(tracebackType);
  }

  get lineno(): number {
    return this.frame.code.lineOf(this.instruction);
  }
}
