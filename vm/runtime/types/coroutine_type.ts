/**
 * Coroutine objects' Python-visible methods and attributes (`async def`
 * calls), and those of `coroutine_wrapper`, the iterator `__await__` returns.
 *
 * Not implemented: the "coroutine ... was never awaited" RuntimeWarning
 * (needs finalization of unreachable objects). cr_origin is recorded while
 * sys.set_coroutine_origin_tracking_depth is positive (generator.ts).
 */
import type { PyValue } from "../../objects/object.ts";
import { defineNativeMethods } from "../../objects/native_function.ts";
import { defineGetSets } from "../../objects/getset.ts";
import { coroutineOrigins, coroutineType, type PyGenerator } from "../generator.ts";
import { coroutineWrapperType, PyCoroutineWrapper } from "../awaitable.ts";
import { addressOf } from "../identity.ts";
import { PyCode } from "../code_object.ts";
import { exceptionToThrow, nameAttributes } from "./generator_type.ts";
import { type PyStr, toJsString } from "../../objects/str_wide.ts";

const THROW_SIGNATURE = "typ, val=?, tb=?, /";

defineNativeMethods(coroutineType, {
  send: ["value, /", (self: PyGenerator, value: PyValue) => self.send(value), {
    quiet: (self: PyGenerator, value: PyValue) => self.sendQuietly(value),
  }],
  throw: [
    THROW_SIGNATURE,
    (self: PyGenerator, type: PyValue, value?: PyValue, traceback?: PyValue) =>
      self.throwIn(exceptionToThrow(type, value, traceback)),
  ],
  close: ["", (self: PyGenerator) => {
    self.close();
    return null;
  }],
  __await__: ["", (self: PyGenerator) => new PyCoroutineWrapper(self)],
  __repr__: [
    "",
    (self: PyGenerator) =>
      `<coroutine object ${toJsString(self.qualname as PyStr)} at ${addressOf(self)}>`,
  ],
});
defineGetSets(coroutineType, {
  ...nameAttributes,
  cr_await: [(self: PyGenerator) => self.delegate() ?? null],
  cr_running: [(self: PyGenerator) => self.running],
  cr_suspended: [(self: PyGenerator) => self.started && !self.running && !self.finished],
  cr_frame: [(self: PyGenerator) => self.visibleFrame()],
  cr_code: [(self: PyGenerator) => PyCode.wrap(self.frame.code)],
  cr_origin: [(self: PyGenerator) => coroutineOrigins.get(self) ?? null],
});

defineNativeMethods(coroutineWrapperType, {
  __iter__: ["", (self: PyCoroutineWrapper) => self],
  __next__: ["", (self: PyCoroutineWrapper) => self.coroutine.send(null)],
  send: ["value, /", (self: PyCoroutineWrapper, value: PyValue) => self.coroutine.send(value)],
  throw: [
    THROW_SIGNATURE,
    (self: PyCoroutineWrapper, type: PyValue, value?: PyValue, traceback?: PyValue) =>
      self.coroutine.throwIn(exceptionToThrow(type, value, traceback)),
  ],
  close: ["", (self: PyCoroutineWrapper) => {
    self.coroutine.close();
    return null;
  }],
});
