/**
 * The JavaScript backend: each loop trace becomes the source of one JS
 * function, compiled with `new Function`; V8 tiers it up to TurboFan like any
 * hot function, which makes the machine code.
 *
 * Shape of the emitted function:
 *
 *     function loop(X, frame, R, F) {
 *       let i0 = X[0], f1 = X[1], r2 = X[2];   // the inputs
 *       let i3, f4, r5, ...;                    // every other SSA value
 *       let s = -1;                             // exit of the running call
 *       let xi = 0, y0, y1, ...;                // the exit taken, its values
 *       XT: {
 *         try {
 *           T: for (;;) {
 *             ... one statement per op; a failing guard puts the exit's
 *                 values in y0, y1, ..., its number in xi, and breaks XT ...
 *             if (P[0] !== 0) { ...exit before the back-edge... }
 *             i0 = i9; f1 = f12;                // jump: next iteration
 *           }
 *         } catch (e) { R.error = e; switch (s) { ...the call's exit... } }
 *       }
 *       X[0] = y0; X[1] = y1; ... R.iterations = n; return xi;  // EXIT TAIL
 *
 * `n` counts iterations; every exit reports it (R.iterations), so the
 * driver can tell a trace that pays from one that is left at once.
 *
 * A `label` (a loop inside a function's trace) assigns its values and
 * nests the rest of its op list in `L3: for (;;) { ... }`; a `jump #pc`
 * to it is `continue L3`, which JS allows from any depth inside it (from
 * bridges, and from inner loops going round an outer one).
 *
 * SSA values are JS locals, so ints and floats stay unboxed in registers;
 * constants are closure variables (`k3`), bound once per trace. Each op's
 * code is a template in OP_CODE, one per op of the table (ir_ops.ts); a test
 * checks they cover it. Guards exit with `return`, so the code after a guard
 * may rely on what it checked.
 *
 * FRAMELESS RUNS. A function's trace that reads and writes no frame slot
 * (no getlocal/setlocal/make_cell/frame_ref, cells only of its closure,
 * read from the function `F`) can run with `frame` null: called by another
 * trace's `call_direct` (driver.ts callDirect), no frame is made unless it
 * leaves. Every call of Python code in it first leaves when `frame` is
 * null, as a guard (the interpreter, with the frames rebuilt, makes the
 * call), so no Python function runs while a frame is missing from the
 * stack; natives that look at no frame (frame_blind.ts) are called.
 *
 * BRIDGE FUNCTIONS. A bridge recorded for a compiled tree becomes a
 * function of its own (`bridge(X, frame, R, F)`), so the tree is not
 * compiled again for it: compiling trees anew was most of the JIT's
 * warm-up, and each new tree starts cold in V8 (trees compiled per run:
 * docs/jit.md "Bridge functions"). When the trace leaves through the
 * bridge's exit, the exit stores its values in X and returns as ever;
 * JsLoop's dispatch then calls the bridge, which reads those values from
 * X (so a bridge must use nothing else of the trunk: `separable`), and
 * which ends by storing the loop's inputs in X and returning JUMP_ROOT
 * (the loop function is called again), by returning an exit or -1 as the
 * loop function does, or, where it goes round a label of its tree (a loop
 * inside a function's trace), by returning that label's code (LABEL_CODE):
 * the tree's code from the label on is then a function too, made at its
 * first use (JsLoop.fromLabel). Bridges of bridges are functions too. A
 * run through dispatch costs more than a bridge inline at its guard (the
 * exit's stores and loads, two calls, and each small function warms up in
 * V8 on its own), so when a tree's bridge functions have run
 * `bridge_inline_runs` times (hotBridges), in at least one of
 * `bridge_inline_share` of the tree's iterations (a rarer bridge is not
 * worth a tree that starts cold in V8 again: `hot`), the trace leaves at
 * the next one,
 * and the driver compiles the tree again at its next entry with those that
 * made most of the runs inline (coldBridges; PyPy patches the guard's jump
 * instead; JS code cannot be patched); the others stay functions. A bridge
 * that reads a value of its trunk its exit does not store (`separable`) is
 * compiled with the tree, gathered as before (driver.ts recompileDue).
 *
 * INLINE LIMIT. A compile for hot bridges takes them in only while the
 * tree stays within `bridge_inline_limit` characters (the hottest first;
 * when even it does not fit, the tree is not compiled again for them and
 * they stay functions). V8's compile time grows faster than a function:
 * Maglev's about with the square of its branches (a straight line of
 * 500 `if (...) return` took 90 ms to compile, 1,000 took 320 ms, 2,000
 * 1.1 s), and a trace tree is mostly guards. coroutines.py's `Task.step`
 * tree went 15 -> 28 -> 39 -> 88 KB by such compiles, and V8 spent 0.9 s
 * (Maglev) and 1.3 s (TurboFan) of worker time on the last while its
 * second and third iterations ran in its slower tiers. A compile for
 * bridges that could not be functions (recompileDue's pending ones) takes
 * those in whatever their size, and bridge functions only within the
 * limit too. Until session 19 it took them in whatever their size:
 * raytrace's `Scene.trace` tree went 3 -> 91 -> 133 -> 154 KB by three
 * compiles for small pending bridges, which took in its big bridge
 * functions (47-81 KB), and V8 compiled all of it again each time.
 *
 * SELF CALLS. A frameless-capable function trace whose `call_direct` calls
 * the function running it (recursion: fib, backtracking searches) calls
 * its own JS function for it, without the driver's generic way in
 * (callDirect): the inputs go to X straight from the arguments, whose kinds
 * the trace knows, and `RUN(X, null, R, F)` runs the callee frameless
 * (RUN: the loop function, or JsLoop's dispatch once it has bridge functions). The
 * driver says when that is allowed (direct_calls.ts selfReady: this code is the
 * function's current tree, no bridges wait, its profitability is judged,
 * its frameless runs are enabled, the recursion limit is not near); a
 * callee that leaves goes to directCalls.selfLeft, which makes its frame as
 * callDirect does. Otherwise the call is callDirect's.
 */
import {
  allOps,
  Const,
  enclosingLabels,
  type Op,
  type Operand,
  type OpSet,
  type SnapshotFrame,
  type Trace,
  Value,
} from "../ir.ts";
import { HELPER_NAMES, simplePositionalCode } from "../helpers.ts";
import { appendExits, type Exit, type ExitTable, exitTable, snapshotValues } from "../exits.ts";
import { logSource, stats, traceFunctionName } from "../log.ts";
import { params } from "../params.ts";
import { OPS } from "../ir_ops.ts";
import { type Backend, type CompiledLoop, inputKindCodes } from "./backend.ts";
import { floatType, PyFloat } from "../../vm/objects/float.ts";
import { PyInstance } from "../../vm/objects/instance.ts";
import { MAX_STR_LENGTH } from "../../vm/objects/str_wide.ts";
import { makeArrayIterator, makeInstance } from "../materialize.ts";
import { PyCell } from "../../vm/objects/cell.ts";
import { PyBoundMethod } from "../../vm/runtime/bound_method.ts";
import { newTuple } from "../../vm/objects/tuple.ts";
import { floatPowerInTrace } from "../../vm/objects/float_arith.ts";
import { repeatExactBytes as repeatBytes } from "../../vm/objects/bytes_sequence.ts";
import { PyList } from "../../vm/objects/list.ts";
import { emptyItems, itemsOf1, itemsOf2, itemsOf3 } from "../../vm/objects/list_items.ts";
import { holeyTaggedCopy } from "../../vm/objects/array_fill.ts";
import { addUnboxedSlot } from "../../vm/objects/instance_map.ts";
import {
  assignListSlice,
  assignListSliceFrom,
  listSlice,
  plainStrSlice,
} from "../../vm/runtime/list_slices.ts";
import { makeRange, rangeIteratorOf } from "../../vm/runtime/types/range_type.ts";
import {
  arrayIterator,
  ITEMS_SEQUENCE,
  listIteratorType,
  listReverseIteratorType,
  reversedArrayIterator,
  tupleIteratorType,
} from "../../vm/runtime/iteration.ts";
import { reversedType } from "../../vm/runtime/types/iterator_types.ts";
import { dictItemOrMissing } from "../trace_raises.ts";
import { formatValue as formatSpec } from "../../vm/objects/str_format.ts";
import { pyError } from "../../vm/objects/exceptions.ts";
import {
  AND,
  OR,
  safeBitwise,
  safeShiftRight,
  UNSAFE_RESULT,
  XOR,
} from "../../vm/runtime/safe_bitwise.ts";
import { pendingSignals } from "../../vm/runtime/pending_signals.ts";
import { hookFlags } from "../../vm/runtime/tracing/hooks.ts";
import { thread } from "../../vm/runtime/thread_state.ts";
import type { Frame } from "../../vm/runtime/frame.ts";
import { PyFunction } from "../../vm/objects/function.ts";
import { DEOPT, directCalls, FEW_ARGUMENTS, selfReady, selfReturned } from "../direct_calls.ts";
import { frameBlind } from "../frame_blind.ts";
import { publishFrames, unpublishFrames } from "../virtual_frames.ts";
import type { PyValue } from "../../vm/objects/object.ts";
import { CATCH, catchingCall, makeFrame, syncFrame, tracebackEntry } from "../exception_helpers.ts";

/** What a bridge function returns when it goes on at the trace's start, the inputs in X. */
export const JUMP_ROOT = -2;

/** What F is in a run of a generated function that only primes its EXIT TAIL. */
const PRIMING = { priming: true };

/**
 * The priming runs of a function: V8 gives a function the vector that
 * holds its feedback after its eighth call
 * (--invocation-count-for-feedback-allocation), and its ICs record nothing
 * before (a tail primed by 9 runs still deoptimized, by 10 no more).
 */
