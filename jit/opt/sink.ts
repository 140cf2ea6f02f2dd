/**
 * Sinking: allocation removal for temporaries whose life the trace sees
 * whole:
 *
 * - A tuple the trace made (`new_tuple`) that no op that runs uses — its items were
 *   unpacked straight from the op's arguments (fold.ts), so only snapshots
 *   still name it — is never made: an exit that needs it makes it there,
 *   from the same arguments, and a bridge makes it at its start (recorder.ts
 *   `materialized`). Its items are values, which nothing can change.
 *
 * - A list slice that is only the value of a slice assignment.
 *
 * - A float's box that no op that runs uses (only snapshots, or the sunk
 *   state of a virtual object: opt/virtuals.ts): nobody can see it before
 *   an exit makes it.
 *
 * - A function an inlined frame makes (MAKE_FUNCTION) and the trace only
 *   calls, inlined: fold.ts reads its code and cells from what made it, so
 *   only snapshots name it; then its closure's tuple, and the cells in it
 *   that nothing writes (`curry(f)(a)(b)`, a decorator's wrapper: closures.py
 *   made two functions, two tuples and two cells an iteration for nothing).
 *   Sinking is repeated until no more is sunk, since each sunk allocation
 *   may leave what it held used only by sunk ops.
 *
 * `p[:k] = p[k - 1::-1]` records `r = list_getslice p, ...` and later
 * `list_setslice p, ..., r`: a new list made only to be copied and dropped.
 * When nothing but that store uses `r` (no other op; no snapshot after the
 * store), and nothing between the two ops can change the heap (no effect,
 * no call; guards only), the store becomes `list_setslice_from`, which
 * reads the source slice itself, and the slice op is marked sunk: it no
 * longer runs. The guards in between may still leave with `r` on the
 * interpreter's stack: their exits compute it then (the source is as it
 * was, since nothing in between changed it), and a bridge from such a
 * guard computes it again at its start (recorder.ts `materialized`). This
 * is PyPy's virtual object, for the case where its fields are the
 * unchanged state it was read from.
 */
import { Const, Op, type Trace, Value } from "../ir.ts";
import { HELPERS } from "../helpers.ts";
import { withOps } from "./rewrite.ts";

export function sink(trace: Trace): Trace {
  const ops = trace.ops;
  const position = new Map<Op, number>();
  ops.forEach((op, i) => position.set(op, i));
  const argUses = new Map<Value, number>();
  for (const op of ops) {
    for (const arg of op.args) {
      if (arg instanceof Value) argUses.set(arg, (argUses.get(arg) ?? 0) + 1);
    }
  }
  const result = ops.slice();
  ops.forEach((store, j) => {
    if (store.name !== "list_setslice") return;
    const slice = store.args[4];
    if (!(slice instanceof Value) || slice.op?.name !== "list_getslice") return;
    const i = position.get(slice.op);
    if (i === undefined || argUses.get(slice) !== 1) return;
    for (let k = i + 1; k < j; k++) {
      if (ops[k].info.effect || ops[k].info.raises) return;
    }
    for (let k = j + 1; k < ops.length; k++) if (namedBySnapshot(ops[k], slice)) return;
    slice.op.sunk = true;
    const fused = new Op(
      "list_setslice_from",
      [...store.args.slice(0, 4), ...slice.op.args],
      store.result,
      0,
      null,
    );
    if (store.result !== null) store.result.op = fused;
    result[j] = fused;
  });
  // Allocations that only sunk ops and snapshots name, until none is left:
  // sinking a function sinks its closure's tuple, then the tuple's cells.
  for (let sunk = true; sunk;) {
    sunk = false;
    const realUses = new Set<Value>();
    for (const op of result) {
      if (op.sunk) continue;
      for (const arg of op.args) if (arg instanceof Value) realUses.add(arg);
    }
    for (const op of result) {
      if (!op.sunk && sinkable(op) && !realUses.has(op.result!)) op.sunk = sunk = true;
    }
  }
  return withOps(trace, result);
}

/**
 * The allocations an exit can make as well as the trace: a tuple, a float's
 * box, a function made in an inlined frame (MAKE_FUNCTION: the `call` of
 * makeFunctionIn, which makes a function and does nothing else), a cell of
 * an inlined frame (new_cell: its content is its argument, as no setcell
 * names it).
 */
function sinkable(op: Op): boolean {
  switch (op.name) {
    case "new_tuple":
    case "box_float":
    case "new_cell":
      return true;
    case "call":
      return op.args[0] instanceof Const && op.args[0].value === HELPERS.makeFunctionIn;
    default:
      return false;
  }
}

function namedBySnapshot(op: Op, value: Value): boolean {
  return op.snapshot?.frames.some((frame) =>
    frame.slots.includes(value) || frame.constructed === value
  ) ?? false;
}
