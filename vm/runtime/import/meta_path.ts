/**
 * The methods of Taipan's meta-path finders (importer_types.ts), shaped like
 * importlib's classes so importlib's Python code can use them: their
 * find_spec methods are classmethods, BuiltinImporter is the loader of every
 * builtin module (create_module/exec_module), PathFinder.invalidate_caches
 * clears sys.path_importer_cache as CPython's does. find_spec.ts runs the
 * same searches without going through these methods.
 *
 * `initImportSystem` gives sys its import state at start-up: meta_path
 * [BuiltinImporter, FrozenImporter, PathFinder], path_hooks [zipimporter,
 * the FileFinder hook] and an empty path_importer_cache.
 */
import type { PyValue } from "../../objects/object.ts";
import type { PyDict } from "../../objects/dict.ts";
import { PyDict as Dict } from "../../objects/dict.ts";
import { PyList } from "../../objects/list.ts";
import { PyClassMethod, PyStaticMethod } from "../../objects/descriptors.ts";
import { nativeFunction } from "../../objects/native_function.ts";
import type { NativeImplementation } from "../../objects/native_function.ts";
import { isStr, type PyStr, toJsString } from "../../objects/str_wide.ts";
import { reprOf } from "../../objects/str_convert.ts";
import type { PyType } from "../../objects/type.ts";
import { pyError } from "../../objects/exceptions.ts";
import { typeOf } from "../../objects/typeof.ts";
import { getAttribute } from "../attributes.ts";
import { callObject } from "../call.ts";
import { interpreter } from "../interpreter_state.ts";
import { builtinImporterType, frozenImporterType, pathFinderType } from "./importer_types.ts";
import { builtinSpec, pathFinderSpec } from "./find_spec.ts";
import { hasBuiltinModule, loadBuiltinModule } from "./builtin_modules.ts";
import { importAbsolute, importError } from "./import_module.ts";
import { forgetMissingEntries } from "./path_finder.ts";
import { invalidateNamespacePaths } from "./namespace_path.ts";
import { initialPathHooks } from "./path_entries.ts";
import "./source_loader.ts"; // the native loader's methods

function nameText(value: PyValue): string {
  if (!isStr(value)) throw pyError("TypeError", `expected str, not ${typeOf(value).tpName}`);
  return toJsString(value as PyStr);
}

function classMethods(
  type: PyType,
  methods: Record<string, readonly [string, NativeImplementation]>,
): void {
  for (const [name, [signature, impl]] of Object.entries(methods)) {
    type.dict.set(name, new PyClassMethod(nativeFunction(name, signature, impl)));
  }
  type.invalidate();
}

function staticMethods(
  type: PyType,
  methods: Record<string, readonly [string, NativeImplementation]>,
): void {
  for (const [name, [signature, impl]] of Object.entries(methods)) {
    type.dict.set(name, new PyStaticMethod(nativeFunction(name, signature, impl)));
  }
  type.invalidate();
}

// ---- BuiltinImporter --------------------------------------------------------

builtinImporterType.dict.set("_ORIGIN", "built-in");
classMethods(builtinImporterType, {
  find_spec: [
    "fullname, path=None, target=None",
    (_cls: PyValue, name: PyValue) => isStr(name) ? builtinSpec(toJsString(name as PyStr)) : null,
  ],
  get_code: ["fullname", () => null],
  get_source: ["fullname", () => null],
  is_package: ["fullname", () => false],
});
staticMethods(builtinImporterType, {
  create_module: ["spec", (spec: PyValue) => {
    const name = getAttribute(spec, "name");
    const text = nameText(name);
    const module = hasBuiltinModule(text)
      ? loadBuiltinModule(text) ?? interpreter().modules.get(text)
      : undefined;
    if (module === undefined || module === null) {
      throw importError(
        "ImportError",
        `${toJsString(reprOf(name))} is not a built-in module`,
        name,
      );
    }
    return module;
  }],
  exec_module: ["module", () => null],
});

// ---- FrozenImporter: Taipan has no frozen modules -----------------------------

frozenImporterType.dict.set("_ORIGIN", "frozen");
classMethods(frozenImporterType, {
  find_spec: ["fullname, path=None, target=None", () => null],
  get_code: ["fullname", (_cls: PyValue, name: PyValue) => {
    throw importError(
      "ImportError",
      `No such frozen object named ${toJsString(reprOf(name))}`,
      name,
    );
  }],
  get_source: ["fullname", () => null],
  is_package: ["fullname", () => false],
});

// ---- PathFinder ---------------------------------------------------------------

classMethods(pathFinderType, {
  find_spec: [
    "fullname, path=None, target=None",
    (_cls: PyValue, name: PyValue, path: PyValue) => pathFinderSpec(nameText(name), path),
  ],
  find_distributions: [
    "*args, **kwargs",
    (_cls: PyValue, args: PyValue[], kwargs: Map<string, PyValue>) => {
      const metadata = importAbsolute("importlib.metadata");
      const finder = getAttribute(metadata, "MetadataPathFinder");
      const names = [...kwargs.keys()];
      return callObject(
        getAttribute(finder, "find_distributions"),
        [...args, ...kwargs.values()],
        names.length > 0 ? names : null,
      );
    },
  ],
});
staticMethods(pathFinderType, {
  invalidate_caches: ["", () => {
    const cache = interpreter().sys.dict.get("path_importer_cache");
    if (cache instanceof Dict) {
      for (const key of [...cache.keys]) {
        if (key === undefined) continue;
        const finder = cache.get(key);
        if (
          finder === null || finder === undefined || !isStr(key) ||
          !toJsString(key as PyStr).startsWith("/")
        ) {
          cache.delete(key);
        } else if (typeOf(finder).lookup("invalidate_caches") !== undefined) {
          callObject(getAttribute(finder, "invalidate_caches"), [], null);
        }
      }
    }
    forgetMissingEntries();
    invalidateNamespacePaths();
    return null;
  }],
});

/**
 * The installation prefix CPython's getpath would report for a standard
 * library at `stdlib`: `/usr` for `/usr/lib/python3.11`, else the directory
 * holding the library (a zip, or a Lib directory).
 */
function prefixFor(stdlib: string): string {
  const match = /^(.*)\/lib\/python3\.11$/.exec(stdlib);
  if (match !== null) return match[1] === "" ? "/" : match[1];
  const slash = stdlib.lastIndexOf("/");
  return slash <= 0 ? "/" : stdlib.slice(0, slash);
}

/**
 * sys's import state at start-up; `stdlib` is the standard library's path
 * entry, from which the prefixes (sys.prefix and friends) are derived unless
 * sys already has them.
 */
export function initImportSystem(sys: PyDict, stdlib: string | null): void {
  sys.set("meta_path", new PyList([builtinImporterType, frozenImporterType, pathFinderType]));
  sys.set("path_hooks", initialPathHooks());
  sys.set("path_importer_cache", new Dict());
  const prefix = stdlib === null ? "/" : prefixFor(stdlib);
  const defaults: [string, PyValue][] = [
    ["pycache_prefix", null],
    ["prefix", prefix],
    ["base_prefix", prefix],
    ["exec_prefix", prefix],
    ["base_exec_prefix", prefix],
    ["platlibdir", "lib"],
  ];
  for (const [name, value] of defaults) if (!sys.has(name)) sys.set(name, value);
}
