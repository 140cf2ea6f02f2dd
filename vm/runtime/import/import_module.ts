/**
 * The import statement's machinery: CPython's PyImport_ImportModuleLevelObject
 * with importlib's `_find_and_load` and `_handle_fromlist`, natively.
 *
 * `importModuleLevel(name, globals, fromlist, level)` is `__import__`:
 *   1. A relative name (level > 0) is made absolute from the importing
 *      module's `__package__`, else `__spec__.parent`, else `__name__` (minus
 *      its last part unless it is a package).
 *   2. `importAbsolute` imports every parent first ("a", "a.b", then "a.b.c"),
 *      answers from sys.modules when it can (a module still initialising is
 *      returned as it is: that is how circular imports work), and otherwise
 *      finds a spec along the parent's `__path__` and loads it. A loaded
 *      submodule becomes an attribute of its parent.
 *   3. Without a fromlist the top-level package is returned (`import a.b.c`
 *      binds `a`); with one, a package's missing names are imported as
 *      submodules (`from pkg import sub`), and the module itself returned.
 *
 * Errors carry CPython's messages and the ModuleNotFoundError `name`.
 */
import type { PyValue } from "../../objects/object.ts";
import { PyDict } from "../../objects/dict.ts";
import {
  exceptionField,
  ExceptionType,
  PyBaseException,
  pyError,
} from "../../objects/exceptions.ts";
import { typeOf } from "../../objects/typeof.ts";
import { isStr, type PyStr, toJsString } from "../../objects/str_wide.ts";
import { callObject } from "../call.ts";
import { getAttribute, getAttributeIfPresent, setAttribute } from "../attributes.ts";
import { interpreter } from "../interpreter_state.ts";
import { iterateToArray } from "../iteration.ts";
import { COMPARE_EQ, compareOp, isTrue } from "../operators.ts";
import { warnFromNative } from "../../../stdlib/_warnings.ts";
import { findSpec } from "./find_spec.ts";
import { loadFromSpec } from "./load_module.ts";
import { bootstrapAlias } from "./bootstrap_alias.ts";
import { searchEntries } from "./path_entries.ts";
import { moduleNotFoundMessage } from "./stdlib_fallback.ts";
import { timedImport } from "./import_time.ts";

/** ImportError/ModuleNotFoundError with its `name` (and `path`) attributes, as CPython builds them. */
export function importError(
  kind: "ImportError" | "ModuleNotFoundError",
  message: string,
  name: PyValue,
  path: PyValue = null,
): PyBaseException {
  return callObject(ExceptionType[kind], [message, name, path], [
    "name",
    "path",
  ]) as PyBaseException;
}

function tryAttribute(obj: PyValue, name: string): PyValue | undefined {
  return getAttributeIfPresent(obj, name);
}

/** Import the module with absolute name `name`; returns that module (not the top package). */
export function importAbsolute(name: string): PyValue {
  const modules = interpreter().modules;
  const cached = modules.get(name);
  if (cached !== undefined) {
    if (cached === null) {
      throw importError(
        "ModuleNotFoundError",
        `import of ${name} halted; None in sys.modules`,
        name,
      );
    }
    return cached;
  }
  return timedImport(name, () => findAndLoad(name, modules));
}

/** Import `name`, which is not in sys.modules (importlib's _find_and_load). */
function findAndLoad(name: string, modules: PyDict): PyValue {
  const alias = bootstrapAlias(name, importAbsolute);
  if (alias !== undefined) return alias;
  const dot = name.lastIndexOf(".");
  let path: PyValue | null = null;
  let parentModule: PyValue = null;
  if (dot >= 0) {
    const parent = name.slice(0, dot);
    if (!modules.has(parent)) importAbsolute(parent);
    const again = modules.get(name);
    if (again !== undefined && again !== null) return again;
    parentModule = modules.get(parent) ?? null;
    const parentPath = tryAttribute(parentModule, "__path__");
    if (parentPath === undefined) {
      throw importError(
        "ModuleNotFoundError",
        `No module named '${name}'; '${parent}' is not a package`,
        name,
      );
    }
    path = parentPath;
  }
  const spec = findSpec(name, path);
  if (spec === null) {
    const searched = dot >= 0 ? [] : searchEntries(interpreter().sys.dict.get("path") ?? null);
    throw importError("ModuleNotFoundError", moduleNotFoundMessage(name, searched), name);
  }
  const module = loadFromSpec(spec);
  if (dot >= 0) {
    const parent = modules.get(name.slice(0, dot));
    if (parent !== undefined && parent !== null) {
      setAttribute(parent, name.slice(dot + 1), module);
    }
  }
  return module;
}

