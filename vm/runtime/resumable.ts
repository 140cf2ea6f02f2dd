/**
 * What SEND can drive without going through Python-level `send`/`throw`:
 * generators, coroutines, async generators, and the native awaitables that
 * wrap them (`coroutine_wrapper`, `async_generator_asend`/`_athrow`). Each
 * reports one step as a `ResumeResult` record rather than raising
 * StopIteration, so `await` and `yield from` over them pay for no exception
 * (CPython's am_send).
 *
 * This module imports nothing from the interpreter, so classes in any module
 * can extend `PyResumable` whatever order the module graph is evaluated in.
 */
import { PyObject, type PyValue } from "../objects/object.ts";
import type { PyBaseException } from "../objects/exceptions.ts";

export interface ResumeResult {
  done: boolean;
  value: PyValue;
}

// Every `{ done, value }` literal shares one hidden class. Its `value` is written
// here as it will be (None, a small int, an object) before any code is optimised:
// V8 would otherwise generalise the field at the first step that yields a number
// after None, throwing away optimised code that reads it — the eval loop's.
{
  const step: ResumeResult = { done: true, value: null };
  step.value = 0;
  step.value = step as unknown as PyValue;
  step.done = false;
}

export abstract class PyResumable extends PyObject {
  /**
   * One step: send `value` in (or, when `thrown` is given, throw it in, as
   * Python's `throw()` does); the next value produced, or the final result.
   */
  abstract resume(value: PyValue, thrown?: PyBaseException | null): ResumeResult;
  /** Python's `close()`. */
  abstract close(): void;
}
