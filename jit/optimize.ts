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

export type Pass = (trace: Trace) => Trace;

/** The passes in order: each one's file says what it does. */
export const PASSES: readonly [string, Pass][] = [
  ["fold", fold],
  ["heap", heap],
  ["fold", fold],
  ["peel", peel],
  ["fold", fold],
  ["heap", heap],
  ["ranges", ranges],
  ["dce", dce],
  ["sink", sink],
];

export function optimize(trace: Trace): Trace {
  let result = trace;
  for (const [, pass] of PASSES) result = pass(result);
  return result;
}
