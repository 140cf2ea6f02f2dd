/**
 * Async generators and `async for`.
 *
 * An async generator's frame both yields values to its consumer (`yield v`)
 * and suspends inside awaits (a value some awaitable yields for the event
 * loop). Both leave the frame through YIELD_VALUE; ASYNC_GEN_WRAP boxes the
 * first kind in an `async_generator_wrapped_value` so they can be told apart.
 * Nothing drives the frame directly: `__anext__()`/`asend(v)` return an
 * `async_generator_asend` awaitable and `athrow()`/`aclose()` an
 * `async_generator_athrow` awaitable. Driving one of those steps the frame;
 * an unwrapped value is passed through to the event loop, a wrapped one
 * finishes the awaitable with the yielded value (StopIteration(value) at the
 * Python level), and the end of the generator raises StopAsyncIteration.
 * This is CPython's design (Objects/genobject.c), with the same states and
 * messages: each awaitable can be driven once, and only one may run on a
 * generator at a time (`ag_running`).
 *
 * `async for` is GET_AITER, then per iteration GET_ANEXT and an await; the
 * StopAsyncIteration that ends the loop reaches END_ASYNC_FOR through the
 * exception table.
 *
 * Not implemented: sys.set_asyncgen_hooks (firstiter/finalizer); an async
 * generator dropped while suspended is not finalized.
 */
import { PyObject, type PyValue } from "../objects/object.ts";
import { makeBuiltinType } from "../objects/core_types.ts";
import { ExceptionType, PyBaseException, pyError } from "../objects/exceptions.ts";
import { typeOf } from "../objects/typeof.ts";
import { asyncGeneratorType, PyGenerator } from "./generator.ts";
import { initAsyncgenHooks } from "./asyncgen_hooks.ts";
import { PyResumable, type ResumeResult } from "./resumable.ts";
import { slotOf } from "./slots.ts";
import { awaitableIterator } from "./awaitable.ts";

export const wrappedValueType = makeBuiltinType("async_generator_wrapped_value", undefined, {
  subclassable: false,
});
export const asendType = makeBuiltinType("async_generator_asend", undefined, {
  subclassable: false,
});
export const athrowType = makeBuiltinType("async_generator_athrow", undefined, {
  subclassable: false,
});

/** ASYNC_GEN_WRAP: marks a value yielded by the async generator itself. */
export class PyAsyncGenWrappedValue extends PyObject {
  constructor(readonly value: PyValue) {
    super(wrappedValueType);
  }
}

const enum AwaitableState {
  Initial,
  Iterating,
  Closed,
}

function isInstance(error: unknown, name: "StopAsyncIteration" | "GeneratorExit"): boolean {
  return error instanceof PyBaseException && error.cls.isSubtypeOf(ExceptionType[name]);
}

/**
 * One step of the generator's frame seen from an awaitable
 * (async_gen_unwrap_value): a wrapped value finishes the awaitable with that
 * value, the generator's end raises StopAsyncIteration, anything else is an
 * await inside the generator passing through.
 */
function unwrapStep(generator: PyGenerator, step: () => ResumeResult): ResumeResult {
  let result: ResumeResult;
  try {
    result = step();
  } catch (error) {
    if (isInstance(error, "StopAsyncIteration") || isInstance(error, "GeneratorExit")) {
      generator.asyncClosed = true;
    }
    generator.asyncRunning = false;
    throw error;
  }
  if (result.done) {
    generator.asyncClosed = true;
    generator.asyncRunning = false;
    throw pyError("StopAsyncIteration");
  }
  if (result.value instanceof PyAsyncGenWrappedValue) {
    generator.asyncRunning = false;
    return { done: true, value: result.value.value };
  }
  return result;
}

/** `agen.__anext__()` (no send value) and `agen.asend(value)`. */
export class PyAsyncGenASend extends PyResumable {
  private state = AwaitableState.Initial;

  constructor(readonly generator: PyGenerator, readonly sendValue: PyValue) {
    super(asendType);
  }

  resume(value: PyValue, thrown: PyBaseException | null = null): ResumeResult {
    if (this.state === AwaitableState.Closed) {
      throw pyError("RuntimeError", "cannot reuse already awaited __anext__()/asend()");
    }
    const generator = this.generator;
    if (thrown === null && this.state === AwaitableState.Initial) {
      if (generator.asyncRunning) {
        throw pyError("RuntimeError", "anext(): asynchronous generator is already running");
      }
      if (value === null) value = this.sendValue;
      this.state = AwaitableState.Iterating;
    }
    if (thrown === null) generator.asyncRunning = true;
    try {
      const result = unwrapStep(
        generator,
        () => thrown === null ? generator.resume(value) : generator.resume(null, thrown),
      );
      if (result.done) this.state = AwaitableState.Closed;
      return result;
    } catch (error) {
      this.state = AwaitableState.Closed;
      throw error;
    }
  }

  close(): void {
    this.state = AwaitableState.Closed;
  }
}

/** `agen.athrow(...)` (`thrown` given) and `agen.aclose()` (`thrown` null). */
export class PyAsyncGenAThrow extends PyResumable {
  private state = AwaitableState.Initial;

  constructor(
    readonly generator: PyGenerator,
    /** Builds the exception to throw in; null in aclose() mode. */
    readonly makeException: (() => PyBaseException) | null,
  ) {
    super(athrowType);
  }

  private get closing(): boolean {
    return this.makeException === null;
  }