const PRIMING_RUNS = 12;

const MAX = "9007199254740991";
const INT32 = "2147483647";

/** `r`: result variable, `a`: argument expressions, `x`: the exit statement, `n`: the immediate. */
type Template = (r: string, a: string[], x: string, n: number) => string;

const compare = (operator: string): Template => (r, a) => `${r} = ${a[0]} ${operator} ${a[1]};`;
const overflow = (r: string, x: string) => `if (!(${r} <= ${MAX} && ${r} >= -${MAX})) ${x}`;
const int32 = (v: string) => `(${v} >= -${INT32} && ${v} <= ${INT32})`;
/** A bitwise op on 32 bits when both fit, else on the whole safe integers. */
const bitwise = (operator: string, code: number): Template => (r, a, x) =>
  `${r} = ${int32(a[0])} && ${int32(a[1])} ? ${a[0]} ${operator} ${a[1]} : safeBitwise(${a[0]}, ${
    a[1]
  }, ${code});${code === OR ? "" : ` if (${r} === ${UNSAFE_RESULT}) ${x}`}`;

/** An array.array element access: `j` the index (negative from the end), checked. */
const arrayElement = (a: string[], x: string, access: string) =>
  `{ const array = ${a[0]}; const items = array.items; const j = ${a[1]} < 0 ? ${
    a[1]
  } + array.length : ${a[1]}; if (!(j >= 0 && j < array.length)) ${x} ${access} }`;

