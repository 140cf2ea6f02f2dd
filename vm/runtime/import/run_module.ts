/**
 * `python -m module` (CPython's runpy._run_module_as_main, natively): import
 * the module's parent packages, find its spec — a package runs its
 * `__main__` submodule — and run its code in the existing `__main__` module,
 * with sys.argv[0] set to the file. A directory or zip file given as the
 * script runs the same way, as the module `__main__` found in it. Problems in
 * finding the module are not tracebacks: CPython prints
 * "<executable>: <message>" and exits with 1.
 */
import type { PyValue } from "../../objects/object.ts";
import {
  exceptionField,
  ExceptionType,
  PyBaseException,
  pyError,
} from "../../objects/exceptions.ts";
import { PyList } from "../../objects/list.ts";
import type { PyDict } from "../../objects/dict.ts";
import { strOf } from "../../objects/str_convert.ts";
import { isStr, type PyStr, toJsString } from "../../objects/str_wide.ts";
import { typeOf } from "../../objects/typeof.ts";
import { compileSource } from "../compile_source.ts";
import type { CodeObject } from "../../compiler/code.ts";
import { PySyntaxError } from "../../compiler/errors.ts";
import { formatSyntaxErrorReport } from "../syntax_error_report.ts";
import { getAttribute } from "../attributes.ts";
import { interpreter } from "../interpreter_state.ts";
import { toPyException } from "../raise.ts";
import { flushStdout, writeStderr } from "../stdio.ts";
import { type MainOptions, reportUncaught, runInMain, setUpInterpreter } from "../run_main.ts";
import { importAbsolute, importError } from "./import_module.ts";
import { findSpec } from "./find_spec.ts";
import { readModuleFile } from "./file_source.ts";
import { importSettings } from "./settings.ts";
import { sourceLoaderType } from "./module_spec.ts";

/** runpy's _Error: reported as "<executable>: message", not as a traceback. */
class RunModuleError {
  constructor(readonly message: string) {}
}

function isA(error: unknown, ...kinds: (keyof typeof ExceptionType)[]): error is PyBaseException {
  return error instanceof PyBaseException &&
    kinds.some((kind) => error.cls.isSubtypeOf(ExceptionType[kind]));
}

/** importlib.util.find_spec for an absolute name. */
function findModuleSpec(name: string): PyValue | null {
  const modules = interpreter().modules;
  const present = modules.get(name);
  if (present !== undefined) {
    if (present === null) return null;
    const spec = getAttribute(present, "__spec__");
    if (spec === null) throw pyError("ValueError", `${name}.__spec__ is None`);
    return spec;
  }
  const dot = name.lastIndexOf(".");
  if (dot < 0) return findSpec(name, null);
  const parentName = name.slice(0, dot);
  const parent = importAbsolute(parentName);
  let path: PyValue;
  try {
    path = getAttribute(parent, "__path__");
  } catch (error) {
    if (!isA(error, "AttributeError")) throw error;
    throw importError(
      "ModuleNotFoundError",
      `__path__ attribute not found on '${parentName}' while trying to find '${name}'`,
      name,
    );
  }
  return findSpec(name, path);
}

interface ModuleDetails {
  name: string;
  spec: PyValue;
  code: CodeObject;
}

