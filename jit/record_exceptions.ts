/**
 * Recording exceptions a trace raises and catches itself.
 *
 * Without this, a raise ends a recording (the loop is retried, then left to
 * the interpreter) and a raise in a compiled trace leaves it: a loop that
 * raises and catches every iteration never runs compiled. Here the
 * recorder follows the raise to its handler when both are in the looping
 * frame (the frame the trace runs in, a real one, so the traceback entry
 * the exception gets names the frame the interpreter's would):
 *
 * - A residual call of the looping frame that raised (a CALL, a subscript,
 *   an attribute, an operator, `__exit__`) becomes `call_catch`: the same
 *   call, whose exception comes back as a value (exception_helpers.ts
 *   catchingCall makes its traceback entry and `__context__` as the
 *   interpreter's unwind does), then `guard_raised` — a later run where the
 *   call returns leaves the trace after the instruction, the value pushed.
 * - A residual call of the looping frame that returned, inside a `try`, is
 *   a `call_catch` too, with `guard_returned`: a later run where it raises
 *   leaves the trace at the handler, the exception pushed, and the exit's
 *   bridge records the handler (instead of the exception leaving through
 *   the call's exit, to the interpreter, every time).
 * - A dict subscript of the looping frame inside a `try` whose key is
 *   missing when recorded is a residual call too (recorder.ts binarySubscr;
 *   a present key stays the inline `dict_getitem`), so its KeyError is
 *   caught as a call's: an EAFP lookup function's trace records its miss
 *   and its handler, where its miss used to leave the trace every time.
 * - RAISE_VARARGS 1 and 2 (`raise exc`, `raise exc from cause`) are a
 *   `call_catch` of the raise itself; it always raises.
 * - Then the unwind: the stack cut to the handler's depth, lasti and the
 *   exception pushed, the recording goes on at the handler (the exception
 *   table at record time says which: a trace is one path).
 * - PUSH_EXC_INFO and POP_EXCEPT are `push_exc_info`/`pop_except` on the
 *   thread's handled exception; CHECK_EXC_MATCH guards the exception's class
 *   and is a constant; RERAISE caught in the frame is a move on the stack;
 *   WITH_EXCEPT_START is a residual call of `__exit__`.
 *
 * A raise inside inlined callees is followed too, to a handler of the
 * callee or of a caller (`catcher`: the interpreter's unwind, frame by
 * frame). An inlined frame is virtual, but a traceback entry names a frame
 * object: the trace makes one for it (`make_frame`, once: its function,
 * locals and its caller's frame as f_back; SnapshotFrame.made, so that an
 * exit fills that object rather than make another), the residual call or
 * raise is a `call_catch` that makes no entry itself (lasti -1), and
 * `traceback_entry` adds each frame's at the instruction or CALL the
 * exception passed. A frame the exception leaves ends there (`sync_frame`:
 * its locals and pc, what f_locals and f_lineno show afterwards; RERAISE
 * sets the pc its handler kept) and is dropped; a made frame that returns
 * gets the same at its RETURN_VALUE. The exception handling opcodes of an
 * inlined frame are recorded as the looping frame's. So an EAFP lookup
 * function's miss, its handler and its `raise X from None` run in the
 * caller's trace (exceptions.py's `lookup` and `parse`). Only frames of
 * plain calls are followed (not an `__init__`, a getter, a generator, a
 * closure guarded by its code, or a frame with cells); otherwise, and when
 * no frame of the trace handles the exception, the callee is called from
 * then on instead (`raisingCallees`, as recorder.ts does with callees whose
 * loops ran), and the recording is retried: its raise is then the looping
 * frame's call that raised, and the callee's own trace catches what it
 * catches itself. A raise with no handler in the looping frame ends the
 * recording as before; a function's trace ends there with `leave`
 * (`escapes`). When another trace's `call_catch` called the function, its
 * trace runs without the eval loop, and a `leave` at a RERAISE no handler
 * covers (the usual end of an EAFP function's `raise X from None`) finishes
 * the frame in the driver (driver.ts callFunctionTraceQuietly).
 */