  resume(value: PyValue, thrown: PyBaseException | null = null): ResumeResult {
    if (this.state === AwaitableState.Closed) {
      throw pyError("RuntimeError", "cannot reuse already awaited aclose()/athrow()");
    }
    return thrown === null ? this.send(value) : this.throwIn(thrown);
  }

  private send(value: PyValue): ResumeResult {
    const generator = this.generator;
    if (generator.finished) {
      this.state = AwaitableState.Closed;
      return { done: true, value: null };
    }
    if (this.state === AwaitableState.Initial) {
      if (generator.asyncRunning) {
        this.state = AwaitableState.Closed;
        const method = this.closing ? "aclose" : "athrow";
        throw pyError("RuntimeError", `${method}(): asynchronous generator is already running`);
      }
      if (generator.asyncClosed) {
        this.state = AwaitableState.Closed;
        throw pyError("StopAsyncIteration");
      }
      if (value !== null) {
        throw pyError("RuntimeError", "can't send non-None value to a just-started coroutine");
      }
      this.state = AwaitableState.Iterating;
      generator.asyncRunning = true;
      if (this.closing) generator.asyncClosed = true;
      // The exception is built inside the step: a bad athrow() argument fails the await.
      return this.finish(() =>
        generator.throwInto(this.closing ? pyError("GeneratorExit") : this.makeException!(), false)
      );
    }
    return this.finish(() => generator.resume(value));
  }

  /** athrow's own throw(): like the generator's, with this awaitable's unwrapping. */
  private throwIn(exception: PyBaseException): ResumeResult {
    const generator = this.generator;
    if (!this.closing) return unwrapStep(generator, () => generator.resume(null, exception));
    let result: ResumeResult;
    try {
      result = generator.resume(null, exception);
    } catch (error) {
      if (isInstance(error, "StopAsyncIteration") || isInstance(error, "GeneratorExit")) {
        return { done: true, value: null };
      }
      throw error;
    }
    if (!result.done && result.value instanceof PyAsyncGenWrappedValue) {
      generator.asyncRunning = false;
      this.state = AwaitableState.Closed;
      throw pyError("RuntimeError", "async generator ignored GeneratorExit");
    }
    return result.done ? { done: true, value: null } : result;
  }

  /** A step of the frame; in aclose() mode a yielded value means GeneratorExit was ignored. */
  private finish(step: () => ResumeResult): ResumeResult {
    const generator = this.generator;
    let result: ResumeResult;
    try {
      result = this.closing ? step() : unwrapStep(generator, step);
      if (this.closing && result.done) throw pyError("StopAsyncIteration");
    } catch (error) {
      generator.asyncRunning = false;
      this.state = AwaitableState.Closed;
      if (
        this.closing &&
        (isInstance(error, "StopAsyncIteration") || isInstance(error, "GeneratorExit"))
      ) {
        return { done: true, value: null };
      }
      throw error;
    }
    if (this.closing && result.value instanceof PyAsyncGenWrappedValue) {
      generator.asyncRunning = false;
      this.state = AwaitableState.Closed;
      throw pyError("RuntimeError", "async generator ignored GeneratorExit");
    }
    if (result.done) {
      generator.asyncRunning = false;
      this.state = AwaitableState.Closed;
    }
    return result;
  }

  close(): void {
    this.state = AwaitableState.Closed;
  }
}

function isAsyncGenerator(value: PyValue): value is PyGenerator {
  return value instanceof PyGenerator && value.cls === asyncGeneratorType;
}

/** GET_AITER: `obj.__aiter__()`, which must have `__anext__`. */
export function asyncIterator(obj: PyValue): PyValue {
  if (isAsyncGenerator(obj)) return obj;
  const type = typeOf(obj);
  const aiter = slotOf(type, "__aiter__");
  if (aiter === undefined) {
    throw pyError(
      "TypeError",
      `'async for' requires an object with __aiter__ method, got ${type.tpName}`,
    );
  }
  const iterator = aiter(obj);
  if (slotOf(typeOf(iterator), "__anext__") === undefined) {
    throw pyError(
      "TypeError",
      `'async for' received an object from __aiter__ that does not implement __anext__: ${
        typeOf(iterator).tpName
      }`,
    );
  }
  return iterator;
}

/** GET_ANEXT: the awaitable of the next step of an `async for`. */
export function asyncNext(iterator: PyValue): PyValue {
  if (isAsyncGenerator(iterator)) {
    initAsyncgenHooks(iterator);
    return new PyAsyncGenASend(iterator, null);
  }
  const type = typeOf(iterator);
  const anext = slotOf(type, "__anext__");
  if (anext === undefined) {
    throw pyError(
      "TypeError",
      `'async for' requires an iterator with __anext__ method, got ${type.tpName}`,
    );
  }
  const next = anext(iterator);
  try {
    return awaitableIterator(next);
  } catch (error) {
    if (!(error instanceof PyBaseException)) throw error;
    const replacement = pyError(
      "TypeError",
      `'async for' received an invalid object from __anext__: ${typeOf(next).tpName}`,
    );
    replacement.cause = error;
    replacement.context = error;
    replacement.suppressContext = true;
    throw replacement;
  }
}

/** END_ASYNC_FOR: StopAsyncIteration ends the loop (true); anything else is raised again. */
export function endsAsyncFor(exception: PyValue): boolean {
  if (isInstance(exception, "StopAsyncIteration")) return true;
  throw exception;
}
