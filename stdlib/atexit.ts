/**
 * The `atexit` module: functions to call when the interpreter finishes,
 * last registered first, after the main program's outcome (its traceback,
 * if any) and before the output streams are flushed, as CPython's
 * Py_FinalizeEx. An exception in a callback — SystemExit included — is
 * reported as "Exception ignored in atexit callback: <repr>" with its
 * traceback, and the remaining callbacks still run. os._exit skips them.
 *
 * As in CPython, unregister() empties slots rather than removing them, so
 * _ncallbacks() counts registrations until the callbacks have run.
 */
import type { PyValue } from "../vm/objects/object.ts";
import { PyBaseException, pyError } from "../vm/objects/exceptions.ts";
import { typeOf } from "../vm/objects/typeof.ts";
import { PyType } from "../vm/objects/type.ts";
import { reprOf } from "../vm/objects/str_convert.ts";
import { toJsString } from "../vm/objects/str_wide.ts";
import { callObject } from "../vm/runtime/call.ts";
import { equals } from "../vm/runtime/operators.ts";
import type { PyModule } from "../vm/runtime/module.ts";
import { atInterpreterExit, formatUncaught } from "../vm/runtime/run_main.ts";
import { flushStdout, writeStderr } from "../vm/runtime/stdio.ts";
import { toPyException } from "../vm/runtime/raise.ts";
import { addFunctions, newModule } from "./module_helpers.ts";

interface Callback {
  func: PyValue;
  args: PyValue[];
  keywords: Map<string, PyValue>;
}

let callbacks: (Callback | null)[] = [];

function call({ func, args, keywords }: Callback): void {
  const names = [...keywords.keys()];
  callObject(func, [...args, ...keywords.values()], names.length === 0 ? null : names);
}

/** Print an exception nobody can catch, as CPython's default unraisable hook. */
function writeUnraisable(message: string, object: PyValue, exception: PyBaseException): void {
  let shown: string;
  try {
    shown = toJsString(reprOf(object));
  } catch {
    shown = "<object repr() failed>";
  }
  flushStdout();
  writeStderr(`Exception ignored ${message}: ${shown}\n${formatUncaught(exception)}`);
}

export function runExitFunctions(): void {
  const pending = callbacks;
  callbacks = [];
  for (let i = pending.length - 1; i >= 0; i--) {
    const callback = pending[i];
    if (callback === null) continue;
    try {
      call(callback);
    } catch (error) {
      writeUnraisable("in atexit callback", callback.func, toPyException(error));
    }
  }
}

function isCallable(value: PyValue): boolean {
  return value instanceof PyType || typeOf(value).lookup("__call__") !== undefined;
}

export function createAtexitModule(): PyModule {
  const module = newModule(
    "atexit",
    "allow programmer to define multiple exit functions to be executed\nupon normal program termination.\n\nTwo public functions, register and unregister, are defined.\n",
  );
  atInterpreterExit(runExitFunctions);
  addFunctions(module, {
    register: [
      "func, /, *args, **kwargs",
      (func: PyValue, args: PyValue[], keywords: Map<string, PyValue>) => {
        if (!isCallable(func)) throw pyError("TypeError", "the first argument must be callable");
        callbacks.push({ func, args, keywords });
        return func;
      },
    ],
    unregister: ["func, /", (func: PyValue) => {
      callbacks.forEach((callback, i) => {
        if (callback !== null && equals(callback.func, func)) callbacks[i] = null;
      });
      return null;
    }],
    _run_exitfuncs: ["", () => {
      runExitFunctions();
      return null;
    }],
    _clear: ["", () => {
      callbacks = [];
      return null;
    }],
    _ncallbacks: ["", () => callbacks.length],
  });
  return module;
}