export const OP_CODE: Record<string, Template> = {
  int_add_ovf: (r, a, x) => `${r} = ${a[0]} + ${a[1]}; ${overflow(r, x)}`,
  int_sub_ovf: (r, a, x) => `${r} = ${a[0]} - ${a[1]}; ${overflow(r, x)}`,
  int_mul_ovf: (r, a, x) => `${r} = ${a[0]} * ${a[1]} + 0; ${overflow(r, x)}`,
  int_add: (r, a) => `${r} = ${a[0]} + ${a[1]};`,
  int_sub: (r, a) => `${r} = ${a[0]} - ${a[1]};`,
  int_floordiv: (r, a, x) =>
    `if (${a[1]} === 0 || !${int32(a[0])} || !${int32(a[1])}) ${x} ${r} = Math.floor(${a[0]} / ${
      a[1]
    }) + 0;`,
  int_mod: (r, a, x) =>
    `if (${a[1]} === 0) ${x} ${r} = ${a[0]} % ${a[1]}; if (${r} !== 0 && (${r} < 0) !== (${
      a[1]
    } < 0)) ${r} += ${a[1]}; ${r} += 0;`,
  int_and: bitwise("&", AND),
  int_or: bitwise("|", OR),
  int_xor: bitwise("^", XOR),
  int_rshift: (r, a, x) =>
    `if (${a[1]} < 0) ${x} ${r} = ${int32(a[0])} && ${a[1]} < 32 ? ${a[0]} >> ${
      a[1]
    } : safeShiftRight(${a[0]}, ${a[1]});`,
  int_lshift_ovf: (r, a, x) =>
    `if (!(${a[1]} >= 0 && ${a[1]} < 53)) ${x} ${r} = ${a[0]} * 2 ** ${a[1]} + 0; ${
      overflow(r, x)
    }`,
  int_neg: (r, a) => `${r} = -${a[0]} + 0;`,
  int_lt: compare("<"),
  int_le: compare("<="),
  int_eq: compare("==="),
  int_ne: compare("!=="),
  int_gt: compare(">"),
  int_ge: compare(">="),
  int_truediv: (r, a, x) => `if (${a[1]} === 0) ${x} ${r} = ${a[0]} / ${a[1]};`,
  int_to_float: (r, a) => `${r} = ${a[0]};`,
  int_to_str: (r, a) => `${r} = String(${a[0]});`,
  str_getitem: (r, a, x) =>
    `{ const text = ${a[0]}; let j = ${
      a[1]
    }; if (j < 0) j += text.length; if (!(j >= 0 && j < text.length)) ${x} ${r} = text[j]; }`,
  str_getslice: (r, a) => `${r} = plainStrSlice(${a[0]}, ${a[1]}, ${a[2]});`,
  str_getslice_step: (r, a, _x, n) => `${r} = plainStrSlice(${a[0]}, ${a[1]}, ${a[2]}, ${n});`,
  str_compare: (r, a, _x, n) => `${r} = ${a[0]} ${STR_COMPARE[n]} ${a[1]};`,
  format_spec: (r, a) => `${r} = formatSpec(${a[0]}, ${a[1]});`,
  str_len: (r, a) => `${r} = ${a[0]}.length;`,
  bytes_repeat: (r, a, x) =>
    `if (${a[0]}.bytes.length * ${a[1]} > 2147483647) ${x} ${r} = repeatBytes(${a[0]}, ${a[1]});`,
  str_contains: (r, a) => `${r} = ${a[1]}.includes(${a[0]});`,
  int_is_true: (r, a) => `${r} = ${a[0]} !== 0;`,
  tuple_len: (r, a) => `${r} = ${a[0]}.items.length;`,

  float_add: (r, a) => `${r} = ${a[0]} + ${a[1]};`,
  float_sub: (r, a) => `${r} = ${a[0]} - ${a[1]};`,
  float_mul: (r, a) => `${r} = ${a[0]} * ${a[1]};`,
  float_truediv: (r, a, x) => `if (${a[1]} === 0) ${x} ${r} = ${a[0]} / ${a[1]};`,
  float_neg: (r, a) => `${r} = -${a[0]};`,
  float_abs: (r, a) => `${r} = Math.abs(${a[0]});`,
  float_floor: (r, a) => `${r} = Math.floor(${a[0]});`,
  float_ceil: (r, a) => `${r} = Math.ceil(${a[0]});`,
  float_pow: (r, a, x) =>
    `{ const p = floatPowerInTrace(${a[0]}, ${a[1]}); if (p === undefined) ${x} ${r} = p; }`,
  float_to_int: (r, a, x) =>
    `${r} = Math.trunc(${a[0]}) + 0; if (!(Math.abs(${r}) <= ${Number.MAX_SAFE_INTEGER})) ${x}`,
  int_min: (r, a) => `${r} = ${a[1]} < ${a[0]} ? ${a[1]} : ${a[0]};`,
  int_max: (r, a) => `${r} = ${a[1]} > ${a[0]} ? ${a[1]} : ${a[0]};`,
  float_min: (r, a) => `${r} = ${a[1]}.value < ${a[0]}.value ? ${a[1]} : ${a[0]};`,
  float_max: (r, a) => `${r} = ${a[1]}.value > ${a[0]}.value ? ${a[1]} : ${a[0]};`,
  float_sqrt: (r, a, x) => `if (${a[0]} < 0) ${x} ${r} = Math.sqrt(${a[0]});`,
  float_lt: compare("<"),
  float_le: compare("<="),
  float_eq: compare("==="),
  float_ne: compare("!=="),
  float_gt: compare(">"),
  float_ge: compare(">="),
  float_is_true: (r, a) => `${r} = ${a[0]} !== 0;`,
  box_float: (r, a) => `${r} = new PyFloat(${a[0]});`,

  guard_int: (r, a, x) => `if (typeof ${a[0]} !== "number") ${x} ${r} = ${a[0]};`,
  guard_bool_int: (r, a, x) => `if (typeof ${a[0]} !== "boolean") ${x} ${r} = ${a[0]} ? 1 : 0;`,
  guard_float: (r, a, x) =>
    `if (${a[0]} == null || ${a[0]}.cls !== floatType) ${x} ${r} = ${a[0]}.value;`,
  // Two branches, not three (`typeof`, `null`, `cls`): V8's compile time grows with a
  // trace's branches. A number, string or boolean has no `cls` (their prototypes
  // define none) and a class is never undefined, so only null and undefined need a test.
  guard_class: (_r, a, x) => `if (${a[0]} == null || ${a[0]}.cls !== ${a[1]}) ${x}`,
  guard_map: (_r, a, x) => `if (${a[0]}.map !== ${a[1]}) ${x}`,
  guard_type_version: (_r, a, x, n) => `if (${a[0]}.version !== ${n}) ${x}`,
  guard_value: (_r, a, x) => `if (${a[0]} !== ${a[1]}) ${x}`,
  guard_true: (_r, a, x) => `if (${a[0]} !== true) ${x}`,
  guard_false: (_r, a, x) => `if (${a[0]} !== false) ${x}`,
  guard_nonnull: (_r, a, x) => `if (${a[0]} === undefined) ${x}`,
  guard_str: (_r, a, x) => `if (typeof ${a[0]} !== "string") ${x}`,
  str_concat: (r, a, x) =>
    `if (${a[0]}.length + ${a[1]}.length > ${MAX_STR_LENGTH}) ${x} ${r} = ${a[0]} + ${a[1]};`,
  guard_no_hooks: (_r, _a, x) => `if (H[0] !== 0) ${x}`,
  guard_no_global: (_r, a, x, n) =>
    `if (${a[0]}.layout !== ${n} && ${a[0]}.lookupPosition(${a[1]}) >= 0) ${x}`,

  getslot: (r, a, _x, n) => `${r} = ${a[0]}.slots[${n}];`,
  setslot: (_r, a, _x, n) => `${a[0]}.slots[${n}] = ${a[1]};`,
  addslot: (_r, a, _x, n) => `${a[0]}.map = ${a[1]}; ${a[0]}.slots[${n}] = ${a[2]};`,
  getfloat: (r, a, _x, n) => `${r} = ${a[0]}.floats[${n}];`,
  has_key: (r, a, _x, n) => `${r} = ${n === 1 ? "!" : ""}${a[0]}.has(${a[1]});`,
  // (A missing key leaves through the call's exit without a JS throw: trace_raises.ts.)
  dict_getitem: (r, a, leave) =>
    `${r} = dictItemOrMissing(${a[0]}, ${a[1]}); ` +
    `if (${r} === undefined) { R.error = pyError("KeyError", ${a[1]}); ${leave} }`,
  dict_get: (r, a) => `{ const v = ${a[0]}.get(${a[1]}); ${r} = v === undefined ? ${a[2]} : v; }`,
  dict_setitem: (_r, a) => `${a[0]}.set(${a[1]}, ${a[2]});`,
  dict_len: (r, a) => `${r} = ${a[0]}.size;`,
  set_len: (r, a) => `${r} = ${a[0]}.used;`,
  deque_len: (r, a) => `${r} = ${a[0]}.length;`,
  dict_setdefault: (r, a) =>
    `{ const d = ${a[0]}; ${r} = d.get(${a[1]}); if (${r} === undefined) { d.set(${a[1]}, ${
      a[2]
    }); ${r} = ${a[2]}; } }`,
  list_getslice: (r, a) => `${r} = listSlice(${a.join(", ")});`,
  list_setslice: (r, a) => `${r} = assignListSlice(${a.join(", ")});`,
  list_setslice_from: (r, a) => `${r} = assignListSliceFrom(${a.join(", ")});`,
  setfloat: (_r, a, _x, n) => `${a[0]}.floats[${n}] = ${a[1]};`,
  addfloat: (_r, a) => `addUnboxedSlot(${a[0]}, ${a[1]}, ${a[2]});`,
  getmember: (r, a, x, n) =>
    `{ const m = ${a[0]}.members; if (m === null || m[${n}] === undefined) ${x} ${r} = m[${n}]; }`,
  setmember: (_r, a, _x, n) => `(${a[0]}.members ??= [])[${n}] = ${a[1]};`,
  global_lookup: (r, a, x, n) =>
    `if (${a[0]}.keys[${n}] !== ${a[1]}) ${x} ${r} = ${a[0]}.values[${n}];`,
  global_store: (_r, a, x, n) =>
    `if (${a[0]}.keys[${n}] !== ${a[1]}) ${x} ${a[0]}.values[${n}] = ${a[2]}; ${a[0]}.version++;`,
  list_len: (r, a) => `${r} = ${a[0]}.items.length;`,
  list_getitem: (r, a, x) =>
    `{ const items = ${a[0]}.items; const j = ${a[1]} < 0 ? ${a[1]} + items.length : ${
      a[1]
    }; if (!(j >= 0 && j < items.length)) ${x} ${r} = items[j]; }`,
  list_setitem: (_r, a, x) =>
    `{ const items = ${a[0]}.items; const j = ${a[1]} < 0 ? ${a[1]} + items.length : ${
      a[1]
    }; if (!(j >= 0 && j < items.length)) ${x} items[j] = ${a[2]}; }`,
  list_append: (_r, a) => listAppend(a[0], a[1]),
  list_pop: (r, a, x) =>
    `{ const items = ${a[0]}.items; if (items.length === 0) ${x} ${r} = items.pop(); }`,
  set_add: (_r, a) => `${a[0]}.add(${a[1]});`,
  set_discard: (_r, a) => `${a[0]}.discard(${a[1]});`,
  array_typecode: (r, a) => `${r} = ${a[0]}.type;`,
  array_getfloat: (r, a, x) => arrayElement(a, x, `${r} = items[j];`),
  array_getint: (r, a, x) => arrayElement(a, x, `${r} = items[j];`),
  array_setfloat: (_r, a, x) => arrayElement(a, x, `items[j] = ${a[2]};`),
  array_setint: (_r, a, x) =>
    `if (!(${a[2]} >= ${a[3]} && ${a[2]} <= ${a[4]})) ${x} ${
      arrayElement(a, x, `items[j] = ${a[2]};`)
    }`,
  tuple_getitem: (r, a, _x, n) => `${r} = ${a[0]}.items[${n}];`,
  new_tuple: (r, a) => `${r} = newTuple([${a.join(", ")}]);`,
  new_list: (r, a) => `${r} = new PyList(${listItems(a)});`,
  new_instance: (r, a) => `${r} = new PyInstance(${a[0]});`,
  instance_make: (r, a, _x, n) => `${r} = ${instanceMake(a, n)};`,
  zip_inner: (r, a, _x, n) => `${r} = ${a[0]}.iterators[${n}];`,
  zip_live: (_r, a, x) => `if (${a[0]}.done) ${x}`,
  iter_ready: (_r, a, x, n) => `{ const it = ${a[0]}; if (${ITER_READY[n]}) ${x} }`,
  enumerate_inner: (r, a) => `${r} = ${a[0]}.iterator;`,
  enumerate_count: (r, a) => `${r} = ${a[0]}.count;`,
  enumerate_set_count: (_r, a) => `${a[0]}.count = ${a[1]};`,
  new_range: (r, a) => `${r} = makeRange(${a[0]}, ${a[1]}, ${a[2]});`,
  range_iter: (r, a) => `${r} = rangeIteratorOf(${a[0]}, ${a[1]}, ${a[2]});`,
  seq_iter: (r, a, _x, n) => `${r} = arrayIterator(${SEQ_ITERATORS[n]}, ${a[0]});`,
  seq_next_item: (r, a, x) =>
    `{ const seq = ${a[0]}; const i = ${
      a[1]
    }; if (seq === null || !(i < seq.items.length)) ${x} ${r} = seq.items[i]; }`,
  seq_iter_at: (r, a, _x, n) => `${r} = ${seqIterAt(a, n)};`,
  seq_iter_end: (_r, a, x) =>
    `{ const seq = ${a[0]}; if (seq !== null && ${a[1]} < seq.items.length) ${x} }`,
  seq_iter_seq: (r, a) => `${r} = ${a[0]}.sequence;`,
  seq_iter_index: (r, a) => `${r} = ${a[0]}.index;`,
  seq_reversed: (r, a, _x, n) => `${r} = reversedArrayIterator(${REVERSED_ITERATORS[n]}, ${a[0]});`,
  range_next: (r, a, x) =>
    `{ const it = ${
      a[0]
    }; const v = it.next; if (typeof v !== "number" || (it.step > 0 ? v >= it.stop : v <= it.stop)) ${x} it.next = v + it.step; ${r} = v; }`,
  seq_iter_next: (r, a, x) =>
    `{ const it = ${
      a[0]
    }; const seq = it.sequence; if (seq === null) ${x} const i = it.index; if (!(i < seq.items.length)) ${x} it.index = i + 1; ${r} = seq.items[i]; }`,
  range_done: (_r, a, x) =>
    `{ const it = ${
      a[0]
    }; if (typeof it.next !== "number" || (it.step > 0 ? it.next < it.stop : it.next > it.stop)) ${x} }`,
  seq_iter_prev: (r, a, x) =>
    `{ const it = ${
      a[0]
    }; const seq = it.sequence; if (seq === null || it.access !== ITEMS_SEQUENCE) ${x} const i = it.index; if (!(i >= 0 && i < seq.items.length)) ${x} it.index = i - 1; ${r} = seq.items[i]; }`,
  dict_iter_next: (r, a, x) =>
    `{ const it = ${
      a[0]
    }; const d = it.dict; if (d === null || it.sizeAtStart !== d.size || it.remaining === 0) ${x} const ks = d.keys; let p = it.position; while (p < ks.length && ks[p] === undefined) p++; if (p >= ks.length) ${x} it.position = p + 1; it.remaining--; ${r} = p; }`,
  dict_iter_key: (r, a) => `${r} = ${a[0]}.dict.keys[${a[1]}];`,
  dict_iter_value: (r, a) => `${r} = ${a[0]}.dict.values[${a[1]}];`,
  dict_iter_done: (_r, a, x) =>
    `{ const it = ${
      a[0]
    }; const d = it.dict; if (d !== null) { if (it.sizeAtStart !== d.size) ${x} const ks = d.keys; let p = it.position; while (p < ks.length && ks[p] === undefined) p++; if (p < ks.length) ${x} it.dict = null; } }`,
  seq_iter_prev_done: (_r, a, x) =>
    `{ const it = ${
      a[0]
    }; if (it.sequence !== null && it.index >= 0 && it.index < it.sequence.items.length) ${x} it.sequence = null; }`,
  seq_iter_done: (_r, a, x) =>
    `{ const it = ${
      a[0]
    }; if (it.sequence !== null && it.index < it.sequence.items.length) ${x} it.sequence = null; }`,
  frame_cell: (r, _a, _x, n) => `${r} = frame.cells[${n}];`, // (a function's free ones: generate)
  guard_code: (_r, a, x) =>
    `{ const f = ${a[0]}; if (!(f instanceof PyFunction) || f.code !== ${a[1]} || f.globals !== ${
      a[2]
    } || f.builtins !== ${a[3]}) ${x} }`,
  guard_defaults: (_r, a, x) => `if (${a[0]}.defaults !== ${a[1]}) ${x}`,
  guard_func_code: (_r, a, x) => `if (${a[0]}.code !== ${a[1]}) ${x}`,
  func_cell: (r, a, _x, n) => `${r} = ${a[0]}.closure[${n}];`,
  new_cell: (r, a) => `${r} = new PyCell(${a[0]});`,
  new_bound_method: (r, a) => `${r} = new PyBoundMethod(${a[0]}, ${a[1]});`,
  bound_func: (r, a) => `${r} = ${a[0]}.func;`,
  bound_self: (r, a) => `${r} = ${a[0]}.self;`,
  bound_descriptor: (r, a) => `${r} = ${a[0]}.descriptor;`,
  getcell: (r, a) => `${r} = ${a[0]}.contents;`,
  make_cell: (_r, a, _x, n) => `frame.cells[${n}] = new PyCell(${a[0]});`,
  copy_free_vars: (_r, a) =>
    `if (frame !== null) { const c = F.closure; for (let i = 0; i < ${a[1]}; i++) frame.cells[${
      a[0]
    } + i] = c[i]; }`,
  setcell: (_r, a) => `${a[0]}.contents = ${a[1]};`,
  gen_enter: (_r, a, x, n) =>
    `{ const g = ${a[0]}; const f = g.frame; if (f.pc !== ${n} || f.code !== ${
      a[1]
    } || !g.idleForJit()) ${x} g.started = g.running = true; }`,
  gen_getlocal: (r, a, x, n) => `${r} = ${a[0]}.frame.fast[${n}]; if (${r} === undefined) ${x}`,
  gen_setlocal: (_r, a, _x, n) => `${a[0]}.frame.fast[${n}] = ${a[1]};`,
  gen_suspend: (_r, a) => `${a[0]}.suspendForJit(${a[1]}, ${a[2]});`,
  gen_finish: (_r, a) => `${a[0]}.finishForJit();`,
  guard_not_awaited: (_r, a, x) => `if (${a[0]}.delegate() !== undefined) ${x}`,
  gen_cell: (r, a, _x, n) => `${r} = ${a[0]}.frame.cells[${n}];`,
  getlocal: (r, _a, _x, n) => `${r} = frame.fast[${n}];`,
  push_offer: (_r, a, x) => `if (frame.consumer === null || !frame.consumer(${a[0]})) ${x}`,
  frame_ref: (r) => `${r} = frame;`,
  setlocal: (_r, a, _x, n) => `frame.fast[${n}] = ${a[0]};`,
  is: compare("==="),
  is_not: compare("!=="),
  enter_loop: (_r, _a, x) => x,
  call: (r, a) => `${r} = ${a[0]}(${a.slice(1).join(", ")});`,
  call_catch: (r, a, _x, n) => `${r} = catchingCall(frame, ${n}, ${a.join(", ")});`,
  guard_raised: (_r, _a, x) => `if (!CATCH.raised) ${x}`,
  guard_returned: (_r, _a, x) => `if (CATCH.raised) ${x}`,
  leave: (_r, _a, x) => x,
  make_frame: (r, a) => `${r} = makeFrame(${a[0]}, ${a[1]}, [${a.slice(2).join(", ")}]);`,
  sync_frame: (_r, a, _x, n) => `syncFrame(${a[0]}, [${a.slice(1).join(", ")}], ${n});`,
  traceback_entry: (_r, a, _x, n) => `tracebackEntry(${a[0]}, ${a[1]}, ${n});`,
  push_exc_info: (r, a) => `${r} = D.handledException; D.handledException = ${a[0]};`,
  pop_except: (_r, a) => `D.handledException = ${a[0]};`,
  foreign_plan: (r, a) => `${r} = ${a[0]}.jitPlan;`,
  ffi_call_float: (r, a) => `${r} = ${a[0]}.call(${a.slice(1).join(", ")});`,
  ffi_call_int: (r, a) => `${r} = ${a[0]}.call(${a.slice(1).join(", ")});`,
  ffi_call: (r, a) => `${r} = ${a[0]}.call(${a.slice(1).join(", ")});`,
  ffi_load_float: (r, a) => `${r} = ${a[0]}.call(${a.slice(1).join(", ")});`,
  ffi_load_int: (r, a) => `${r} = ${a[0]}.call(${a.slice(1).join(", ")});`,
  ffi_load: (r, a) => `${r} = ${a[0]}.call(${a.slice(1).join(", ")});`,
  callback_runs: (r, a) => `${r} = ${a[0]}.count;`,
  guard_callback_runs: (_r, a, x) => `if (${a[0]}.count !== ${a[1]}) ${x}`,
  call_void: (_r, a) => `${a[0]}(${a.slice(1).join(", ")});`,
  call_direct: (r, a, x) => `${r} = ${directCallCode(a)}; if (${r} === DEOPT) ${x}`,
  call_nested: (r, a, _x, n) =>
    `D.depth += ${n}; try { ${r} = ${a[0]}(${
      a.slice(1).join(", ")
    }); } finally { D.depth -= ${n}; }`,
  jump: () => "", // written by the generator (parallel assignment)
  label: () => "", // written by the generator (the loop's body nested in a labelled for)
  finish: (_r, a) => `X[0] = ${a[0]}; R.iterations = n; return -1;`,
};

