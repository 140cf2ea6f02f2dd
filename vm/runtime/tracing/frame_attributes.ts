/**
 * The tracing attributes of frames: f_trace, f_trace_lines,
 * f_trace_opcodes (stored in frame_trace.ts), and assigning f_lineno, which
 * line_jump.ts does.
 */
import type { PyValue } from "../../objects/object.ts";
import { defineGetSets } from "../../objects/getset.ts";
import { pyError } from "../../objects/exceptions.ts";
import { type Frame, frameType } from "../frame.ts";
import { frameTrace, localTraceOf } from "./frame_trace.ts";

function boolMember(value: PyValue | undefined): boolean {
  if (value === undefined) throw pyError("TypeError", "can't delete numeric/char attribute");
  if (typeof value !== "boolean") throw pyError("TypeError", "attribute value type must be bool");
  return value;
}

defineGetSets(frameType, {
  f_trace: [
    (self: Frame) => localTraceOf(self),
    (self: Frame, value: PyValue | undefined) => {
      frameTrace(self).localTrace = value === undefined ? null : value;
    },
  ],
  f_trace_lines: [
    (self: Frame) => frameTrace(self).traceLines,
    (self: Frame, value: PyValue | undefined) => {
      frameTrace(self).traceLines = boolMember(value);
    },
  ],
  f_trace_opcodes: [
    (self: Frame) => frameTrace(self).traceOpcodes,
    (self: Frame, value: PyValue | undefined) => {
      frameTrace(self).traceOpcodes = boolMember(value);
    },
  ],
});
