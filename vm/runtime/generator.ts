/**
 * Generator objects, and the machinery coroutines and async generators share
 * with them (one class, `PyGenerator`, whose Python type says which of the
 * three it is). A generator owns a suspended frame; resuming it pushes the
 * sent value and re-enters the eval loop at the saved instruction, which runs
 * until the next YIELD_VALUE (the frame comes back `suspended`) or until it
 * returns (the generator is finished, and its return value travels in
 * StopIteration).
 *
 * `resume` reports completion as a result record instead of raising
 * StopIteration, so `for` loops, `yield from` and `await` never pay for an
 * exception.
 *
 * Delegation: while a frame is suspended inside the SEND loop of `yield from`
 * or `await` (its next instruction is RESUME 2 or 3), the object on top of its
 * stack is the sub-iterator (`gi_yieldfrom`, `cr_await`). `throw()` and
 * `close()` go to that sub-iterator first, as CPython's _gen_throw and
 * gen_close do; when the sub-iterator finishes or fails, the frame is resumed
 * at the SEND's exit with its result or its exception.
 *
 * Handled exceptions: like CPython's per-generator exc_state, the exception a
 * generator is handling when it suspends inside an `except` block is kept
 * with the generator and is not visible to its caller; it is restored when the
 * generator resumes. While the generator runs, its state is the thread's
 * `handledException` (what PUSH_EXC_INFO saves: None when the generator
 * handles nothing, even if its caller does) and the caller's topmost one is
 * `outerHandledException`, which sys.exc_info() and exception chaining fall
 * back on (CPython's stack of exc_info items, walked by
 * _PyErr_GetTopmostException).
 */
import { materializeFrames } from "./virtual_frames.ts";
import { strFromJs } from "../objects/str_wide.ts";
import type { PyValue } from "../objects/object.ts";
import type { PyType } from "../objects/type.ts";
import { makeBuiltinType } from "../objects/core_types.ts";
import { raiseQuietly } from "../objects/native_function.ts";
import {
  ExceptionType,
  PyBaseException,
  pyError,
  setExceptionField,
} from "../objects/exceptions.ts";
import { typeOf } from "../objects/typeof.ts";
import { CodeFlag } from "../compiler/code.ts";
import { Op } from "../compiler/opcodes.ts";
import type { Frame } from "./frame.ts";
import { evalFrame } from "./eval.ts";
import { getIterator, PyNativeIterator } from "./iteration.ts";
import { slotOf } from "./slots.ts";
import { getAttribute, getAttributeIfPresent } from "./attributes.ts";
import { callObject } from "./call.ts";
import { thread } from "./thread_state.ts";
import { newTuple } from "../objects/tuple.ts";
import { PyCell } from "../objects/cell.ts";
import { PyResumable, type ResumeResult } from "./resumable.ts";
import { chainToHandled, toPyException } from "./raise.ts";
import { hookFlags } from "./tracing/hooks.ts";

export type { ResumeResult } from "./resumable.ts";

export const generatorType = makeBuiltinType("generator", undefined, { subclassable: false });
export const coroutineType = makeBuiltinType("coroutine", undefined, { subclassable: false });
export const asyncGeneratorType = makeBuiltinType("async_generator", undefined, {
  subclassable: false,
});

export class PyGenerator extends PyResumable {
  running = false;
  finished = false;
  started = false;
  /** The exception being handled inside the suspended frame (CPython's gi_exc_state). */
  private handledException: PyBaseException | null = null;
  /** Async generators: an asend/athrow awaitable is in progress (ag_running_async). */
  asyncRunning = false;
  /** Async generators: exhausted or closed by aclose() (ag_closed). */
  asyncClosed = false;
  /**
   * The generator or coroutine on top of the suspended frame's stack when it
   * suspended in the SEND loop of `yield from`/`await` (else null): noted at
   * each suspension, while the frame is at hand, so that a value sent in
   * finds the receiver of passThrough without reading the frame's stack
   * (a chain of awaits is a walk through objects far apart in the heap).
   */
  private delegating: PyGenerator | null = null;