/**
 * `list.append`: a list of fewer than three items gets a new array of its
 * items and the value, so that a short list's array is its size; the rest
 * push. V8 gives an array its first push room for 17 items: each of
 * deltablue's ~100,000 small constraint lists a run kept 152 bytes that
 * every scavenge of the young generation copied (--trace-gc-nvp, 8
 * iterations: 225 -> 155 MB copied). The ops of traces read a list's
 * array afresh each time. A native walking a list's array while it calls
 * Python code (`x in short_list` with an `__eq__` appending to that very
 * list in a trace) goes on over the old array, as it does when the call
 * clears, sorts or slice-assigns the list (which replace the array too).
 */
function listAppend(list: string, value: string): string {
  return `{ const l = ${list}; const t = l.items; const m = t.length; if (m > 2) t.push(${value}); else l.items = m === 0 ? itemsOf1(${value}) : m === 1 ? itemsOf2(t[0], ${value}) : itemsOf3(t[0], t[1], ${value}); }`;
}

/** A new list's items array, of the one kind lists' arrays have (vm/objects/list_items.ts). */
function listItems(values: readonly string[]): string {
  switch (values.length) {
    case 0:
      return "emptyItems()";
    case 1:
    case 2:
    case 3:
      return `itemsOf${values.length}(${values.join(", ")})`;
    default:
      return `holeyTaggedCopy([${values.join(", ")}], 0, ${values.length})`;
  }
}

/** iter_ready's immediate: when the iterator `it` has no next item (range, list/tuple, reversed). */
const ITER_READY = [
  `typeof it.next !== "number" || (it.step > 0 ? it.next >= it.stop : it.next <= it.stop)`,
  `it.sequence === null || !(it.index < it.sequence.items.length)`,
  `it.sequence === null || it.access !== ITEMS_SEQUENCE || !(it.index >= 0 && it.index < it.sequence.items.length)`,
];

/** str_compare's immediate: the JS operator (COMPARE_OP's order). */
const STR_COMPARE = ["<", "<=", "===", "!==", ">", ">="];

/** seq_iter's immediate: the iterator type it makes (the names RUNTIME gives them). */
const SEQ_ITERATORS = ["listIteratorType", "tupleIteratorType"];

/** seq_reversed's immediate: the iterator type reversed() makes for a list, for a tuple. */
const REVERSED_ITERATORS = ["listReverseIteratorType", "reversedType"];

const seqIterAt = (a: string[], kind: number) =>
  `makeArrayIterator(${SEQ_ITERATORS[kind]}, ${a[0]}, ${a[1]})`;

/** (Fresh arrays: makeInstance keeps them; null for no members.) */
const instanceMake = (a: string[], slots: number) =>
  `makeInstance(${a[0]}, [${a.slice(1, 1 + slots).join(", ")}], ${
    a.length > 1 + slots ? `[${a.slice(1 + slots).join(", ")}]` : "null"
  })`;

/** The ops opt/sink.ts and opt/virtuals.ts may sink, as expressions an exit evaluates. */
const SUNK_EXPRESSIONS: Record<string, (a: string[], immediate: number) => string> = {
  list_getslice: (a) => `listSlice(${a.join(", ")})`,
  new_tuple: (a) => `newTuple([${a.join(", ")}])`,
  instance_make: instanceMake,
  box_float: (a) => `new PyFloat(${a[0]})`,
  seq_iter: (a, n) => `arrayIterator(${SEQ_ITERATORS[n]}, ${a[0]})`,
  seq_iter_at: seqIterAt,
  new_cell: (a) => `new PyCell(${a[0]})`,
  call: (a) => `${a[0]}(${a.slice(1).join(", ")})`, // (makeFunctionIn's: opt/sink.ts)
};

type LoopFunction = (
  X: unknown[],
  frame: Frame | null,
  R: { error: unknown; iterations: number },
  F: PyFunction | null,
) => number;

class JsLoop implements CompiledLoop {
  /** (Its elements of any kind from the start: the EXIT TAIL's stores see one map.) */
  readonly buffer: unknown[] = [null];
  readonly inputKinds: Uint8Array;
  readonly raised = {
    error: undefined as unknown,
    iterations: 0,
    compiled: this as CompiledLoop,
    owner: null as unknown,
  };
  valid = true;
  /** The bridge functions, by the exit they start from (BRIDGE FUNCTIONS), and their runs. */
  private readonly bridges: (LoopFunction | undefined)[] = [];
  /** The number of each bridge function's first exit in this tree's table, by the exit it starts from. */
  private readonly firstExits: number[] = [];
  private readonly runs: number[] = [];
  /** The source length of each bridge function, by the exit it starts from (INLINE LIMIT). */
  private readonly sizes: number[] = [];
  /** The guards whose bridges are functions. */
  readonly separate = new Set<Op>();
  /**
   * The guards whose bridges are not in this code (functions, or bridges
   * hung on the trace since it was compiled, which wait for its next compile).
   */
  readonly skip: OpSet = { has: (op) => !this.inlined.has(op) };
  hotBridges = false;
  /** Bridge function runs, and iterations of the tree's code, since the window began (hot). */
  private totalRuns = 0;
  private windowIterations = 0;
  bridgeChars = 0;
  /** The trace with its bridge functions: the root function until a bridge is attached. */
  private run: LoopFunction;

