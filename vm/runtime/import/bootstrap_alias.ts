/**
 * `_frozen_importlib` and `_frozen_importlib_external`: in CPython these are
 * the bootstrap modules of the running import system, frozen into the
 * interpreter (importlib.abc registers their classes with its ABCs, zipimport
 * borrows their helpers). Taipan's running import system is native, so these
 * modules are made when first imported: they hold Taipan's native importer
 * and loader classes (the ones on sys.meta_path and in module specs), and
 * any other attribute comes from importlib's pure-Python `_bootstrap` /
 * `_bootstrap_external` through a module `__getattr__`. While importlib
 * itself is initialising the names are not found, so that
 * importlib/__init__.py takes its "not frozen" path.
 */
import type { PyValue } from "../../objects/object.ts";
import type { PyType } from "../../objects/type.ts";
import { nativeFunction } from "../../objects/native_function.ts";
import { isStr, type PyStr, toJsString } from "../../objects/str_wide.ts";
import { getAttribute } from "../attributes.ts";
import { interpreter } from "../interpreter_state.ts";
import { PyModule } from "../module.ts";
import { newModule } from "./load_module.ts";
import { builtinImporterType, frozenImporterType, pathFinderType } from "./importer_types.ts";
import { namespaceLoaderType, newModuleSpec, sourceLoaderType } from "./module_spec.ts";
import { ExceptionType, PyBaseException, pyError } from "../../objects/exceptions.ts";
import { fileFinderType } from "./path_entries.ts";

interface Alias {
  /** The importlib submodule the other attributes come from. */
  readonly source: string;
  readonly classes: () => PyType[];
}

const ALIASES = new Map<string, Alias>([
  ["_frozen_importlib", {
    source: "importlib._bootstrap",
    classes: () => [builtinImporterType, frozenImporterType],
  }],
  ["_frozen_importlib_external", {
    source: "importlib._bootstrap_external",
    classes: () => [pathFinderType, fileFinderType, sourceLoaderType, namespaceLoaderType],
  }],
]);

function initialising(module: PyValue): boolean {
  try {
    return getAttribute(getAttribute(module, "__spec__"), "_initializing") === true;
  } catch {
    return false;
  }
}

/**
 * The module `name` stands for, now in sys.modules; undefined if `name` is
 * not one of them or importlib is still initialising.
 */
export function bootstrapAlias(
  name: string,
  importModule: (name: string) => PyValue,
): PyValue | undefined {
  const alias = ALIASES.get(name);
  if (alias === undefined) return undefined;
  const modules = interpreter().modules;
  const existing = modules.get("importlib");
  if (existing !== undefined && existing !== null && initialising(existing)) return undefined;
  const source = importModule(alias.source);
  const module: PyModule = newModule(name);
  const dict = module.dict;
  dict.set("__doc__", getAttribute(source, "__doc__"));
  for (const type of alias.classes()) dict.set(type.name, type);
  dict.set(
    "__getattr__",
    nativeFunction("__getattr__", "name, /", (attribute: PyValue) => {
      const text = isStr(attribute) ? toJsString(attribute as PyStr) : "";
      try {
        return getAttribute(source, text);
      } catch (error) {
        if (error instanceof PyBaseException && error.cls === ExceptionType.AttributeError) {
          throw pyError("AttributeError", `module '${alias.source}' has no attribute '${text}'`);
        }
        throw error;
      }
    }),
  );
  const spec = newModuleSpec({
    name,
    loader: frozenImporterType,
    origin: "frozen",
    searchLocations: null,
    hasLocation: false,
  });
  dict.set("__name__", alias.source); // as CPython's importlib renames its frozen bootstrap
  dict.set("__loader__", frozenImporterType);
  dict.set("__spec__", spec);
  modules.set(name, module);
  return module;
}
