/**
 * `breakpoint()` and `sys.breakpointhook` (PEP 553). breakpoint() calls
 * whatever sys.breakpointhook is; the default hook reads PYTHONBREAKPOINT:
 * unset or empty means `pdb.set_trace`, "0" disables breakpoints, any other
 * value names a callable `module.attribute` (a bare name means a builtin) to
 * import and call with breakpoint()'s arguments. An unimportable name warns
 * (RuntimeWarning) and does nothing, as in CPython.
 */
import type { PyValue } from "../objects/object.ts";
import { ExceptionType, PyBaseException, pyError } from "../objects/exceptions.ts";
import { nativeFunction } from "../objects/native_function.ts";
import { interpreter } from "./interpreter_state.ts";
import { callObject } from "./call.ts";
import { getAttribute } from "./attributes.ts";
import { importModuleLevel } from "./import/import_module.ts";
import { warnFromNative } from "../../stdlib/_warnings.ts";

function callWithKeywords(fn: PyValue, args: PyValue[], kwargs: Map<string, PyValue>): PyValue {
  const kwnames = [...kwargs.keys()];
  return callObject(fn, [...args, ...kwargs.values()], kwnames.length > 0 ? kwnames : null);
}

export const breakpointFunction = nativeFunction(
  "breakpoint",
  "*args, **kws",
  (args: PyValue[], kwargs: Map<string, PyValue>) => {
    const hook = interpreter().sys.dict.get("breakpointhook");
    if (hook === undefined) throw pyError("RuntimeError", "lost sys.breakpointhook");
    return callWithKeywords(hook, args, kwargs);
  },
);

function warnUnimportable(target: string): null {
  warnFromNative(
    ExceptionType.RuntimeWarning,
    `Ignoring unimportable $PYTHONBREAKPOINT: "${target}"`,
  );
  return null;
}

export const breakpointHook = nativeFunction(
  "breakpointhook",
  "*args, **kws",
  (args: PyValue[], kwargs: Map<string, PyValue>) => {
    const ignoreEnvironment = interpreter().sys.dict.get("flags");
    const env = ignoreEnvironment !== undefined &&
        getAttribute(ignoreEnvironment, "ignore_environment") === 1
      ? undefined
      : Deno.env.get("PYTHONBREAKPOINT");
    const target = env === undefined || env === "" ? "pdb.set_trace" : env;
    if (target === "0") return null;
    const dot = target.lastIndexOf(".");
    const moduleName = dot < 0 ? "builtins" : target.slice(0, dot);
    const attribute = dot < 0 ? target : target.slice(dot + 1);
    // A path whose last dot leads ('.foo') names no module: CPython warns without importing.
    if (dot === 0) return warnUnimportable(target);
    let hook: PyValue;
    try {
      const module = importModuleLevel(moduleName, null, null, 0);
      hook = getAttribute(
        moduleName.includes(".") ? interpreter().modules.get(moduleName)! : module,
        attribute,
      );
    } catch (error) {
      const isImportProblem = error instanceof PyBaseException &&
        (error.cls.isSubtypeOf(ExceptionType.ImportError) ||
          error.cls.isSubtypeOf(ExceptionType.AttributeError));
      if (!isImportProblem) throw error;
      return warnUnimportable(target);
    }
    return callWithKeywords(hook, args, kwargs);
  },
);
