/**
 * The parts of `sys` the interactive loop goes through: `displayhook` (the
 * echo of an expression statement, result kept in `builtins._`),
 * `excepthook` (the report of an exception that reached the top level), their
 * `__displayhook__`/`__excepthook__` originals, and `copyright`.
 */
import type { PyValue } from "../vm/objects/object.ts";
import type { PyDict } from "../vm/objects/dict.ts";
import { ExceptionType, PyBaseException, pyError } from "../vm/objects/exceptions.ts";
import { nativeFunction } from "../vm/objects/native_function.ts";
import { reprOf } from "../vm/objects/str_convert.ts";
import { typeOf } from "../vm/objects/typeof.ts";
import { interpreter } from "../vm/runtime/interpreter_state.ts";
import { formatUncaught } from "../vm/runtime/run_main.ts";
import { writeStderr } from "../vm/runtime/stdio.ts";
import { callMethod } from "./io_common.ts";
import { callObject } from "../vm/runtime/call.ts";

const COPYRIGHT = "Copyright (c) 2001-2023 Python Software Foundation.\n" +
  "All Rights Reserved.\n\n" +
  "Copyright (c) 2000 BeOpen.com.\nAll Rights Reserved.\n\n" +
  "Copyright (c) 1995-2001 Corporation for National Research Initiatives.\n" +
  "All Rights Reserved.\n\n" +
  "Copyright (c) 1991-1995 Stichting Mathematisch Centrum, Amsterdam.\n" +
  "All Rights Reserved.";

const displayhook = nativeFunction("displayhook", "object, /", (value: PyValue) => {
  if (value === null) return null;
  const state = interpreter();
  const builtins = state.modules.get("builtins");
  if (builtins === undefined) throw pyError("RuntimeError", "lost builtins module");
  // `_` is cleared first, so a repr() that looks at it does not see the old value.
  state.builtins.dict.set("_", null);
  const stdout = state.sys.dict.get("stdout") ?? null;
  if (stdout === null) throw pyError("RuntimeError", "lost sys.stdout");
  callMethod(stdout, "write", reprOf(value));
  callMethod(stdout, "write", "\n");
  state.builtins.dict.set("_", value);
  return null;
});

const excepthook = nativeFunction(
  "excepthook",
  "exctype, value, traceback, /",
  (_type: PyValue, value: PyValue) => {
    if (!(value instanceof PyBaseException)) {
      // PyErr_Display reports this on stderr rather than raising it.
      writeStderr(
        `TypeError: print_exception(): Exception expected for value, ${
          typeOf(value).tpName
        } found\n`,
      );
      return null;
    }
    writeStderr(formatUncaught(value));
    return null;
  },
);

/** Put the hooks and `copyright` into a new sys module's namespace. */
export function addInteractiveMembers(sys: PyDict): void {
  sys.set("displayhook", displayhook);
  sys.set("__displayhook__", displayhook);
  sys.set("excepthook", excepthook);
  sys.set("__excepthook__", excepthook);
  sys.set("copyright", COPYRIGHT);
}

/**
 * PyErr_Print for an exception that reached the top level: remember it in
 * sys.last_type/last_value/last_traceback and report it through
 * sys.excepthook (falling back to the built-in report when the hook fails).
 */
export function printException(exception: PyBaseException): void {
  const sys = interpreter().sys.dict;
  sys.set("last_type", exception.cls);
  sys.set("last_value", exception);
  sys.set("last_traceback", exception.traceback);
  const hook = sys.get("excepthook");
  if (hook === undefined) {
    writeStderr("sys.excepthook is missing\n");
    writeStderr(formatUncaught(exception));
    return;
  }
  try {
    callObject(hook, [exception.cls, exception, exception.traceback], null);
  } catch (error) {
    if (!(error instanceof PyBaseException)) throw error;
    if (error.cls.isSubtypeOf(ExceptionType.SystemExit)) throw error;
    writeStderr("Error in sys.excepthook:\n");
    writeStderr(formatUncaught(error));
    writeStderr("\nOriginal exception was:\n");
    writeStderr(formatUncaught(exception));
  }
}
