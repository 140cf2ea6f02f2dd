/**
 * The optimiser: the passes a recorded trace goes through before the
 * backend compiles it, in order. Each pass is a file of its own in opt/
 * with an essay on what it does; each takes a trace and returns the
 * improved one (a new op list, the same values).
 */
import type { Trace } from "./ir.ts";
import { fold } from "./opt/fold.ts";
import { heap } from "./opt/heap.ts";
import { dce } from "./opt/dce.ts";
import { sink } from "./opt/sink.ts";
import { ranges } from "./opt/ranges.ts";
import { peel } from "./opt/peel.ts";
import { virtuals } from "./opt/virtuals.ts";
import { iterators } from "./opt/iterators.ts";

export type Pass = (trace: Trace) => Trace;

/**
 * Peeling, kept only when it pays: the body (after fold and heap) must be
 * shorter than the preamble by PEEL_GAIN of it. A body that repeats every
 * guard of the preamble (a loop of residual calls, which forget all heap
 * facts) gains nothing per iteration and doubles the guards that may fail
 * and want bridges.
 */
function peelIfItPays(trace: Trace): Trace {
  const peeled = heap(fold(peel(trace)));
  if (peeled === trace) return trace;
  const label = peeled.ops.findIndex((op) => op.name === "label");
  const preamble = label, body = peeled.ops.length - label - 2; // (without the label and jump)
  return body <= preamble * (1 - PEEL_GAIN) ? peeled : trace;
}

/** The share of the preamble's ops the peeled body must do without. */
const PEEL_GAIN = 0.1;

/** The passes in order: each one's file says what it does. */
export const PASSES: readonly [string, Pass][] = [
  ["fold", fold],
  ["heap", heap],
  ["fold", fold],
  ["peel", peelIfItPays],
  ["virtuals", virtuals],
  ["iterators", iterators],
  ["fold", fold],
  ["ranges", ranges],
  ["dce", dce],
  ["sink", sink],
];

export function optimize(trace: Trace): Trace {
  let result = trace;
  for (const [, pass] of PASSES) result = pass(result);
  return result;
}
