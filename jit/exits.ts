/**
 * Trace exits as the backends see them. Each op with a snapshot is an exit:
 * when its guard fails (or, for a residual call, when the call raises), the
 * compiled code stores the values the snapshot needs — the distinct SSA
 * values it mentions, in a fixed order — into the exit buffer and returns the
 * exit's number. resume.ts then rebuilds the interpreter state from the
 * snapshot and those values. Ops of one instruction share a snapshot, and
 * so share an exit.
 */
import type { Op, Operand, Snapshot, Trace } from "./ir.ts";
import { Value } from "./ir.ts";

export interface Exit {
  readonly index: number;
  readonly snapshot: Snapshot;
  /** The values whose contents the exit buffer holds, in order. */
  readonly values: readonly Value[];
  /** How many times the trace left through this exit. */
  count: number;
}

export interface ExitTable {
  readonly exits: Exit[];
  /** The exit of each op that has a snapshot. */
  readonly exitOf: Map<Op, Exit>;
}

export function exitTable(trace: Trace): ExitTable {
  const exits: Exit[] = [];
  const exitOf = new Map<Op, Exit>();
  const bySnapshot = new Map<Snapshot, Exit>();
  for (const op of trace.ops) {
    if (op.snapshot === null) continue;
    let exit = bySnapshot.get(op.snapshot);
    if (exit === undefined) {
      exit = {
        index: exits.length,
        snapshot: op.snapshot,
        values: snapshotValues(op.snapshot),
        count: 0,
      };
      exits.push(exit);
      bySnapshot.set(op.snapshot, exit);
    }
    exitOf.set(op, exit);
  }
  return { exits, exitOf };
}

/** The distinct values a snapshot mentions, in slot order, outermost frame first. */
export function snapshotValues(snapshot: Snapshot): Value[] {
  const seen = new Set<Value>();
  for (const frame of snapshot.frames) {
    for (const operand of frame.slots) {
      if (operand instanceof Value) seen.add(operand);
    }
  }
  return [...seen];
}

/** Reads an operand's value after an exit: constants directly, values from the buffer. */
export function exitReader(exit: Exit, buffer: readonly unknown[]): (o: Operand) => unknown {
  const position = new Map<Value, number>();
  exit.values.forEach((value, i) => position.set(value, i));
  return (operand) =>
    operand instanceof Value
      ? buffer[position.get(operand)!]
      : (operand as { value: unknown }).value;
}
