/**
 * Trace exits as the backends see them. Each op with a snapshot is an exit:
 * when its guard fails (or, for a residual call, when the call raises), the
 * compiled code stores the values the snapshot needs — the distinct SSA
 * values it mentions, in a fixed order — into the exit buffer and returns the
 * exit's number. resume.ts then rebuilds the interpreter state from the
 * snapshot and those values. Ops of one instruction share a snapshot (and
 * its value list), but each op has an exit of its own, so the driver knows
 * which guard failed (bridges attach to that guard).
 */
import type { Op, Operand, Snapshot, Trace } from "./ir.ts";
import { allOps, Value } from "./ir.ts";

export interface Exit {
  readonly index: number;
  readonly snapshot: Snapshot;
  /** The values whose contents the exit buffer holds, in order. */
  readonly values: readonly Value[];
  /** How many times the trace left through this exit. */
  count: number;
  /** Each value's position in the exit buffer (made on first use). */
  positions?: Map<Value, number>;
  /** The op that leaves through this exit (the first, when ops share it). */
  readonly op: Op;
  /** Set when a bridge from here could not be recorded: never try again. */
  noBridge?: boolean;
}

export interface ExitTable {
  readonly exits: Exit[];
  /** The exit of each op that has a snapshot. */
  readonly exitOf: Map<Op, Exit>;
}

export function exitTable(trace: Trace): ExitTable {
  const exits: Exit[] = [];
  const exitOf = new Map<Op, Exit>();
  const valuesOf = new Map<Snapshot, Value[]>();
  for (const op of allOps(trace.ops)) {
    if (op.snapshot === null) continue;
    let values = valuesOf.get(op.snapshot);
    if (values === undefined) valuesOf.set(op.snapshot, values = snapshotValues(op.snapshot));
    const exit = { index: exits.length, snapshot: op.snapshot, values, count: 0, op };
    exits.push(exit);
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
  let position = exit.positions;
  if (position === undefined) {
    position = exit.positions = new Map<Value, number>();
    exit.values.forEach((value, i) => position!.set(value, i));
  }
  return (operand) =>
    operand instanceof Value
      ? buffer[position.get(operand)!]
      : (operand as { value: unknown }).value;
}
