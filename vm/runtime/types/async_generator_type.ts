/**
 * Async generator objects' Python-visible methods and attributes, and those
 * of the awaitables their methods return (`async_generator_asend`,
 * `async_generator_athrow`). The semantics are in ../async_generator.ts.
 */
import type { PyValue } from "../../objects/object.ts";
import type { PyBaseException } from "../../objects/exceptions.ts";
import { defineNativeMethods } from "../../objects/native_function.ts";
import { defineGetSets } from "../../objects/getset.ts";
import { asyncGeneratorType, type PyGenerator, stopIteration } from "../generator.ts";
import { asendType, athrowType, PyAsyncGenASend, PyAsyncGenAThrow } from "../async_generator.ts";
import type { PyResumable } from "../resumable.ts";
import { initAsyncgenHooks } from "../asyncgen_hooks.ts";
import { addressOf } from "../identity.ts";
import { PyCode } from "../code_object.ts";
import { exceptionToThrow, nameAttributes } from "./generator_type.ts";
import { type PyStr, toJsString } from "../../objects/str_wide.ts";

const THROW_SIGNATURE = "typ, val=?, tb=?, /";

defineNativeMethods(asyncGeneratorType, {
  __aiter__: ["", (self: PyGenerator) => self],
  __anext__: ["", (self: PyGenerator) => {
    initAsyncgenHooks(self);
    return new PyAsyncGenASend(self, null);
  }],
  asend: ["value, /", (self: PyGenerator, value: PyValue) => {
    initAsyncgenHooks(self);
    return new PyAsyncGenASend(self, value);
  }],
  athrow: [
    THROW_SIGNATURE,
    (self: PyGenerator, type: PyValue, value?: PyValue, traceback?: PyValue) => {
      initAsyncgenHooks(self);
      return new PyAsyncGenAThrow(self, () => exceptionToThrow(type, value, traceback));
    },
  ],
  aclose: ["", (self: PyGenerator) => {
    initAsyncgenHooks(self);
    return new PyAsyncGenAThrow(self, null);
  }],
  __repr__: [
    "",
    (self: PyGenerator) =>
      `<async_generator object ${toJsString(self.qualname as PyStr)} at ${addressOf(self)}>`,
  ],
});
defineGetSets(asyncGeneratorType, {
  ...nameAttributes,
  ag_await: [(self: PyGenerator) => self.delegate() ?? null],
  ag_running: [(self: PyGenerator) => self.asyncRunning],
  ag_frame: [(self: PyGenerator) => self.visibleFrame()],
  ag_code: [(self: PyGenerator) => PyCode.wrap(self.frame.code)],
});

/** send/throw/__next__ with Python's protocol: StopIteration(value) when the await is done. */
function step(self: PyResumable, value: PyValue, thrown: PyBaseException | null): PyValue {
  const result = self.resume(value, thrown);
  if (result.done) throw stopIteration(result.value);
  return result.value;
}

for (const type of [asendType, athrowType]) {
  defineNativeMethods(type, {
    __await__: ["", (self: PyResumable) => self],
    __iter__: ["", (self: PyResumable) => self],
    __next__: ["", (self: PyResumable) => step(self, null, null)],
    send: ["value, /", (self: PyResumable, value: PyValue) => step(self, value, null)],
    throw: [
      THROW_SIGNATURE,
      (self: PyResumable, type: PyValue, value?: PyValue, traceback?: PyValue) =>
        step(self, null, exceptionToThrow(type, value, traceback)),
    ],
    close: ["", (self: PyResumable) => {
      self.close();
      return null;
    }],
  });
}