import type { CodeObject } from "../vm/compiler/code.ts";
import type { PyValue } from "../vm/objects/object.ts";
import { PyObject } from "../vm/objects/object.ts";
import type { Frame } from "../vm/runtime/frame.ts";
import { PyFunction } from "../vm/objects/function.ts";
import { handlerRow, type RuntimeCode } from "../vm/runtime/constants.ts";
import { PyBaseException } from "../vm/objects/exceptions.ts";
import {
  addTracebackEntry,
  exceptionMatches,
  raiseFromStack,
  toPyException,
} from "../vm/runtime/raise.ts";
import { thread } from "../vm/runtime/thread_state.ts";
import { FUNCTION_ENTRY } from "./recorder.ts";
import {
  Const,
  intConst,
  Op,
  type Operand,
  refConst,
  Snapshot,
  type SnapshotFrame,
  type Trace,
  type Value,
} from "./ir.ts";
import { stopIteration } from "../vm/runtime/generator.ts";
import { params } from "./params.ts";

/** An unbound local (undefined) as an operand. */
const NULL_OPERAND = refConst(undefined, "NULL");

/** Functions a recording saw raise while inlined: called from then on (see above). */
export const raisingCallees = new WeakSet<CodeObject>();

/** What record_exceptions needs of the recorder (its own members, recorder.ts). */
export interface ExceptionRecorder {
  readonly frames: readonly RecordedFrame[];
  readonly trace: Trace;
  readonly pc: number;
  readonly startSp: number;
  readonly loopPc: number;
  readonly startSlots: (Operand | null)[];
  readonly snapshots: Snapshot[];
  hooksMayChange: boolean;
  snapshot(): Snapshot;
  emit(name: string, args: Operand[], immediate?: number): Value;
  helper(name: string): Const;
  asRef(operand: Operand): Operand;
  read(abstract: RecordedFrame, slot: number): Operand;
  push(abstract: RecordedFrame, operand: Operand, value: PyValue | undefined): void;
  pop(abstract: RecordedFrame): Operand;
  peek(abstract: RecordedFrame, depth: number): Operand;
  concrete(abstract: RecordedFrame, depth: number): PyValue;
  constantFor(value: PyValue): Operand;
  guardClass(operand: Operand, value: PyObject): void;
  residual(
    abstract: RecordedFrame,
    name: string,
    args: Operand[],
    values: unknown[],
    callee?: PyValue,
  ): { operand: Value; value: PyValue };
}

interface RecordedFrame {
  readonly frame: Frame;
  readonly runtime: RuntimeCode;
  readonly slots: (Operand | null)[];
  readonly func: PyFunction | null;
  // (Inlined frames of other kinds than a plain call: recorder.ts AbstractFrame.)
  readonly constructed?: unknown;
  readonly attribute?: unknown;
  readonly generator?: unknown;
  readonly callee?: unknown;
  readonly cells?: unknown;
  made?: Operand;
}

/**
 * Whether inlined frame `abstract` is a plain call's, which a traceback
 * entry can name (frameObject): not an `__init__`, a getter, a generator, a
 * closure guarded by its code, or a frame with cells of its own.
 */
function plainCall(abstract: RecordedFrame): boolean {
  return abstract.func !== null && abstract.constructed === undefined &&
    abstract.attribute === undefined && abstract.generator === undefined &&
    abstract.callee === undefined && abstract.cells === undefined &&
    abstract.frame.code.co_cellvars.length === 0;
}

/**
 * The frame whose handler catches what instruction `lasti` of frame
 * `depth` raises, as the interpreter's unwind finds it: that frame's, or
 * the innermost caller's covering its CALL. -1 when none does, or when an
 * inlined frame of the trace is no plain call's (frameObject makes each
 * for its traceback entry or as another's f_back) or was not entered by a
 * CALL.
 */
function catcher(rec: ExceptionRecorder, depth: number, lasti: number): number {
  const frames = rec.frames;
  if (frames.length > 1 && params.inline_raises === 0) return -1;
  for (let d = 1; d < frames.length; d++) {
    if (!plainCall(frames[d])) return -1;
    const caller = frames[d - 1].frame;
    if (caller.code.code[(caller.pc - 1) << 1] !== 56 /* CALL */) return -1;
  }
  for (let d = depth; d >= 0; d--) {
    const abstract = frames[d];
    const at = d === depth ? lasti : abstract.frame.pc - 1;
    if (handlerRow(abstract.runtime, abstract.frame.code, at) >= 0) return d;
  }
  return -1;
}

