/**
 * Finding a module's spec (CPython's `_find_spec`): ask each finder on
 * sys.meta_path in turn. Taipan's own finders there (importer_types.ts:
 * BuiltinImporter, FrozenImporter, PathFinder) are recognised and run
 * natively; any other finder's `find_spec(name, path, target)` is called.
 * The path search (path_entries.ts) walks sys.path for a top-level module,
 * the parent package's `__path__` for a submodule.
 */
import type { PyValue } from "../../objects/object.ts";
import { PyList } from "../../objects/list.ts";
import { typeOf } from "../../objects/typeof.ts";
import { interpreter } from "../interpreter_state.ts";
import { iterateToArray } from "../iteration.ts";
import { callObject } from "../call.ts";
import { getAttribute } from "../attributes.ts";
import { newModuleSpec } from "./module_spec.ts";
import { portionStrings, searchEntries, searchPath } from "./path_entries.ts";
import { newNamespacePath } from "./namespace_path.ts";
import { legacyFindSpec } from "./legacy_loaders.ts";
import { hasBuiltinModule } from "./builtin_modules.ts";
import { builtinImporterType, frozenImporterType, pathFinderType } from "./importer_types.ts";
import { ExceptionType, PyBaseException, pyError } from "../../objects/exceptions.ts";

/** BuiltinImporter.find_spec: the spec of a builtin (TypeScript) module, or null. */
export function builtinSpec(name: string): PyValue | null {
  if (!hasBuiltinModule(name)) return null;
  return newModuleSpec({
    name,
    loader: builtinImporterType,
    origin: "built-in",
    searchLocations: null,
    hasLocation: false,
  });
}

/** PathFinder.find_spec: the spec for `name` along `path` (null: sys.path), or null. */
export function pathFinderSpec(name: string, path: PyValue | null): PyValue | null {
  const entries = searchEntries(path ?? interpreter().sys.dict.get("path") ?? null);
  const found = searchPath(name, entries);
  if (found === null) return null;
  if ("spec" in found) return found.spec;
  return newModuleSpec({
    name,
    loader: null,
    origin: null,
    searchLocations: newNamespacePath(name, portionStrings(found.portions)),
    hasLocation: false,
  });
}

/** The spec for `name` along `path` (null: sys.path), or null when no finder finds it. */
export function findSpec(name: string, path: PyValue | null): PyValue | null {
  const meta = interpreter().sys.dict.get("meta_path");
  if (meta === undefined || meta === null) {
    throw pyError("ImportError", "sys.meta_path is None, Python is likely shutting down");
  }
  const finders = meta instanceof PyList ? [...meta.items] : iterateToArray(meta);
  for (const finder of finders) {
    let spec: PyValue | null;
    if (finder === builtinImporterType) spec = builtinSpec(name);
    else if (finder === pathFinderType) spec = pathFinderSpec(name, path);
    else if (finder === frozenImporterType) continue;
    else if (typeOf(finder).lookup("find_spec") === undefined && !hasFindSpec(finder)) {
      spec = legacyFindSpec(finder, name, path);
    } else spec = callObject(getAttribute(finder, "find_spec"), [name, path, null], null);
    if (spec !== null) return spec;
  }
  return null;
}

/** A finder that is a class (or module) with find_spec as an attribute of its own. */
function hasFindSpec(finder: PyValue): boolean {
  try {
    getAttribute(finder, "find_spec");
    return true;
  } catch (error) {
    if (error instanceof PyBaseException && error.cls.isSubtypeOf(ExceptionType.AttributeError)) {
      return false;
    }
    throw error;
  }
}
