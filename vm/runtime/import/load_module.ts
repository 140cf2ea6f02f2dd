/**
 * Loading a module from its spec (CPython's `_load_unlocked`): create the
 * module, give it its import-related attributes, put it in sys.modules
 * *before* running its code (so a circular import finds the partially
 * initialised module), run the code with the module's dict as globals and
 * locals, and take it out of sys.modules again if the code fails.
 *
 * Afterwards the module is read back from sys.modules: a module may replace
 * itself there while it runs, and importers then get the replacement.
 *
 * Attributes are set in the order CPython sets them (`__name__`, `__doc__`,
 * `__package__`, `__loader__`, `__spec__`, `__path__`, `__file__`), because
 * `vars(module)` shows that order, then `__cached__` (where importlib would
 * keep the module's .pyc; Taipan's own code cache is code_cache.ts).
 */
import { runSourceCompanion } from "./source_companions.ts";
import type { PyValue } from "../../objects/object.ts";
import { PyDict } from "../../objects/dict.ts";
import { pyError } from "../../objects/exceptions.ts";
import { typeOf } from "../../objects/typeof.ts";
import { isStr, type PyStr, toJsString } from "../../objects/str_wide.ts";
import { compileWithCache } from "./cached_compile.ts";
import { Frame } from "../frame.ts";
import { evalFrame } from "../eval.ts";
import { callObject } from "../call.ts";
import { getAttribute, setAttribute } from "../attributes.ts";
import { interpreter } from "../interpreter_state.ts";
import { PyModule } from "../module.ts";
import { toPyException } from "../raise.ts";
import { namespaceLoaderType, newNamespaceLoader, sourceLoaderType } from "./module_spec.ts";
import { openModuleFile } from "./file_source.ts";
import { loadBuiltinModule } from "./builtin_modules.ts";
import { importSettings } from "./settings.ts";
import { isTrue } from "../operators.ts";
import { builtinImporterType } from "./importer_types.ts";
import { isLegacyLoader, loadBackwardCompatible } from "./legacy_loaders.ts";
import type { CodeObject } from "../../compiler/code.ts";

function attributeOrNull(obj: PyValue, name: string): PyValue {
  try {
    return getAttribute(obj, name);
  } catch {
    return null;
  }
}

function nameOf(spec: PyValue): string {
  const name = getAttribute(spec, "name");
  if (!isStr(name)) {
    throw pyError("TypeError", `module name must be str, not ${typeOf(name).tpName}`);
  }
  return toJsString(name as PyStr);
}

/** Run the module `spec` describes and return it (from sys.modules, as CPython does). */
export function loadFromSpec(spec: PyValue): PyValue {
  const name = nameOf(spec);
  const origin = attributeOrNull(spec, "origin");
  const loader = attributeOrNull(spec, "loader");
  if ((loader === null || loader === builtinImporterType) && origin === "built-in") {
    const module = loadBuiltinModule(name);
    if (module === undefined) throw pyError("ImportError", `no built-in module named ${name}`);
    return module;
  }
  if (loader !== null && typeOf(loader) !== sourceLoaderType && isLegacyLoader(loader)) {
    return loadBackwardCompatible(spec, name, loader);
  }
  const modules = interpreter().modules;
  const module = createModule(spec, name, loader);
  initModuleAttributes(module, spec);
  setAttribute(spec, "_initializing", true);
  modules.set(name, module);
  try {
    try {
      execModule(module, spec, attributeOrNull(spec, "loader"));
    } catch (error) {
      modules.delete(name);
      throw error;
    }
    const loaded = modules.get(name);
    if (loaded === undefined) {
      throw pyError("ImportError", `Loaded module ${name} not found in sys.modules`);
    }
    modules.delete(name);
    modules.set(name, loaded);
    return loaded;
  } finally {
    setAttribute(spec, "_initializing", false);
  }
}