/**
 * The frame object of frame `depth` as an operand: the looping frame, or
 * an inlined one's made once (make_frame, its caller's as its f_back; the
 * recorded program's real frame gets that f_back too). Exits fill it
 * (SnapshotFrame.made) rather than make another: a traceback names it.
 */
function frameObject(rec: ExceptionRecorder, depth: number): Operand {
  if (depth === 0) return rec.emit("frame_ref", []);
  const abstract = rec.frames[depth];
  if (abstract.made === undefined) {
    const back = frameObject(rec, depth - 1);
    const func = rec.constantFor(abstract.func!);
    abstract.made = rec.emit("make_frame", [func, back, ...localsOf(rec, abstract)]);
    abstract.frame.back = rec.frames[depth - 1].frame;
  }
  return abstract.made;
}

/** A frame's locals as operands (NULL: unbound). */
function localsOf(rec: ExceptionRecorder, abstract: RecordedFrame): Operand[] {
  const locals: Operand[] = [];
  for (let slot = 0; slot < abstract.frame.code.co_varnames.length; slot++) {
    const operand = abstract.slots[slot];
    locals.push(operand === null ? NULL_OPERAND : rec.asRef(operand));
  }
  return locals;
}

/** The exception's traceback entry for frame `depth` at `lasti`: in the trace and for real. */
function tracebackEntry(
  rec: ExceptionRecorder,
  depth: number,
  lasti: number,
  operand: Operand,
  exception: PyBaseException,
): void {
  rec.emit("traceback_entry", [operand, frameObject(rec, depth)], lasti);
  const frame = rec.frames[depth].frame;
  frame.pc = lasti + 1;
  addTracebackEntry(exception, frame, lasti);
}

/**
 * The interpreter's unwind of `exception` (operand `operand`) raised by
 * instruction `lasti` of frame `depth`, the innermost, to the handler of
 * frame `into` (catcher's): the frame raising gets its traceback entry
 * (unless `reraised`, a RERAISE, which ends the frame at pc `reraised`),
 * each frame it leaves ends (its locals and pc written into its frame
 * object: sync_frame) and is dropped, each caller gets its entry at its
 * CALL, and the recording goes on at the handler.
 */
function unwind(
  rec: ExceptionRecorder,
  depth: number,
  lasti: number,
  operand: Operand,
  exception: PyBaseException,
  reraised: number | null,
  into: number,
): void {
  const frames = rec.frames as RecordedFrame[];
  for (let d = depth; d >= into; d--) {
    const abstract = frames[d];
    const at = d === depth ? lasti : abstract.frame.pc - 1;
    let pc = at + 1;
    if (d < depth || reraised === null) tracebackEntry(rec, d, at, operand, exception);
    else pc = abstract.frame.pc = reraised;
    if (d === into) {
      const row = handlerRow(abstract.runtime, abstract.frame.code, at);
      unwindTo(rec, abstract, row, intConst(at), at, operand, exception);
      return;
    }
    rec.emit("sync_frame", [frameObject(rec, d), ...localsOf(rec, abstract)], pc);
    frames.length = d;
  }
}

/** How many values an instruction whose residual call raised pops (it pushes the call's result). */
function poppedBy(op: number, arg: number): number {
  switch (op) {
    case 56 /* CALL */:
      return arg + 2;
    case 27 /* BINARY_SUBSCR */:
    case 30 /* BINARY_OP */:
    case 31 /* COMPARE_OP */:
      return 2;
    case 23 /* LOAD_ATTR */:
      return 1;
    case 90 /* WITH_EXCEPT_START */:
      return 0;
    default:
      return -1;
  }
}

/**
 * The program raised `error` at the current instruction (`call`: the
 * residual call that raised, if one did). Yes when the looping frame
 * catches it: the trace goes on at the handler, the frame too.
 */
