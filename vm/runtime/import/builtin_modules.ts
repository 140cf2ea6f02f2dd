/**
 * Modules written in TypeScript (stdlib/*.ts), by name: created on first
 * import and then cached in sys.modules, like CPython's builtin modules.
 * `sys` and `builtins` exist from start-up and count as builtin too.
 */
import { interpreter } from "../interpreter_state.ts";
import { PyModule } from "../module.ts";
import { newModuleSpec } from "./module_spec.ts";
import { builtinImporterType } from "./importer_types.ts";
import { PyBuiltinFunction } from "../../objects/native_function.ts";

const builtinModules = new Map<string, () => PyModule>();
const ALWAYS_PRESENT = ["builtins", "sys"];

export function registerBuiltinModule(name: string, create: () => PyModule): void {
  builtinModules.set(name, create);
}

export function hasBuiltinModule(name: string): boolean {
  return builtinModules.has(name) || ALWAYS_PRESENT.includes(name);
}

/** Names for sys.builtin_module_names, sorted as CPython lists them. */
export function builtinModuleNames(): string[] {
  return [...new Set([...ALWAYS_PRESENT, ...builtinModules.keys()])].sort();
}

/** The builtin module `name`, created and put in sys.modules on first use; undefined if none. */
export function loadBuiltinModule(name: string): PyModule | undefined {
  const modules = interpreter().modules;
  const cached = modules.get(name);
  if (cached instanceof PyModule) return cached;
  const create = builtinModules.get(name);
  if (create === undefined) return undefined;
  const module = create();
  markBuiltin(module, name);
  modules.set(name, module);
  return module;
}

/** Give a builtin module the spec CPython's BuiltinImporter would (origin 'built-in'). */
export function markBuiltin(module: PyModule, name: string): void {
  const dict = module.dict;
  if (name !== "builtins") {
    // A function a builtin module defines has that module as its __module__ ("sys"),
    // which CPython's argument errors name: "sys.getrecursionlimit() takes no arguments".
    for (let position = 0; position < dict.keys.length; position++) {
      const value = dict.values[position];
      if (dict.keys[position] === undefined) continue;
      if (value instanceof PyBuiltinFunction && value.self === undefined && value.module === null) {
        value.module = name;
      }
    }
  }
  if (!dict.has("__doc__")) dict.set("__doc__", null);
  if (!dict.has("__package__")) dict.set("__package__", "");
  const loader = dict.get("__loader__");
  if (loader === undefined || loader === null) dict.set("__loader__", builtinImporterType);
  if (dict.get("__spec__") === undefined || dict.get("__spec__") === null) {
    dict.set(
      "__spec__",
      newModuleSpec({
        name,
        loader: builtinImporterType,
        origin: "built-in",
        searchLocations: null,
        hasLocation: false,
      }),
    );
  }
}
