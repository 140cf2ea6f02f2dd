/**
 * The JIT's parameters, declared once: name, default and meaning. Set from
 * the command line (`-X jit-threshold=N`, `-X jit-param=name=value`,
 * `-X jit=off`), from TAIPAN_JITLOG, and from Python through the `taipanjit`
 * module (`taipanjit.set_param(name=value)`), like PyPy's `pypyjit`.
 */

export const PARAMETERS = [
  ["threshold", 1039, "loop iterations (back-edges of one loop) before it is traced"],
  ["function_threshold", 1619, "calls of a function before its body is traced from its entry"],
  [
    "function_min_length",
    12,
    "IR operations a function's trace needs to be worth entering from the interpreter",
  ],
  [
    "loop_nesting",
    4,
    "loops one trace runs itself as labels (a function's loops, a loop's inner loops), nested; past it a function's trace hands over to the loop's own trace",
  ],
  ["trace_limit", 6000, "IR operations a trace may have before recording gives up"],
  [
    "peel_limit",
    400,
    "IR operations a loop's trace may have to be peeled (a preamble, then the body without what the preamble checked: opt/peel.ts); 0 peels none",
  ],
  ["inline_depth", 8, "nesting of Python calls inlined into a trace"],
  ["trace_eagerness", 200, "failures of one guard before a bridge is recorded from it"],
  ["max_bridges", 30, "bridges one loop may grow"],
  [
    "tree_source_limit",
    200000,
    "characters of JavaScript a loop tree may compile to before it grows no more bridges (V8 does not optimise functions much past this)",
  ],
  [
    "bridge_batch",
    4,
    "new bridges of one tree gathered before the tree is compiled again (each compile is of the whole tree)",
  ],
  ["bridge_delay", 64, "entries of a tree after which its gathered bridges are compiled anyway"],
  [
    "bridge_delay_chars",
    200,
    "characters of a tree's JavaScript per entry its gathered bridges wait, where that is more than bridge_delay (a big tree's compile costs more)",
  ],
  [
    "bridge_functions",
    1,
    "1: bridges are compiled as functions of their own where they can be; 0: every bridge is compiled into its tree",
  ],
  [
    "bridge_inline_runs",
    2500,
    "runs of a tree's bridges compiled as functions of their own after which the tree is compiled again with those that ran most inline",
  ],
  [
    "bridge_inline_limit",
    40000,
    "characters of JavaScript a tree compiled again may grow to with its bridge functions inline (V8's compile time grows faster than the code)",
  ],
  [
    "bridge_inline_share",
    16,
    "a tree is compiled again for its hot bridge functions only when they ran in at least one of this many of its iterations meanwhile",
  ],
  [
    "inline_raises",
    1,
    "1: an exception raised in inlined callees is followed to a handler of the callee or a caller (record_exceptions.ts); 0: a callee that raises is called from then on",
  ],
  [
    "inline_send",
    1,
    "1: gen.send(x) of a generator or coroutine is recorded into its body (a StopIteration the sending frame catches is caught in the trace); 0: called",
  ],
  [
    "megamorphic_bridges",
    3,
    "bridges from a call site's callee-identity guards before the site calls its callee, uninlined",
  ],
  [
    "profitability_window",
    1000,
    "entries of a compiled trace after which one that leaves at once is dropped",
  ],
  ["max_retrace", 5, "traces recorded for one loop before it is left to the interpreter"],
  ["abort_penalty", 4, "after an abort, the loop waits threshold * this before a new attempt"],
] as const;

export type ParamName = (typeof PARAMETERS)[number][0];

export const params: Record<ParamName, number> = Object.fromEntries(
  PARAMETERS.map(([name, value]) => [name, value]),
) as Record<ParamName, number>;

/** Whether the JIT runs at all (`-X jit=off` clears it). */
export const jitSwitch = { enabled: true };

export function isParam(name: string): name is ParamName {
  return PARAMETERS.some(([known]) => known === name);
}

/** Sets a parameter; the message of the error to raise, or null. */
export function setParam(name: string, value: number): string | null {
  if (!isParam(name)) return `no JIT parameter '${name}'`;
  if (!Number.isInteger(value) || value < 0) {
    return `JIT parameter ${name} must be a non-negative integer`;
  }
  params[name] = value;
  return null;
}