export function catchRaise(rec: ExceptionRecorder, error: unknown, call: Value | null): Caught {
  if (rec.frames.length > 1) {
    // Raised in an inlined callee (which may itself have called others).
    if (catchInlined(rec, error, call)) return Caught.Yes;
    raisingCallees.add(rec.frames[rec.frames.length - 1].frame.code);
    return Caught.Retry;
  }
  const abstract = rec.frames[0];
  const frame = abstract.frame;
  const failed = rec.pc;
  const row = handlerRow(abstract.runtime, frame.code, failed);
  const op = call?.op;
  if (row < 0 || op === undefined || op === null) return Caught.No;
  if (op.name === "call_direct") {
    // A Python function through its own trace: a plain call (which can catch) next time.
    const callee = op.args[0];
    if (!(callee instanceof Const) || !(callee.value instanceof PyFunction)) return Caught.No;
    raisingCallees.add(callee.value.code);
    return Caught.Retry;
  }
  if (op.name !== "call" && op.name !== "call_catch") return Caught.No;
  const words = frame.code.code;
  const popped = poppedBy(words[failed << 1], words[(failed << 1) + 1]);
  if (popped < 0 || popped > rec.startSp) return Caught.No;
  const exception = toPyException(error);
  if (op.name === "call") catching(rec, op, failed);
  // A later run where the call returns leaves after the instruction, its value pushed.
  const before = rec.snapshot().frames[0];
  const base = rec.startSp - popped;
  const after = new Snapshot([{
    ...before,
    pc: failed + 1,
    sp: base + 1,
    slots: [...rec.startSlots.slice(0, base), call!],
  }]);
  rec.snapshots.push(after);
  rec.trace.emit("guard_raised", [call!], 0, after);
  // The interpreter's unwind (eval.ts), on the real frame.
  frame.pc = failed + 1;
  addTracebackEntry(exception, frame, failed);
  unwindTo(rec, abstract, row, intConst(failed), failed, call!, exception);
  return Caught.Yes;
}

/**
 * A residual call (`call`) of an inlined frame raised, and a handler of
 * that frame or of a caller catches it (catcher): the call becomes a
 * `call_catch` that makes no traceback entry (lasti -1), then
 * `guard_raised` (a later run where it returns leaves after the
 * instruction, in the inlined frames), then the unwind to the handler.
 */
function catchInlined(rec: ExceptionRecorder, error: unknown, call: Value | null): boolean {
  const op = call?.op;
  if (op === undefined || op === null || op.name !== "call") return false;
  if (rec.trace.ops[rec.trace.ops.length - 1] !== op) return false;
  const last = rec.frames.length - 1;
  const failed = rec.pc;
  const into = catcher(rec, last, failed);
  if (into < 0) return false;
  const words = rec.frames[last].frame.code.code;
  const popped = poppedBy(words[failed << 1], words[(failed << 1) + 1]);
  if (popped < 0 || popped > rec.startSp) return false;
  const exception = toPyException(error);
  catching(rec, op, -1);
  // A later run where the call returns leaves after the instruction, its value pushed.
  const before = rec.snapshot().frames;
  const base = rec.startSp - popped;
  const after = new Snapshot([...before.slice(0, last), {
    ...before[last],
    pc: failed + 1,
    sp: base + 1,
    slots: [...rec.startSlots.slice(0, base), call!],
  }]);
  rec.snapshots.push(after);
  rec.trace.emit("guard_raised", [call!], 0, after);
  unwind(rec, last, failed, call!, exception, null, into);
  return true;
}

/**
 * `gen.send(x)` of the looping frame's CALL `lasti`, recorded into the
 * generator's body (recorder.ts sendCall), whose body returned `value`
 * (the generator already finished, `before`: the looping frame as the
 * RETURN_VALUE's snapshot has it): send raises StopIteration(value) there.
 * A handler of the frame covers the CALL (`except StopIteration` in an
 * event loop's task step; the recorder checks): the trace raises it
 * (`call_catch` of stopIterationOf, which always raises: its traceback
 * entry and `__context__` made as the interpreter's) and goes on at the
 * handler. The call's exit, taken only when a hook was installed
 * meanwhile, raises the exception at the CALL.
 */
export function raiseAtSend(
  rec: ExceptionRecorder,
  before: SnapshotFrame,
  lasti: number,
  operand: Operand,
  value: PyValue,
): void {
  const abstract = rec.frames[0];
  const frame = abstract.frame;
  const row = handlerRow(abstract.runtime, frame.code, lasti);
  const at = new Snapshot([{ ...before, pc: lasti }]);
  rec.snapshots.push(at);
  rec.hooksMayChange = true;
  const args = [rec.helper("stopIterationOf"), rec.asRef(operand)];
  const call = rec.trace.emit("call_catch", args, lasti, at);
  const exception = stopIteration(value);
  frame.pc = lasti + 1;
  addTracebackEntry(exception, frame, lasti);
  unwindTo(rec, abstract, row, intConst(lasti), lasti, call!, exception);
}

