/**
 * Path entries as importlib's PathFinder sees them: each sys.path (or
 * `__path__`) entry gets a finder from sys.path_importer_cache, or else from
 * the first hook on sys.path_hooks that accepts it (the result, possibly
 * None, is cached there). Taipan's hooks are `zipimporter` (zip archives and
 * directories inside them) and `FileFinder.path_hook`'s function
 * (directories); the finders they make are Python objects wrapping the
 * native finders of path_finder.ts, so the import statement never leaves
 * TypeScript for them, while importlib.machinery.PathFinder, pkgutil and
 * user code can call them (find_spec, invalidate_caches, iter_modules).
 * Hooks and finders a program adds are called like CPython calls them.
 */
import type { PyValue } from "../../objects/object.ts";
import { PyInstance } from "../../objects/instance.ts";
import { PyDict } from "../../objects/dict.ts";
import { PyList } from "../../objects/list.ts";
import { newTuple } from "../../objects/tuple.ts";
import { ExceptionType, PyBaseException, pyError } from "../../objects/exceptions.ts";
import { setMappedAttribute } from "../../objects/instance_map.ts";
import { defineNativeMethods, nativeFunction } from "../../objects/native_function.ts";
import { isStr, type PyStr, strConcat, toJsString } from "../../objects/str_wide.ts";
import { reprOf } from "../../objects/str_convert.ts";
import { typeOf } from "../../objects/typeof.ts";
import { callObject } from "../call.ts";
import { getAttribute } from "../attributes.ts";
import { interpreter } from "../interpreter_state.ts";
import { iterateToArray } from "../iteration.ts";
import { registerConstructor } from "../call_type.ts";
import { heapType, newModuleSpec, newSourceLoader } from "./module_spec.ts";
import {
  DirectoryFinder,
  type EntryFinder,
  type Found,
  nativeEntryFinder,
  ZipFinder,
} from "./path_finder.ts";
import { importError } from "./import_module.ts";

export const fileFinderType = heapType("FileFinder", "_frozen_importlib_external");
export const zipimporterType = heapType("zipimporter", "zipimport");

/** A path-entry finder visible to Python, over a native finder. */
class PyEntryFinder extends PyInstance {
  constructor(readonly finder: EntryFinder, cls = fileFinderType) {
    super(cls);
  }
}

const wrappers = new WeakMap<EntryFinder, PyEntryFinder>();

/** The Python-visible finder (one per native finder). */
export function wrapEntryFinder(finder: EntryFinder): PyEntryFinder {
  let wrapper = wrappers.get(finder);
  if (wrapper === undefined) {
    if (finder instanceof ZipFinder) {
      wrapper = new PyEntryFinder(finder, zipimporterType);
      setMappedAttribute(wrapper, "archive", finder.archive.path);
      setMappedAttribute(wrapper, "prefix", finder.prefix === "" ? "" : `${finder.prefix}/`);
    } else {
      wrapper = new PyEntryFinder(finder, fileFinderType);
      setMappedAttribute(wrapper, "path", (finder as DirectoryFinder).directory);
    }
    wrappers.set(finder, wrapper);
  }
  return wrapper;
}

function pathArgument(path: PyValue): string {
  if (!isStr(path)) {
    throw pyError(
      "TypeError",
      `expected str, bytes or os.PathLike object, not ${typeOf(path).tpName}`,
    );
  }
  return toJsString(path as PyStr);
}

function zipHook(path: PyValue): PyValue {
  const finder = nativeEntryFinder(pathArgument(path));
  if (!(finder instanceof ZipFinder)) {
    throw importError("ImportError", "not a Zip file", null, path);
  }
  return wrapEntryFinder(finder);
}

function fileHook(path: PyValue): PyValue {
  const text = pathArgument(path);
  const finder = nativeEntryFinder(text === "" ? "." : text);
  if (!(finder instanceof DirectoryFinder)) {
    throw importError("ImportError", "only directories are supported", null, path);
  }
  return wrapEntryFinder(finder);
}

registerConstructor(zipimporterType, (_cls, args, kwnames) => {
  if (args.length !== 1 || (kwnames !== null && kwnames.length > 0)) {
    throw pyError("TypeError", "zipimporter() takes exactly one positional argument");
  }
  return zipHook(args[0]);
});

/** The function sys.path_hooks holds for directories (FileFinder.path_hook's closure). */
export const fileFinderHook = nativeFunction("path_hook_for_FileFinder", "path, /", fileHook);

/** The spec of a module a native finder found. */
export function specForModule(name: string, found: Found & { kind: "module" }): PyValue {
  return newModuleSpec({
    name,
    loader: newSourceLoader(name, found.origin),
    origin: found.origin,
    searchLocations: found.searchLocation === null ? null : new PyList([found.searchLocation]),
    hasLocation: true,
  });
}

