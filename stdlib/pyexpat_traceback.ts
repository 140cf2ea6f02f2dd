/**
 * CPython's pyexpat calls each handler through call_with_frame, which adds
 * a traceback entry for the C code (`File "../Modules/pyexpat.c", line 417,
 * in StartElement`) to an exception raised by the handler. Taipan adds the
 * same entry: a frame running a code object with that file, name and first
 * line, made once per handler kind from a compiled `def` placed on that
 * line (the file does not exist, so tracebacks show no source line).
 */
import type { PyValue } from "../vm/objects/object.ts";
import { PyBaseException } from "../vm/objects/exceptions.ts";
import { PyDict } from "../vm/objects/dict.ts";
import type { CodeObject } from "../vm/compiler/code.ts";
import { compileSource } from "../vm/runtime/compile_source.ts";
import { Frame } from "../vm/runtime/frame.ts";
import { PyTraceback } from "../vm/runtime/traceback.ts";
import { interpreter } from "../vm/runtime/interpreter_state.ts";
import { cFrameName, HANDLERS } from "./pyexpat_handlers.ts";

const C_FILE = "../Modules/pyexpat.c";
const frames: (Frame | undefined)[] = [];

function cFrame(index: number): Frame {
  let frame = frames[index];
  if (frame === undefined) {
    const spec = HANDLERS[index];
    const source = `${"\n".repeat(spec.cLine - 1)}def ${cFrameName(spec)}(): pass\n`;
    const module = compileSource(source, C_FILE, "exec", 0);
    const code = module.co_consts.find((constant) =>
      (constant as CodeObject).co_filename === C_FILE
    ) as CodeObject;
    frame = new Frame(code, new PyDict(), interpreter().builtins.dict, null, null);
    frames[index] = frame;
  }
  return frame;
}

/** _PyTraceback_Add for the C frame of handler `index`. */
export function addHandlerFrame(error: unknown, index: number): void {
  if (!(error instanceof PyBaseException)) return;
  error.traceback = new PyTraceback(
    error.traceback as PyTraceback | null,
    cFrame(index),
    0,
  ) as PyValue;
}
