/**
 * `input()` during an interactive session on a terminal reads through the
 * line editor, with the session's history, as CPython's input() goes through
 * readline (PyOS_Readline) once site has loaded it. When sys.stdin or
 * sys.stdout have been replaced, the builtin it wraps does the work.
 */
import type { PyValue } from "../vm/objects/object.ts";
import { pyError } from "../vm/objects/exceptions.ts";
import { nativeFunction } from "../vm/objects/native_function.ts";
import { strOf } from "../vm/objects/str_convert.ts";
import { toJsString } from "../vm/objects/str_wide.ts";
import { callObject } from "../vm/runtime/call.ts";
import { interpreter } from "../vm/runtime/interpreter_state.ts";
import { flushStdout } from "../vm/runtime/stdio.ts";
import { Interrupted, type LineReader } from "./repl.ts";

export function installEditingInput(reader: LineReader): void {
  const builtins = interpreter().builtins.dict;
  const original = builtins.get("input");
  if (original === undefined) return;
  const input = nativeFunction("input", "prompt='', /", (prompt: PyValue) => {
    const sys = interpreter().sys.dict;
    if (sys.get("stdin") !== sys.get("__stdin__") || sys.get("stdout") !== sys.get("__stdout__")) {
      return callObject(original, [prompt], null);
    }
    flushStdout();
    let line: string | null;
    try {
      line = reader.readLine(toJsString(strOf(prompt)));
    } catch (error) {
      if (error instanceof Interrupted) throw pyError("KeyboardInterrupt");
      throw error;
    }
    if (line === null) throw pyError("EOFError"); // PyOS_Readline's end of input has no message
    return line.endsWith("\n") ? line.slice(0, -1) : line;
  });
  builtins.set("input", input);
}
