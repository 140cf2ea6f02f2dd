/**
 * Events while an exception goes through a frame (the eval loop's catch
 * block calls these only when hookFlags[0] is set).
 *
 * - 'exception', to the trace function only, with (type, value, traceback),
 *   when the exception is raised in the frame or reaches it from a callee,
 *   after the frame's traceback entry is added; not for a re-raise (RERAISE,
 *   bare `raise`), as CPython's exception_unwind path skips it. A trace
 *   function that raises replaces the exception.
 * - 'return' with None, to both hooks, when no handler of the frame takes
 *   the exception (TRACE_FUNCTION_UNWIND); a hook raising here replaces the
 *   exception too.
 */
import type { PyValue } from "../../objects/object.ts";
import type { PyBaseException } from "../../objects/exceptions.ts";
import { newTuple } from "../../objects/tuple.ts";
import type { Frame } from "../frame.ts";
import { toPyException } from "../raise.ts";
import { callHook, hooks, hooksActive } from "./hooks.ts";

/** CPython's call_exc_trace: the exception to continue with. */
export function exceptionEvent(frame: Frame, exception: PyBaseException): PyBaseException {
  if (hooks.trace === null || !hooksActive()) return exception;
  const info = newTuple([exception.cls, exception, (exception.traceback ?? null) as PyValue]);
  try {
    callHook(hooks.trace, frame, "exception", info);
  } catch (error) {
    return toPyException(error);
  }
  return exception;
}

/** 'return' None for a frame the exception leaves: the exception that leaves it. */
export function unwindEvents(frame: Frame, exception: PyBaseException): PyBaseException {
  if (!hooksActive()) return exception;
  try {
    if (hooks.trace !== null) callHook(hooks.trace, frame, "return", null);
    if (hooks.profile !== null) callHook(hooks.profile, frame, "return", null);
  } catch (error) {
    return toPyException(error);
  }
  return exception;
}
