/** Generator objects' Python-visible methods: iteration, send, throw, close. */
import type { PyValue } from "../../objects/object.ts";
import { defineNativeMethods } from "../../objects/native_function.ts";
import { defineGetSets } from "../../objects/getset.ts";
import { PyBaseException, pyError } from "../../objects/exceptions.ts";
import { PyType } from "../../objects/type.ts";
import { generatorType, PyGenerator } from "../generator.ts";
import { addressOf } from "../identity.ts";
import { callObject } from "../call.ts";
import { PyCode } from "../code_object.ts";

/** The exception `throw(typ, val)` raises (CPython's normalisation in _gen_throw). */
export function exceptionToThrow(type: PyValue, value: PyValue | undefined): PyBaseException {
  if (type instanceof PyBaseException) {
    if (value !== undefined && value !== null) {
      throw pyError("TypeError", "instance exception may not have a separate value");
    }
    return type;
  }
  if (type instanceof PyType) {
    const instance = value instanceof PyBaseException
      ? value
      : callObject(type, value === undefined || value === null ? [] : [value], null);
    if (instance instanceof PyBaseException) return instance;
  }
  throw pyError(
    "TypeError",
    "exceptions must be classes or instances deriving from BaseException, not " +
      (type as { cls?: PyType })?.cls?.name,
  );
}

defineNativeMethods(generatorType, {
  __iter__: ["", (self: PyGenerator) => self],
  __next__: ["", (self: PyGenerator) => self.send(null)],
  send: ["value, /", (self: PyGenerator, value: PyValue) => self.send(value)],
  throw: [
    "typ, val=?, tb=?, /",
    (self: PyGenerator, type: PyValue, value?: PyValue) =>
      self.throwIn(exceptionToThrow(type, value)),
  ],
  close: ["", (self: PyGenerator) => {
    self.close();
    return null;
  }],
  __repr__: [
    "",
    (self: PyGenerator) =>
      `<generator object ${self.frame.code.co_qualname} at ${addressOf(self)}>`,
  ],
});
defineGetSets(generatorType, {
  __name__: [(self: PyGenerator) => self.frame.code.co_name],
  __qualname__: [(self: PyGenerator) => self.frame.code.co_qualname],
  gi_running: [(self: PyGenerator) => self.running],
  gi_frame: [(self: PyGenerator) => self.finished ? null : self.frame],
  gi_code: [(self: PyGenerator) => PyCode.wrap(self.frame.code)],
  gi_yieldfrom: [(self: PyGenerator) => self.delegate() ?? null],
  gi_suspended: [(self: PyGenerator) => self.started && !self.running && !self.finished],
});
