/**
 * `sys.unraisablehook` and the report of an exception nobody can catch (an
 * exception inside a C callback, a destructor...): CPython's
 * PyErr_WriteUnraisable. `writeUnraisable` calls the hook the program
 * installed, if any, with CPython's UnraisableHookArgs attributes; the
 * default hook prints "Exception ignored <context>: <object repr>" and the
 * traceback to stderr.
 */
import type { PyValue } from "../vm/objects/object.ts";
import type { PyDict } from "../vm/objects/dict.ts";
import { PyBaseException } from "../vm/objects/exceptions.ts";
import { nativeFunction } from "../vm/objects/native_function.ts";
import { reprOf } from "../vm/objects/str_convert.ts";
import { isStr, toJsString } from "../vm/objects/str_wide.ts";
import { callObject } from "../vm/runtime/call.ts";
import { getAttribute } from "../vm/runtime/attributes.ts";
import { interpreter } from "../vm/runtime/interpreter_state.ts";
import { toPyException } from "../vm/runtime/raise.ts";
import { formatUncaught } from "../vm/runtime/run_main.ts";
import { flushStdout, writeStderr } from "../vm/runtime/stdio.ts";
import { newSimpleNamespace } from "./simple_namespace.ts";

function defaultReport(message: string | null, object: PyValue, exception: PyValue): void {
  let header: string;
  if (object !== null) {
    let shown: string;
    try {
      shown = toJsString(reprOf(object));
    } catch {
      shown = "<object repr() failed>";
    }
    header = `${message ?? "Exception ignored in"}: ${shown}\n`;
  } else header = message === null ? "" : `${message}:\n`;
  flushStdout();
  writeStderr(
    header + (exception instanceof PyBaseException ? formatUncaught(exception) : ""),
  );
}

const unraisablehook = nativeFunction("unraisablehook", "unraisable, /", (args: PyValue) => {
  const message = getAttribute(args, "err_msg");
  defaultReport(
    isStr(message) ? toJsString(message) : null,
    getAttribute(args, "object"),
    getAttribute(args, "exc_value"),
  );
  return null;
});

export function addUnraisableHook(sys: PyDict): void {
  sys.set("unraisablehook", unraisablehook);
  sys.set("__unraisablehook__", unraisablehook);
}

/**
 * Report `error` as unraisable: "Exception ignored <context>: <repr(object)>".
 * The context "in" is PyErr_WriteUnraisable's: the hook's `err_msg` is None.
 */
export function writeUnraisable(context: string, object: PyValue, error: unknown): void {
  const exception = toPyException(error);
  const message = context === "in" ? null : `Exception ignored ${context}`;
  const hook = interpreter().sys.dict.get("unraisablehook");
  if (hook !== undefined && hook !== null && hook !== unraisablehook) {
    try {
      callObject(hook, [
        newSimpleNamespace([
          ["exc_type", exception.cls],
          ["exc_value", exception],
          ["exc_traceback", exception.traceback],
          ["err_msg", message],
          ["object", object],
        ]),
      ], null);
      return;
    } catch (hookError) {
      if (!(hookError instanceof PyBaseException)) throw hookError;
    }
  }
  defaultReport(message, object, exception);
}