  constructor(
    readonly trace: Trace,
    readonly exits: ExitTable,
    private readonly root: LoopFunction,
    private readonly setSelf: (run: LoopFunction) => void,
    readonly source: string,
    readonly framelessCapable: boolean,
    private readonly hotRuns: number,
    /** The guards whose bridges are inline in this code. */
    private readonly inlined: OpSet,
    /** How long an X the root function reads and writes (EXIT TAIL). */
    xLength: number,
  ) {
    this.inputKinds = inputKindCodes(trace);
    this.run = root;
    setSelf(root);
    this.prime(root, xLength);
  }

  /**
   * Runs of `run` straight to its EXIT TAIL, whose stores then have
   * feedback: into an X of the buffer's map (elements of any kind), not the
   * buffer, which may hold values on their way to a function being made
   * (a bridge's jump to a label: fromLabel). The buffer grows to `xLength`
   * first (at its end: nothing it holds moves), so that no store of the
   * tail's is out of its bounds (which deoptimizes as well).
   */
  private prime(run: LoopFunction, xLength: number): void {
    this.growBuffer(xLength);
    const scratch: unknown[] = [null];
    while (scratch.length < xLength) scratch.push(null);
    const iterations = this.raised.iterations;
    for (let i = 0; i < PRIMING_RUNS; i++) {
      run(scratch, null, this.raised, PRIMING as unknown as PyFunction);
    }
    this.raised.iterations = iterations;
  }
  private growBuffer(xLength: number): void {
    const buffer = this.buffer;
    while (buffer.length < xLength) buffer.push(null);
  }
  execute(inputs: unknown[], frame: Frame): number {
    const buffer = this.buffer;
    if (inputs !== buffer) { for (let i = 0; i < inputs.length; i++) buffer[i] = inputs[i]; }
    return this.run(buffer, frame, this.raised, frame.func);
  }
  executeFrameless(func: PyFunction): number {
    return this.run(this.buffer, null, this.raised, func);
  }

  get bridgeRuns(): number {
    return this.runs.reduce((sum, runs) => sum + (runs ?? 0), 0);
  }

  /**
   * The guards whose bridge functions stay functions when the tree is
   * compiled again: all but those that ran most, which together made three
   * quarters of the runs, as far as they fit within bridge_inline_limit
   * (INLINE LIMIT; a compile for hot bridges gets at least the hottest in:
   * hottestFits).
   */
  coldBridges(): Set<Op> {
    const guards = this.byRuns();
    const total = guards.reduce((sum, guard) => sum + this.runsAt(guard), 0);
    let inline = 0;
    let covered = 0;
    let size = this.source.length;
    while (inline < guards.length && (inline === 0 || covered * 4 < total * 3)) {
      const grown = size + this.sizeAt(guards[inline]);
      if (grown > params.bridge_inline_limit) break;
      size = grown;
      covered += this.runsAt(guards[inline++]);
    }
    return new Set(guards.slice(inline));
  }

  /**
   * Whether the hottest bridge function fits in the tree within
   * bridge_inline_limit (INLINE LIMIT): else a compile for hot bridges
   * would not be made.
   */
  private hottestFits(): boolean {
    const hottest = this.byRuns()[0];
    return hottest !== undefined &&
      this.source.length + this.sizeAt(hottest) <= params.bridge_inline_limit;
  }

  /** The guards with bridge functions, those whose functions ran most first. */
  private byRuns(): Op[] {
    return [...this.separate].sort((a, b) => this.runsAt(b) - this.runsAt(a));
  }

  /** The source length of the bridge function at the exit of `guard`. */
  private sizeAt(guard: Op): number {
    const exit = this.exits.exitOf.get(guard);
    return exit === undefined ? 0 : this.sizes[exit.index] ?? 0;
  }

  /** Runs of the bridge function at the exit of `guard` (0 when it has none). */
  private runsAt(guard: Op): number {
    const exit = this.exits.exitOf.get(guard);
    return exit === undefined ? 0 : this.runs[exit.index] ?? 0;
  }

  attachBridge(exit: Exit, ops: readonly Op[]): boolean {
    const exits = this.exits;
    const separate = this.skip;
    if (!separable(this.trace, exit, ops, separate)) return false;
    const first = exits.exits.length;
    appendExits(exits, ops, separate);
    const framed = !this.framelessCapable;
    const content = [...allOps(ops, separate)];
    let made = madeBridges.get(exit.op);
    if (made === undefined || !made.serves(content, framed)) {
      const outer = enclosingLabels(this.trace.ops, exit.op) ?? [];
      const { source, constants, frameless, xLength } = generate(
        this.trace,
        exits,
        { exit, ops, outer, framed, firstExit: first },
        separate,
        this.labelNumber,
      );
      made = new MadeBridge(content, framed, frameless, source, xLength);
      if (!this.framelessCapable || frameless) {
        [made.run, made.setSelf] = this.instantiate(
          source,
          constants,
          xLength,
          `the bridge at exit ${exit.index}`,
        );
        madeBridges.set(exit.op, made);
      }
    } else {
      made.setSelf!(this.dispatch);
      this.growBuffer(made.xLength);
      this.bridgeChars += made.source.length;
    }
    if (this.framelessCapable && !made.frameless) { // (the tree would need a frame now)
      exits.exits.length = first;
      for (const op of content) exits.exitOf.delete(op);
      return false;
    }
    if (this.run === this.root) {
      this.run = this.dispatch;
      this.setSelf(this.dispatch);
    }
    this.bridges[exit.index] = made.run!;
    this.firstExits[exit.index] = first;
    this.runs[exit.index] = 0;
    this.sizes[exit.index] = made.source.length;
    this.separate.add(exit.op);
    return true;
  }

  /**
   * The root function, then the bridge of each exit it takes that has one
   * (not of a raise), and the root again after a bridge that jumps to it.
   */
  private readonly dispatch: LoopFunction = (X, frame, R, F) => {
    const root = this.root;
    const bridges = this.bridges;
    let exit = root(X, frame, R, F);
    this.windowIterations += R.iterations + 1;
    if (exit < 0 || bridges[exit] === undefined || R.error !== undefined) return exit;
    let iterations = R.iterations;
    do {
      if (++this.totalRuns >= this.hotRuns && this.hot()) {
        // Leave here, so that the tree is compiled again at once (at the
        // loop's next entry, from the interpreter), not when the loop is
        // next entered on its own (richards' scheduler: once an iteration).
        this.hotBridges = true;
        break;
      }
      this.runs[exit]++;
      const firstExit = this.firstExits[exit];
      exit = bridges[exit]!(X, frame, R, F);
      if (exit >= 0) exit += firstExit; // (BRIDGE FUNCTIONS: numbered from their first exit)
      iterations += R.iterations;
      this.windowIterations += R.iterations;
      while (exit <= JUMP_ROOT) { // (the trace's start, or a label: LABEL_CODE - n)
        exit = exit === JUMP_ROOT
          ? root(X, frame, R, F)
          : this.fromLabel(LABEL_CODE - exit)(X, frame, R, F);
        iterations += R.iterations + 1;
        this.windowIterations += R.iterations + 1;
      }
    } while (exit >= 0 && bridges[exit] !== undefined && R.error === undefined);
    R.iterations = iterations;
    return exit;
  };

  /**
   * Whether the window of bridge runs just completed makes the tree hot:
   * its bridge functions ran in at least one iteration in
   * bridge_inline_share. Else a new window starts: a tree whose bridges
   * are rare next to its iterations is not compiled again for them (the
   * new code starts cold in V8: richards' ninth compile came after four
   * million iterations and cost ~0.3 s of slower iterations).
   */
  private hot(): boolean {
    if (
      this.totalRuns * params.bridge_inline_share >= this.windowIterations && this.hottestFits()
    ) return true;
    this.totalRuns = this.windowIterations = 0;
    return false;
  }

  /**
   * The labels bridge functions go on at, numbered (LABEL_CODE) once for
   * every compile of the tree (a bridge function serves them all), and
   * their functions.
   */
  private get labels(): Op[] {
    return labelsOf(this.trace);
  }
  private readonly fromLabels: (LoopFunction | undefined)[] = [];

  private readonly labelNumber = (label: Op): number => {
    let number = this.labels.indexOf(label);
    if (number < 0) number = this.labels.push(label) - 1;
    return number;
  };

  /** The function that runs the tree's code from label `number` on (made at its first use). */
  private fromLabel(number: number): LoopFunction {
    let run = this.fromLabels[number];
    if (run === undefined) {
      const label = this.labels[number];
      const ops = fromLabel(this.trace.ops, label)!;
      const outer = enclosingLabels(this.trace.ops, label) ?? [];
      const { source, constants, xLength } = generate(
        this.trace,
        this.exits,
        { label, ops, outer, framed: !this.framelessCapable },
        this.skip,
        this.labelNumber,
      );
      [run] = this.instantiate(
        source,
        constants,
        xLength,
        `the tree from its label at pc ${label.immediate}`,
      );
      this.fromLabels[number] = run;
    }
    return run;
  }

  /** A function of the tree other than the loop function, from its source (its self calls: dispatch). */
  private instantiate(
    source: string,
    constants: unknown[],
    xLength: number,
    what: string,
  ): [LoopFunction, (run: LoopFunction) => void] {
    const [made, setSelf] = instantiate(source, constants);
    setSelf(this.dispatch);
    this.prime(made, xLength);
    this.bridgeChars += source.length;
    logSource(`JavaScript of ${what}`, source);
    return [made, setSelf];
  }
}

