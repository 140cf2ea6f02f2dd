/**
 * The IR interpreter backend: runs a trace op by op, keeping values in a
 * map. It is slow and simple on purpose — an independent statement of what
 * each op means (PyPy's llgraph backend plays this part), so optimiser
 * tests can execute a trace before and after a pass and compare, and
 * backend tests can compare it with the JS backend.
 *
 * Each op is a function in OP_EVAL from its argument values (and the
 * immediate) to its result, or LEAVE when its guard fails.
 */
import { Const, type Op, type Trace, Value } from "../ir.ts";
import type { Operand } from "../ir.ts";
import { exitTable } from "../exits.ts";
import { OPS } from "../ir_ops.ts";
import { type Backend, type CompiledLoop, inputKindCodes } from "./backend.ts";
import { floatType, PyFloat } from "../../vm/objects/float.ts";
import { PyCell } from "../../vm/objects/cell.ts";
import { PyBoundMethod } from "../../vm/runtime/bound_method.ts";
import { newTuple } from "../../vm/objects/tuple.ts";
import { floatPowerInTrace } from "../../vm/objects/float_arith.ts";
import { repeatExactBytes as repeatBytes } from "../../vm/objects/bytes_sequence.ts";
import { PyList } from "../../vm/objects/list.ts";
import { PyInstance } from "../../vm/objects/instance.ts";
import { PyFunction } from "../../vm/objects/function.ts";
import { MAX_STR_LENGTH } from "../../vm/objects/str_wide.ts";
import { makeArrayIterator, makeInstance } from "../materialize.ts";
import { formatValue as formatSpec } from "../../vm/objects/str_format.ts";
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
import { dictGetItem } from "../../vm/objects/dict_methods.ts";
import { AND, OR, safeBitwise, safeShiftRight, XOR } from "../../vm/runtime/safe_bitwise.ts";
import type { Frame } from "../../vm/runtime/frame.ts";
import { directCalls } from "../direct_calls.ts";
import { pendingSignals } from "../../vm/runtime/pending_signals.ts";
import { hookFlags } from "../../vm/runtime/tracing/hooks.ts";
import { thread } from "../../vm/runtime/thread_state.ts";
import { CATCH, catchingCall, makeFrame, syncFrame, tracebackEntry } from "../exception_helpers.ts";

/** A failing guard. */
export const LEAVE: unique symbol = Symbol("leave");

// deno-lint-ignore no-explicit-any
type Evaluator = (a: any[], n: number, frame?: Frame) => unknown;

const SAFE = Number.MAX_SAFE_INTEGER;
const INT32 = 0x7fffffff;
const safe = (v: number) => (v <= SAFE && v >= -SAFE ? v + 0 : LEAVE);
const int32 = (v: number) => v >= -INT32 && v <= INT32;
const index = (items: unknown[], i: number) => {
  const j = i < 0 ? i + items.length : i;
  return j >= 0 && j < items.length ? j : -1;
};

/** The checked index of an array.array element, or -1. */
const arrayIndex = (array: { length: number }, i: number) => {
  const j = i < 0 ? i + array.length : i;
  return j >= 0 && j < array.length ? j : -1;
};

/** An array.array element by a checked index, or LEAVE. */
const arrayItem = (array: { length: number; items: ArrayLike<unknown> }, i: number) => {
  const j = arrayIndex(array, i);
  return j < 0 ? LEAVE : array.items[j];
};

/** iter_ready: whether a range (#0), list/tuple (#1) or reversed (#2) iterator has an item. */
// deno-lint-ignore no-explicit-any
function iteratorReady(it: any, kind: number): boolean {
  if (kind === 0) {
    return typeof it.next === "number" && (it.step > 0 ? it.next < it.stop : it.next > it.stop);
  }
  const seq = it.sequence;
  if (seq === null) return false;
  if (kind === 1) return it.index < seq.items.length;
  return it.access === ITEMS_SEQUENCE && it.index >= 0 && it.index < seq.items.length;
}

