/**
 * Integer range analysis: overflow checks the trace can prove never fail
 * are removed.
 *
 * Small ints are JS numbers, exact up to 2**53 - 1; `int_add_ovf` and
 * `int_sub_ovf` leave the trace when a result is past that (the interpreter
 * redoes the operation in bigints). Most of them cannot fail: `i + 1` where
 * `i` counts a range, `x - y` of two list lengths, `(n & 255) + 1`. This
 * pass gives each int value of the trace an interval and turns an
 * overflow-checked op whose result interval lies inside the safe integers
 * into the unchecked `int_add` / `int_sub` (no guard, no snapshot).
 *
 * Where intervals come from:
 * - constants; list and tuple lengths ([0, 2**32]);
 * - `range_next`: a range iterator's bounds keep `next ± step` safe (range
 *   objects with safe-integer bounds are made only then: range_type.ts), so
 *   its values lie strictly inside the safe integers;
 * - arithmetic on known intervals (add, sub, neg, `&` with a non-negative
 *   side, `%` and `>>` by a positive constant);
 * - guards on comparisons. A trace is a straight line: after
 *   `guard_true (int_lt x, y)` every later op may rely on x < y. This is
 *   where a trace compiler's range analysis is simpler than a method
 *   compiler's — no merges to widen at, except the loop header, whose inputs
 *   start unknown again.
 *
 * Anything else is the whole safe range. Bridges are optimised on their own
 * and start from nothing known about the trunk's values.
 */
import { Const, Op, type Operand, type Trace, Value } from "../ir.ts";
import { withOps } from "./rewrite.ts";

const SAFE = Number.MAX_SAFE_INTEGER;

interface Interval {
  readonly lo: number;
  readonly hi: number;
}

const WHOLE: Interval = { lo: -SAFE, hi: SAFE };
const LENGTH: Interval = { lo: 0, hi: 2 ** 32 };
/** A range iterator's values: past them `next + step` would not be safe (range_type.ts). */
const RANGE_VALUE: Interval = { lo: -SAFE + 1, hi: SAFE - 1 };

/** The checked ops this pass may turn unchecked, and the unchecked form. */
const UNCHECKED: Record<string, string> = { int_add_ovf: "int_add", int_sub_ovf: "int_sub" };

/** A comparison's meaning as `x OP y` for narrowing (guard_true), and its negation (guard_false). */
const COMPARISONS: Record<string, [string, string]> = {
  int_lt: ["<", ">="],
  int_le: ["<=", ">"],
  int_gt: [">", "<="],
  int_ge: [">=", "<"],
  int_eq: ["==", "!="],
  int_ne: ["!=", "=="],
};

function safe(interval: Interval): boolean {
  return interval.lo >= -SAFE && interval.hi <= SAFE;
}

/** The smallest all-ones mask at least `n` (n >= 0). */
function onesAbove(n: number): number {
  let mask = 1;
  while (mask - 1 < n && mask < 2 ** 53) mask *= 2;
  return mask - 1;
}

export function ranges(trace: Trace): Trace {
  const known = new Map<Value, Interval>();
  const of = (operand: Operand): Interval => {
    if (operand instanceof Const) {
      return operand.kind === "int"
        ? { lo: operand.value as number, hi: operand.value as number }
        : WHOLE;
    }
    return known.get(operand as Value) ?? WHOLE;
  };
  const narrow = (operand: Operand, interval: Interval) => {
    if (!(operand instanceof Value)) return;
    const current = of(operand);
    const lo = Math.max(current.lo, interval.lo), hi = Math.min(current.hi, interval.hi);
    if (lo <= hi) known.set(operand, { lo, hi });
  };
  const ops: Op[] = [];
  for (let op of trace.ops) {
    const [a, b] = op.args;
    let result: Interval | null = null;
    switch (op.name) {
      case "list_len":
      case "tuple_len":
        result = LENGTH;
        break;
      case "range_next":
        result = RANGE_VALUE;
        break;
      case "int_add_ovf":
      case "int_add":
        result = { lo: of(a).lo + of(b).lo, hi: of(a).hi + of(b).hi };
        break;
      case "int_sub_ovf":
      case "int_sub":
        result = { lo: of(a).lo - of(b).hi, hi: of(a).hi - of(b).lo };
        break;
      case "int_neg":
        result = { lo: -of(a).hi, hi: -of(a).lo };
        break;
      case "int_and": {
        const x = of(a), y = of(b);
        if (x.lo >= 0 && y.lo >= 0) result = { lo: 0, hi: Math.min(x.hi, y.hi) };
        else if (x.lo >= 0) result = { lo: 0, hi: x.hi };
        else if (y.lo >= 0) result = { lo: 0, hi: y.hi };
        break;
      }
      case "int_or":
      case "int_xor": {
        const x = of(a), y = of(b);
        if (x.lo >= 0 && y.lo >= 0) result = { lo: 0, hi: onesAbove(Math.max(x.hi, y.hi)) };
        break;
      }
      case "int_mod": {
        const divisor = of(b);
        if (divisor.lo > 0) result = { lo: 0, hi: divisor.hi - 1 };
        break;
      }
      case "int_rshift": {
        const x = of(a), count = of(b);
        if (count.lo >= 0 && count.lo === count.hi && count.lo < 53) {
          const scale = 2 ** count.lo;
          result = { lo: Math.floor(x.lo / scale), hi: Math.floor(x.hi / scale) };
        }
        break;
      }
      case "guard_true":
      case "guard_false": {
        const test = a instanceof Value ? a.op : null;
        const meaning = test === null ? undefined : COMPARISONS[test.name];
        if (meaning !== undefined) {
          const [x, y] = test!.args;
          constrain(x, y, meaning[op.name === "guard_true" ? 0 : 1], of, narrow);
        }
        break;
      }
    }
    if (result !== null) {
      const unchecked = UNCHECKED[op.name];
      if (unchecked !== undefined && safe(result)) {
        op = new Op(unchecked, op.args, op.result, 0, null);
        op.result!.op = op;
      }
      if (safe(result)) known.set(op.result!, result);
    }
    ops.push(op);
  }
  return withOps(trace, ops);
}

/** What `x RELATION y` holding tells of both sides' intervals. */
function constrain(
  x: Operand,
  y: Operand,
  relation: string,
  of: (o: Operand) => Interval,
  narrow: (o: Operand, interval: Interval) => void,
): void {
  const X = of(x), Y = of(y);
  switch (relation) {
    case "<":
      narrow(x, { lo: -SAFE, hi: Y.hi - 1 });
      narrow(y, { lo: X.lo + 1, hi: SAFE });
      break;
    case "<=":
      narrow(x, { lo: -SAFE, hi: Y.hi });
      narrow(y, { lo: X.lo, hi: SAFE });
      break;
    case ">":
      narrow(x, { lo: Y.lo + 1, hi: SAFE });
      narrow(y, { lo: -SAFE, hi: X.hi - 1 });
      break;
    case ">=":
      narrow(x, { lo: Y.lo, hi: SAFE });
      narrow(y, { lo: -SAFE, hi: X.hi });
      break;
    case "==":
      narrow(x, Y);
      narrow(y, X);
      break;
  }
}