  /**
   * gi_name and gi_qualname: the names of the function that made the
   * generator, as they were then (the code's own when there is no function),
   * unless Python code assigns others. Kept as JS strings and made str values
   * when first read: most generators never show their names.
   */
  private readonly nameText: string;
  private readonly qualnameText: string;
  private assignedName: PyValue | undefined = undefined; // or made on first read
  private assignedQualname: PyValue | undefined = undefined;

  constructor(readonly frame: Frame, cls: PyType = generatorType) {
    super(cls);
    const func = frame.func;
    this.nameText = func === null ? frame.code.co_name : func.name;
    this.qualnameText = func === null ? frame.code.co_qualname : func.qualname;
  }

  get name(): PyValue {
    if (this.assignedName === undefined) this.assignedName = strFromJs(this.nameText);
    return this.assignedName;
  }

  set name(value: PyValue) {
    this.assignedName = value;
  }

  get qualname(): PyValue {
    if (this.assignedQualname === undefined) {
      this.assignedQualname = strFromJs(this.qualnameText);
    }
    return this.assignedQualname;
  }

  set qualname(value: PyValue) {
    this.assignedQualname = value;
  }

  /**
   * gi_frame/cr_frame/ag_frame: None once finished. A frame that is not
   * running is on no call stack, so its f_back is None, as in CPython (the
   * link left from when it last ran, or from the call that created it, is
   * dropped; running it again sets a new one).
   */
  visibleFrame(): Frame | null {
    if (this.finished) return null;
    if (!this.running) this.frame.back = null;
    return this.frame;
  }

  /** "generator", "coroutine" or "async generator", as CPython's messages say. */
  get kind(): string {
    return this.cls === generatorType
      ? "generator"
      : this.cls === coroutineType
      ? "coroutine"
      : "async generator";
  }

  /** The sub-iterator of a `yield from`/`await` this generator is suspended in (_PyGen_yf). */
  delegate(): PyValue | undefined {
    if (!this.started || this.finished || this.running) return undefined;
    const frame = this.frame;
    const words = frame.code.code;
    if (words[frame.pc << 1] !== Op.RESUME || words[(frame.pc << 1) + 1] < 2) return undefined;
    return frame.stack[frame.sp - 1];
  }

  /** Run until the next yield or the end; throws what the generator raises. */
  resume(value: PyValue, thrown: PyBaseException | null = null): ResumeResult {
    if (thrown !== null) return this.throwInto(thrown, true);
    if (!this.running && !this.finished) {
      const receiver = this.passThroughReceiver();
      if (receiver !== null) return this.passThrough(receiver, value);
    }
    return this.run(value, null, false);
  }

  /**
   * For a trace that runs this generator's body inline in the loop consuming
   * it (jit/recorder.ts enterGenerator): whether a resume would only push
   * the value sent and go on at the frame's pc — a plain generator, idle
   * (suspended, or not started: its frame then waits after RETURN_GENERATOR,
   * at the POP_TOP of the first value sent), handling no exception, in no
   * push-mode consumer. The trace marks it started and running.
   */
  idleForJit(): boolean {
    return !this.running && !this.finished && this.handledException === null &&
      this.frame.consumer === null;
  }

  /** The inlined body's YIELD_VALUE: the frame suspended at `pc` with `sp` (gen_suspend). */
  suspendForJit(pc: number, sp: number): void {
    const frame = this.frame;
    frame.pc = pc;
    frame.sp = sp;
    frame.suspended = true;
    this.running = false;
    // A yield in the SEND loop of `await`/`yield from` delegates (passThrough), as after run().
    this.delegating = delegatingReceiver(frame);
  }

  /**
   * The inlined body's RETURN_VALUE, its value dropped (gen_finish: the
   * consumer is a `for` loop, which ends): finished, as run() leaves a
   * generator whose frame returned.
   */
  finishForJit(): void {
    this.frame.suspended = false;
    this.finished = true;
    this.running = false;
    this.handledException = null;
  }