/**
 * A bridge function (BRIDGE FUNCTIONS) as made for one compile of its tree:
 * the ops its code has (the bridge's, and the bridges from them that are
 * inline in it), whether it needs a frame, and what it was made from. When
 * the tree is compiled again (for its hot bridges) and the bridge stays a
 * function with the same ops, the same function serves the new tree: its
 * exits are numbered from its first and its labels once per trace, so
 * nothing in its code names the compile. It is not generated, made and
 * warmed by V8 again (docs/jit.md, "Bridge functions").
 */
class MadeBridge {
  run: LoopFunction | null = null;
  setSelf: ((run: LoopFunction) => void) | null = null;

  constructor(
    private readonly content: readonly Op[],
    private readonly framed: boolean,
    readonly frameless: boolean,
    readonly source: string,
    readonly xLength: number,
  ) {}

  /** Whether this function is the code of a bridge with this content. */
  serves(content: readonly Op[], framed: boolean): boolean {
    return this.run !== null && framed === this.framed && content.length === this.content.length &&
      content.every((op, i) => op === this.content[i]);
  }
}

/** Each bridge's function, by the guard it starts from (made again when its content changes). */
const madeBridges = new WeakMap<Op, MadeBridge>();

/** The labels of a tree that bridge functions go on at, numbered in the order first needed. */
const treeLabels = new WeakMap<Trace, Op[]>();

function labelsOf(trace: Trace): Op[] {
  let labels = treeLabels.get(trace);
  if (labels === undefined) treeLabels.set(trace, labels = []);
  return labels;
}

/** (No op.) */
const NO_OPS: OpSet = new Set();

/** A generated source's function, and the setter of what its self calls run (RUN). */
function instantiate(
  source: string,
  constants: unknown[],
): [LoopFunction, (run: LoopFunction) => void] {
  const started = performance.now();
  const made = new Function("K", "RT", source)(constants, RUNTIME);
  stats.instantiating_ms += performance.now() - started;
  stats.javascript_kb += source.length / 1024;
  return made;
}

/**
 * Whether a bridge can be a function of its own: it reads nothing of the
 * trunk but what its exit stores (exit.values), and its jumps go to the
 * trace's start or to labels of its own.
 */
function separable(
  trace: Trace,
  exit: Exit,
  ops: readonly Op[],
  separate: OpSet,
): boolean {
  return readsOnly(trace, exit.values, ops, enclosingLabels(trace.ops, exit.op) ?? [], separate);
}

/**
 * Whether `ops` (bridges included, but `separate`'s) use no value but
 * `given` and their own, and each jump of theirs goes to the trace's start,
 * to a label of theirs, or to one of `outer` from which the tree's code can
 * run apart (whose own ops use only its values and their own).
 */
function readsOnly(
  trace: Trace,
  given: readonly Value[],
  ops: readonly Op[],
  outer: readonly Op[],
  separate: OpSet,
): boolean {
  const known = new Set<Value>(given);
  const labels = new Set<number>();
  const knows = (operand: Operand | null | undefined): boolean =>
    !(operand instanceof Value) || known.has(operand) ||
    (operand.op !== null && operand.op.sunk && operand.op.args.every(knows));
  for (const op of allOps(ops, separate)) {
    // (A label's arguments are no read when it is where the code starts: its values come from X.)
    if (!op.sunk && !(op === ops[0] && op.name === "label") && !op.args.every(knows)) return false;
    if (op.snapshot !== null && !snapshotValues(op.snapshot).every(knows)) return false;
    // (A sunk op's value is known where its arguments are: `knows`. An exit computes it
    // from them, which the function must have, though the op itself never runs.)
    if (op.result !== null && !op.sunk) known.add(op.result);
    if (op.loop !== null) {
      for (const value of op.loop.values) known.add(value);
      labels.add(op.immediate);
    }
    if (op.name === "jump" && op.immediate !== 0 && !labels.has(op.immediate)) {
      const target = outer.findLast((label) => label.immediate === op.immediate);
      if (target === undefined || !fromLabelPossible(trace, target, separate)) return false;
    }
  }
  return true;
}

/** Whether the tree's code from `label` on can be a function of its own (its values from X). */
function fromLabelPossible(trace: Trace, label: Op, separate: OpSet): boolean {
  const ops = fromLabel(trace.ops, label);
  if (ops === null) return false;
  // (Its outer labels: those around `label`, which its jumps may go round.)
  const outer = enclosingLabels(trace.ops, label) ?? [];
  return readsOnly(trace, [], ops, outer, separate);
}

/** The ops of the tree from `label` on, in the op list that has it (bridges searched too). */
function fromLabel(ops: readonly Op[], label: Op): readonly Op[] | null {
  for (let i = 0; i < ops.length; i++) {
    if (ops[i] === label) return ops.slice(i);
    const bridge = ops[i].bridge;
    if (bridge !== null) {
      const found = fromLabel(bridge, label);
      if (found !== null) return found;
    }
  }
  return null;
}

/** What generated code may name besides its constants: the runtime's classes and helpers. */
const RUNTIME = {
  publishFrames,
  unpublishFrames,
  catchingCall,
  CATCH,
  makeFrame,
  syncFrame,
  tracebackEntry,
  repeatBytes,
  floatPowerInTrace,
  plainStrSlice,
  PyList,
  PyFloat,
  PyFunction,
  floatType,
  P: pendingSignals,
  H: hookFlags,
  D: thread,
  PyCell,
  PyBoundMethod,
  addUnboxedSlot,
  listSlice,
  assignListSlice,
  assignListSliceFrom,
  makeRange,
  rangeIteratorOf,
  arrayIterator,
  makeArrayIterator,
  reversedArrayIterator,
  ITEMS_SEQUENCE,
  listIteratorType,
  listReverseIteratorType,
  reversedType,
  tupleIteratorType,
  dictItemOrMissing,
  pyError,
  safeBitwise,
  safeShiftRight,
  DC: directCalls,
  DEOPT,
  PRIMING,
  selfReady,
  selfReturned,
  newTuple,
  PyInstance,
  makeInstance,
  formatSpec,
  emptyItems,
  holeyTaggedCopy,
  itemsOf1,
  itemsOf2,
  itemsOf3,
};

/** The names every generated function takes from RUNTIME. */
const RUNTIME_NAMES = Object.keys(RUNTIME).join(", ");

/**
 * What a function other than the loop function runs (BRIDGE FUNCTIONS): a
 * bridge from `exit`, or the code of a tree from its `label` on (the label
 * the first of `ops`). `outer`: the labels of the tree around it, which it
 * goes on at by returning their codes (labelCode); `framed`: whether the
 * tree's code needs a frame.
 */
type CodeUnit =
  & { readonly ops: readonly Op[]; readonly outer: readonly Op[]; readonly framed: boolean }
  & ({ readonly exit: Exit; readonly firstExit: number } | { readonly label: Op });

/** What a function returns to go on at a label of its tree (JsLoop.dispatch): `LABEL_CODE - n`. */
const LABEL_CODE = -3;

/**
 * The JS source of a trace's loop function (or of one of its bridges, as a
 * function of its own), and the constants it closes over.
 */
