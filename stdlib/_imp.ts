/**
 * `_imp`: the import system's native helpers as importlib sees them. Taipan
 * has builtin (TypeScript) modules, no frozen modules and no extension
 * modules, and one thread, so the import lock is a counter that only checks
 * its own balance. `_fix_co_filename` and `source_hash` (for .pyc files) are
 * not provided: Taipan never loads bytecode files.
 */
import type { PyValue } from "../vm/objects/object.ts";
import { PyList } from "../vm/objects/list.ts";
import { pyError } from "../vm/objects/exceptions.ts";
import { isStr, type PyStr, toJsString } from "../vm/objects/str_wide.ts";
import { typeOf } from "../vm/objects/typeof.ts";
import { newTuple } from "../vm/objects/tuple.ts";
import type { PyModule } from "../vm/runtime/module.ts";
import { getAttribute } from "../vm/runtime/attributes.ts";
import { interpreter } from "../vm/runtime/interpreter_state.ts";
import { hasBuiltinModule, loadBuiltinModule } from "../vm/runtime/import/builtin_modules.ts";
import { importError } from "../vm/runtime/import/import_module.ts";
import { addFunctions, addValues, newModule } from "./module_helpers.ts";

/** Modules that exist from start-up and cannot be created again (is_builtin answers -1). */
const PERMANENT = ["sys", "builtins"];

let lockDepth = 0;

function nameArgument(value: PyValue, what: string): string {
  if (!isStr(value)) {
    throw pyError("TypeError", `${what}() argument must be str, not ${typeOf(value).name}`);
  }
  return toJsString(value as PyStr);
}

function noFrozen(name: PyValue): never {
  throw importError(
    "ImportError",
    `No such frozen object named '${toJsString(name as PyStr)}'`,
    name,
  );
}

export function createImpModule(): PyModule {
  const module = newModule(
    "_imp",
    "(Extremely) low-level import machinery bits as used by importlib.",
  );
  addFunctions(module, {
    lock_held: ["", () => lockDepth > 0],
    acquire_lock: ["", () => {
      lockDepth++;
      return null;
    }],
    release_lock: ["", () => {
      if (lockDepth === 0) throw pyError("RuntimeError", "not holding the import lock");
      lockDepth--;
      return null;
    }],
    is_builtin: ["name, /", (name: PyValue) => {
      const text = nameArgument(name, "is_builtin");
      if (PERMANENT.includes(text)) return -1;
      return hasBuiltinModule(text) ? 1 : 0;
    }],
    create_builtin: ["spec, /", (spec: PyValue) => {
      const name = getAttribute(spec, "name");
      if (!isStr(name)) {
        throw pyError("TypeError", `name must be string, not ${typeOf(name).name}`);
      }
      const text = toJsString(name as PyStr);
      if (PERMANENT.includes(text)) return interpreter().modules.get(text) ?? null;
      return loadBuiltinModule(text) ?? null;
    }],
    exec_builtin: ["mod, /", () => 0],
    is_frozen: ["name, /", (name: PyValue) => {
      nameArgument(name, "is_frozen");
      return false;
    }],
    is_frozen_package: ["name, /", (name: PyValue) => noFrozen(name)],
    get_frozen_object: ["name, data=None, /", (name: PyValue) => noFrozen(name)],
    init_frozen: ["name, /", () => null],
    find_frozen: ["name, /, *, withdata=False", () => null],
    _frozen_module_names: ["", () => newTuple([])],
    extension_suffixes: ["", () => new PyList([])],
    create_dynamic: ["spec, file=None, /", (spec: PyValue) => {
      const name = getAttribute(spec, "name");
      throw importError(
        "ImportError",
        `Taipan cannot load extension modules (${toJsString(name as PyStr)})`,
        name,
      );
    }],
    exec_dynamic: ["mod, /", () => 0],
  });
  addValues(module, { check_hash_based_pycs: "default" });
  return module;
}
