/**
 * Generator objects. A generator owns a suspended frame; resuming it pushes
 * the sent value and re-enters the eval loop at the saved instruction, which
 * runs until the next YIELD_VALUE (the frame comes back `suspended`) or until
 * it returns (the generator is finished, and its return value travels in
 * StopIteration). `throw()` resumes with an exception raised at the
 * suspension point; `close()` throws GeneratorExit in.
 *
 * `resume` reports completion as a result record instead of raising
 * StopIteration, so `for` loops and `yield from` over generators never pay for
 * an exception.
 */
import { PyObject, type PyValue } from "../objects/object.ts";
import { makeBuiltinType } from "../objects/core_types.ts";
import { ExceptionType, PyBaseException, pyError } from "../objects/exceptions.ts";
import { typeOf } from "../objects/typeof.ts";
import { CodeFlag } from "../compiler/code.ts";
import type { Frame } from "./frame.ts";
import { evalFrame } from "./eval.ts";
import { getIterator, PyNativeIterator } from "./iteration.ts";
import { slotOf } from "./slots.ts";
import { getAttribute } from "./attributes.ts";
import { callObject } from "./call.ts";

export const generatorType = makeBuiltinType("generator", undefined, { subclassable: false });

export interface ResumeResult {
  done: boolean;
  value: PyValue;
}

export class PyGenerator extends PyObject {
  running = false;
  finished = false;
  started = false;

  constructor(readonly frame: Frame) {
    super(generatorType);
  }

  get name(): string {
    return this.frame.code.co_name;
  }

  /** Run until the next yield or the end; throws what the generator raises. */
  resume(value: PyValue, thrown: PyBaseException | null = null): ResumeResult {
    if (this.running) throw pyError("ValueError", "generator already executing");
    if (this.finished) {
      if (thrown !== null) throw thrown;
      return { done: true, value: null };
    }
    if (!this.started && value !== null && thrown === null) {
      throw pyError("TypeError", "can't send non-None value to a just-started generator");
    }
    const frame = this.frame;
    if (thrown === null) frame.stack[frame.sp++] = value;
    else frame.thrownIn = thrown;
    this.started = true;
    this.running = true;
    let result: PyValue;
    try {
      result = evalFrame(frame);
    } catch (error) {
      this.finished = true;
      if (error instanceof PyBaseException && error.cls.isSubtypeOf(ExceptionType.StopIteration)) {
        const replacement = pyError("RuntimeError", "generator raised StopIteration");
        replacement.cause = error;
        replacement.suppressContext = true;
        replacement.context = error;
        throw replacement;
      }
      throw error;
    } finally {
      this.running = false;
    }
    if (frame.suspended) return { done: false, value: result };
    this.finished = true;
    return { done: true, value: result };
  }

  /** send(value) with Python's protocol: StopIteration(value) at the end. */
  send(value: PyValue): PyValue {
    const result = this.resume(value);
    if (result.done) throw stopIteration(result.value);
    return result.value;
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
    try {
      const result = this.resume(null, pyError("GeneratorExit"));
      if (!result.done) throw pyError("RuntimeError", "generator ignored GeneratorExit");
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

export function stopIteration(value: PyValue): PyBaseException {
  return value === null ? pyError("StopIteration") : pyError("StopIteration", value);
}

/** RETURN_GENERATOR. Coroutines and async generators are not built yet. */
export function newGenerator(frame: Frame): PyValue {
  const flags = frame.code.co_flags;
  if (flags & (CodeFlag.CO_COROUTINE | CodeFlag.CO_ASYNC_GENERATOR)) {
    throw pyError("SystemError", "Taipan: coroutines and async generators are not implemented yet");
  }
  return new PyGenerator(frame);
}

/** GET_YIELD_FROM_ITER: generators are used as they are, anything else through iter(). */
export function yieldFromIterator(value: PyValue): PyValue {
  return value instanceof PyGenerator ? value : getIterator(value);
}

/** SEND: one step of `yield from`; done when the sub-iterator finished, with its return value. */
export function sendTo(receiver: PyValue, value: PyValue): ResumeResult {
  if (receiver instanceof PyGenerator) return receiver.resume(value);
  if (value === null && (receiver instanceof PyNativeIterator || slotOf(typeOf(receiver), "__next__"))) {
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
    return { done: true, value: error.args.items[0] ?? null };
  }
  throw error;
}