export function generate(
  trace: Trace,
  exits: ExitTable = exitTable(trace),
  unit: CodeUnit | null = null,
  separate: OpSet = NO_OPS,
  labelNumber: (label: Op) => number = () => {
    throw new Error("jit: the loop function jumps only to its own labels");
  },
): { source: string; constants: unknown[]; frameless: boolean; xLength: number } {
  const constants: unknown[] = [];
  const entry = trace.loopPc < 0 && trace.code !== null; // (FUNCTION_ENTRY)
  const ownCells = trace.code?.co_cellvars.length ?? 0;
  const ops = unit?.ops ?? trace.ops;
  const bridge = unit !== null && "exit" in unit ? unit : null;
  const entryLabel = unit !== null && "label" in unit ? unit.label : null;
  // A bridge function's exits are numbered from its first (BRIDGE FUNCTIONS: the same code serves
  // each compile of the tree; dispatch adds the number its exits start at in the tree's table).
  const exitBase = bridge?.firstExit ?? 0;
  const number = (exit: Exit) => exit.index - exitBase;
  // (Another function's self calls run the tree: not without a frame if it needs one.)
  const needsFrame = !entry || unit?.framed === true || opsNeedFrame(ops, ownCells, separate);
  const constantIndex = new Map<unknown, number>();
  /** The name of a constant of the code (`k<n>`). */
  const constant = (value: unknown): string => {
    let index = constantIndex.get(value);
    if (index === undefined) {
      index = constants.length;
      constants.push(value);
      constantIndex.set(value, index);
    }
    return `k${index}`;
  };
  const expression = (operand: Operand): string => {
    if (operand instanceof Value) return operand.toString();
    const value = (operand as Const).value;
    if (operand.kind === "int" || operand.kind === "float") return numberLiteral(value as number);
    if (value === null) return "null";
    if (value === undefined) return "undefined";
    if (value === true || value === false) return String(value);
    return constant(value);
  };
  let width = 0; // (EXIT TAIL: the y registers, as many as the widest exit's values)
  /**
   * The values an exit stores: a sunk op's is computed there, once (an
   * instance named twice, or inside another, is one object).
   */
  const exitValues = (exit: Exit): { lines: string[]; values: string[] } => {
    const made = new Map<Value, string>();
    const lines: string[] = [];
    const exitValue = (value: Value): string => {
      const op = value.op;
      if (op === null || !op.sunk) return value.toString();
      let name = made.get(value);
      if (name === undefined) {
        const args = op.args.map((arg) => arg instanceof Value ? exitValue(arg) : expression(arg));
        name = `m${made.size}`;
        lines.push(`const ${name} = ${SUNK_EXPRESSIONS[op.name](args, op.immediate)};`);
        made.set(value, name);
      }
      return name;
    };
    return { lines, values: exit.values.map(exitValue) };
  };
  const exitCode = (exit: Exit) => {
    const { lines, values } = exitValues(exit);
    width = Math.max(width, values.length);
    return [...lines, ...values.map((value, i) => `y${i} = ${value};`)].join(" ");
  };
  /**
   * A call from an inlined frame that may run Python code: its exit
   * published for the time of the call (jit/virtual_frames.ts), with the
   * values the exit's own are made of, and a function beside the trace's
   * that makes the exit's values from them (`b<n>`: sunk values are made
   * only if the frames are); then the code that closes the publication.
   */
  const builders: string[] = [];
  const publication = (exit: Exit): [string, string] => {
    const leaves = new Set<Value>();
    const leavesOf = (value: Value): void => {
      if (value.op === null || !value.op.sunk) leaves.add(value);
      else for (const arg of value.op.args) if (arg instanceof Value) leavesOf(arg);
    };
    exit.values.forEach(leavesOf);
    const names = [...leaves].map(String);
    const { lines, values } = exitValues(exit);
    const site = `b${builders.length}`;
    builders.push(
      `const ${site} = { exit: ${constant(exit)}, build: (leaves) => { const [${
        names.join(", ")
      }] = leaves; ${lines.join(" ")} return [${values.join(", ")}]; } };`,
    );
    return [`publishFrames(frame, ${site}, [${names.join(", ")}]);`, "unpublishFrames();"];
  };
  // SHARED EXITS (below): the exits whose stores repeat, counted over the exits this code has.
  const exitTexts = new Map<Exit, string>();
  const textOf = (exit: Exit): string => {
    let text = exitTexts.get(exit);
    if (text === undefined) exitTexts.set(exit, text = exitCode(exit));
    return text;
  };
  const uses = new Map<string, number>();
  for (const op of allOps(ops, separate)) {
    const exit = exits.exitOf.get(op);
    if (op.sunk || exit === undefined || (op.bridge !== null && !separate.has(op))) continue;
    const text = textOf(exit);
    uses.set(text, (uses.get(text) ?? 0) + 1);
  }
  const shared = sharedExits(uses);
  const tailsUsed = new Set<number>();
  /** An exit's code where it stands: its own, or a jump to its shared tail. */
  const exitJump = (exit: Exit): string => {
    const text = textOf(exit);
    const tail = shared.get(text);
    if (tail === undefined) return exitBlock(text, number(exit));
    tailsUsed.add(tail);
    return `{ xi = ${number(exit)}; break E${tail}; }`;
  };

  const declared: string[] = [];
  let labelCount = 0;
  /**
   * `labels`: the enclosing labels and their JS loop names, innermost last
   * (null for a label around this function's code: `outer`).
   */
  const emit = (ops: readonly Op[], labels: { op: Op; name: string | null }[]): string[] => {
    const lines: string[] = [];
    for (let index = 0; index < ops.length; index++) {
      const op = ops[index];
      if (op.sunk) continue; // (computed by the exits that need it)
      if (op.result !== null) declared.push(op.result.toString());
      const args = op.args.map(expression);
      const exit = exits.exitOf.get(op);
      let leave = "";
      if (op.bridge !== null && !separate.has(op)) {
        leave = `{\n${emit(op.bridge, labels).map((l) => "  " + l).join("\n")}\n}`;
      } else if (exit !== undefined) leave = exitJump(exit);
      if (op.name === "label") {
        // The rest of this op list is the loop's body.
        const values = op.loop!.values.map(String);
        declared.push(...values);
        const name = `L${labelCount++}`;
        const sources = op === entryLabel ? values.map((_, i) => `X[${i}]`) : args;
        lines.push(values.map((value, i) => `${value} = ${sources[i]};`).join(" "));
        lines.push(`${name}: for (;;) {`);
        const body = emit(ops.slice(index + 1), [...labels, { op, name }]);
        lines.push(...body.map((line) => "  " + line), "}");
        break;
      }
      if (op.name === "jump") {
        lines.push(`if (P[0] !== 0) ${leave}`);
        if (op.immediate === 0) {
          lines.push(
            unit === null ? jumpCode(trace.inputs, args, "T") : storeAndReturn(args, JUMP_ROOT),
          );
        } else {
          const target = labels.findLast((label) => label.op.immediate === op.immediate)!;
          lines.push(
            target.name === null
              ? storeAndReturn(args, LABEL_CODE - labelNumber(target.op))
              : jumpCode(target.op.loop!.values, args, target.name),
          );
        }
        continue;
      }
      let published: [string, string] | null = null;
      if (op.info.raises) {
        // The looping frame's pc as the interpreter has it during the call: after the
        // instruction, or (a call from an inlined frame) after its own CALL already.
        const frames = exit!.snapshot.frames;
        const pc = frames.length > 1 ? frames[0].pc : frames[0].pc + 1;
        const direct = op.name === "call_direct";
        const pythonCall = callsPython(op);
        // Python code may run (runs_python.ts): it may read the looping frame's locals, or
        // (from an inlined frame) its callers' frames, which are published for the call.
        const mayLook = direct || pythonCall || op.runsPython || op.name === "call_nested";
        if (mayLook && frames.length > 1) published = publication(exit!);
        const writeBack = mayLook && frames.length === 1
          ? " " + writeBackLocals(frames[0], expression)
          : "";
        // Without a frame, a call of Python code leaves first (callDirect handles its own).
        const frameless = (pythonCall && !blindCallee(op)) || op.runsPython
          ? ` else ${exitJump(exit!)}`
          : "";
        lines.push(
          `s = ${number(exit!)}; if (frame !== null) { frame.pc = ${pc};${writeBack} }${frameless}`,
        );
      }
      if (op.name === "frame_cell" && entry && op.immediate >= ownCells) {
        lines.push(`${op.result} = F.closure[${op.immediate - ownCells}];`);
        continue;
      }
      if (op.name === "call_nested" && nestedDirect(op)) {
        // (Frameless, the trace left before the call: see `frameless` above.)
        lines.push(
          `${published?.[0] ?? ""}D.depth += ${op.immediate}; try { ${op.result} = ${
            directCallCode(args.slice(1))
          }; } finally { D.depth -= ${op.immediate};${published?.[1] ?? ""} }`,
        );
        continue;
      }
      if (op.name === "call_direct" && !needsFrame) {
        const self = selfCall(trace, op, args);
        if (self !== null) {
          lines.push(`${self} if (${op.result} === DEOPT) ${leave}`);
          continue;
        }
      }
      const code = OP_CODE[op.name](op.result?.toString() ?? "", args, leave, op.immediate);
      lines.push(
        published === null ? code : `${published[0]} try { ${code} } finally { ${published[1]} }`,
      );
    }
    return lines;
  };
  const body = emit(ops, (unit?.outer ?? []).map((op) => ({ op, name: null })));
  const tails = [...tailsUsed];
  const texts = [...shared.keys()];
  const raising = new Set<Exit>();
  for (const op of allOps(ops, separate)) {
    if (op.info.raises && !op.sunk) raising.add(exits.exitOf.get(op)!);
  }
  const inputs = unit === null
    ? trace.inputs.map((input, i) => `${input} = X[${i}]`)
    : bridge !== null
    ? bridge.exit.values.map((value, i) => `${value} = X[${i}]`)
    : []; // (a label's values: at the label)
  // (Another function's every way ends in a return: its jump to the trace's start is one.)
  const [open, close] = unit === null ? ["    T: for (;;) {", "    }"] : ["    {", "    }"];
  const source = [
    `const { ${RUNTIME_NAMES} } = RT;`,
    ...constants.map((_, i) => `const k${i} = K[${i}];`),
    ...builders,
    // RUN: what the tree's self calls run (the trace with its bridges, JsLoop.run).
    "let RUN = null;",
    // (In parentheses: V8 compiles the inner function with the outer one, rather than
    // pre-parsing it now and parsing it again at its first call.)
    `return [(function ${unit === null ? "loop" : bridge !== null ? "bridge" : "fromLabel"}${
      traceFunctionName(trace)
    }(X, frame, R, F) {`,
    `  let ${
      [
        ...inputs,
        ...declared,
        "s = -1",
        "n = 0",
        "xi = 0",
        ...Array.from({ length: width }, (_, i) => `y${i}`),
      ].join(", ")
    };`,
    "  XT: {",
    "  if (F === PRIMING) break XT;",
    "  try {",
    ...tails.map((tail) => `    E${tail}: {`),
    open,
    ...body.map((line) => "      " + line),
    close,
    ...tails.map((tail) => `    } ${exitBlock(texts[tail], "xi")}`).reverse(),
    "  } catch (e) {",
    "    R.error = e;",
    "    switch (s) {",
    ...[...raising].map((exit) =>
      `      case ${number(exit)}: ${exitBlock(textOf(exit), number(exit))}`
    ),
    "    }",
    "    throw e;",
    "  }",
    "  }",
    `  ${Array.from({ length: width }, (_, i) => `X[${i}] = y${i}; `).join("")}R.iterations = n;`,
    "  return xi;",
    "}), (run) => { RUN = run; }];",
  ].join("\n");
  // (What X must hold for the function: its entry's reads, its tail's stores.)
  const entryReads = unit === null ? trace.inputs.length : bridge?.exit.values.length ?? 0;
  return { source, constants, frameless: !needsFrame, xLength: Math.max(width, entryReads) };
}

