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
import { allOps, type OpSet, Value } from "./ir.ts";

export interface Exit {
  readonly index: number;
  readonly snapshot: Snapshot;
  /** The values whose contents the exit buffer holds, in order. */
  readonly values: readonly Value[];
  /** How many times the trace left through this exit. */
  count: number;
  /** How the exit fills each frame (exitPlan, made on first use). */
  plan?: readonly FramePlan[];
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

export function exitTable(trace: Trace, skip?: OpSet): ExitTable {
  const table = { exits: [], exitOf: new Map<Op, Exit>() };
  appendExits(table, trace.ops, skip);
  return table;
}

/** Numbers the exits of `ops` (bridges included, but those of `skip`'s ops) after the table's. */
export function appendExits(table: ExitTable, ops: readonly Op[], skip?: OpSet): void {
  const valuesOf = new Map<Snapshot, Value[]>();
  for (const op of allOps(ops, skip)) {
    if (op.snapshot === null) continue;
    let values = valuesOf.get(op.snapshot);
    if (values === undefined) valuesOf.set(op.snapshot, values = snapshotValues(op.snapshot));
    const exit = { index: table.exits.length, snapshot: op.snapshot, values, count: 0, op };
    table.exits.push(exit);
    table.exitOf.set(op, exit);
  }
}

/** The distinct values a snapshot mentions, in slot order, outermost frame first. */
export function snapshotValues(snapshot: Snapshot): Value[] {
  const seen = new Set<Value>();
  for (const frame of snapshot.frames) {
    for (const operand of frame.slots) {
      if (operand instanceof Value) seen.add(operand);
    }
    for (
      const operand of [
        frame.constructed,
        frame.attribute?.owner,
        frame.generator,
        frame.callee,
        frame.made,
        ...(frame.cells ?? []),
      ]
    ) {
      if (operand instanceof Value) seen.add(operand);
    }
  }
  return [...seen];
}

/**
 * How an exit fills one frame's slots, worked out once per exit: for each
 * slot, the exit-buffer position of its value, or CONSTANT with the value in
 * `constants`, or NOTHING; `floats` marks slots whose value must be boxed.
 */
export interface FramePlan {
  readonly sources: Int32Array;
  readonly constants: unknown[];
  readonly floats: Uint8Array;
  /** Where the constructed instance of an inlined `__init__` is (a source), or NOTHING. */
  readonly constructed: number;
  readonly constructedConstant: unknown;
  /** An inlined property getter's attribute name, and where its owner is (a source). */
  readonly attributeName: string | null;
  readonly attributeOwner: number;
  readonly attributeOwnerConstant: unknown;
  /** A generator's frame (SnapshotFrame.generator): where the generator is (a source), or NOTHING. */
  readonly generator: number;
  readonly generatorConstant: unknown;
  /** An inlined closure's function (SnapshotFrame.callee): where it is (a source), or NOTHING. */
  readonly callee: number;
  readonly calleeConstant: unknown;
  /** An inlined frame's own cells (SnapshotFrame.cells): a source each, or NOTHING; or null. */
  readonly cells: Int32Array | null;
  /** A frame the trace made (SnapshotFrame.made): where it is (a source), or NOTHING. */
  readonly made: number;
}

export const NOTHING = -1;
export const CONSTANT = -2;

/** The exit's plans, one per snapshot frame, outermost first (made on first use). */
export function exitPlan(exit: Exit): readonly FramePlan[] {
  if (exit.plan !== undefined) return exit.plan;
  const position = new Map<Value, number>();
  exit.values.forEach((value, i) => position.set(value, i));
  const source = (operand: Operand | null) =>
    operand === null ? NOTHING : operand instanceof Value ? position.get(operand)! : CONSTANT;
  exit.plan = exit.snapshot.frames.map((frame) => {
    const sources = new Int32Array(frame.slots.length);
    const constants: unknown[] = [];
    const floats = new Uint8Array(frame.slots.length);
    frame.slots.forEach((operand, slot) => {
      sources[slot] = source(operand);
      constants[slot] = operand !== null && !(operand instanceof Value)
        ? (operand as { value: unknown }).value
        : undefined;
      floats[slot] = operand?.kind === "float" ? 1 : 0;
    });
    const constructed = source(frame.constructed);
    const constructedConstant = constructed === CONSTANT
      ? (frame.constructed as { value: unknown }).value
      : undefined;
    const attributeOwner = source(frame.attribute?.owner ?? null);
    const attributeOwnerConstant = attributeOwner === CONSTANT
      ? (frame.attribute!.owner as { value: unknown }).value
      : undefined;
    const generator = source(frame.generator ?? null);
    const generatorConstant = generator === CONSTANT
      ? (frame.generator as { value: unknown }).value
      : undefined;
    const callee = source(frame.callee ?? null);
    const calleeConstant = callee === CONSTANT
      ? (frame.callee as { value: unknown }).value
      : undefined;
    return {
      sources,
      constants,
      floats,
      constructed,
      constructedConstant,
      attributeName: frame.attribute?.name ?? null,
      attributeOwner,
      attributeOwnerConstant,
      generator,
      generatorConstant,
      callee,
      calleeConstant,
      cells: frame.cells === undefined ? null : Int32Array.from(frame.cells, source),
      made: source(frame.made ?? null), // (never a constant: make_frame's result)
    };
  });
  return exit.plan;
}
