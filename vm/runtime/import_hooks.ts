/**
 * The import opcodes: IMPORT_NAME calls `__import__` (natively unless the
 * program replaced builtins.__import__), IMPORT_FROM reads a name from the
 * imported module (falling back on sys.modules for a submodule of a package
 * still being initialised), IMPORT_STAR copies a module's public names.
 * The import system itself lives in import/.
 */
import type { PyValue } from "../objects/object.ts";
import { ExceptionType, PyBaseException, pyError } from "../objects/exceptions.ts";
import { nativeFunction, type PyBuiltinFunction } from "../objects/native_function.ts";
import { typeOf } from "../objects/typeof.ts";
import { isStr, type PyStr, toJsString } from "../objects/str_wide.ts";
import type { Frame } from "./frame.ts";
import { getAttribute, getAttributeIfPresent } from "./attributes.ts";
import { callObject } from "./call.ts";
import { interpreter } from "./interpreter_state.ts";
import { PyModule } from "./module.ts";
import { iterateToArray } from "./iteration.ts";
import { importError, importModuleLevel } from "./import/import_module.ts";
import { isInitializing } from "./import/module_attributes.ts";

export { loadBuiltinModule, registerBuiltinModule } from "./import/builtin_modules.ts";

/** builtins.__import__ */
export const importFunction: PyBuiltinFunction = nativeFunction(
  "__import__",
  "name, globals=None, locals=None, fromlist=None, level=0",
  (name: PyValue, globals: PyValue, _locals: PyValue, fromlist: PyValue, level: PyValue) =>
    importModuleLevel(name, globals, fromlist, level),
);

export function importName(frame: Frame, name: string, fromlist: PyValue, level: PyValue): PyValue {
  const hook = frame.builtins.get("__import__");
  if (hook === undefined) throw pyError("ImportError", "__import__ not found");
  if (hook === importFunction) return importModuleLevel(name, frame.globals, fromlist, level);
  return callObject(hook, [name, frame.globals, frame.locals ?? null, fromlist, level], null);
}

export function importFrom(module: PyValue, name: string): PyValue {
  try {
    return getAttribute(module, name);
  } catch (error) {
    if (
      !(error instanceof PyBaseException && error.cls.isSubtypeOf(ExceptionType.AttributeError))
    ) {
      throw error;
    }
  }
  let packageName: PyValue = null;
  try {
    packageName = getAttribute(module, "__name__");
  } catch {
    packageName = null;
  }
  if (packageName !== null && isStr(packageName)) {
    const submodule = interpreter().modules.get(`${toJsString(packageName as PyStr)}.${name}`);
    if (submodule !== undefined && submodule !== null) return submodule;
  }
  const shownName = packageName !== null && isStr(packageName)
    ? `'${toJsString(packageName as PyStr)}'`
    : "'<unknown module name>'";
  const file = module instanceof PyModule ? module.dict.get("__file__") : undefined;
  const location = file !== undefined && isStr(file)
    ? toJsString(file as PyStr)
    : "unknown location";
  const partially = isInitializing(module)
    ? `partially initialized module ${shownName} (most likely due to a circular import)`
    : shownName;
  throw importError(
    "ImportError",
    `cannot import name '${name}' from ${partially} (${location})`,
    packageName,
    file !== undefined && isStr(file) ? file : null,
  );
}

/** `from m import *`: `__all__` if defined, else every name not starting with '_'. */
export function importStar(frame: Frame, module: PyValue): void {
  if (frame.locals === null) throw pyError("SystemError", "import * in a function");
  let names: PyValue[];
  let fromAll = true;
  // No AttributeError is made for a module without __all__ (os's `from posix import *`).
  const all = getAttributeIfPresent(module, "__all__");
  if (all !== undefined) names = iterateToArray(all);
  else {
    fromAll = false;
    let dict: PyValue;
    try {
      dict = getAttribute(module, "__dict__");
    } catch (error) {
      if (error instanceof PyBaseException && error.cls.isSubtypeOf(ExceptionType.AttributeError)) {
        throw pyError("ImportError", "from-import-* object has no __dict__ and no __all__");
      }
      throw error;
    }
    names = iterateToArray(callObject(getAttribute(dict, "keys"), [], null));
  }
  for (const name of names) {
    if (!isStr(name)) {
      const owner = module instanceof PyModule ? module.name : "module";
      throw pyError(
        "TypeError",
        fromAll
          ? `Item in ${owner}.__all__ must be str, not ${typeOf(name).tpName}`
          : `Key in ${owner}.__dict__ must be str, not ${typeOf(name).tpName}`,
      );
    }
    const text = toJsString(name as PyStr);
    if (!fromAll && text.startsWith("_")) continue;
    frame.locals.set(name, getAttribute(module, text));
  }
}