/** An exit's own code: its values into the y registers (`text`), then on to the EXIT TAIL. */
function exitBlock(text: string, index: number | "xi"): string {
  return `{ ${text}${index === "xi" ? "" : ` xi = ${index};`} break XT; }`;
}

/**
 * EXIT TAIL. An exit puts its values in the function's locals `y0`, `y1`,
 * ..., sets `xi` to its number and breaks out to the function's end, where
 * one set of stores puts them in X (and the iterations in R) and returns
 * `xi`. Exits once stored in X themselves; but a store to X is a keyed
 * access with feedback, and an exit is cold code: when V8 had compiled the
 * function and an exit ran for the first time, it deoptimized the function
 * ("Insufficient type feedback for generic keyed access") and compiled it
 * again later (most of deltablue's deopts of trace functions, each a
 * compile again on V8's threads). The tail's stores run at every exit, and
 * before the function's first run JsLoop primes them (`F === PRIMING`: a
 * run straight to the tail, with X as long as they need), so V8 never
 * finds them without feedback.
 */

/** The most exits' code one function shares (each is a labelled block around its code). */
const MAX_SHARED_EXITS = 400;

/**
 * SHARED EXITS. Guards in a row often leave with the same values (the
 * class, type-version and map guards of one attribute read have one
 * snapshot), and half of a tree's JavaScript was exits' stores (richards:
 * 200 of 419 KB). An exit whose stores another exit of the function repeats
 * is written once, as a tail after a labelled block around the function's
 * code: the guard sets `xi` to its exit's number and breaks out to it
 * (`{ xi = 7; break E3; }`). `uses` counts each exit text's exits; the
 * tail number of each text to share, those that save most first.
 */
function sharedExits(uses: ReadonlyMap<string, number>): Map<string, number> {
  const shared = [...uses].filter(([, count]) => count > 1)
    .sort((a, b) => (b[1] - 1) * b[0].length - (a[1] - 1) * a[0].length)
    .slice(0, MAX_SHARED_EXITS);
  return new Map(shared.map(([text], i) => [text, i]));
}

/** Whether ops (bridges included) read or write the frame, so that they cannot run without one. */
function opsNeedFrame(ops: readonly Op[], ownCells: number, separate: OpSet): boolean {
  // A function's trace reads its free cells from the function (F), which a
  // frameless run has; anything else of the frame makes it need one.
  for (const op of allOps(ops, separate)) {
    if (
      !op.sunk && FRAME_OPS.has(op.name) && !(op.name === "frame_cell" && op.immediate >= ownCells)
    ) return true;
  }
  return false;
}

/**
 * A jump to the trace's start or to a label of the tree from another
 * function than the one that has it: the values into X, and the code that
 * says where they go (BRIDGE FUNCTIONS).
 */
function storeAndReturn(args: string[], code: number): string {
  return `{ ${
    args.map((arg, i) => `X[${i}] = ${arg};`).join(" ")
  } R.iterations = n; return ${code}; }`;
}

/**
 * A frameless-capable function trace's `call_direct` (`args`: the callee,
 * then the arguments, as expressions) as code that runs the trace's own
 * function when the callee is the function running it (SELF CALLS above);
 * null when the call's arguments do not fit the trace's inputs at compile
 * time (another count, a float input, an input that is no argument).
 */
function selfCall(trace: Trace, op: Op, args: string[]): string | null {
  const count = args.length - 1;
  if (!simplePositionalCode(trace.code!, count)) return null;
  const checks: string[] = [];
  const stores: string[] = [];
  for (let i = 0; i < trace.inputs.length; i++) {
    const slot = trace.inputSlots[i];
    const kind = trace.inputs[i].kind;
    if (slot >= count || kind === "float") return null;
    const arg = op.args[slot + 1];
    if (arg.kind === "float") return null;
    const value = args[slot + 1];
    if (kind === "int" && arg.kind !== "int") checks.push(`typeof ${value} === "number"`);
    stores.push(`X[${i}] = ${value};`);
  }
  const result = op.result!.toString();
  const callee = args[0];
  const rest = args.slice(1).join(", ");
  return `if (${[`${callee} === F`, ...checks, "selfReady(R)"].join(" && ")}) { ${
    stores.join(" ")
  } D.depth++; let e; try { e = RUN(X, null, R, F); } finally { D.depth--; } ${result} = e < 0 ? selfReturned(R, X[0]) : DC.selfLeft(frame, F, R, e${
    rest ? ", " + rest : ""
  }); } else ${result} = ${directCallCode(args)};`;
}

/** Ops that read or write the frame itself: a trace with one runs only with its frame. */
const FRAME_OPS = new Set([
  "frame_cell",
  "make_cell",
  "getlocal",
  "setlocal",
  "frame_ref",
  "push_offer",
  "call_catch", // (the traceback entry names the frame)
]);

/** Helpers that run Python functions, which may look at their caller's frame. */
const PYTHON_CALLS = new Set([
  "call",
  "quietCall",
  "withExceptStart",
  "callPython",
  "callKw",
  "callWithStar",
  "construct",
  "callMethod0",
  "callMethod1",
  "callMethod2",
  "callMethod3",
]);

function callsPython(op: Op): boolean {
  const helper = op.args[0];
  return helper instanceof Const && PYTHON_CALLS.has(HELPER_NAMES.get(helper.value) ?? "");
}

/**
 * The code of a direct call (driver.ts callDirect) of `args` (the callee, as
 * an expression, then the arguments): with up to FEW_ARGUMENTS arguments
 * they go as parameters (DC.few), so V8 makes no arguments object per call.
 */
function directCallCode(args: readonly string[]): string {
  return `DC.${args.length - 1 <= FEW_ARGUMENTS ? "few" : "call"}(frame, ${args.join(", ")})`;
}

/**
 * A `call_nested` of `callPython` (a Python function called from an inlined
 * frame, with the looping frame there): it goes the way of a `call_direct`
 * (driver.ts callDirect), so the callee's trace runs without a frame when
 * it can. With a caller frame, callDirect never returns DEOPT; a callee
 * that leaves gets its frame under the looping one, as callPython's would.
 */
function nestedDirect(op: Op): boolean {
  const helper = op.args[0];
  return helper instanceof Const && HELPER_NAMES.get(helper.value) === "callPython";
}

/** A call of a Python-calling helper whose callee is a constant that looks at no frame (frame_blind.ts). */
function blindCallee(op: Op): boolean {
  const callee = op.args[1];
  return callee instanceof Const && frameBlind(callee.value as PyValue);
}

/**
 * Before a residual call of Python code from the looping frame, its locals
 * go back to the frame (floats boxed), so that a callee reading its
 * caller's frame (`sys._getframe(1).f_locals`) sees the interpreter's
 * values. Stack slots are not visible to Python code and stay in the trace.
 */
function writeBackLocals(frame: SnapshotFrame, expression: (o: Operand) => string): string {
  const writes: string[] = [];
  const locals = Math.min(frame.code.co_varnames.length, frame.slots.length);
  for (let slot = 0; slot < locals; slot++) {
    const operand = frame.slots[slot];
    if (operand === null) continue;
    const value = expression(operand);
    writes.push(
      `frame.fast[${slot}] = ${operand.kind === "float" ? `new PyFloat(${value})` : value};`,
    );
  }
  return writes.join(" ");
}

/**
 * The jump as a parallel assignment (an input may feed another input's
 * value), then on with the loop named `loop`.
 */
function jumpCode(targets: readonly Value[], args: string[], loop: string): string {
  const lines: string[] = [];
  const temps = args.map((arg, i) => {
    const input = targets[i].toString();
    if (arg === input) return null;
    lines.push(`const t${i} = ${arg};`);
    return input;
  });
  temps.forEach((input, i) => {
    if (input !== null) lines.push(`${input} = t${i};`);
  });
  return `{ ${lines.join(" ")} n++; continue ${loop}; }`;
}

function numberLiteral(n: number): string {
  if (Object.is(n, -0)) return "-0";
  if (Number.isNaN(n)) return "NaN";
  if (n === Infinity) return "Infinity";
  if (n === -Infinity) return "-Infinity";
  return n < 0 ? `(${n})` : String(n);
}

export const jsBackend: Backend = {
  name: "js",
  compileLoop(trace: Trace, previous?: CompiledLoop): CompiledLoop {
    const separate = previous instanceof JsLoop ? previous.coldBridges() : new Set<Op>();
    const exits = exitTable(trace, separate);
    const { source, constants, frameless, xLength } = generate(trace, exits, null, separate);
    const inlined = new Set<Op>();
    for (const op of allOps(trace.ops)) {
      if (op.bridge !== null && !separate.has(op)) inlined.add(op);
    }
    const [run, setSelf] = instantiate(source, constants);
    const loop = new JsLoop(
      trace,
      exits,
      run,
      setSelf,
      source,
      frameless,
      params.bridge_inline_runs,
      inlined,
      xLength,
    );
    // (In the order of the tree: a bridge's exits are numbered before those of bridges from it.)
    for (const op of allOps(trace.ops)) {
      if (separate.has(op) && !loop.attachBridge(exits.exitOf.get(op)!, op.bridge!)) {
        return this.compileLoop(trace); // (all inline, as a last resort)
      }
    }
    return loop;
  },
  invalidate(loop: CompiledLoop): void {
    loop.valid = false;
  },
};

/** Every op of the table has a template (checked by a test). */
export function missingTemplates(): string[] {
  return [...OPS.keys()].filter((name) => !(name in OP_CODE));
}
