/**
 * Virtual iterators: the list or tuple iterator of an inner `for` loop goes
 * round the loop as two label values — its sequence and its index — and is
 * made only where an exit needs it (PyPy's virtual iterators, forced at
 * exits).
 *
 * A loop inside a function's trace (or an inner loop of a loop's trace) has
 * a `label` whose values are the frame's slots at the loop header; the
 * `for`'s iterator is the stack slot under FOR_ITER. The trace makes it
 * with `seq_iter` just before the label (GET_ITER of an exact list or
 * tuple), so every entry of the inner loop allocated a PyIndexIterator —
 * go's `for q in NEIGHBOURS[p]`, deltablue's `for c in v.constraints`.
 * This pass, for a label argument made by `seq_iter` that nothing else
 * uses (no other op; snapshots before the label may name it: the op is
 * then sunk, made by those exits only):
 *
 * - the label takes the sequence and the index 0 in its place, and defines
 *   two values for the slot (LoopLabel.parts says which is which);
 * - in the body, `guard_class` of the iterator holds by construction and
 *   goes, and `seq_iter_next` becomes `seq_next_item seq, index` (a guard
 *   that leaves when the sequence has no item there) and `int_add index, 1`;
 * - `seq_iter_done` (the loop ends) becomes `seq_iter_end seq, index`;
 * - a snapshot naming the iterator names a sunk `seq_iter_at seq, index`
 *   instead: an exit through it makes the iterator, at its index, and a
 *   bridge from it makes it at its start (recorder.ts `materialized`);
 * - the body's `jump` back to the label passes the sequence and the index.
 *
 * Any other use of the iterator in the body (another label's argument, an
 * op that is not one of those above, a jump that passes it elsewhere)
 * leaves the label as it was. The walk is the body's op list in order, a
 * straight line: the index the state has at each op is the last one made.
 *
 * Bridges recorded later that go round the label (recorder.ts
 * closeToLabel) pass a real iterator's parts (`seq_iter_seq`,
 * `seq_iter_index`); only one the bridge made itself (GET_ITER, or the
 * exit's `seq_iter_at`) and named by no other slot may go round as parts,
 * so that no other reference sees the index stop moving.
 *
 * An iterator is reachable from its stack slot only (Python code cannot
 * read a value stack), which is why a stack slot's iterator may be split.
 */
import {
  intConst,
  type IteratorPart,
  LoopLabel,
  Op,
  type Operand,
  refConst,
  Snapshot,
  type Trace,
  Value,
} from "../ir.ts";
import { copyOf, mapSnapshot, Substitution, withOps } from "./rewrite.ts";
import { listIteratorType, tupleIteratorType } from "../../vm/runtime/iteration.ts";

export function iterators(trace: Trace): Trace {
  if (!trace.ops.some((op) => op.name === "seq_iter" || op.name === "seq_iter_at")) return trace;
  let ops = trace.ops;
  for (let i = 0; i < ops.length; i++) {
    if (ops[i].name !== "label" || ops[i].loop === null) continue;
    for (let k = 0; k < ops[i].args.length; k++) {
      const split = splitAt(trace, ops, i, k);
      if (split === null) continue;
      ops = split.ops;
      i = split.at;
    }
  }
  ops = straightLine(trace, ops);
  return ops === trace.ops ? trace : withOps(trace, ops);
}

/**
 * Iterators the trace makes (`seq_iter`, or a bridge's `seq_iter_at` from
 * its exit) are virtual while the op list runs straight on: their class
 * guards go, FOR_ITER's steps become `seq_next_item` on their sequence and
 * index, the exhausted check `seq_iter_end`, and snapshots name a sunk
 * `seq_iter_at`; any other use makes the iterator there, in its state. So a
 * loop's exit that finds its iterator exhausted, or a bridge that goes on
 * round the loop, makes none.
 */