  /**
   * Runs on from where a trace left the inlined body (jit/resume.ts): the
   * frame's pc, sp and slots are as the interpreter would have them there,
   * nothing to send in. (The trace marked it running; that run is this one.)
   */
  continueRebuilt(): ResumeResult {
    this.running = false;
    return this.run(undefined, null, false);
  }

  /** One step of the frame itself (CPython's gen_send_ex2); `undefined`: nothing sent. */
  private run(
    value: PyValue | undefined,
    thrown: PyBaseException | null,
    closing: boolean,
  ): ResumeResult {
    if (
      !this.started && !this.finished && thrown === null && value !== null && value !== undefined
    ) {
      throw pyError("TypeError", `can't send non-None value to a just-started ${this.kind}`);
    }
    if (this.running) throw pyError("ValueError", `${this.kind} already executing`);
    if (this.finished) {
      if (this.cls === coroutineType && !closing) {
        throw pyError("RuntimeError", "cannot reuse already awaited coroutine");
      }
      if (thrown !== null) throw thrown;
      return { done: true, value: null };
    }
    const frame = this.frame;
    if (thrown !== null) frame.thrownIn = thrown;
    else if (value !== undefined) frame.stack[frame.sp++] = value;
    this.started = true;
    this.running = true;
    // The generator's own exception state goes on top of its caller's.
    const callerHandled = thread.handledException;
    const callerOuter = thread.outerHandledException;
    thread.outerHandledException = callerHandled ?? callerOuter;
    thread.handledException = this.handledException;
    // _PyErr_ChainStackItem: a thrown-in exception takes as context the
    // exception this generator itself is handling (not its callers').
    if (thrown !== null) chainToHandled(thrown, this.handledException);
    let result: PyValue;
    try {
      result = evalFrame(frame);
    } catch (error) {
      this.finished = true;
      throw this.escaping(error);
    } finally {
      this.running = false;
      this.handledException = frame.suspended ? thread.handledException : null;
      thread.handledException = callerHandled;
      thread.outerHandledException = callerOuter;
    }
    if (frame.suspended) {
      this.delegating = delegatingReceiver(frame);
      return { done: false, value: result };
    }
    this.finished = true;
    return { done: true, value: result };
  }

  /**
   * The generator or coroutine this frame delegates to, when a value sent in
   * may go straight to it (passThrough): the frame is suspended in the SEND
   * loop of `yield from`/`await` (next instruction RESUME 2/3) with one on
   * top of its stack (`delegating`), no hook traces it and no push-mode
   * consumer runs it. Null otherwise.
   */
  private passThroughReceiver(): PyGenerator | null {
    const receiver = this.delegating;
    if (receiver === null || hookFlags[0] !== 0 || this.frame.consumer !== null) return null;
    return receiver;
  }

  /**
   * A value sent into a frame suspended in `yield from`/`await` of another
   * generator or coroutine goes to that one directly. Running the frame would
   * push the value, jump back to its SEND, send it on and, when the
   * sub-generator yields, yield the same value from the same pc with the same
   * stack: nothing here but the step itself changes. So only what the frame
   * shows while its SEND runs is reproduced — the generator is running, its
   * frame is on the stack (f_back of the sub-generator's frame, counted for the
   * recursion limit), its handled exception is the callers' topmost for the
   * sub-generator — and the frame itself runs only when the sub-generator
   * finishes (on at the SEND's exit, with its result) or raises (at the SEND).
   * A chain of awaits is then one JS call per level rather than one
   * interpreter entry, SEND and YIELD_VALUE per level and step.
   */
  private passThrough(receiver: PyGenerator, value: PyValue): ResumeResult {
    const frame = this.frame;
    try {
      thread.enter(frame);
    } catch (error) { // RecursionError entering the frame ends the generator, as from evalFrame
      this.finished = true;
      throw error;
    }
    this.running = true;
    const callerHandled = thread.handledException;
    const callerOuter = thread.outerHandledException;
    thread.outerHandledException = callerHandled ?? callerOuter;
    thread.handledException = this.handledException;
    let step: ResumeResult | null = null;
    let failure: unknown = null;
    try {
      step = receiver.resume(value);
    } catch (error) {
      failure = error;
    } finally {
      thread.leave(frame);
      this.running = false;
      thread.handledException = callerHandled;
      thread.outerHandledException = callerOuter;
    }
    if (step !== null) return step.done ? this.leaveDelegation(step.value, null) : step;
    // Raised by the SEND (SEND, YIELD_VALUE, then the RESUME frame.pc points at):
    // unwound as from just past the SEND, for its handler and traceback entry,
    // and not chained to this generator's handled exception again (run's `thrown`).
    frame.pc -= 1;
    frame.thrownIn = toPyException(failure);
    return this.run(undefined, null, false);
  }

