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
      rewritten = new Snapshot(snapshot.frames.map((frame) => ({
        ...frame,
        slots: frame.slots.map((slot) => (slot === null ? null : this.operand(slot))),
        constructed: frame.constructed === null ? null : this.operand(frame.constructed),
        attribute: frame.attribute === undefined
          ? undefined
          : { name: frame.attribute.name, owner: this.operand(frame.attribute.owner) },
        generator: frame.generator === undefined ? undefined : this.operand(frame.generator),
        callee: frame.callee === undefined ? undefined : this.operand(frame.callee),
        cells: frame.cells?.map((cell) => (cell === null ? null : this.operand(cell))),
      })));
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