function straightLine(trace: Trace, ops: Op[]): Op[] {
  if (!ops.some((op) => (op.name === "seq_iter" || op.name === "seq_iter_at") && !op.sunk)) {
    return ops;
  }
  const substitution = new Substitution();
  const live = new Map<Value, State>();
  const out: Op[] = [];
  const add = (name: string, args: Operand[], immediate: number, sunk: boolean): Value => {
    const op = new Op(name, args, null, immediate);
    op.result = trace.newValue(op.info.result, op);
    op.sunk = sunk;
    out.push(op);
    return op.result;
  };
  const sunkOf = (state: State): Value =>
    state.sunk ??= add("seq_iter_at", [state.seq, state.index], state.kind, true);
  const materialize = (value: Value): void => {
    const state = live.get(value)!;
    live.delete(value);
    substitution.set(value, add("seq_iter_at", [state.seq, state.index], state.kind, false));
  };
  let changed = false;
  for (const original of ops) {
    const op = copyOf(original);
    op.args = op.args.map((arg) => substitution.operand(arg));
    if ((op.name === "seq_iter" || op.name === "seq_iter_at") && !op.sunk) {
      live.set(op.result!, {
        seq: op.args[0],
        index: op.name === "seq_iter" ? intConst(0) : op.args[1],
        kind: op.immediate,
        sunk: null,
      });
      changed = true;
      continue;
    }
    const target = op.args[0] instanceof Value ? op.args[0] : null;
    const state = target === null ? undefined : live.get(target);
    if (state !== undefined && !op.args.slice(1).includes(target!)) {
      if (
        op.name === "guard_class" &&
        (op.args[1] as { value?: unknown }).value === CLASSES[state.kind]
      ) continue;
      if (op.name === "seq_iter_seq" || op.name === "seq_iter_index") {
        substitution.set(op.result!, op.name === "seq_iter_seq" ? state.seq : state.index);
        continue;
      }
      if (op.name === "seq_iter_next" || op.name === "seq_iter_done") {
        const snapshot = rewriteSnapshot(op.snapshot!, live, sunkOf, substitution);
        if (op.name === "seq_iter_next") {
          const next = new Op("seq_next_item", [state.seq, state.index], op.result, 0, snapshot);
          op.result!.op = next;
          out.push(next);
          state.index = add("int_add", [state.index, intConst(1)], 0, false);
        } else {
          out.push(new Op("seq_iter_end", [state.seq, state.index], null, 0, snapshot));
          state.seq = refConst(null, "exhausted");
          state.index = intConst(0);
        }
        state.sunk = null;
        continue;
      }
    }
    // (A label makes them all: the loop's iterations run from its values only.)
    if (op.name === "label") { for (const value of [...live.keys()]) materialize(value); }
    for (const arg of op.args) {
      if (arg instanceof Value && live.has(arg)) materialize(arg);
    }
    op.args = op.args.map((arg) => substitution.operand(arg));
    if (op.snapshot !== null) {
      op.snapshot = rewriteSnapshot(op.snapshot, live, sunkOf, substitution);
    }
    out.push(op);
  }
  return changed ? out : ops;
}

/** A virtual iterator's state: its sequence, its index, its kind (seq_iter's immediate). */
interface State {
  seq: Operand;
  index: Operand;
  readonly kind: number;
  /** The sunk `seq_iter_at` of this state, once an exit named it. */
  sunk: Value | null;
}

/** The snapshot with substitutions made and virtual iterators named by their sunk state. */
function rewriteSnapshot(
  snapshot: Snapshot,
  live: Map<Value, State>,
  sunkOf: (state: State) => Value,
  substitution: Substitution,
): Snapshot {
  return mapSnapshot(snapshot, (operand) => {
    const current = substitution.operand(operand);
    const state = current instanceof Value ? live.get(current) : undefined;
    return state === undefined ? current : sunkOf(state);
  });
}

/** The iterator classes seq_iter's immediate stands for. */
const CLASSES = [listIteratorType, tupleIteratorType];

/**
 * The ops with label `ops[at]`'s argument k split into a sequence and an
 * index, and where the label now is; null when it cannot be.
 */