function moduleDetails(name: string): ModuleDetails {
  if (name.startsWith(".")) throw new RunModuleError("Relative module names not supported");
  const dot = name.lastIndexOf(".");
  if (dot > 0) {
    const parent = name.slice(0, dot);
    try {
      importAbsolute(parent);
    } catch (error) {
      if (!isA(error, "ImportError")) throw error;
      const missing = exceptionField(error, "name") ?? null;
      const missingName = missing !== null && isStr(missing) ? toJsString(missing as PyStr) : null;
      if (
        missingName === null || (missingName !== parent && !parent.startsWith(`${missingName}.`))
      ) {
        throw error;
      }
    }
  }
  let spec: PyValue | null;
  try {
    spec = findModuleSpec(name);
  } catch (error) {
    if (!isA(error, "ImportError", "AttributeError", "TypeError", "ValueError")) throw error;
    let message = `Error while finding module specification for '${name}' (${
      typeOf(error).tpName
    }: ${toJsString(strOf(error))})`;
    if (name.endsWith(".py")) {
      message += `. Try using '${name.slice(0, -3)}' instead of '${name}' as the module name.`;
    }
    throw new RunModuleError(message);
  }
  if (spec === null) throw new RunModuleError(`No module named ${name}`);
  if (getAttribute(spec, "submodule_search_locations") !== null) {
    if (name === "__main__" || name.endsWith(".__main__")) {
      throw new RunModuleError("Cannot use package as __main__ module");
    }
    try {
      return moduleDetails(`${name}.__main__`);
    } catch (error) {
      if (!(error instanceof RunModuleError) || !interpreter().modules.has(name)) throw error;
      throw new RunModuleError(
        `${error.message}; '${name}' is a package and cannot be directly executed`,
      );
    }
  }
  const loader = getAttribute(spec, "loader");
  if (loader === null) {
    throw new RunModuleError(`'${name}' is a namespace package and cannot be executed`);
  }
  if (typeOf(loader) !== sourceLoaderType) {
    throw new RunModuleError(`No code object available for ${name}`);
  }
  const origin = toJsString(getAttribute(spec, "origin") as PyStr);
  const source = readModuleFile(origin);
  if (source === undefined) throw new RunModuleError(`No code object available for ${name}`);
  return { name, spec, code: compileSource(source, origin, "exec", importSettings.optimize) };
}

/** Run module `name` as __main__ (`-m name`); returns the process exit status. */
export function runModuleAsMain(name: string, options: MainOptions): number {
  const globals = setUpInterpreter(null, options);
  return runDetails(() => moduleDetails(name), globals, options, true);
}

/**
 * Run the `__main__` module found on sys.path, whose first entry is the
 * directory or zip file named as the script (sys.argv[0] stays as given).
 */
export function runPathEntryAsMain(path: string, options: MainOptions): number {
  const globals = setUpInterpreter(null, options);
  const modules = interpreter().modules;
  const main = modules.get("__main__");
  modules.delete("__main__");
  const find = () => {
    try {
      return moduleDetails("__main__");
    } catch (error) {
      if (error instanceof RunModuleError) {
        throw new RunModuleError(`can't find '__main__' module in '${path}'`);
      }
      throw error;
    } finally {
      if (main !== undefined) modules.set("__main__", main);
    }
  };
  return runDetails(find, globals, options, false);
}

function runDetails(
  find: () => ModuleDetails,
  globals: PyDict,
  options: MainOptions,
  setArgv: boolean,
): number {
  let details: ModuleDetails;
  try {
    details = find();
  } catch (error) {
    if (error instanceof RunModuleError) {
      flushStdout();
      writeStderr(`${options.executable}: ${error.message}\n`);
      return 1;
    }
    if (error instanceof PySyntaxError && error.pyClass !== "MemoryError") {
      // the module's own code does not compile: reported as for a script (runpy's frames aside)
      flushStdout();
      writeStderr(formatSyntaxErrorReport(error));
      return 1;
    }
    return reportUncaught(toPyException(error));
  }
  const spec = details.spec;
  const origin = getAttribute(spec, "origin");
  const argv = interpreter().sys.dict.get("argv");
  if (setArgv && argv instanceof PyList && argv.items.length > 0) argv.items[0] = origin;
  globals.set("__name__", "__main__");
  globals.set("__file__", origin);
  globals.set("__cached__", null);
  globals.set("__doc__", null);
  globals.set("__loader__", getAttribute(spec, "loader"));
  globals.set("__package__", getAttribute(spec, "parent"));
  globals.set("__spec__", spec);
  return runInMain(details.code, globals);
}