/** Whether catchRaise caught the exception; Retry: not, but the next recording may. */
export const enum Caught {
  Yes,
  No,
  Retry,
}

/**
 * Whether a handler of the innermost frame `abstract`, or of a caller
 * (catcher), catches what the current instruction raises: a dict subscript
 * there whose key is missing is a residual call, whose KeyError the trace
 * catches (recorder.ts binarySubscr).
 */
export function catchesHere(rec: ExceptionRecorder, abstract: RecordedFrame): boolean {
  const depth = rec.frames.length - 1;
  return abstract === rec.frames[depth] && catcher(rec, depth, rec.pc) >= 0;
}

/** Helpers whose catching calls run a twin that raises without a JS throw (exception_helpers.ts). */
const QUIET_TWINS: Record<string, string> = { call: "quietCall", getSubscript: "subscriptQuietly" };

/** Makes residual `call` `op` of instruction `lasti` a `call_catch` (in place in the trace). */
function catching(rec: ExceptionRecorder, op: Op, lasti: number): void {
  const ops = rec.trace.ops;
  // (The generic call, quietly where it can be: exception_helpers.ts quietCall.)
  const twin = Object.keys(QUIET_TWINS).find((name) => op.args[0] === rec.helper(name));
  const args = twin !== undefined ? [rec.helper(QUIET_TWINS[twin]), ...op.args.slice(1)] : op.args;
  const replaced = new Op("call_catch", args, op.result, lasti, op.snapshot);
  replaced.runsPython = op.runsPython;
  ops[ops.lastIndexOf(op)] = replaced;
  op.result!.op = replaced;
}

/**
 * A residual `call` of the looping frame returned: when a handler of the
 * frame covers its instruction, it is a `call_catch` whose exception, on a
 * later run, leaves the trace at the handler (guard_returned) — where a
 * bridge can catch it — rather than through the call's exit to the
 * interpreter's unwind.
 */
export function returnedFrom(rec: ExceptionRecorder, abstract: RecordedFrame, call: Value): void {
  const op = call.op;
  if (abstract !== rec.frames[0] || rec.frames.length !== 1 || op?.name !== "call") return;
  const frame = abstract.frame;
  const lasti = rec.pc;
  const row = handlerRow(abstract.runtime, frame.code, lasti);
  if (row < 0 || rec.trace.ops[rec.trace.ops.length - 1] !== op) return;
  const table = frame.code.exceptionTable;
  const depth = frame.code.co_varnames.length + table[row + 3];
  if (depth > rec.startSp) return;
  catching(rec, op, lasti);
  const slots: (Operand | null)[] = rec.startSlots.slice(0, depth);
  if (table[row + 4] === 1) slots.push(intConst(lasti));
  slots.push(call);
  const atHandler = new Snapshot([{
    ...rec.snapshot().frames[0],
    pc: table[row + 2],
    sp: slots.length,
    slots,
  }]);
  rec.snapshots.push(atHandler);
  rec.trace.emit("guard_returned", [call], 0, atHandler);
}

/**
 * Frame `abstract`'s stack cut to handler `row`'s depth, lasti (when it
 * keeps it) and the exception pushed.
 */
function unwindTo(
  rec: ExceptionRecorder,
  abstract: RecordedFrame,
  row: number,
  lasti: Operand,
  lastiValue: number,
  exceptionOperand: Operand,
  exception: PyBaseException,
): void {
  const frame = abstract.frame;
  const code = frame.code;
  const table = code.exceptionTable;
  frame.sp = code.co_varnames.length + table[row + 3];
  if (table[row + 4] === 1) rec.push(abstract, lasti, lastiValue);
  rec.push(abstract, exceptionOperand, exception);
  frame.pc = table[row + 2];
}

/** What an exception opcode did: went on to the next instruction, jumped, or was not recorded. */
export const enum Recorded {
  Next,
  Jumped,
  No,
  /** The trace ends (`leave`): the frame is at the instruction, which the interpreter runs. */
  Ended,
}