  /** StopIteration (and StopAsyncIteration from an async generator) must not leak out. */
  private escaping(error: unknown): unknown {
    if (!(error instanceof PyBaseException)) return error;
    let message: string | null = null;
    if (error.cls.isSubtypeOf(ExceptionType.StopIteration)) {
      message = `${this.kind} raised StopIteration`;
    } else if (
      this.cls === asyncGeneratorType && error.cls.isSubtypeOf(ExceptionType.StopAsyncIteration)
    ) message = "async generator raised StopAsyncIteration";
    if (message === null) return error;
    const replacement = pyError("RuntimeError", message);
    replacement.cause = error;
    replacement.suppressContext = true;
    replacement.context = error;
    return replacement;
  }

  /**
   * throw(): into the sub-iterator being delegated to, if any, else at the
   * suspension point (CPython's _gen_throw). Async generators pass
   * `closeOnGeneratorExit = false` so that aclose() lets awaits run.
   */
  throwInto(exception: PyBaseException, closeOnGeneratorExit: boolean): ResumeResult {
    const delegate = this.delegate();
    if (delegate === undefined) return this.run(null, exception, false);
    if (closeOnGeneratorExit && exception.cls.isSubtypeOf(ExceptionType.GeneratorExit)) {
      const failure = this.whileDelegating(() => closeIterator(delegate));
      return this.run(null, failure ?? exception, false);
    }
    let step: ResumeResult | undefined;
    const failure = this.whileDelegating(() => {
      if (delegate instanceof PyGenerator) {
        // This frame shows on the stack while the sub-generator runs (its f_back).
        const caller = thread.current;
        this.frame.back = caller;
        thread.current = this.frame;
        try {
          step = delegate.throwInto(exception, closeOnGeneratorExit);
        } finally {
          thread.current = caller;
          this.frame.back = null;
        }
      } else if (delegate instanceof PyResumable) {
        step = delegate.resume(null, exception);
      } else {
        const method = getAttributeIfPresent(delegate, "throw");
        if (method !== undefined) {
          step = { done: false, value: callObject(method, [exception], null) };
        }
      }
    });
    if (failure !== null) {
      if (failure.cls.isSubtypeOf(ExceptionType.StopIteration)) {
        return this.leaveDelegation(stopIterationValue(failure), null);
      }
      return this.leaveDelegation(null, failure);
    }
    if (step === undefined) return this.run(null, exception, false);
    if (step.done) return this.leaveDelegation(step.value, null);
    return step;
  }

  /** Runs `action` with this generator marked as running; returns what it raised. */
  private whileDelegating(action: () => void): PyBaseException | null {
    this.running = true;
    try {
      action();
      return null;
    } catch (error) {
      if (error instanceof PyBaseException) return error;
      throw error;
    } finally {
      this.running = false;
    }
  }

  /** The sub-iterator is done: pop it and continue at the SEND loop's exit. */
  private leaveDelegation(value: PyValue, failure: PyBaseException | null): ResumeResult {
    const frame = this.frame;
    const words = frame.code.code;
    const send = frame.pc - 2; // SEND, YIELD_VALUE, then the RESUME frame.pc points at
    frame.sp--;
    const exit = words[(send << 1) + 1];
    frame.pc = exit;
    if (failure !== null) return this.run(null, failure, false);
    if (words[exit << 1] === Op.RETURN_VALUE && this.returnsAtOnce()) {
      return this.returnDelegated(value, exit);
    }
    return this.run(value, null, false);
  }