function createModule(spec: PyValue, name: string, loader: PyValue): PyValue {
  if (loader !== null && loader !== undefined && typeOf(loader) !== sourceLoaderType) {
    const create = typeOf(loader).lookup("create_module");
    if (create !== undefined) {
      const created = callObject(getAttribute(loader, "create_module"), [spec], null);
      if (created !== null) return created;
    } else if (typeOf(loader).lookup("exec_module") !== undefined) {
      throw pyError(
        "ImportError",
        "loaders that define exec_module() must also define create_module()",
      );
    }
  }
  return newModule(name);
}

/** A fresh module whose dict starts as CPython's module_new leaves it. */
export function newModule(name: string): PyModule {
  const dict = new PyDict();
  dict.set("__name__", name);
  dict.set("__doc__", null);
  dict.set("__package__", null);
  dict.set("__loader__", null);
  dict.set("__spec__", null);
  return new PyModule(name, dict);
}

function initModuleAttributes(module: PyValue, spec: PyValue): void {
  const set = (name: string, value: PyValue) => setAttribute(module, name, value);
  const locations = attributeOrNull(spec, "submodule_search_locations");
  let loader = attributeOrNull(spec, "loader");
  set("__name__", getAttribute(spec, "name"));
  if (loader === null && locations !== null) {
    loader = newNamespaceLoader(locations);
    setAttribute(spec, "loader", loader);
    set("__loader__", loader);
    set("__file__", null);
  } else set("__loader__", loader);
  set("__package__", getAttribute(spec, "parent"));
  set("__spec__", spec);
  if (locations !== null) set("__path__", locations);
  if (attributeOrNull(spec, "has_location") === true) {
    set("__file__", getAttribute(spec, "origin"));
    const cached = attributeOrNull(spec, "cached");
    if (cached !== null) set("__cached__", cached);
  }
}

function execModule(module: PyValue, spec: PyValue, loader: PyValue): void {
  if (loader === null || typeOf(loader) === namespaceLoaderType) return; // runs no code
  if (typeOf(loader) !== sourceLoaderType) {
    if (typeOf(loader).lookup("exec_module") === undefined) {
      throw pyError("ImportError", `${toJsString(reprOfName(spec))}: loader has no exec_module()`);
    }
    callObject(getAttribute(loader, "exec_module"), [module], null);
    return;
  }
  const origin = toJsString(getAttribute(spec, "origin") as PyStr);
  runSourceFile(moduleDict(module), origin, nameOf(spec));
}

/** The namespace a module's code runs in (a module's dict, or any object's `__dict__`). */
export function moduleDict(module: PyValue): PyDict {
  if (module instanceof PyModule) return module.dict;
  const dict = getAttribute(module, "__dict__");
  if (!(dict instanceof PyDict)) throw pyError("TypeError", "module.__dict__ is not a dict");
  return dict;
}

function reprOfName(spec: PyValue): PyStr {
  return `module ${nameOf(spec)}`;
}

/** The code of the source file at `path` (from the code cache when it has it). */
export function compileModuleFile(path: string, name: string): CodeObject {
  const source = openModuleFile(path);
  if (source === undefined) {
    throw pyError("ImportError", `source not available for ${name} (${path})`);
  }
  try {
    return compileWithCache(source, path, importSettings.optimize, bytecodeWritable);
  } catch (error) {
    throw toPyException(error); // a SyntaxError object the importer can catch
  }
}

/** Whether compiled code may go to the code cache: not when sys.dont_write_bytecode is set. */
export function bytecodeWritable(): boolean {
  return !isTrue(interpreter().sys.dict.get("dont_write_bytecode") ?? false);
}

/** Compile the source file at `path` and run it in the namespace `dict`. */
export function runSourceFile(dict: PyDict, path: string, name: string): void {
  const code = compileModuleFile(path, name);
  const builtins = interpreter().builtins.dict;
  if (!dict.has("__builtins__")) dict.set("__builtins__", builtins);
  evalFrame(new Frame(code, dict, builtins, dict, null));
  runSourceCompanion(name, dict, path);
}