export const OP_EVAL: Record<string, Evaluator> = {
  int_add_ovf: (a) => safe(a[0] + a[1]),
  int_sub_ovf: (a) => safe(a[0] - a[1]),
  int_mul_ovf: (a) => safe(a[0] * a[1]),
  int_add: (a) => a[0] + a[1],
  int_sub: (a) => a[0] - a[1],
  int_floordiv: (a) =>
    a[1] === 0 || !int32(a[0]) || !int32(a[1]) ? LEAVE : Math.floor(a[0] / a[1]) + 0,
  int_mod: (a) => {
    if (a[1] === 0) return LEAVE;
    let r = a[0] % a[1];
    if (r !== 0 && (r < 0) !== (a[1] < 0)) r += a[1];
    return r + 0;
  },
  int_and: (a) => safe(safeBitwise(a[0], a[1], AND)),
  int_or: (a) => safeBitwise(a[0], a[1], OR),
  int_xor: (a) => safe(safeBitwise(a[0], a[1], XOR)),
  int_rshift: (a) => (a[1] < 0 ? LEAVE : safeShiftRight(a[0], a[1])),
  int_lshift_ovf: (a) => (a[1] >= 0 && a[1] < 53 ? safe(a[0] * 2 ** a[1]) : LEAVE),
  int_neg: (a) => -a[0] + 0,
  int_lt: (a) => a[0] < a[1],
  int_le: (a) => a[0] <= a[1],
  int_eq: (a) => a[0] === a[1],
  int_ne: (a) => a[0] !== a[1],
  int_gt: (a) => a[0] > a[1],
  int_ge: (a) => a[0] >= a[1],
  int_truediv: (a) => (a[1] === 0 ? LEAVE : a[0] / a[1]),
  int_to_float: (a) => a[0],
  int_to_str: (a) => String(a[0]),
  int_is_true: (a) => a[0] !== 0,

  float_add: (a) => a[0] + a[1],
  float_sub: (a) => a[0] - a[1],
  float_mul: (a) => a[0] * a[1],
  float_truediv: (a) => (a[1] === 0 ? LEAVE : a[0] / a[1]),
  float_neg: (a) => -a[0],
  float_abs: (a) => Math.abs(a[0]),
  float_floor: (a) => Math.floor(a[0]),
  float_ceil: (a) => Math.ceil(a[0]),
  float_pow: (a) => floatPowerInTrace(a[0], a[1]) ?? LEAVE,
  float_to_int: (a) => {
    const int = Math.trunc(a[0]) + 0;
    return Math.abs(int) <= Number.MAX_SAFE_INTEGER ? int : LEAVE;
  },
  int_min: (a) => (a[1] < a[0] ? a[1] : a[0]),
  int_max: (a) => (a[1] > a[0] ? a[1] : a[0]),
  float_min: (a) => (a[1].value < a[0].value ? a[1] : a[0]),
  float_max: (a) => (a[1].value > a[0].value ? a[1] : a[0]),
  float_sqrt: (a) => (a[0] < 0 ? LEAVE : Math.sqrt(a[0])),
  float_lt: (a) => a[0] < a[1],
  float_le: (a) => a[0] <= a[1],
  float_eq: (a) => a[0] === a[1],
  float_ne: (a) => a[0] !== a[1],
  float_gt: (a) => a[0] > a[1],
  float_ge: (a) => a[0] >= a[1],
  float_is_true: (a) => a[0] !== 0,
  box_float: (a) => new PyFloat(a[0]),

  guard_int: (a) => (typeof a[0] === "number" ? a[0] : LEAVE),
  guard_bool_int: (a) => (typeof a[0] === "boolean" ? (a[0] ? 1 : 0) : LEAVE),
  guard_float: (a) => (a[0] instanceof PyFloat && a[0].cls === floatType ? a[0].value : LEAVE),
  guard_class: (a) => (typeof a[0] === "object" && a[0] !== null && a[0].cls === a[1] ? 0 : LEAVE),
  guard_map: (a) => (a[0].map === a[1] ? 0 : LEAVE),
  guard_type_version: (a, n) => (a[0].version === n ? 0 : LEAVE),
  guard_value: (a) => (a[0] === a[1] ? 0 : LEAVE),
  guard_true: (a) => (a[0] === true ? 0 : LEAVE),
  guard_false: (a) => (a[0] === false ? 0 : LEAVE),
  guard_nonnull: (a) => (a[0] !== undefined ? 0 : LEAVE),
  guard_str: (a) => (typeof a[0] === "string" ? 0 : LEAVE),
  str_getitem: (a) => {
    const j = a[1] < 0 ? a[1] + a[0].length : a[1];
    return j >= 0 && j < a[0].length ? a[0][j] : LEAVE;
  },
  str_getslice: (a) => plainStrSlice(a[0], a[1], a[2]),
  str_getslice_step: (a, n) => plainStrSlice(a[0], a[1], a[2], n),
  str_compare: (a, n) =>
    [a[0] < a[1], a[0] <= a[1], a[0] === a[1], a[0] !== a[1], a[0] > a[1], a[0] >= a[1]][n],
  format_spec: (a) => formatSpec(a[0], a[1]),
  str_len: (a) => a[0].length,
  bytes_repeat: (a) => (a[0].bytes.length * a[1] > 2147483647 ? LEAVE : repeatBytes(a[0], a[1])),
  str_contains: (a) => a[1].includes(a[0]),
  str_concat: (a) => (a[0].length + a[1].length > MAX_STR_LENGTH ? LEAVE : a[0] + a[1]),
  guard_no_global: (a, n) => (a[0].layout === n || a[0].lookupPosition(a[1]) < 0 ? 0 : LEAVE),

  getslot: (a, n) => a[0].slots[n],
  setslot: (a, n) => {
    a[0].slots[n] = a[1];
  },
  addslot: (a, n) => {
    a[0].map = a[1];
    a[0].slots[n] = a[2];
  },
  enter_loop: () => LEAVE,
  getfloat: (a, n) => a[0].floats[n],
  has_key: (a, n) => a[0].has(a[1]) !== (n === 1),
  dict_getitem: (a) => dictGetItem(a[0], a[1]),
  dict_get: (a) => a[0].get(a[1]) ?? a[2],
  dict_setitem: (a) => void a[0].set(a[1], a[2]),
  dict_len: (a) => a[0].size,
  set_len: (a) => a[0].used,
  deque_len: (a) => a[0].length,
  dict_setdefault: (a) => {
    const found = a[0].get(a[1]);
    if (found !== undefined) return found;
    a[0].set(a[1], a[2]);
    return a[2];
  },
  list_getslice: (a) => listSlice(a[0], a[1], a[2], a[3]),
  list_setslice: (a) => assignListSlice(a[0], a[1], a[2], a[3], a[4]),
  list_setslice_from: (a) => assignListSliceFrom(a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7]),
  setfloat: (a, n) => {
    a[0].floats[n] = a[1];
  },
  addfloat: (a) => {
    addUnboxedSlot(a[0], a[1], a[2]);
  },
  getmember: (a, n) => {
    const m = a[0].members;
    return m === null || m[n] === undefined ? LEAVE : m[n];
  },
  setmember: (a, n) => {
    (a[0].members ??= [])[n] = a[1];
  },
  global_lookup: (a, n) => (a[0].keys[n] === a[1] ? a[0].values[n] : LEAVE),
  global_store: (a, n) => {
    if (a[0].keys[n] !== a[1]) return LEAVE;
    a[0].values[n] = a[2];
    a[0].version++;
  },
  list_len: (a) => a[0].items.length,
  list_getitem: (a) => {
    const j = index(a[0].items, a[1]);
    return j < 0 ? LEAVE : a[0].items[j];
  },
  list_setitem: (a) => {
    const j = index(a[0].items, a[1]);
    if (j < 0) return LEAVE;
    a[0].items[j] = a[2];
  },
  list_append: (a) => void a[0].items.push(a[1]),
  list_pop: (a) => (a[0].items.length === 0 ? LEAVE : a[0].items.pop()),
  set_add: (a) => void a[0].add(a[1]),
  set_discard: (a) => void a[0].discard(a[1]),
  array_typecode: (a) => a[0].type,
  array_getfloat: (a) => arrayItem(a[0], a[1]),
  array_getint: (a) => arrayItem(a[0], a[1]),
  array_setfloat: (a) => {
    const j = arrayIndex(a[0], a[1]);
    return j < 0 ? LEAVE : void (a[0].items[j] = a[2]);
  },
  array_setint: (a) => {
    const j = arrayIndex(a[0], a[1]);
    return j < 0 || !(a[2] >= a[3] && a[2] <= a[4]) ? LEAVE : void (a[0].items[j] = a[2]);
  },
  foreign_plan: (a) => a[0].jitPlan,
  ffi_call_float: (a) => a[0].call(...a.slice(1)),
  ffi_call_int: (a) => a[0].call(...a.slice(1)),
  ffi_call: (a) => a[0].call(...a.slice(1)),
  ffi_load_float: (a) => a[0].call(...a.slice(1)),
  ffi_load_int: (a) => a[0].call(...a.slice(1)),
  ffi_load: (a) => a[0].call(...a.slice(1)),
  callback_runs: (a) => a[0].count,
  guard_callback_runs: (a) => (a[0].count === a[1] ? 0 : LEAVE),
  guard_no_hooks: () => (hookFlags[0] !== 0 ? LEAVE : undefined),
  // With the frame always there, the callee's trace (if any) runs with its own (never DEOPT).
  call_direct: (a, _n, frame) => directCalls.call(frame!, a[0], ...a.slice(1)),
  call_nested: (a, n) => {
    thread.depth += n;
    try {
      return a[0](...a.slice(1));
    } finally {
      thread.depth -= n;
    }
  },
  tuple_getitem: (a, n) => a[0].items[n],
  new_tuple: (a) => newTuple(a),
  new_list: (a) => new PyList([...a]),
  new_instance: (a) => new PyInstance(a[0]),
  instance_make: (a, n) => makeInstance(a[0], a.slice(1, 1 + n), a.slice(1 + n)),
  zip_inner: (a, n) => a[0].iterators[n],
  zip_live: (a) => (a[0].done ? LEAVE : 0),
  iter_ready: (a, n) => (iteratorReady(a[0], n) ? 0 : LEAVE),
  enumerate_inner: (a) => a[0].iterator,
  enumerate_count: (a) => a[0].count,
  enumerate_set_count: (a) => void (a[0].count = a[1]),
  tuple_len: (a) => a[0].items.length,
  new_range: (a) => makeRange(a[0], a[1], a[2]),
  range_iter: (a) => rangeIteratorOf(a[0], a[1], a[2]),
  seq_iter: (a, n) => arrayIterator(n === 0 ? listIteratorType : tupleIteratorType, a[0]),
  seq_next_item: (a) => {
    const seq = a[0], i = a[1];
    return seq === null || !(i < seq.items.length) ? LEAVE : seq.items[i];
  },
  seq_iter_at: (a, n) =>
    makeArrayIterator(n === 0 ? listIteratorType : tupleIteratorType, a[0], a[1]),
  seq_iter_end: (a) => (a[0] !== null && a[1] < a[0].items.length ? LEAVE : 0),
  seq_iter_seq: (a) => a[0].sequence,
  seq_iter_index: (a) => a[0].index,
  seq_reversed: (a, n) =>
    reversedArrayIterator(n === 0 ? listReverseIteratorType : reversedType, a[0]),
  range_next: (a) => {
    const it = a[0];
    const v = it.next;
    if (typeof v !== "number" || (it.step > 0 ? v >= it.stop : v <= it.stop)) return LEAVE;
    it.next = v + it.step;
    return v;
  },
  seq_iter_next: (a) => {
    const it = a[0];
    const seq = it.sequence;
    if (seq === null || !(it.index < seq.items.length)) return LEAVE;
    return seq.items[it.index++];
  },
  range_done: (a) => {
    const it = a[0];
    const v = it.next;
    return typeof v !== "number" || (it.step > 0 ? v < it.stop : v > it.stop) ? LEAVE : 0;
  },
  seq_iter_prev: (a) => {
    const it = a[0];
    const seq = it.sequence;
    if (seq === null || it.access !== ITEMS_SEQUENCE) return LEAVE;
    const i = it.index;
    if (!(i >= 0 && i < seq.items.length)) return LEAVE;
    it.index = i - 1;
    return seq.items[i];
  },
  seq_iter_prev_done: (a) => {
    const it = a[0];
    if (it.sequence !== null && it.index >= 0 && it.index < it.sequence.items.length) return LEAVE;
    it.sequence = null;
  },
  dict_iter_next: (a) => {
    const it = a[0];
    const d = it.dict;
    if (d === null || it.sizeAtStart !== d.size || it.remaining === 0) return LEAVE;
    let p = it.position;
    while (p < d.keys.length && d.keys[p] === undefined) p++;
    if (p >= d.keys.length) return LEAVE;
    it.position = p + 1;
    it.remaining--;
    return p;
  },
  dict_iter_key: (a) => a[0].dict.keys[a[1]],
  dict_iter_value: (a) => a[0].dict.values[a[1]],
  dict_iter_done: (a) => {
    const it = a[0];
    const d = it.dict;
    if (d === null) return;
    if (it.sizeAtStart !== d.size) return LEAVE;
    let p = it.position;
    while (p < d.keys.length && d.keys[p] === undefined) p++;
    if (p < d.keys.length) return LEAVE;
    it.dict = null;
  },
  seq_iter_done: (a) => {
    const it = a[0];
    if (it.sequence !== null && it.index < it.sequence.items.length) return LEAVE;
    it.sequence = null;
  },
  frame_cell: (_a, n, frame) => frame!.cells[n],
  getcell: (a) => a[0].contents,
  make_cell: (a, n, frame) => {
    frame!.cells[n] = new PyCell(a[0]);
  },
  copy_free_vars: (a, _n, frame) => {
    const closure = frame!.func!.closure!;
    for (let i = 0; i < a[1]; i++) frame!.cells[a[0] + i] = closure[i];
  },
  gen_enter: (a, n) => {
    const frame = a[0].frame;
    if (frame.pc !== n || frame.code !== a[1] || !a[0].idleForJit()) return LEAVE;
    a[0].started = a[0].running = true;
  },
  gen_getlocal: (a, n) => {
    const value = a[0].frame.fast[n];
    return value === undefined ? LEAVE : value;
  },
  gen_setlocal: (a, n) => void (a[0].frame.fast[n] = a[1]),
  guard_not_awaited: (a) => (a[0].delegate() === undefined ? 0 : LEAVE),
  gen_suspend: (a) => a[0].suspendForJit(a[1], a[2]),
  gen_finish: (a) => a[0].finishForJit(),
  gen_cell: (a, n) => a[0].frame.cells[n],
  getlocal: (_a, n, frame) => frame!.fast[n],
  guard_code: (a) =>
    !(a[0] instanceof PyFunction) || a[0].code !== a[1] || a[0].globals !== a[2] ||
      a[0].builtins !== a[3]
      ? LEAVE
      : undefined,
  guard_defaults: (a) => (a[0].defaults !== a[1] ? LEAVE : undefined),
  guard_func_code: (a) => (a[0].code !== a[1] ? LEAVE : undefined),
  func_cell: (a, n) => a[0].closure[n],
  new_cell: (a) => new PyCell(a[0]),
  new_bound_method: (a) => new PyBoundMethod(a[0], a[1]),
  bound_func: (a) => a[0].func,
  bound_self: (a) => a[0].self,
  bound_descriptor: (a) => a[0].descriptor,
  push_offer: (a, _n, frame) =>
    frame!.consumer === null || !frame!.consumer(a[0]) ? LEAVE : undefined,
  frame_ref: (_a, _n, frame) => frame,
  setlocal: (a, n, frame) => {
    frame!.fast[n] = a[0];
  },
  setcell: (a) => {
    a[0].contents = a[1];
  },
  is: (a) => a[0] === a[1],
  is_not: (a) => a[0] !== a[1],
  call: (a) => a[0](...a.slice(1)),
  call_catch: (a, n, frame) => catchingCall(frame!, n, a[0], ...a.slice(1)),
  guard_raised: () => (CATCH.raised ? 0 : LEAVE),
  guard_returned: () => (CATCH.raised ? LEAVE : 0),
  leave: () => LEAVE,
  make_frame: (a) => makeFrame(a[0], a[1], a.slice(2)),
  sync_frame: (a, n) => syncFrame(a[0], a.slice(1), n),
  traceback_entry: (a, n) => tracebackEntry(a[0], a[1], n),
  push_exc_info: (a) => {
    const previous = thread.handledException;
    thread.handledException = a[0];
    return previous;
  },
  pop_except: (a) => {
    thread.handledException = a[0];
  },
  call_void: (a) => {
    a[0](...a.slice(1));
  },
  jump: () => (pendingSignals[0] !== 0 ? LEAVE : 0),
  finish: () => 0, // the runner handles it
  label: () => 0, // the runner handles it
};

