/**
 * Process-wide interpreter state: the builtins and sys modules and the table
 * of modules by name (sys.modules), set up once by run_main.ts.
 */
import type { PyModule } from "./module.ts";
import type { PyDict } from "../objects/dict.ts";

export interface InterpreterState {
  builtins: PyModule;
  sys: PyModule;
  /** sys.modules (the same dict object). */
  modules: PyDict;
}

let state: InterpreterState | null = null;

export function setInterpreterState(value: InterpreterState): void {
  state = value;
}

export function interpreter(): InterpreterState {
  if (state === null) throw new Error("interpreter state used before initialisation");
  return state;
}

/**
 * The running thread's contextvars Context (CPython's `tstate->context`):
 * null until `_contextvars` first needs one. Taipan runs Python code on one
 * thread, so one slot serves.
 */
let context: object | null = null;

export function currentContext(): object | null {
  return context;
}

export function setCurrentContext(value: object | null): void {
  context = value;
}