/** Records the exception-handling opcodes of a frame of the trace (see above). */
export function recordExceptionOp(
  rec: ExceptionRecorder,
  abstract: RecordedFrame,
  op: number,
  arg: number,
): Recorded {
  switch (op) {
    case 91 /* PUSH_EXC_INFO */: {
      const exception = rec.concrete(abstract, 1);
      const operand = rec.pop(abstract);
      const previous = thread.handledException;
      rec.push(abstract, rec.emit("push_exc_info", [operand]), previous);
      rec.push(abstract, operand, exception);
      thread.handledException = exception as PyBaseException;
      handledBy(rec).push({ operand, exception });
      return Recorded.Next;
    }
    case 92 /* POP_EXCEPT */: {
      const previous = rec.concrete(abstract, 1);
      rec.emit("pop_except", [rec.pop(abstract)]);
      thread.handledException = previous as PyBaseException | null;
      handledBy(rec).pop();
      return Recorded.Next;
    }
    case 95 /* CHECK_EXC_MATCH */: {
      const type = rec.concrete(abstract, 1);
      const exception = rec.concrete(abstract, 2);
      if (!knownTypes(rec.peek(abstract, 1)) || !(exception instanceof PyObject)) {
        return Recorded.No;
      }
      let matches: boolean;
      try {
        matches = exceptionMatches(exception, type);
      } catch {
        return Recorded.No; // (the interpreter raises the TypeError)
      }
      rec.guardClass(rec.peek(abstract, 2), exception);
      rec.pop(abstract);
      rec.push(abstract, rec.constantFor(matches), matches);
      return Recorded.Next;
    }
    case 93 /* RERAISE */:
      return reraise(rec, abstract, arg);
    case 94 /* RAISE_VARARGS */:
      return raise(rec, abstract, arg);
    case 90 /* WITH_EXCEPT_START */: {
      const exit = rec.concrete(abstract, 4);
      const exception = rec.concrete(abstract, 1);
      const operands = [rec.asRef(rec.peek(abstract, 4)), rec.peek(abstract, 1)];
      const result = rec.residual(abstract, "withExceptStart", operands, [exit, exception], exit);
      rec.push(abstract, result.operand, result.value);
      return Recorded.Next;
    }
    default:
      return Recorded.No;
  }
}

/**
 * Whether CHECK_EXC_MATCH's operand is known when recorded: a constant
 * (`except KeyError`, the global guarded), or a tuple the trace builds of
 * constants (`except (KeyError, IndexError)`: BUILD_TUPLE of guarded
 * globals). The match then depends on the exception's class alone.
 */
function knownTypes(operand: Operand): boolean {
  if (operand instanceof Const) return true;
  const op = operand.op;
  return op !== null && op.name === "new_tuple" && op.args.every((arg) => arg instanceof Const);
}

/**
 * A raise no handler of the frame catches. A function's trace (or its
 * bridge) ends there with `leave`: the trace did the function's work up to
 * the raise, which the interpreter makes (a loop's trace does not record a
 * way out of its loop).
 */
function escapes(rec: ExceptionRecorder): Recorded {
  if (rec.loopPc !== FUNCTION_ENTRY) return Recorded.No;
  rec.emit("leave", []);
  return Recorded.Ended;
}

/**
 * A raise in an inlined frame that the trace does not follow: the
 * recording ends there, and the frame's function is called from then on
 * (raisingCallees), as when a residual call of it raised.
 */
function notFollowed(rec: ExceptionRecorder): Recorded {
  raisingCallees.add(rec.frames[rec.frames.length - 1].frame.code);
  return Recorded.No;
}

/**
 * RERAISE: caught in the same frame, no new traceback entry, the original
 * lasti kept; or it ends an inlined frame (at the lasti it kept, as the
 * eval loop's RERAISE sets it) and a caller's handler catches it.
 */
function reraise(rec: ExceptionRecorder, abstract: RecordedFrame, arg: number): Recorded {
  const frame = abstract.frame;
  const row = handlerRow(abstract.runtime, frame.code, rec.pc);
  const depth = rec.frames.length - 1;
  if (row < 0 && depth === 0) return escapes(rec);
  const exception = rec.concrete(abstract, 1);
  if (!(exception instanceof PyBaseException)) return Recorded.No;
  let lasti: Operand = intConst(rec.pc);
  let lastiValue = rec.pc;
  if (arg > 0) { // (under the exception)
    lastiValue = rec.concrete(abstract, arg + 1) as number;
    lasti = rec.peek(abstract, arg + 1);
  }
  if (row < 0) {
    const into = catcher(rec, depth, rec.pc);
    if (into < 0 || !(lasti instanceof Const)) return notFollowed(rec);
    const operand = rec.pop(abstract);
    unwind(rec, depth, rec.pc, operand, exception, lastiValue + 1, into);
    return Recorded.Jumped;
  }
  const operand = rec.pop(abstract);
  unwindTo(rec, abstract, row, lasti, lastiValue, operand, exception);
  return Recorded.Jumped;
}

