/**
 * IMPORT_NAME / IMPORT_FROM / IMPORT_STAR. Until the import system exists
 * (the standard-library issue), `import` finds only modules already in
 * sys.modules — the builtin `sys` and `builtins` — and says clearly that it
 * cannot load anything else, rather than pretending a module is missing.
 */
import type { PyValue } from "../objects/object.ts";
import { pyError } from "../objects/exceptions.ts";
import { typeOf } from "../objects/typeof.ts";
import { isStr, type PyStr, toJsString } from "../objects/str_wide.ts";
import type { Frame } from "./frame.ts";
import { getAttribute } from "./attributes.ts";
import { interpreter } from "./interpreter_state.ts";
import { PyModule } from "./module.ts";
import { iterateToArray } from "./iteration.ts";
import { ExceptionType, PyBaseException } from "../objects/exceptions.ts";

/**
 * Modules written in TypeScript (stdlib/*.ts), by name: created on first
 * import and then cached in sys.modules, like CPython's builtin modules.
 */
const builtinModules = new Map<string, () => PyModule>();

export function registerBuiltinModule(name: string, create: () => PyModule): void {
  builtinModules.set(name, create);
}

/** The builtin module `name`, created and put in sys.modules on first use; undefined if none. */
export function loadBuiltinModule(name: string): PyModule | undefined {
  const modules = interpreter().modules;
  const cached = modules.get(name);
  if (cached instanceof PyModule) return cached;
  const create = builtinModules.get(name);
  if (create === undefined) return undefined;
  const module = create();
  modules.set(name, module);
  return module;
}

export function importName(
  _frame: Frame,
  name: string,
  _fromlist: PyValue,
  level: PyValue,
): PyValue {
  if (level !== 0) {
    throw pyError(
      "ImportError",
      "Taipan: relative imports need the import system, which is not implemented yet",
    );
  }
  const top = name.split(".")[0];
  const module = interpreter().modules.get(name) ?? loadBuiltinModule(name);
  if (module !== undefined && module !== null) return interpreter().modules.get(top) ?? module;
  throw pyError(
    "ImportError",
    `Taipan: the import system is not implemented yet (import of '${name}')`,
  );
}

export function importFrom(module: PyValue, name: string): PyValue {
  try {
    return getAttribute(module, name);
  } catch (error) {
    if (error instanceof PyBaseException && error.cls.isSubtypeOf(ExceptionType.AttributeError)) {
      const moduleName = module instanceof PyModule ? module.name : "<unknown module name>";
      throw pyError(
        "ImportError",
        `cannot import name '${name}' from '${moduleName}' (unknown location)`,
      );
    }
    throw error;
  }
}

/** `from m import *`: `__all__` if defined, else every public name. */
export function importStar(frame: Frame, module: PyValue): void {
  if (frame.locals === null) throw pyError("SystemError", "import * in a function");
  const all = module instanceof PyModule ? module.dict.get("__all__") : undefined;
  const names: PyValue[] = all !== undefined
    ? iterateToArray(all)
    : module instanceof PyModule
    ? module.dict.keys.filter((key): key is PyValue =>
      key !== undefined && isStr(key) && !toJsString(key as PyStr).startsWith("_")
    )
    : [];
  for (const name of names) {
    if (!isStr(name)) {
      throw pyError(
        "TypeError",
        `Item in ${module instanceof PyModule ? module.name : "module"}.__all__ must be str, not ${
          typeOf(name).name
        }`,
      );
    }
    frame.locals.set(name, getAttribute(module, toJsString(name as PyStr)));
  }
}
