/**
 * `await` and `async with`: finding the iterator an `await` drives.
 *
 * An `await x` compiles to GET_AWAITABLE then the SEND loop of `yield from`
 * (vm/compiler/codegen/expressions.ts). GET_AWAITABLE turns `x` into that
 * iterator as CPython's _PyCoro_GetAwaitableIter does: a coroutine (or a
 * generator marked CO_ITERABLE_COROUTINE) is its own iterator; anything else
 * must have `__await__`, which must return an iterator that is not itself a
 * coroutine. The SEND loop then passes every value the iterator yields up
 * through all the awaiting frames to whoever drives the outermost coroutine
 * (an event loop calling `coro.send(None)`), and the iterator's return value
 * becomes the value of the `await`.
 *
 * A coroutine has no `__next__`; `coro.__await__()` gives a
 * `coroutine_wrapper`, an iterator over the same coroutine, for code that
 * delegates with `yield from` or iterates by hand.
 */
import type { PyValue } from "../objects/object.ts";
import { makeBuiltinType } from "../objects/core_types.ts";
import { PyBaseException, pyError } from "../objects/exceptions.ts";
import { typeOf } from "../objects/typeof.ts";
import { CodeFlag } from "../compiler/code.ts";
import { coroutineType, generatorType, PyGenerator } from "./generator.ts";
import { PyNativeIterator } from "./iteration.ts";
import { PyResumable, type ResumeResult } from "./resumable.ts";
import { slotOf } from "./slots.ts";
import { bindDescriptor } from "./attributes.ts";
import { callObject } from "./call.ts";

export const coroutineWrapperType = makeBuiltinType("coroutine_wrapper", undefined, {
  subclassable: false,
});

/** `coro.__await__()`: iterates the coroutine it wraps. */
export class PyCoroutineWrapper extends PyResumable {
  constructor(readonly coroutine: PyGenerator) {
    super(coroutineWrapperType);
  }

  resume(value: PyValue, thrown: PyBaseException | null = null): ResumeResult {
    return this.coroutine.resume(value, thrown);
  }

  close(): void {
    this.coroutine.close();
  }
}

/** A coroutine object, or a generator-based coroutine (CO_ITERABLE_COROUTINE). */
export function isCoroutineLike(value: PyValue): value is PyGenerator {
  if (!(value instanceof PyGenerator)) return false;
  return value.cls === coroutineType ||
    (value.cls === generatorType &&
      (value.frame.code.co_flags & CodeFlag.CO_ITERABLE_COROUTINE) !== 0);
}

/** PyIter_Check: the value has a `__next__`. */
function isIterator(value: PyValue): boolean {
  return value instanceof PyNativeIterator || slotOf(typeOf(value), "__next__") !== undefined;
}

/** _PyCoro_GetAwaitableIter: the iterator `await value` drives. */
export function awaitableIterator(value: PyValue): PyValue {
  if (isCoroutineLike(value)) return value;
  const type = typeOf(value);
  const getter = slotOf(type, "__await__");
  if (getter === undefined) {
    throw pyError("TypeError", `object ${type.tpName} can't be used in 'await' expression`);
  }
  const iterator = getter(value);
  // The usual answer, a generator (`yield` in __await__), is an iterator and no coroutine.
  if (
    iterator instanceof PyGenerator && iterator.cls === generatorType &&
    (iterator.frame.code.co_flags & CodeFlag.CO_ITERABLE_COROUTINE) === 0
  ) return iterator;
  if (isCoroutineLike(iterator)) throw pyError("TypeError", "__await__() returned a coroutine");
  if (!isIterator(iterator)) {
    throw pyError(
      "TypeError",
      `__await__() returned non-iterator of type '${typeOf(iterator).tpName}'`,
    );
  }
  return iterator;
}

const ASYNC_WITH_METHOD = ["", "__aenter__", "__aexit__"];

/** GET_AWAITABLE; `kind` 1 follows __aenter__, 2 follows __aexit__ (their errors name them). */
export function getAwaitable(value: PyValue, kind: number): PyValue {
  let iterator: PyValue;
  try {
    iterator = awaitableIterator(value);
  } catch (error) {
    const type = typeOf(value);
    if (kind !== 0 && error instanceof PyBaseException && slotOf(type, "__await__") === undefined) {
      throw pyError(
        "TypeError",
        `'async with' received an object from ${
          ASYNC_WITH_METHOD[kind]
        } that does not implement __await__: ${type.tpName}`,
      );
    }
    throw error;
  }
  if (
    iterator instanceof PyGenerator && iterator.cls === coroutineType &&
    iterator.delegate() !== undefined
  ) {
    throw pyError("RuntimeError", "coroutine is being awaited already");
  }
  return iterator;
}

/** BEFORE_ASYNC_WITH: the bound __aexit__, and what __aenter__() returned. */
export function enterAsyncContext(manager: PyValue): { exit: PyValue; entered: PyValue } {
  const type = typeOf(manager);
  const enter = type.lookup("__aenter__");
  if (enter === undefined) {
    throw pyError(
      "TypeError",
      `'${type.tpName}' object does not support the asynchronous context manager protocol`,
    );
  }
  const exit = type.lookup("__aexit__");
  if (exit === undefined) {
    throw pyError(
      "TypeError",
      `'${type.tpName}' object does not support the asynchronous context manager protocol (missed __aexit__ method)`,
    );
  }
  const boundExit = bindDescriptor(exit, manager, type);
  return { exit: boundExit, entered: callObject(bindDescriptor(enter, manager, type), [], null) };
}