function splitAt(
  trace: Trace,
  ops: Op[],
  at: number,
  k: number,
): { ops: Op[]; at: number } | null {
  const label = ops[at];
  const made = label.args[k];
  if (!(made instanceof Value) || made.op?.name !== "seq_iter" || made.op.sunk) return null;
  if (label.loop!.parts?.[k]) return null;
  const maker = made.op;
  const kind = maker.immediate;
  // Nothing else uses it: no op but the label, no other position of the label.
  for (let j = 0; j < at; j++) if (ops[j] !== maker && ops[j].args.includes(made)) return null;
  if (label.args.some((arg, m) => m !== k && arg === made)) return null;
  const iterator = label.loop!.values[k];
  const sequence = trace.newValue("ref", null);
  const start = trace.newValue("int", null);
  const out: Op[] = [];
  let index: Operand = start;
  let sunk: Value | null = null; // (the state's sunk iterator while the index holds)
  const rewritten = new Map<Snapshot, Snapshot>();
  /** Values whose defining op is replaced (only once the split is sure). */
  const defines: [Value, Op][] = [];
  const stateOf = (): Value => {
    if (sunk !== null) return sunk;
    const op = new Op("seq_iter_at", [sequence, index], null, kind);
    op.result = trace.newValue("ref", op);
    op.sunk = true;
    out.push(op);
    rewritten.clear();
    return sunk = op.result;
  };
  const snapshotOf = (snapshot: Snapshot): Snapshot => {
    if (!snapshot.frames.some((frame) => names(frame, iterator))) return snapshot;
    const state = stateOf();
    let result = rewritten.get(snapshot);
    if (result === undefined) {
      result = mapSnapshot(snapshot, (operand) => operand === iterator ? state : operand);
      rewritten.set(snapshot, result);
    }
    return result;
  };
  for (let j = at + 1; j < ops.length; j++) {
    const op = ops[j];
    const uses = op.args.some((arg) => arg === iterator);
    if (op.bridge !== null) return null; // (bridges come later: see the essay)
    if (op.name === "guard_class" && op.args[0] === iterator) {
      if ((op.args[1] as { value?: unknown }).value !== CLASSES[kind]) return null;
      continue;
    }
    if (op.name === "seq_iter_next" && op.args[0] === iterator) {
      const next = new Op(
        "seq_next_item",
        [sequence, index],
        op.result,
        0,
        snapshotOf(op.snapshot!),
      );
      defines.push([op.result!, next]);
      out.push(next);
      const add: Op = new Op("int_add", [index, intConst(1)], null);
      add.result = trace.newValue("int", add);
      out.push(add);
      index = add.result;
      sunk = null;
      continue;
    }
    if (op.name === "seq_iter_done" && op.args[0] === iterator) {
      // The loop's end (recorded in its first iteration): nothing may use it after.
      out.push(new Op("seq_iter_end", [sequence, index], null, 0, snapshotOf(op.snapshot!)));
      if (ops.slice(j + 1).some((later) => later.args.includes(iterator))) return null;
      index = intConst(0);
      sunk = null;
      continue;
    }
    if (op.name === "jump" && op.immediate === label.immediate) {
      if (op.args.some((arg, m) => (m === k) !== (arg === iterator))) return null;
      const args = [...op.args.slice(0, k), sequence, index, ...op.args.slice(k + 1)];
      const jump = new Op("jump", args, null, op.immediate, op.snapshot && snapshotOf(op.snapshot));
      out.push(jump);
      continue;
    }
    if (uses) return null;
    if (op.snapshot !== null && op.snapshot.frames.some((frame) => names(frame, iterator))) {
      const copy = new Op(op.name, op.args, op.result, op.immediate, snapshotOf(op.snapshot));
      copy.loop = op.loop;
      copy.sunk = op.sunk;
      copy.runsPython = op.runsPython;
      if (copy.result !== null) defines.push([copy.result, copy]);
      out.push(copy);
      continue;
    }
    out.push(op);
  }
  // The label: the sequence and 0 in the iterator's place.
  const loop = label.loop!;
  const parts: (IteratorPart | null)[] = loop.parts?.slice() ?? loop.values.map(() => null);
  parts.splice(k, 1, { field: "seq", kind }, { field: "index", kind });
  const values = [...loop.values.slice(0, k), sequence, start, ...loop.values.slice(k + 1)];
  const slots = [...loop.slots.slice(0, k), loop.slots[k], ...loop.slots.slice(k)];
  const args = [...label.args.slice(0, k), maker.args[0], intConst(0), ...label.args.slice(k + 1)];
  const newLabel = new Op("label", args, null, label.immediate, label.snapshot);
  newLabel.loop = new LoopLabel(values, slots, parts);
  // Before the label: the maker goes, or is sunk when snapshots there name it.
  const before = ops.slice(0, at);
  const named = before.some((op) =>
    op.snapshot?.frames.some((frame) => names(frame, made)) ?? false
  );
  if (named) maker.sunk = true;
  for (const [value, op] of defines) value.op = op;
  const kept = before.filter((op) => named || op !== maker);
  return { ops: [...kept, newLabel, ...out], at: kept.length };
}

/** Whether a snapshot frame names `value`. */
function names(
  frame: Snapshot["frames"][number],
  value: Value,
): boolean {
  return frame.slots.includes(value) || frame.constructed === value ||
    frame.attribute?.owner === value || frame.generator === value ||
    frame.callee === value || frame.made === value ||
    (frame.cells?.includes(value) ?? false);
}