/** FileFinder.find_spec's answer: a module's spec, a namespace portion's spec, or None. */
function entryFindSpec(self: PyEntryFinder, fullname: PyValue): PyValue {
  const name = pathArgument(fullname);
  const found = self.finder.find(name.slice(name.lastIndexOf(".") + 1));
  if (found === null) return null;
  if (found.kind === "module") return specForModule(name, found);
  return newModuleSpec({
    name,
    loader: null,
    origin: null,
    searchLocations: new PyList([found.portion]),
    hasLocation: false,
  });
}

const entryMethods = {
  find_spec: ["fullname, target=None", entryFindSpec],
  invalidate_caches: ["", (self: PyEntryFinder) => {
    self.finder.invalidate();
    return null;
  }],
  iter_modules: ["prefix=''", (self: PyEntryFinder, prefix: PyValue) => {
    const text = isStr(prefix) ? prefix as PyStr : "";
    return new PyList(
      self.finder.iterModules().map(([name, isPackage]) =>
        newTuple([strConcat(text, name), isPackage])
      ),
    );
  }],
} as const;

defineNativeMethods(fileFinderType, {
  ...entryMethods,
  __repr__: ["", (self: PyEntryFinder) => {
    const path = (self.finder as DirectoryFinder).directory;
    return `FileFinder(${toJsString(reprOf(path))})`;
  }],
});

defineNativeMethods(zipimporterType, {
  ...entryMethods,
  __repr__: ["", (self: PyEntryFinder) => {
    const finder = self.finder as ZipFinder;
    const prefix = finder.prefix === "" ? "" : `${finder.prefix}/`;
    return `<zipimporter object "${finder.archive.path}/${prefix}">`;
  }],
});

function isImportError(error: unknown): boolean {
  return error instanceof PyBaseException && error.cls.isSubtypeOf(ExceptionType.ImportError);
}

/** The first sys.path_hooks hook's finder for `path`, or null. */
function finderFromHooks(path: string): PyValue {
  const hooks = interpreter().sys.dict.get("path_hooks");
  if (hooks === undefined || hooks === null) return null;
  for (const hook of iterateToArray(hooks)) {
    if (hook === zipimporterType) {
      const finder = nativeEntryFinder(path);
      if (finder instanceof ZipFinder) return wrapEntryFinder(finder);
      continue;
    }
    if (hook === fileFinderHook) {
      const finder = nativeEntryFinder(path);
      if (finder instanceof DirectoryFinder) return wrapEntryFinder(finder);
      continue;
    }
    try {
      return callObject(hook, [path], null);
    } catch (error) {
      if (isImportError(error)) continue;
      throw error;
    }
  }
  return null;
}

/** PathFinder._path_importer_cache: the finder for a path entry, through sys.path_importer_cache. */
export function finderForEntry(entry: string): PyValue {
  let key = entry;
  if (entry === "") {
    try {
      key = Deno.cwd();
    } catch {
      return null; // not cached: the directory may come back
    }
  }
  const cache = interpreter().sys.dict.get("path_importer_cache");
  if (cache instanceof PyDict) {
    const cached = cache.get(key);
    if (cached !== undefined) return cached;
  }
  const finder = finderFromHooks(key);
  if (cache instanceof PyDict) cache.set(key, finder);
  return finder;
}

export type SearchResult = { spec: PyValue } | { portions: PyValue[] } | null;

/** PathFinder._get_spec: the spec of `fullName` along `entries`, or its namespace portions. */
export function searchPath(fullName: string, entries: readonly string[]): SearchResult {
  const name = fullName.slice(fullName.lastIndexOf(".") + 1);
  const portions: PyValue[] = [];
  for (const entry of entries) {
    const finder = finderForEntry(entry);
    if (finder === null) continue;
    if (finder instanceof PyEntryFinder) {
      const found = finder.finder.find(name);
      if (found === null) continue;
      if (found.kind === "module") return { spec: specForModule(fullName, found) };
      portions.push(found.portion);
      continue;
    }
    if (typeOf(finder).lookup("find_spec") === undefined) continue; // legacy finders: not supported
    const spec = callObject(getAttribute(finder, "find_spec"), [fullName, null], null);
    if (spec === null) continue;
    if (getAttribute(spec, "loader") !== null) return { spec };
    const locations = getAttribute(spec, "submodule_search_locations");
    if (locations === null) throw importError("ImportError", "spec missing loader", null);
    portions.push(...iterateToArray(locations));
  }
  return portions.length > 0 ? { portions } : null;
}

/** The str entries of a search path (others are skipped, as CPython's PathFinder does). */
export function searchEntries(path: PyValue | null): string[] {
  if (path === null) return [];
  return iterateToArray(path).filter(isStr).map((entry) => toJsString(entry as PyStr));
}

/** Portions as the strs a _NamespacePath holds. */
export function portionStrings(portions: readonly PyValue[]): string[] {
  return portions.filter(isStr).map((portion) => toJsString(portion as PyStr));
}

/** sys.path_hooks as CPython starts with it: zip archives first, then directories. */
export function initialPathHooks(): PyList {
  return new PyList([zipimporterType, fileFinderHook]);
}