class InterpretedLoop implements CompiledLoop {
  readonly buffer: unknown[] = [];
  readonly raised = {
    error: undefined as unknown,
    iterations: 0,
    compiled: this as CompiledLoop,
    owner: null as unknown,
  };
  readonly exits;
  valid = true;
  readonly source = "";
  /** (Always run with the frame: no frameless runs.) */
  readonly framelessCapable = false;
  /** Iterations completed by the last execute (for tests). */
  iterations = 0;
  readonly inputKinds: Uint8Array;
  /** (Bridges are run inline, at their guards, only.) */
  readonly bridgeRuns = 0;
  readonly hotBridges = false;
  readonly bridgeChars = 0;
  attachBridge(): boolean {
    return false;
  }
  constructor(readonly trace: Trace) {
    this.exits = exitTable(trace);
    this.inputKinds = inputKindCodes(trace);
  }

  executeFrameless(): number {
    throw new Error("jit: the IR interpreter runs traces only with their frame");
  }

  execute(inputs: unknown[], frame: Frame): number {
    const values = new Map<Value, unknown>();
    this.trace.inputs.forEach((input, i) => values.set(input, inputs[i]));
    this.iterations = 0;
    for (;;) {
      const exit = this.run(this.trace.ops, 0, values, frame, []);
      this.raised.iterations = this.iterations;
      if (exit >= 0) return exit;
      if (exit === FINISHED) return -1; // a function trace's finish
      this.iterations++;
    }
  }

