/**
 * Shared set-up of the runtime micro-benchmarks (`deno bench bench/micro/`):
 * boots the object model as the TS tests do, and runs a Python module source
 * to get real functions, classes and instances to measure against.
 */
import "../../vm/runtime/bootstrap.ts";
import { compileSource } from "../../vm/runtime/compile_source.ts";
import { Frame } from "../../vm/runtime/frame.ts";
import { evalFrame } from "../../vm/runtime/eval.ts";
import type { PyDict } from "../../vm/objects/dict.ts";
import { interpreter } from "../../vm/runtime/interpreter_state.ts";
import { setUpInterpreter } from "../../vm/runtime/run_main.ts";
import type { PyValue } from "../../vm/objects/object.ts";

let mainGlobals: PyDict | null = null;

/** Runs `source` as a module; returns its globals. */
export function runModule(source: string): PyDict {
  if (mainGlobals === null) {
    mainGlobals = setUpInterpreter(null, {
      optimize: 0,
      unbuffered: false,
      argv: [""],
      executable: "taipan",
      flags: {},
      searchPath: [],
      warnOptions: [],
      xOptions: [],
    });
  }
  const code = compileSource(source, "<micro>", "exec", 0);
  // A fresh __main__-like namespace per module.
  const globals = mainGlobals.copy();
  evalFrame(new Frame(code, globals, interpreter().builtins.dict, globals, null));
  return globals;
}

export function global(globals: PyDict, name: string): PyValue {
  const value = globals.get(name);
  if (value === undefined) throw new Error(`micro: ${name} is not defined`);
  return value;
}

/** Iterations per Deno.bench case: small enough for a quick run, large enough to time. */
export const N = 100_000;
