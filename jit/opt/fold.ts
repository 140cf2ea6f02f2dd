/**
 * Constant folding and common-subexpression elimination of pure ops.
 *
 * A pure op (flag `pure` in ir_ops.ts) depends on its arguments only. When
 * all of them are constants it is computed now — by the IR interpreter's own
 * evaluator, so folding cannot disagree with execution — and its result
 * becomes a constant. Otherwise an earlier op with the same name, arguments
 * and immediate gives the same result, and later uses take that one. Guards
 * whose outcome depends only on their (immutable) arguments — type guards
 * of a value, value and truth guards — are folded the same way: a guard on
 * a constant that holds is dropped, and a second identical guard is
 * redundant (it would have left at the first). A guard on a constant that
 * fails is kept: the trace always leaves there. An item of a tuple the
 * trace made (`new_tuple`) is the op's argument: unpacking a pair built or
 * returned by inlined code, or an enumerate's, reads no tuple. A float the
 * trace boxed itself needs no type guard to be unboxed again. A function the
 * trace made (MAKE_FUNCTION in an inlined frame) has the cells and the code
 * it was made with: a closure made and called in one trace reads its cells
 * from the trace's values, and its code guard goes.
 */
import { Const, intConst, type Op, type Operand, type Trace, Value } from "../ir.ts";
import { HELPERS } from "../helpers.ts";
import type { PyCode } from "../../vm/runtime/code_object.ts";
import { tupleType } from "../../vm/objects/tuple.ts";
import { LEAVE, OP_EVAL } from "../backend/interp.ts";
import { Substitution, withOps } from "./rewrite.ts";

/** Ops whose result is a str in plain form (a JS string): guard_str on it holds. */
const PLAIN_STRS = new Set([
  "str_getitem",
  "str_getslice",
  "str_getslice_step",
  "str_concat",
  "int_to_str",
]);

/** Guards decided by their arguments alone (no heap state involved). */
const VALUE_GUARDS = new Set([
  "int_and", // (leaves on -2**53 only: decided by its arguments)
  "int_xor",
  // (Arithmetic that leaves on overflow, a zero divisor, a negative count, a negative root:
  // decided by its arguments too.)
  "int_add_ovf",
  "int_sub_ovf",
  "int_mul_ovf",
  "int_floordiv",
  "int_mod",
  "int_rshift",
  "int_lshift_ovf",
  "int_neg",
  "int_truediv",
  "float_truediv",
  "float_sqrt",
  "guard_int",
  "guard_bool_int",
  "guard_float",
  "guard_value",
  "guard_true",
  "guard_false",
  "guard_nonnull",
  "guard_str",
]);

function key(op: Op): string {
  const args = op.args.map((arg) =>
    arg instanceof Const
      ? `${arg.kind}:${String(arg.value)}:${constantId(arg.value)}`
      : `v${(arg as { id: number }).id}`
  );
  return `${op.name}(${args.join(",")})#${op.immediate}`;
}

const objectIds = new WeakMap<object, number>();
let nextObjectId = 0;
function constantId(value: unknown): string {
  if ((typeof value !== "object" && typeof value !== "function") || value === null) return "";
  let id = objectIds.get(value as object);
  if (id === undefined) objectIds.set(value as object, id = nextObjectId++);
  return `@${id}`;
}

/**
 * The `call` of makeFunctionIn that made the function `operand` (MAKE_FUNCTION
 * in an inlined frame), or null.
 */
function madeFunction(operand: unknown): Op | null {
  if (!(operand instanceof Value) || operand.op?.name !== "call") return null;
  const helper = operand.op.args[0];
  return helper instanceof Const && helper.value === HELPERS.makeFunctionIn ? operand.op : null;
}

/**
 * What the trace knows of a function it made (madeFunction): its closure's
 * cells (a `new_tuple` of them) and its code and namespaces. `op`'s result
 * (func_cell), or true for a guard_code that holds; undefined when unknown.
 */
