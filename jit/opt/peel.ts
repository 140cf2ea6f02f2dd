/**
 * Loop peeling: a loop trace becomes a preamble (its first iteration) and a
 * loop body, so that what does not change from one iteration to the next is
 * checked and loaded once, in the preamble (PyPy's unrolling, in its
 * simplest form).
 *
 * A recorded loop trace repeats everything each time round: the class guard
 * on the array it indexes, the range iterator's class, the global it calls,
 * the attribute of `self` it reads. Those are facts about values that the
 * loop passes round unchanged (its invariant inputs) or loads from them.
 *
 * The trace `inputs I; ops; jump A` becomes
 *
 *     inputs I
 *     ops                      (the preamble: the first iteration)
 *     label V = A'             (V: one value per input the loop changes)
 *     ops'                     (the body: a copy, on V and the invariant I)
 *     jump #pc A''             (back to the label)
 *
 * An input whose jump argument is the input itself never changes, so the
 * body reads it straight from the preamble (no label value): ops of the
 * body on invariant values alone then repeat preamble ops with the same
 * arguments, and the passes after this one remove them — fold.ts merges
 * pure ops and value guards, heap.ts drops class, map and version guards and
 * loads whose facts the body cannot change (it keeps, across this label
 * only, the facts no op of the body kills: heap.ts `PEELED_LABEL`).
 *
 * Bridges are unaffected in kind: one recorded from a guard of the body
 * ends, like any, with a `jump` to the trace's start — the preamble, which
 * establishes the facts again. Exits of the body leave with the body's
 * values; the preamble's exits are the original trace's.
 *
 * Not peeled: function traces, loops with labels (inner loops) of their
 * own, and loops longer than `peel_limit` ops (the code would double).
 * Nor kept when it does not pay (optimize.ts `peelIfItPays`): a body that
 * repeats nearly every op of the preamble — a loop of residual calls, which
 * forget every heap fact — gains nothing per iteration, and its guards,
 * doubled, want twice the bridges.
 */
import { LoopLabel, Op, type Operand, Trace, type Value } from "../ir.ts";
import { params } from "../params.ts";
import { Substitution } from "./rewrite.ts";

export function peel(trace: Trace): Trace {
  const ops = trace.ops;
  const jump = ops[ops.length - 1];
  if (
    trace.loopPc <= 0 || jump?.name !== "jump" || jump.immediate !== 0 ||
    ops.length > params.peel_limit || ops.some((op) => op.name === "label" || op.sunk)
  ) return trace;
  const result = new Trace(trace.code, trace.loopPc);
  result.inputs.push(...trace.inputs);
  result.inputSlots.push(...trace.inputSlots);
  result.reserve(trace.valueCount - 1);
  const copy = new Substitution();
  const values: Value[] = [];
  const slots: number[] = [];
  const entry: Operand[] = [];
  trace.inputs.forEach((input, k) => {
    if (jump.args[k] === input) return; // invariant: the body reads the preamble's
    const value = result.newValue(input.kind, null);
    copy.set(input, value);
    values.push(value);
    slots.push(trace.inputSlots[k]);
    entry.push(jump.args[k]);
  });
  if (values.length === 0) return trace; // (a loop that changes nothing leaves at its first guard)
  result.ops.push(...ops.slice(0, -1));
  const label = new Op("label", entry, null, trace.loopPc);
  label.loop = new LoopLabel(values, slots);
  result.ops.push(label);
  for (const op of ops.slice(0, -1)) {
    const args = op.args.map((arg) => copy.operand(arg));
    const body = new Op(op.name, args, null, op.immediate, copy.snapshot(op.snapshot));
    body.runsPython = op.runsPython;
    if (op.result !== null) {
      body.result = result.newValue(op.result.kind, body);
      copy.set(op.result, body.result);
    }
    result.ops.push(body);
  }
  const back = trace.inputs.flatMap((input, k) =>
    jump.args[k] === input ? [] : [copy.operand(jump.args[k])]
  );
  result.ops.push(new Op("jump", back, null, trace.loopPc, copy.snapshot(jump.snapshot)));
  return result;
}
