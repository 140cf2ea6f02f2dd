/**
 * Raising and catching: turning whatever was thrown into a Python exception,
 * recording traceback entries, implicit exception chaining (__context__), the
 * `raise` statement's rules, and `except` matching.
 *
 * Anything thrown that is not a Python exception is a bug or a host limit: V8's
 * stack overflow becomes RecursionError, an allocation V8 refuses MemoryError
 * (as CPython's allocators fail); every other JS error becomes a
 * SystemError naming it, so a raw JS error never reaches the user. Set
 * TAIPAN_DEBUG=1 to also print the JS stack of such errors.
 */
import type { PyValue } from "../objects/object.ts";
import { ExceptionType, PyBaseException, pyError } from "../objects/exceptions.ts";
import { PyType } from "../objects/type.ts";
import { newTuple, PyTuple } from "../objects/tuple.ts";
import { reprOf } from "../objects/str_convert.ts";
import { toJsString } from "../objects/str_wide.ts";
import { PySyntaxError } from "../compiler/errors.ts";
import { CompilerRecursionError } from "../compiler/fold.ts";
import { typeOf } from "../objects/typeof.ts";
import type { Frame } from "./frame.ts";
import { PyTraceback } from "./traceback.ts";
import { thread } from "./thread_state.ts";
import { callObject } from "./call.ts";

const baseException = ExceptionType.BaseException;

/** V8's words for an allocation it cannot make (a buffer, array or string too large). */
const HOST_ALLOCATION_FAILURES = [
  "Array buffer allocation failed",
  "Invalid typed array length",
  "Invalid array buffer length",
  "Invalid array length",
  "Invalid string length",
];

export function toPyException(error: unknown): PyBaseException {
  if (error instanceof PyBaseException) return error;
  if (error instanceof PySyntaxError) return syntaxErrorObject(error);
  if (error instanceof CompilerRecursionError) return pyError("RecursionError", error.msg);
  // Plain string search: a regular expression here can itself overflow the stack.
  if (error instanceof RangeError && error.message.includes("call stack")) {
    return pyError("RecursionError", "maximum recursion depth exceeded");
  }
  if (
    error instanceof RangeError && HOST_ALLOCATION_FAILURES.some((m) => error.message.includes(m))
  ) {
    return pyError("MemoryError");
  }
  if (Deno.env.get("TAIPAN_DEBUG")) console.error(error);
  const description = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return pyError("SystemError", `Taipan internal error: ${description}`);
}

/** The Python SyntaxError (or subclass) for a front-end error. */
export function syntaxErrorObject(error: PySyntaxError): PyBaseException {
  if (error.pyClass === "MemoryError") return pyError("MemoryError");
  const details = newTuple([
    error.filename,
    error.lineno,
    error.offset,
    error.text,
    error.endLineno,
    error.endOffset,
  ]);
  return callObject(ExceptionType[error.pyClass], [error.msg, details], null) as PyBaseException;
}

/**
 * A frame saw `exception` escape from instruction `instruction`. A fresh
 * exception (no traceback yet) is also chained to the exception being handled,
 * as CPython does when an exception is set.
 */
export function addTracebackEntry(
  exception: PyBaseException,
  frame: Frame,
  instruction: number,
): void {
  const previous = exception.traceback instanceof PyTraceback ? exception.traceback : null;
  if (previous === null) chainToHandled(exception);
  exception.traceback = new PyTraceback(previous, frame, instruction);
}

/** Set __context__ to the exception being handled, breaking any cycle this would create. */
export function chainToHandled(
  exception: PyBaseException,
  handled: PyBaseException | null = thread.topmostException(),
): void {
  if (handled === null || handled === exception) return;
  // Cut the chain where it would loop back to the new exception. A cycle
  // already in the chain (a program may set __context__) ends the walk: the
  // slow pointer advances every other step and meets the fast one (CPython 3.11).
  let link: PyBaseException = handled;
  let slow: PyBaseException | null = handled;
  let advanceSlow = false;
  for (let next = link.context; next !== null; next = link.context) {
    if (next === exception) {
      link.context = null;
      break;
    }
    link = next;
    if (link === slow) break;
    if (advanceSlow) slow = slow!.context;
    advanceSlow = !advanceSlow;
  }
  exception.context = handled;
}

/** Instantiate an exception class or check an instance, for `raise X` and `from Y`. */
function exceptionFrom(value: PyValue, what: "raise" | "cause"): PyBaseException {
  if (value instanceof PyType && value.isSubtypeOf(baseException)) {
    const instance = callObject(value, [], null);
    if (instance instanceof PyBaseException) return instance;
    throw pyError(
      "TypeError",
      `calling ${toJsString(reprOf(value))} should have returned an instance of BaseException, ` +
        `not ${toJsString(reprOf(typeOf(instance)))}`,
    );
  }
  if (value instanceof PyBaseException) return value;
  throw pyError(
    "TypeError",
    what === "raise"
      ? "exceptions must derive from BaseException"
      : "exception causes must derive from BaseException",
  );
}

/** RAISE_VARARGS: `raise`, `raise exc`, `raise exc from cause`. */
export function raiseFromStack(
  stack: readonly (PyValue | undefined)[],
  base: number,
  count: number,
): PyBaseException {
  if (count === 0) {
    const active = thread.topmostException();
    if (active === null) return pyError("RuntimeError", "No active exception to reraise");
    return active;
  }
  const exception = exceptionFrom(stack[base]!, "raise");
  if (count === 2) {
    const cause = stack[base + 1]!;
    exception.cause = cause === null ? null : exceptionFrom(cause, "cause");
    exception.suppressContext = true;
  }
  chainToHandled(exception);
  return exception;
}

/**
 * CHECK_EXC_MATCH: isinstance(exc, type) with `except`'s type rules. Every
 * `except` runs it, so no array or closure: a class is checked on its own.
 */
export function exceptionMatches(exception: PyValue, type: PyValue): boolean {
  const actual = typeOf(exception);
  if (type instanceof PyType) {
    if (actual === type) return true;
    if (!isCatchable(type)) throw notCatchable();
    return actual.isSubtypeOf(type);
  }
  const classes = type instanceof PyTuple ? type.items : null;
  if (classes === null || !classes.every(isCatchable)) throw notCatchable();
  for (let i = 0; i < classes.length; i++) {
    if (actual.isSubtypeOf(classes[i] as PyType)) return true;
  }
  return false;
}

function isCatchable(klass: PyValue): boolean {
  return klass instanceof PyType && klass.isSubtypeOf(baseException);
}

function notCatchable(): PyBaseException {
  return pyError(
    "TypeError",
    "catching classes that do not inherit from BaseException is not allowed",
  );
}

export function unboundLocalError(name: string): PyBaseException {
  return pyError(
    "UnboundLocalError",
    `cannot access local variable '${name}' where it is not associated with a value`,
  );
}