  /**
   * Whether the frame, resumed at a RETURN_VALUE, may return without the
   * eval loop: no hook would see the instruction (sys.settrace's line and
   * return events), no push-mode consumer runs it, and entering it would
   * not pass the recursion limit (which the eval loop checks first).
   */
  private returnsAtOnce(): boolean {
    return hookFlags[0] === 0 && this.frame.consumer === null &&
      thread.depth < thread.recursionLimit && !this.running && !this.finished;
  }

  /**
   * `return await x` / `return (yield from x)`: the SEND loop's exit is the
   * RETURN_VALUE, so the frame would only return the sub-iterator's result.
   * The generator finishes with it as run() would after the eval loop ran
   * that one instruction (the frame left as RETURN_VALUE leaves it), without
   * entering the loop: a chain of `return await` levels finishes in one JS
   * call per level.
   */
  private returnDelegated(value: PyValue, at: number): ResumeResult {
    const frame = this.frame;
    frame.sp = frame.code.localCount;
    frame.pc = at + 1;
    frame.suspended = false;
    this.started = true;
    this.finished = true;
    this.handledException = null;
    this.delegating = null;
    return { done: true, value };
  }

  /** send(value) with Python's protocol: StopIteration(value) at the end. */
  send(value: PyValue): PyValue {
    const result = this.resume(value);
    if (result.done) throw stopIteration(result.value);
    return result.value;
  }

  /** send's quiet implementation (native_function.ts): the StopIteration without a JS throw. */
  sendQuietly(value: PyValue): PyValue | undefined {
    const result = this.resume(value);
    return result.done ? raiseQuietly(stopIteration(result.value)) : result.value;
  }

  throwIn(exception: PyBaseException): PyValue {
    const result = this.resume(null, exception);
    if (result.done) throw stopIteration(result.value);
    return result.value;
  }

  close(): void {
    if (this.finished || !this.started) {
      this.finished = true;
      return;
    }
    const delegate = this.delegate();
    const failure = delegate === undefined
      ? null
      : this.whileDelegating(() => closeIterator(delegate));
    try {
      const result = this.run(null, failure ?? pyError("GeneratorExit"), true);
      if (!result.done) throw pyError("RuntimeError", `${this.kind} ignored GeneratorExit`);
    } catch (error) {
      if (
        error instanceof PyBaseException &&
        (error.cls.isSubtypeOf(ExceptionType.GeneratorExit) ||
          error.cls.isSubtypeOf(ExceptionType.StopIteration))
      ) return;
      throw error;
    }
  }
}

/**
 * The generator or coroutine a frame that just suspended delegates to: it
 * suspended in the SEND loop of `yield from`/`await` (its next instruction
 * is RESUME 2 or 3) with one on top of its stack. Null otherwise (also for
 * an async generator, which passThrough does not take).
 */
function delegatingReceiver(frame: Frame): PyGenerator | null {
  const at = frame.pc << 1;
  const words = frame.code.code;
  if (words[at] !== Op.RESUME || words[at + 1] < 2) return null;
  const receiver = frame.stack[frame.sp - 1];
  return receiver instanceof PyGenerator && receiver.cls !== asyncGeneratorType ? receiver : null;
}

/** A push-mode consumer's answers (consumeGenerator). */
export const PUSH_DECLINED = 0, PUSH_TAKEN = 1, PUSH_STOP = 2;

/**
 * Feeds a generator's values to a native that consumes them one after the
 * other (list(g), sum(g), max(g), any(g)...) in push mode: the generator's
 * frame offers each value it yields to `quick` (its `consumer`), and goes
 * on at once when quick takes it — as if the native had called next()
 * again — instead of returning to the native and being resumed. quick
 * answers PUSH_TAKEN, PUSH_STOP (taken, and no more wanted: the generator
 * stays suspended at that yield) or PUSH_DECLINED (the value is yielded as
 * usual and goes to `take`, which answers whether to go on). quick may take
 * only values it can use without running Python code or raising, so that
 * nothing can tell that the generator did not suspend at each yield.
 */