/**
 * The exceptions the trace's PUSH_EXC_INFOs made the handled one, innermost
 * last, each with its operand (POP_EXCEPT takes the last off): what a bare
 * `raise` in a handler re-raises. (A bridge starts with none: one that
 * began inside a handler does not know its exception's operand.)
 */
const handled = new WeakMap<Trace, { operand: Operand; exception: PyValue }[]>();

function handledBy(rec: ExceptionRecorder): { operand: Operand; exception: PyValue }[] {
  let stack = handled.get(rec.trace);
  if (stack === undefined) handled.set(rec.trace, stack = []);
  return stack;
}

/**
 * A bare `raise` in a handler that the looping frame catches: the handled
 * exception, whose operand the trace has, goes to the handler with no new
 * traceback entry and the raise as lasti (the interpreter's unwind of a
 * re-raise, eval.ts). No when that exception is not the trace's own.
 */
function reraiseHandled(rec: ExceptionRecorder, abstract: RecordedFrame, row: number): Recorded {
  const stack = handledBy(rec);
  const innermost = stack[stack.length - 1];
  const exception = thread.topmostException();
  if (innermost === undefined || innermost.exception !== exception || exception === null) {
    return Recorded.No;
  }
  unwindTo(rec, abstract, row, intConst(rec.pc), rec.pc, innermost.operand, exception);
  return Recorded.Jumped;
}

/**
 * `raise exc`, `raise exc from cause` and a bare `raise`, caught by the
 * frame or (`raise exc [from cause]` in an inlined frame) by a caller's
 * handler (catcher).
 */
function raise(rec: ExceptionRecorder, abstract: RecordedFrame, arg: number): Recorded {
  const frame = abstract.frame;
  const failed = rec.pc;
  const row = handlerRow(abstract.runtime, frame.code, failed);
  const depth = rec.frames.length - 1;
  if (row < 0 && depth === 0) return escapes(rec);
  if (arg === 0) return row < 0 ? notFollowed(rec) : reraiseHandled(rec, abstract, row);
  if (arg !== 1 && arg !== 2) return Recorded.No;
  const into = depth === 0 ? 0 : catcher(rec, depth, failed);
  if (into < 0) return notFollowed(rec);
  const values: PyValue[] = [];
  const operands: Operand[] = [];
  for (let count = arg; count > 0; count--) {
    values.push(rec.concrete(abstract, count));
    operands.push(rec.asRef(rec.peek(abstract, count)));
  }
  const helper = rec.helper(arg === 1 ? "raiseOne" : "raiseFrom");
  // (An inlined frame's traceback entry names its frame object: unwind makes it.)
  const call = rec.emit("call_catch", [helper, ...operands], depth === 0 ? failed : -1);
  rec.hooksMayChange = true; // (making the exception may run Python code)
  frame.sp -= arg;
  frame.pc = failed + 1;
  let exception: PyBaseException;
  try {
    exception = raiseFromStack(values, 0, arg);
  } catch (error) {
    exception = toPyException(error);
  }
  if (depth > 0) {
    unwind(rec, depth, failed, call, exception, null, into);
    return Recorded.Jumped;
  }
  addTracebackEntry(exception, frame, failed);
  unwindTo(rec, abstract, row, intConst(failed), failed, call, exception);
  return Recorded.Jumped;
}

/**
 * An inlined frame returns: when the trace made its frame object (a
 * traceback names it), its locals and pc are written into it as the
 * eval loop's RETURN_VALUE leaves them.
 */
export function returnsFrom(rec: ExceptionRecorder, abstract: RecordedFrame): void {
  if (abstract.made === undefined) return;
  rec.emit("sync_frame", [abstract.made, ...localsOf(rec, abstract)], rec.pc + 1);
}