function knownOfMadeFunction(op: Op): Operand | true | undefined {
  const made = madeFunction(op.args[0]);
  if (made === null) return undefined;
  // (makeFunctionIn's arguments: globals, builtins, code, defaults, kwdefaults, annotations, closure.)
  const [, globals, builtins, code, , , , closure] = made.args;
  if (op.name === "func_cell") {
    return closure instanceof Value && closure.op?.name === "new_tuple"
      ? closure.op.args[op.immediate]
      : undefined;
  }
  if (op.name !== "guard_code" || !(code instanceof Const)) return undefined;
  const [, expected, expectedGlobals, expectedBuiltins] = op.args;
  const same = (a: Operand, b: Operand) =>
    a instanceof Const && b instanceof Const && a.value === b.value;
  return (code.value as PyCode).code === (expected as Const).value &&
      same(globals, expectedGlobals) && same(builtins, expectedBuiltins)
    ? true
    : undefined;
}

/** The `new_tuple` op whose tuple `op` reads or checks the class of (as a tuple), or null. */
function madeTuple(op: Op): Op | null {
  const tuple = op.args[0];
  if (!(tuple instanceof Value) || tuple.op?.name !== "new_tuple") return null;
  if (op.name === "tuple_getitem" || op.name === "tuple_len") return tuple.op;
  const cls = op.args[1];
  return op.name === "guard_class" && cls instanceof Const && cls.value === tupleType
    ? tuple.op
    : null;
}

/**
 * Whether an operand is a raw int or float an op computed (never undefined:
 * unlike an input or a label's value, which may carry an unbound local).
 */
function computedNumber(operand: Operand): boolean {
  if (operand.kind === "ref") return false;
  return !(operand instanceof Value) || (operand.op !== null && operand.op.name !== "label");
}

export function fold(trace: Trace): Trace {
  const substitution = new Substitution();
  const seen = new Map<string, Op>();
  const ops: Op[] = [];
  for (const original of trace.ops) {
    const op = substitution.apply(original);
    const made = madeTuple(op);
    if (made !== null) {
      // What the trace knows of a tuple it made: its items, length and class.
      if (op.name === "tuple_getitem") substitution.set(op.result!, made.args[op.immediate]);
      else if (op.name === "tuple_len") substitution.set(op.result!, intConst(made.args.length));
      continue;
    }
    const known = knownOfMadeFunction(op);
    if (known !== undefined) {
      if (known !== true) substitution.set(op.result!, known);
      continue;
    }
    const boxed = op.args[0];
    if (op.name === "guard_str" && boxed instanceof Value && PLAIN_STRS.has(boxed.op?.name ?? "")) {
      continue; // a str the trace made in plain form
    }
    if (op.name === "guard_float" && boxed instanceof Value && boxed.op?.name === "box_float") {
      substitution.set(op.result!, boxed.op.args[0]); // the float the trace boxed
      continue;
    }
    if (op.name === "guard_nonnull" && computedNumber(op.args[0])) continue;
    const foldable = op.info.pure || VALUE_GUARDS.has(op.name);
    if (!foldable) {
      ops.push(op);
      continue;
    }
    if (op.args.every((arg) => arg instanceof Const)) {
      const values = op.args.map((arg) => (arg as Const).value);
      const result = OP_EVAL[op.name](values, op.immediate);
      if (result !== LEAVE) {
        if (op.result !== null) substitution.set(op.result, new Const(op.result.kind, result));
        continue; // computed now (or a guard that holds)
      }
      ops.push(op);
      continue;
    }
    const k = key(op);
    const earlier = seen.get(k);
    // (A sunk op runs only in the exits that name it: one that runs in the
    // trace is not merged into it, and later repeats merge into the one that
    // runs. A float boxed for a sunk instance_make, then boxed again where
    // the instance escapes, was merged so, and the escape read a value the
    // code never computed: tests/python/jit/materialized_instances.py.)
    if (earlier !== undefined && (!earlier.sunk || op.sunk)) {
      if (op.result !== null) substitution.set(op.result, earlier.result!);
      continue;
    }
    seen.set(k, op);
    ops.push(op);
  }
  return withOps(trace, ops);
}
