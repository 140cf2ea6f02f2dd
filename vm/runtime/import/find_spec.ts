/**
 * Finding a module's spec (CPython's `_find_spec`): the builtin (TypeScript)
 * modules first, then the finders on sys.meta_path that define `find_spec`,
 * then the path search (path_finder.ts) along sys.path for a top-level
 * module, or along the parent package's `__path__` for a submodule.
 */
import type { PyValue } from "../../objects/object.ts";
import { PyList } from "../../objects/list.ts";
import { isStr, type PyStr, toJsString } from "../../objects/str_wide.ts";
import { typeOf } from "../../objects/typeof.ts";
import { interpreter } from "../interpreter_state.ts";
import { iterateToArray } from "../iteration.ts";
import { callObject } from "../call.ts";
import { getAttribute } from "../attributes.ts";
import { newModuleSpec, newSourceLoader } from "./module_spec.ts";
import { searchPath } from "./path_finder.ts";
import { newNamespacePath } from "./namespace_path.ts";
import { hasBuiltinModule } from "./builtin_modules.ts";

/** The spec for `name` along `path` (null: sys.path), or null when nothing finds it. */
export function findSpec(name: string, path: PyValue | null): PyValue | null {
  if (hasBuiltinModule(name)) {
    return newModuleSpec({
      name,
      loader: null,
      origin: "built-in",
      searchLocations: null,
      hasLocation: false,
    });
  }
  const meta = interpreter().sys.dict.get("meta_path");
  if (meta instanceof PyList) {
    for (const finder of [...meta.items]) {
      const method = typeOf(finder).lookup("find_spec");
      if (method === undefined) continue;
      const spec = callObject(getAttribute(finder, "find_spec"), [name, path, null], null);
      if (spec !== null) return spec;
    }
  }
  const entries = searchEntries(path ?? interpreter().sys.dict.get("path") ?? null);
  const found = searchPath(name.slice(name.lastIndexOf(".") + 1), entries);
  if (found === null) return null;
  if (found.kind === "namespace") {
    return newModuleSpec({
      name,
      loader: null,
      origin: null,
      searchLocations: newNamespacePath(name, found.portions),
      hasLocation: false,
    });
  }
  return newModuleSpec({
    name,
    loader: newSourceLoader(name, found.origin),
    origin: found.origin,
    searchLocations: found.searchLocation === null ? null : new PyList([found.searchLocation]),
    hasLocation: true,
  });
}

/** The str entries of a search path (others are skipped, as CPython's PathFinder does). */
function searchEntries(path: PyValue | null): string[] {
  if (path === null) return [];
  return iterateToArray(path).filter(isStr).map((entry) => toJsString(entry as PyStr));
}
