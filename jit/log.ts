/**
 * What the JIT did, for people: counters (`taipanjit.stats()`), and the log
 * chosen by TAIPAN_JITLOG or `-X jitlog=` — `summary` (totals at exit),
 * `aborts` (each aborted recording with its reason), `traces` (each trace's
 * IR before and after optimisation), `js` (the JavaScript each loop tree
 * compiles to), `names` (the generated functions named after their traces,
 * for V8's logs and profiles), `all`. Written to stderr.
 */
import { printTrace } from "./ir_text.ts";
import type { Trace } from "./ir.ts";

export const stats = {
  loops_compiled: 0,
  /** Recordings of loops and function entries (bridges are bridges_compiled), aborted or not. */
  recordings: 0,
  bridges_compiled: 0,
  /** Bridges compiled as functions of their own (the tree not compiled again for them). */
  bridge_functions: 0,
  recordings_aborted: 0,
  /** Entries of compiled traces: with a frame, and frameless runs. */
  get loops_entered(): number {
    return this.trace_entries + this.frameless_runs;
  },
  trace_entries: 0,
  guard_failures: 0,
  raises_in_traces: 0,
  entry_type_mismatches: 0,
  blacklisted: 0,
  /** Traces dropped as unprofitable (driver.ts judgeProfit). */
  unprofitable: 0,
  /** Function traces too short to enter from the interpreter, kept for the traces that call them. */
  short_bodies: 0,
  /** Trees too big for the bridges they needed, recorded again calling their biggest callee. */
  outgrown: 0,
  /** Function traces run without a frame (direct_calls.ts), and those of them that left. */
  frameless_runs: 0,
  frameless_exits: 0,
  recording_ms: 0,
  optimizing_ms: 0,
  compiling_ms: 0,
  /** Compiles of a tree again with new bridges (driver.ts recompileTree), and their share of compiling_ms. */
  recompiles: 0,
  recompiling_ms: 0,
  /** Of compiling_ms: V8 turning the generated JavaScript into functions (`new Function`), and its size. */
  instantiating_ms: 0,
  javascript_kb: 0,
};

/**
 * The logs TAIPAN_JITLOG / -X jitlog= turns on. `names` writes nothing: it
 * names each generated function after its trace (traceFunctionName), so
 * that V8's own logs and profiles (--trace-opt, --trace-deopt,
 * tools/profile.ts, tools/v8_compile_cost.py) tell the traces apart.
 */
export const logging = { summary: false, aborts: false, traces: false, js: false, names: false };

/** More summary text (the driver's exit report), set by the driver. */
export const summaryParts: (() => string)[] = [];

let summaryRegistered = false;

/** Turns on the logs named in a comma-separated list. */
export function setLog(spec: string): void {
  for (const part of spec.split(",").map((s) => s.trim()).filter(Boolean)) {
    for (const name of Object.keys(logging) as (keyof typeof logging)[]) {
      if (part === "all" || part === name) logging[name] = true;
    }
  }
  if (logging.summary && !summaryRegistered) {
    summaryRegistered = true;
    globalThis.addEventListener("unload", printSummary);
  }
}

function write(text: string): void {
  Deno.stderr.writeSync(new TextEncoder().encode(text));
}

export function printSummary(): void {
  const lines = Object.entries(stats).map(([name, value]) =>
    `  ${name}: ${typeof value === "number" && !Number.isInteger(value) ? value.toFixed(1) : value}`
  );
  const extra = summaryParts.map((part) => part()).filter(Boolean).join("\n");
  write(`[jit] summary\n${lines.join("\n")}\n${extra ? extra + "\n" : ""}`);
}

export function logAbort(where: string, reason: string): void {
  if (logging.aborts) write(`[jit] abort ${where}: ${reason}\n`);
}

export function logTrace(title: string, trace: Trace): void {
  if (logging.traces) write(`[jit] ${title}\n${printTrace(trace)}\n`);
}

/** Generated functions named so far (traceFunctionName: each name is told apart by its count). */
let namedFunctions = 0;

/**
 * The suffix of a generated function's name (`loop`, `bridge`, `fromLabel`)
 * when the `names` log is on: the traced function and the line of the
 * trace's loop (of its entry for a function's trace), and a count, as
 * `_add_propagate_250_17` — an identifier whatever the function is called;
 * otherwise nothing (the functions are all `loop`, `bridge`, `fromLabel`).
 */
export function traceFunctionName(trace: Trace): string {
  const code = trace.code;
  if (!logging.names || code === null) return "";
  const line = trace.loopPc < 0 ? code.co_firstlineno : code.lineOf(trace.loopPc);
  return `_${code.co_name.replace(/[^A-Za-z0-9_]/g, "_")}_${line}_${++namedFunctions}`;
}

export function logSource(title: string, source: string): void {
  if (logging.js) write(`[jit] ${title}\n${source}\n`);
}