export function consumeGenerator(
  gen: PyGenerator,
  quick: (value: PyValue) => number,
  take: (value: PyValue) => boolean,
): void {
  let answer = PUSH_DECLINED;
  // After an answer other than PUSH_TAKEN the frame yields; a compiled trace that offered
  // the value leaves first, and the interpreter offers it again: it gets the same answer.
  let refused = false;
  const consumer = (value: PyValue) => {
    if (!refused) refused = (answer = quick(value)) !== PUSH_TAKEN;
    return !refused;
  };
  for (;;) {
    answer = PUSH_DECLINED;
    refused = false;
    gen.frame.consumer = consumer;
    let step: ResumeResult;
    try {
      step = gen.resume(null);
    } finally {
      gen.frame.consumer = null;
    }
    if (step.done || answer === PUSH_STOP || !take(step.value)) return;
  }
}

/** A generator (not a coroutine) that push mode may run. */
export function isPlainGenerator(value: PyValue): value is PyGenerator {
  return value instanceof PyGenerator && value.cls === generatorType;
}

/** StopIteration carrying `value` (its `value` attribute and its args). */
export function stopIteration(value: PyValue): PyBaseException {
  const exception = value === null ? pyError("StopIteration") : pyError("StopIteration", value);
  setExceptionField(exception, "value", value);
  return exception;
}

/** The `value` of a StopIteration (None when it has none). */
export function stopIterationValue(exception: PyBaseException): PyValue {
  return exception.args.items[0] ?? null;
}

/** gen_close_iter: close a sub-iterator, through its `close` method if it has one. */
function closeIterator(iterator: PyValue): void {
  if (iterator instanceof PyResumable) {
    iterator.close();
    return;
  }
  const close = getAttributeIfPresent(iterator, "close");
  if (close !== undefined) callObject(close, [], null);
}

/** RETURN_GENERATOR: a generator, coroutine or async generator owning `frame`. */
/**
 * cr_origin of coroutines created while sys.set_coroutine_origin_tracking_depth
 * is positive: ((filename, lineno, function name), ...) of the creating frames,
 * innermost first, as CPython's compute_cr_origin.
 */
export const coroutineOrigins = new WeakMap<PyGenerator, PyValue>();

function coroutineOrigin(frame: Frame, depth: number): PyValue {
  const entries: PyValue[] = [];
  materializeFrames();
  for (let f = frame.back; f !== null && entries.length < depth; f = f.back) {
    entries.push(newTuple([f.code.co_filename, f.lineno, f.code.co_name]));
  }
  return newTuple(entries);
}

export function newGenerator(frame: Frame): PyValue {
  const flags = frame.code.co_flags;
  if (flags & CodeFlag.CO_COROUTINE) {
    const coroutine = new PyGenerator(frame, coroutineType);
    if (thread.coroutineOriginDepth > 0) {
      coroutineOrigins.set(coroutine, coroutineOrigin(frame, thread.coroutineOriginDepth));
    }
    return coroutine;
  }
  if (flags & CodeFlag.CO_ASYNC_GENERATOR) return new PyGenerator(frame, asyncGeneratorType);
  return new PyGenerator(frame);
}

/** MAKE_CELL and COPY_FREE_VARS, the first `count` instructions of the frame's code, as eval.ts runs them. */
function makeCells(frame: Frame, count: number): void {
  const code = frame.code;
  const words = code.code;
  const cells = frame.cells;
  for (let pc = 0; pc < count; pc++) {
    const arg = words[(pc << 1) + 1];
    if (words[pc << 1] === Op.MAKE_CELL) {
      const parameter = code.cellParameterIndex[arg];
      cells[arg] = new PyCell(parameter >= 0 ? frame.fast[parameter] : undefined);
    } else {
      const closure = frame.func!.closure!;
      const offset = code.cellvarCount;
      for (let i = 0; i < arg; i++) cells[offset + i] = closure[i];
    }
  }
}