/** The package a relative import is relative to (CPython's resolve_name). */
function resolveName(name: string, globals: PyValue, level: number): string {
  if (globals === null || globals === undefined) {
    throw pyError("KeyError", "'__name__' not in globals");
  }
  if (!(globals instanceof PyDict)) throw pyError("TypeError", "globals must be a dict");
  let packageValue = globals.get("__package__") ?? null;
  const spec = globals.get("__spec__") ?? null;
  let packageName: string;
  if (packageValue !== null) {
    if (!isStr(packageValue)) throw pyError("TypeError", "package must be a string");
    packageName = toJsString(packageValue as PyStr);
    if (
      spec !== null && !isTrue(compareOp(COMPARE_EQ, packageValue, getAttribute(spec, "parent")))
    ) {
      warnFromNative(ExceptionType.ImportWarning, "__package__ != __spec__.parent");
    }
  } else if (spec !== null) {
    packageValue = getAttribute(spec, "parent");
    if (!isStr(packageValue)) throw pyError("TypeError", "__spec__.parent must be a string");
    packageName = toJsString(packageValue as PyStr);
  } else {
    warnFromNative(
      ExceptionType.ImportWarning,
      "can't resolve package from __spec__ or __package__, falling back on __name__ and __path__",
    );
    const moduleName = globals.get("__name__");
    if (moduleName === undefined) throw pyError("KeyError", "'__name__' not in globals");
    if (!isStr(moduleName)) throw pyError("TypeError", "__name__ must be a string");
    packageName = toJsString(moduleName as PyStr);
    if (!globals.has("__path__")) {
      packageName = packageName.slice(0, Math.max(0, packageName.lastIndexOf(".")));
    }
  }
  if (packageName === "") {
    throw pyError("ImportError", "attempted relative import with no known parent package");
  }
  const parts = packageName.split(".");
  if (parts.length < level) {
    throw pyError("ImportError", "attempted relative import beyond top-level package");
  }
  const base = parts.slice(0, parts.length - (level - 1)).join(".");
  return name === "" ? base : `${base}.${name}`;
}

/** `__import__(name, globals, locals, fromlist, level)`. */
export function importModuleLevel(
  nameValue: PyValue,
  globals: PyValue,
  fromlist: PyValue,
  levelValue: PyValue,
): PyValue {
  if (!isStr(nameValue)) throw pyError("TypeError", "module name must be a string");
  const name = toJsString(nameValue as PyStr);
  const level = typeof levelValue === "boolean" ? Number(levelValue) : levelValue;
  if (typeof level !== "number") {
    throw pyError(
      "TypeError",
      `'${typeOf(levelValue).tpName}' object cannot be interpreted as an integer`,
    );
  }
  if (level < 0) throw pyError("ValueError", "level must be >= 0");
  let absoluteName: string;
  if (level > 0) absoluteName = resolveName(name, globals, level);
  else {
    if (name === "") throw pyError("ValueError", "Empty module name");
    absoluteName = name;
  }
  const module = importAbsolute(absoluteName);
  const hasFromlist = fromlist !== null && isTrue(fromlist);
  if (!hasFromlist) {
    if (level === 0 || name.length > 0) {
      const dot = name.indexOf(".");
      if (dot < 0) return module;
      if (level === 0) return importAbsolute(name.slice(0, dot));
      const cutOff = name.length - dot;
      const top = absoluteName.slice(0, absoluteName.length - cutOff);
      const found = interpreter().modules.get(top);
      if (found === undefined) throw pyError("KeyError", `'${top}' not in sys.modules as expected`);
      return found;
    }
    return module;
  }
  if (tryAttribute(module, "__path__") !== undefined) handleFromlist(module, fromlist, false);
  return module;
}

/** Import the submodules a `from package import ...` names that are not attributes yet. */
function handleFromlist(module: PyValue, fromlist: PyValue, recursive: boolean): void {
  for (const item of iterateToArray(fromlist)) {
    if (!isStr(item)) {
      const where = recursive ? `${moduleNameOf(module)}.__all__` : "``from list''";
      throw pyError("TypeError", `Item in ${where} must be str, not ${typeOf(item).tpName}`);
    }
    const name = toJsString(item as PyStr);
    if (name === "*") {
      const all = recursive ? undefined : tryAttribute(module, "__all__");
      if (all !== undefined) handleFromlist(module, all, true);
      continue;
    }
    if (tryAttribute(module, name) !== undefined) continue;
    const fullName = `${moduleNameOf(module)}.${name}`;
    try {
      importAbsolute(fullName);
    } catch (error) {
      if (
        error instanceof PyBaseException &&
        error.cls.isSubtypeOf(ExceptionType.ModuleNotFoundError) &&
        exceptionField(error, "name") === fullName &&
        interpreter().modules.get(fullName) !== null
      ) continue;
      throw error;
    }
  }
}

function moduleNameOf(module: PyValue): string {
  const name = getAttribute(module, "__name__");
  return isStr(name) ? toJsString(name as PyStr) : "?";
}