  /**
   * Runs ops (a trunk or a bridge) from `start`, inside the enclosing
   * `labels`: an exit number, TO_START after a jump to the trace's start,
   * FINISHED after finish, or toLabel(depth) after a jump to the label at
   * that depth of `labels`.
   */
  private run(
    ops: readonly Op[],
    start: number,
    values: Map<Value, unknown>,
    frame: Frame,
    labels: readonly Op[],
  ): number {
    // A sunk op's value is computed where an exit needs it, once per exit (an
    // instance named twice, or inside another, is one object).
    let made = new Map<Value, unknown>();
    const read = (operand: Operand): unknown => {
      if (!(operand instanceof Value)) return (operand as Const).value;
      const op = operand.op;
      if (op === null || !op.sunk) return values.get(operand);
      if (!made.has(operand)) made.set(operand, OP_EVAL[op.name](op.args.map(read), op.immediate));
      return made.get(operand);
    };
    const store = (exit: { values: readonly Value[] }) => {
      made = new Map();
      exit.values.forEach((value, i) => this.buffer[i] = read(value));
    };
    for (let index = start; index < ops.length; index++) {
      const op = ops[index];
      if (op.sunk) continue;
      const args = op.args.map(read);
      const exit = this.exits.exitOf.get(op);
      const leave = () => {
        if (op.bridge !== null) return this.run(op.bridge, 0, values, frame, labels);
        store(exit!);
        return exit!.index;
      };
      if (op.name === "label") {
        op.loop!.values.forEach((value, i) => values.set(value, args[i]));
        const inner = [...labels, op];
        for (;;) {
          const result = this.run(ops, index + 1, values, frame, inner);
          if (result !== toLabel(labels.length)) return result;
          this.iterations++;
        }
      }
      if (op.name === "jump") {
        if (OP_EVAL.jump(args, 0) === LEAVE) return leave();
        if (op.immediate === 0) {
          this.trace.inputs.forEach((input, i) => values.set(input, args[i]));
          return TO_START;
        }
        const depth = labels.findLastIndex((label) => label.immediate === op.immediate);
        labels[depth].loop!.values.forEach((value, i) => values.set(value, args[i]));
        return toLabel(depth);
      }
      if (op.name === "finish") {
        this.buffer[0] = args[0];
        return FINISHED;
      }
      let result: unknown;
      try {
        if (op.info.raises) {
          const frames = exit!.snapshot.frames;
          frame.pc = frames.length > 1 ? frames[0].pc : frames[0].pc + 1;
        }
        result = OP_EVAL[op.name](args, op.immediate, frame);
      } catch (error) {
        if (!op.info.raises) throw error;
        this.raised.error = error;
        store(exit!);
        return exit!.index;
      }
      if (result === LEAVE) return leave();
      if (op.result !== null) values.set(op.result, result);
    }
    throw new Error("jit: a trace ended without a jump");
  }
}

const TO_START = -1, FINISHED = -2;
const toLabel = (depth: number) => -3 - depth;

export const interpBackend: Backend = {
  name: "interp",
  compileLoop: (trace) => new InterpretedLoop(trace),
  invalidate(loop) {
    loop.valid = false;
  },
};

/** Every op of the table has an evaluator (checked by a test). */
export function missingEvaluators(): string[] {
  return [...OPS.keys()].filter((name) => !(name in OP_EVAL));
}
