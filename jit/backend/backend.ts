/**
 * The backend interface, small and fixed (after PyPy's AbstractCPU):
 * compile a loop trace into something `execute` can run on a frame, and
 * invalidate it. Two backends implement it: interp.ts (an IR interpreter,
 * used by tests) and js.ts (JavaScript source compiled by `new Function`,
 * which V8's optimising tiers turn into machine code).
 *
 * Calling convention: `execute(inputs, frame)` receives the loop inputs in
 * an array (ints as numbers, floats unboxed, refs as they are; the driver
 * passes the loop's own `buffer`, read before anything is written to it) and runs the
 * loop until an exit; it returns the exit's number, with the exit's values
 * in `buffer` (see exits.ts) and, for an exit through a raising call, the
 * exception in `raised.error`; `raised.iterations` counts the back-edges
 * taken (the driver's measure of whether the trace pays).
 */
import type { Op, Trace } from "../ir.ts";
import type { Exit, ExitTable } from "../exits.ts";
import type { Frame } from "../../vm/runtime/frame.ts";
import type { PyFunction } from "../../vm/objects/function.ts";

export interface CompiledLoop {
  readonly trace: Trace;
  readonly exits: ExitTable;
  /** Per input, its kind as a number (inputKindCodes), for the driver's entry check. */
  readonly inputKinds: Uint8Array;
  /** Runs from the inputs until an exit; returns its number (-1: a function trace returned, the value in buffer[0]). */
  execute(inputs: unknown[], frame: Frame): number;
  /** The exit values of the last exit. */
  readonly buffer: unknown[];
  /**
   * The exception of the last exit, when it was a raising call; `compiled`
   * is this loop, `owner` what the driver keeps of it (self calls, js.ts).
   */
  readonly raised: { error: unknown; iterations: number; compiled: CompiledLoop; owner: unknown };
  valid: boolean;
  /** What the backend generated, for `-X jitlog=js` ("" when it generates nothing). */
  readonly source: string;
  /** Whether it is a function's trace that can run without a frame (direct_calls.ts). */
  readonly framelessCapable: boolean;
  /** Runs a frameless-capable trace from the inputs in `buffer`, `func` the function called. */
  executeFrameless(func: PyFunction): number;
  /**
   * Compiles a bridge (`ops`, already hung on the exit's op) as code of
   * its own, run when the trace leaves through `exit`, without compiling
   * the tree again; false when it cannot be (it is then compiled with the
   * tree, inline at its guard, as every bridge is when the tree is compiled).
   */
  attachBridge(exit: Exit, ops: readonly Op[]): boolean;
  /** Runs of bridges attached so, and whether one of them ran bridge_inline_runs times. */
  readonly bridgeRuns: number;
  readonly hotBridges: boolean;
  /** Characters of JavaScript of the bridges attached so, and of the tree's code from labels. */
  readonly bridgeChars: number;
}

export const INT_INPUT = 0, FLOAT_INPUT = 1, REF_INPUT = 2;

/** The kinds of a trace's inputs as INT_INPUT / FLOAT_INPUT / REF_INPUT. */
export function inputKindCodes(trace: Trace): Uint8Array {
  return Uint8Array.from(
    trace.inputs,
    (input) => input.kind === "int" ? INT_INPUT : input.kind === "float" ? FLOAT_INPUT : REF_INPUT,
  );
}

export interface Backend {
  readonly name: string;
  /**
   * `previous`: the tree's code until now, when it is compiled again (which
   * bridges it ran as functions of their own, and how often).
   */
  compileLoop(trace: Trace, previous?: CompiledLoop): CompiledLoop;
  invalidate(loop: CompiledLoop): void;
}
