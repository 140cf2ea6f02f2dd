/**
 * Dead code elimination: an op without side effects and without a guard
 * whose result nobody uses — no later op, no snapshot, not the jump — is
 * removed. Walking backwards finds whole dead chains in one pass (a box
 * only a removed op used dies with it). Guards stay even when their result
 * is unused: their check is the point.
 */
import type { Op, Trace } from "../ir.ts";
import { Value } from "../ir.ts";
import { withOps } from "./rewrite.ts";
import { snapshotValues } from "../exits.ts";

export function dce(trace: Trace): Trace {
  const used = new Set<Value>();
  const kept: Op[] = [];
  for (let i = trace.ops.length - 1; i >= 0; i--) {
    const op = trace.ops[i];
    const removable = !op.info.guard && !op.info.effect && !op.info.raises && op.result !== null;
    if (removable && !used.has(op.result!)) continue;
    kept.push(op);
    for (const arg of op.args) if (arg instanceof Value) used.add(arg);
    if (op.snapshot !== null) { for (const value of snapshotValues(op.snapshot)) used.add(value); }
  }
  return withOps(trace, kept.reverse());
}