/** Flags of code whose call makes a generator, coroutine or async generator (RETURN_GENERATOR). */
const GENERATOR_CODE = CodeFlag.CO_GENERATOR | CodeFlag.CO_COROUTINE | CodeFlag.CO_ASYNC_GENERATOR;

/**
 * The call of a generator function whose code starts with RETURN_GENERATOR,
 * after the cells it makes first (MAKE_CELL, COPY_FREE_VARS: a coroutine
 * whose parameters a comprehension or a lambda uses), while no hook traces:
 * the generator, made as the eval loop would make it — the cells, then the
 * frame entered (f_back, the recursion limit) and left again — without
 * running the loop for those instructions. Undefined for any other frame:
 * the caller runs it.
 */
export function generatorOfCall(frame: Frame): PyValue | undefined {
  const code = frame.code;
  if ((code.co_flags & GENERATOR_CODE) === 0) return undefined;
  const words = code.code;
  let start = 0;
  while (words[start << 1] !== Op.RETURN_GENERATOR) {
    const op = words[start << 1];
    if (op !== Op.MAKE_CELL && op !== Op.COPY_FREE_VARS) return undefined;
    start++;
  }
  if (hookFlags[0] !== 0) return undefined;
  if (start > 0) makeCells(frame, start);
  thread.enter(frame);
  frame.pc = start + 1;
  const generator = newGenerator(frame);
  thread.leave(frame);
  return generator;
}

/**
 * GET_YIELD_FROM_ITER: generators and coroutines are used as they are,
 * anything else through iter(); a plain generator may not delegate to a
 * coroutine.
 */
export function yieldFromIterator(value: PyValue, codeFlags: number): PyValue {
  if (value instanceof PyGenerator && value.cls === coroutineType) {
    if ((codeFlags & (CodeFlag.CO_COROUTINE | CodeFlag.CO_ITERABLE_COROUTINE)) === 0) {
      throw pyError(
        "TypeError",
        "cannot 'yield from' a coroutine object in a non-coroutine generator",
      );
    }
    return value;
  }
  return value instanceof PyGenerator && value.cls === generatorType ? value : getIterator(value);
}

/**
 * SEND of a frame in push mode (consumeGenerator) to a plain generator:
 * what the sub-generator yields goes to the same consumer, as `yield from`
 * would pass it on unchanged, so a chain of `yield from` (json's encoder)
 * feeds the native without suspending each frame of the chain per value. A
 * value the consumer declines suspends the sub-generator as usual; the
 * outer frame's YIELD_VALUE then offers it again, and it is declined again.
 */
export function sendPushing(gen: PyGenerator, consumer: (value: PyValue) => boolean): ResumeResult {
  const frame = gen.frame;
  if (frame.consumer !== null) return gen.resume(null);
  frame.consumer = consumer;
  try {
    return gen.resume(null);
  } finally {
    frame.consumer = null;
  }
}

/** SEND: one step of `yield from`; done when the sub-iterator finished, with its return value. */
export function sendTo(receiver: PyValue, value: PyValue): ResumeResult {
  if (receiver instanceof PyResumable) return receiver.resume(value);
  if (
    value === null && (receiver instanceof PyNativeIterator || slotOf(typeOf(receiver), "__next__"))
  ) {
    try {
      const next = receiver instanceof PyNativeIterator
        ? receiver.advance()
        : slotOf(typeOf(receiver), "__next__")!(receiver);
      return next === undefined ? { done: true, value: null } : { done: false, value: next };
    } catch (error) {
      return finishedBy(error);
    }
  }
  try {
    return { done: false, value: callObject(getAttribute(receiver, "send"), [value], null) };
  } catch (error) {
    return finishedBy(error);
  }
}

function finishedBy(error: unknown): ResumeResult {
  if (error instanceof PyBaseException && error.cls.isSubtypeOf(ExceptionType.StopIteration)) {
    return { done: true, value: stopIterationValue(error) };
  }
  throw error;
}
