/**
 * What every pass needs: replacing a value by another everywhere after the
 * point where they were found equal — in later ops' arguments and in the
 * snapshots, which must describe the same state with the surviving value.
 */
import { Op, type Operand, Snapshot, Trace, Value } from "../ir.ts";

export class Substitution {
  private readonly map = new Map<Value, Operand>();
  private readonly snapshots = new Map<Snapshot, Snapshot>();

  set(value: Value, replacement: Operand): void {
    this.map.set(value, replacement);
  }

  operand(operand: Operand): Operand {
    if (!(operand instanceof Value)) return operand;
    let current: Operand = operand;
    for (;;) {
      const next = this.map.get(current as Value);
      if (next === undefined) return current;
      current = next;
      if (!(current instanceof Value)) return current;
    }
  }

  snapshot(snapshot: Snapshot | null): Snapshot | null {
    if (snapshot === null || this.map.size === 0) return snapshot;
    let rewritten = this.snapshots.get(snapshot);
    if (rewritten === undefined) {
      rewritten = mapSnapshot(snapshot, (operand) => this.operand(operand));
      this.snapshots.set(snapshot, rewritten);
    }
    return rewritten;
  }

  /** The op with its arguments and snapshot rewritten (the same op object, updated). */
  apply(op: Op): Op {
    op.args = op.args.map((arg) => this.operand(arg));
    op.snapshot = this.snapshot(op.snapshot);
    return op;
  }
}

/** A trace with the same inputs and the given ops. */
export function withOps(trace: Trace, ops: Op[]): Trace {
  const result = new Trace(trace.code, trace.loopPc);
  result.inputs.push(...trace.inputs);
  result.inputSlots.push(...trace.inputSlots);
  result.ops.push(...ops);
  result.reserve(trace.valueCount - 1);
  return result;
}

/** The snapshot with each operand it names (slots, and each frame's other values) mapped. */
export function mapSnapshot(snapshot: Snapshot, map: (operand: Operand) => Operand): Snapshot {
  const each = (operand: Operand | null) => operand === null ? null : map(operand);
  return new Snapshot(snapshot.frames.map((frame) => ({
    ...frame,
    slots: frame.slots.map(each),
    constructed: each(frame.constructed),
    attribute: frame.attribute === undefined
      ? undefined
      : { name: frame.attribute.name, owner: map(frame.attribute.owner) },
    generator: frame.generator === undefined ? undefined : map(frame.generator),
    callee: frame.callee === undefined ? undefined : map(frame.callee),
    cells: frame.cells?.map(each),
    made: frame.made === undefined ? undefined : map(frame.made),
  })));
}

/** A copy of the op to rewrite (its result now defined by the copy). */
export function copyOf(op: Op): Op {
  const copy = new Op(op.name, op.args.slice(), op.result, op.immediate, op.snapshot);
  copy.loop = op.loop;
  copy.bridge = op.bridge;
  copy.sunk = op.sunk;
  copy.runsPython = op.runsPython;
  if (copy.result !== null) copy.result.op = copy;
  return copy;
}
