/**
 * The loader protocol of Taipan's native source loader (module_spec.ts's
 * SourceFileLoader), for importlib and code that drives loaders itself:
 * create_module/exec_module (what importlib.reload and
 * importlib.util.module_from_spec use), get_code, get_data and
 * get_resource_reader (importlib.resources). Files inside a zip archive work
 * as zipimporter's would: get_data reads from the archive, and a package's
 * resource reader is importlib.readers.ZipReader. The namespace packages'
 * loader gets NamespaceLoader's methods here too.
 */
import type { PyValue } from "../../objects/object.ts";
import type { PyInstance } from "../../objects/instance.ts";
import { getMappedAttribute } from "../../objects/instance_map.ts";
import { defineNativeMethods, nativeFunction } from "../../objects/native_function.ts";
import { PyStaticMethod } from "../../objects/descriptors.ts";
import { reprOf } from "../../objects/str_convert.ts";
import { compileSource } from "../compile_source.ts";
import { warnFromNative } from "../../../stdlib/_warnings.ts";
import { isStr, type PyStr, toJsString } from "../../objects/str_wide.ts";
import { PyBytes } from "../../objects/bytes.ts";
import { ExceptionType, pyError } from "../../objects/exceptions.ts";
import { typeOf } from "../../objects/typeof.ts";
import { getAttribute } from "../attributes.ts";
import { callObject } from "../call.ts";
import { PyCode } from "../code_object.ts";
import { namespaceLoaderType, sourceLoaderType } from "./module_spec.ts";
import { compileModuleFile, moduleDict, runSourceFile } from "./load_module.ts";
import { readModuleFile, splitArchivePath } from "./file_source.ts";
import { importAbsolute, importError } from "./import_module.ts";
import { nativeEntryFinder, ZipFinder } from "./path_finder.ts";
import { wrapEntryFinder } from "./path_entries.ts";

function text(value: PyValue): string {
  return isStr(value) ? toJsString(value as PyStr) : "";
}

function loaderPath(self: PyInstance): string {
  return text(getMappedAttribute(self, "path") ?? null);
}

function loaderName(self: PyInstance, name: PyValue): string {
  const own = text(getMappedAttribute(self, "name") ?? null);
  if (name !== null && isStr(name) && toJsString(name as PyStr) !== own) {
    throw importError(
      "ImportError",
      `loader for ${own} cannot handle ${toJsString(name as PyStr)}`,
      name,
    );
  }
  return own;
}

function isPackagePath(path: string): boolean {
  return path.slice(path.lastIndexOf("/") + 1) === "__init__.py";
}

/** The archive holding `path`, when the path is inside a zip rather than a plain file. */
function zipLocation(path: string) {
  try {
    Deno.statSync(path);
    return null;
  } catch {
    return splitArchivePath(path);
  }
}

defineNativeMethods(sourceLoaderType, {
  create_module: ["spec", () => null],
  exec_module: ["module", (self: PyInstance, module: PyValue) => {
    const name = loaderName(self, getAttribute(module, "__name__"));
    runSourceFile(moduleDict(module), loaderPath(self), name);
    return null;
  }],
  get_code: ["fullname", (self: PyInstance, name: PyValue) => {
    return PyCode.wrap(compileModuleFile(loaderPath(self), loaderName(self, name)));
  }],
  get_data: ["path", (_self: PyInstance, path: PyValue) => {
    if (!isStr(path)) {
      throw pyError(
        "TypeError",
        `expected str, bytes or os.PathLike object, not ${typeOf(path).tpName}`,
      );
    }
    const bytes = readModuleFile(toJsString(path as PyStr));
    if (bytes === undefined) {
      throw callObject(
        ExceptionType.FileNotFoundError,
        [2, "No such file or directory", path],
        null,
      );
    }
    return new PyBytes(bytes);
  }],
  get_resource_reader: ["fullname", (self: PyInstance, name: PyValue) => {
    const fullname = loaderName(self, name);
    const path = loaderPath(self);
    const readers = importAbsolute("importlib.readers");
    const located = zipLocation(path);
    if (located === null) return callObject(getAttribute(readers, "FileReader"), [self], null);
    if (!isPackagePath(path)) return null;
    // ZipReader wants the zipimporter of the package's parent directory (archive, prefix).
    const packageDir = located.inner.slice(0, located.inner.lastIndexOf("/"));
    const parentDir = packageDir.slice(0, Math.max(0, packageDir.lastIndexOf("/")));
    const where = parentDir === "" ? located.archive.path : `${located.archive.path}/${parentDir}`;
    const finder = nativeEntryFinder(where);
    if (!(finder instanceof ZipFinder)) return null;
    return callObject(
      getAttribute(readers, "ZipReader"),
      [wrapEntryFinder(finder), fullname],
      null,
    );
  }],
});

// ---- the namespace packages' loader (importlib's NamespaceLoader) -------------

namespaceLoaderType.dict.set(
  "module_repr",
  new PyStaticMethod(nativeFunction("module_repr", "module", (module: PyValue) => {
    warnFromNative(
      ExceptionType.DeprecationWarning,
      "NamespaceLoader.module_repr() is deprecated and slated for removal in Python 3.12",
    );
    return `<module ${toJsString(reprOf(getAttribute(module, "__name__")))} (namespace)>`;
  })),
);

defineNativeMethods(namespaceLoaderType, {
  is_package: ["fullname", () => true],
  get_source: ["fullname", () => ""],
  get_code: [
    "fullname",
    () => PyCode.wrap(compileSource(new Uint8Array(0), "<string>", "exec", 0)),
  ],
  create_module: ["spec", () => null],
  exec_module: ["module", () => null],
  get_resource_reader: ["module", (self: PyInstance) => {
    const readers = importAbsolute("importlib.readers");
    const path = getMappedAttribute(self, "_path") ?? null;
    return callObject(getAttribute(readers, "NamespaceReader"), [path], null);
  }],
});
