/** Generator objects' Python-visible methods: iteration, send, throw, close. */
import type { PyValue } from "../../objects/object.ts";
import { defineNativeMethods } from "../../objects/native_function.ts";
import { defineGetSets } from "../../objects/getset.ts";
import { ExceptionType, PyBaseException, pyError } from "../../objects/exceptions.ts";
import { PyType } from "../../objects/type.ts";
import { typeOf } from "../../objects/typeof.ts";
import { isStr, type PyStr, toJsString } from "../../objects/str_wide.ts";
import { reprOf } from "../../objects/str_convert.ts";
import { generatorType, PyGenerator } from "../generator.ts";
import { addressOf } from "../identity.ts";
import { callObject } from "../call.ts";
import { PyCode } from "../code_object.ts";
import { PyTraceback } from "../traceback.ts";

/**
 * The exception `throw(typ, val, tb)` raises (CPython's normalisation in
 * _gen_throw): an instance as it is, a class called with `val`; `tb` becomes
 * its traceback.
 */
export function exceptionToThrow(
  type: PyValue,
  value: PyValue | undefined,
  traceback: PyValue | undefined = undefined,
): PyBaseException {
  if (traceback !== undefined && traceback !== null && !(traceback instanceof PyTraceback)) {
    throw pyError("TypeError", "throw() third argument must be a traceback object");
  }
  let exception: PyBaseException | null = null;
  if (type instanceof PyBaseException) {
    if (value !== undefined && value !== null) {
      throw pyError("TypeError", "instance exception may not have a separate value");
    }
    exception = type;
  } else if (type instanceof PyType && type.isSubtypeOf(ExceptionType.BaseException)) {
    const instance = value instanceof PyBaseException
      ? value
      : callObject(type, value === undefined || value === null ? [] : [value], null);
    // A class whose call gives no exception instance: the TypeError that
    // normalising it raises is what goes into the generator (_gen_throw).
    exception = instance instanceof PyBaseException ? instance : pyError(
      "TypeError",
      `calling ${toJsString(reprOf(type))} should have returned an instance of BaseException, ` +
        `not ${typeOf(instance).tpName}`,
    );
  }
  if (exception === null) {
    throw pyError(
      "TypeError",
      "exceptions must be classes or instances deriving from BaseException, not " +
        typeOf(type).tpName,
    );
  }
  if (traceback instanceof PyTraceback) exception.traceback = traceback;
  return exception;
}

function checkedName(value: PyValue | undefined, attribute: string): PyValue {
  if (value === undefined || !isStr(value)) {
    throw pyError("TypeError", `${attribute} must be set to a string object`);
  }
  return value;
}

/** `__name__` and `__qualname__` of generators, coroutines and async generators (assignable). */
export const nameAttributes: Record<
  "__name__" | "__qualname__",
  [(self: PyGenerator) => PyValue, (self: PyGenerator, value: PyValue | undefined) => void]
> = {
  __name__: [
    (self: PyGenerator) => self.name,
    (self: PyGenerator, value: PyValue | undefined) => {
      self.name = checkedName(value, "__name__");
    },
  ],
  __qualname__: [
    (self: PyGenerator) => self.qualname,
    (self: PyGenerator, value: PyValue | undefined) => {
      self.qualname = checkedName(value, "__qualname__");
    },
  ],
};

defineNativeMethods(generatorType, {
  __iter__: ["", (self: PyGenerator) => self],
  __next__: ["", (self: PyGenerator) => self.send(null)],
  send: ["value, /", (self: PyGenerator, value: PyValue) => self.send(value), {
    quiet: (self: PyGenerator, value: PyValue) => self.sendQuietly(value),
  }],
  throw: [
    "typ, val=?, tb=?, /",
    (self: PyGenerator, type: PyValue, value?: PyValue, traceback?: PyValue) =>
      self.throwIn(exceptionToThrow(type, value, traceback)),
  ],
  close: ["", (self: PyGenerator) => {
    self.close();
    return null;
  }],
  __repr__: [
    "",
    (self: PyGenerator) =>
      `<generator object ${toJsString(self.qualname as PyStr)} at ${addressOf(self)}>`,
  ],
});
defineGetSets(generatorType, {
  ...nameAttributes,
  gi_running: [(self: PyGenerator) => self.running],
  gi_frame: [(self: PyGenerator) => self.visibleFrame()],
  gi_code: [(self: PyGenerator) => PyCode.wrap(self.frame.code)],
  gi_yieldfrom: [(self: PyGenerator) => self.delegate() ?? null],
  gi_suspended: [(self: PyGenerator) => self.started && !self.running && !self.finished],
});
