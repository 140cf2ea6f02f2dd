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

export abstract class PyResumable extends PyObject {
  /**
   * One step: send `value` in (or, when `thrown` is given, throw it in, as
   * Python's `throw()` does); the next value produced, or the final result.
   */
  abstract resume(value: PyValue, thrown?: PyBaseException | null): ResumeResult;
  /** Python's `close()`. */
  abstract close(): void;
}
