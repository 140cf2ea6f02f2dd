/**
 * The builtins `aiter()` and `anext()`, and `anext_awaitable`, the awaitable
 * `anext(iterator, default)` returns: it awaits `iterator.__anext__()` and
 * turns the StopAsyncIteration that ends the iteration into `default` as the
 * result of the await (CPython's Objects/iterobject.c).
 */
import type { PyValue } from "../objects/object.ts";
import { makeBuiltinType } from "../objects/core_types.ts";
import { ExceptionType, PyBaseException, pyError } from "../objects/exceptions.ts";
import { typeOf } from "../objects/typeof.ts";
import {
  defineNativeMethods,
  nativeFunction,
  type PyBuiltinFunction,
} from "../objects/native_function.ts";
import { awaitableIterator } from "./awaitable.ts";
import { sendTo, stopIteration } from "./generator.ts";
import { PyResumable, type ResumeResult } from "./resumable.ts";
import { slotOf } from "./slots.ts";
import { callObject } from "./call.ts";
import { getAttribute } from "./attributes.ts";
import { exceptionToThrow } from "./types/generator_type.ts";

export const anextAwaitableType = makeBuiltinType("anext_awaitable", undefined, {
  subclassable: false,
});

class PyAnextAwaitable extends PyResumable {
  constructor(readonly wrapped: PyValue, readonly fallback: PyValue) {
    super(anextAwaitableType);
  }

  resume(value: PyValue, thrown: PyBaseException | null = null): ResumeResult {
    const iterator = awaitableIterator(this.wrapped);
    try {
      if (thrown === null) return sendTo(iterator, value);
      if (iterator instanceof PyResumable) return iterator.resume(null, thrown);
      return { done: false, value: callObject(getAttribute(iterator, "throw"), [thrown], null) };
    } catch (error) {
      if (
        error instanceof PyBaseException && error.cls.isSubtypeOf(ExceptionType.StopAsyncIteration)
      ) return { done: true, value: this.fallback };
      throw error;
    }
  }

  close(): void {
    const iterator = awaitableIterator(this.wrapped);
    if (iterator instanceof PyResumable) iterator.close();
    else callObject(getAttribute(iterator, "close"), [], null);
  }
}

function step(self: PyAnextAwaitable, value: PyValue, thrown: PyBaseException | null): PyValue {
  const result = self.resume(value, thrown);
  if (result.done) throw stopIteration(result.value);
  return result.value;
}

defineNativeMethods(anextAwaitableType, {
  __await__: ["", (self: PyAnextAwaitable) => self],
  __iter__: ["", (self: PyAnextAwaitable) => self],
  __next__: ["", (self: PyAnextAwaitable) => step(self, null, null)],
  send: ["value, /", (self: PyAnextAwaitable, value: PyValue) => step(self, value, null)],
  throw: [
    "typ, val=?, tb=?, /",
    (self: PyAnextAwaitable, type: PyValue, value?: PyValue, traceback?: PyValue) =>
      step(self, null, exceptionToThrow(type, value, traceback)),
  ],
  close: ["", (self: PyAnextAwaitable) => {
    self.close();
    return null;
  }],
});

export function asyncBuiltinFunctions(): PyBuiltinFunction[] {
  return [
    nativeFunction("aiter", "async_iterable, /", (iterable: PyValue) => {
      const type = typeOf(iterable);
      const aiter = slotOf(type, "__aiter__");
      if (aiter === undefined) {
        throw pyError("TypeError", `'${type.tpName}' object is not an async iterable`);
      }
      const iterator = aiter(iterable);
      if (slotOf(typeOf(iterator), "__anext__") === undefined) {
        throw pyError(
          "TypeError",
          `aiter() returned not an async iterator of type '${typeOf(iterator).tpName}'`,
        );
      }
      return iterator;
    }),
    nativeFunction("anext", "aiterator, default=?, /", (iterator: PyValue, fallback?: PyValue) => {
      const type = typeOf(iterator);
      const anext = slotOf(type, "__anext__");
      if (anext === undefined) {
        throw pyError("TypeError", `'${type.tpName}' object is not an async iterator`);
      }
      const awaitable = anext(iterator);
      return fallback === undefined ? awaitable : new PyAnextAwaitable(awaitable, fallback);
    }),
  ];
}
