/**
 * The objects a module's `__spec__` and `__loader__` hold, shaped like
 * importlib's: a ModuleSpec (name, loader, origin, submodule_search_locations,
 * loader_state, cached, parent, has_location), a SourceFileLoader (name,
 * path, get_source, get_filename, is_package) and a NamespaceLoader. Both are heap types, so code
 * may set attributes on them as it can on importlib's, and import.ts marks a
 * spec `_initializing` while its module runs.
 *
 * They are not importlib.machinery's classes: importlib is not loaded at
 * start-up, so `isinstance(m.__spec__, importlib.machinery.ModuleSpec)` is
 * False (see docs/STATUS.md).
 */
import type { PyValue } from "../../objects/object.ts";
import { PyInstance } from "../../objects/instance.ts";
import { PyList } from "../../objects/list.ts";
import { objectType, typeType } from "../../objects/core_types.ts";
import { PyType, TypeFlag } from "../../objects/type.ts";
import { getMappedAttribute, setMappedAttribute } from "../../objects/instance_map.ts";
import { defineGetSets } from "../../objects/getset.ts";
import { defineNativeMethods } from "../../objects/native_function.ts";
import { reprOf } from "../../objects/str_convert.ts";
import { isStr, type PyStr, strFromJs, toJsString } from "../../objects/str_wide.ts";
import { pyError } from "../../objects/exceptions.ts";
import { decodeSource } from "../../compiler/source_encoding.ts";
import { readModuleFile } from "./file_source.ts";
import { cachedPathFor } from "./bytecode_paths.ts";
import { defineInstanceDict } from "../types/object_type.ts";

/** A heap type (attributes settable, subclassable) of importlib's module `module`. */
export function heapType(name: string, module: string): PyType {
  const type = new PyType(
    typeType,
    name,
    [objectType],
    new Map<string, PyValue>([["__module__", module]]),
    TypeFlag.HEAPTYPE | TypeFlag.BASETYPE,
  );
  defineInstanceDict(type);
  return type;
}

export const moduleSpecType = heapType("ModuleSpec", "_frozen_importlib");
export const sourceLoaderType = heapType("SourceFileLoader", "_frozen_importlib_external");
export const namespaceLoaderType = heapType("NamespaceLoader", "_frozen_importlib_external");

const attribute = (self: PyInstance, name: string): PyValue =>
  getMappedAttribute(self, name) ?? null;

export interface SpecFields {
  name: string;
  loader: PyValue;
  origin: string | null;
  /** Where submodules are searched (packages only): a list, or a namespace package's path. */
  searchLocations: PyValue;
  hasLocation: boolean;
}

export function newModuleSpec(fields: SpecFields): PyInstance {
  const spec = new PyInstance(moduleSpecType);
  setMappedAttribute(spec, "name", fields.name);
  setMappedAttribute(spec, "loader", fields.loader);
  setMappedAttribute(spec, "origin", fields.origin);
  setMappedAttribute(spec, "loader_state", null);
  setMappedAttribute(spec, "submodule_search_locations", fields.searchLocations);
  setMappedAttribute(spec, "_set_fileattr", fields.hasLocation);
  setMappedAttribute(spec, "_cached", null);
  setMappedAttribute(spec, "_uninitialized_submodules", new PyList([]));
  return spec;
}

export function newSourceLoader(name: string, path: string): PyInstance {
  const loader = new PyInstance(sourceLoaderType);
  setMappedAttribute(loader, "name", name);
  setMappedAttribute(loader, "path", path);
  return loader;
}

/** The loader importlib gives a namespace package; it runs no code. */
export function newNamespaceLoader(path: PyValue): PyInstance {
  const loader = new PyInstance(namespaceLoaderType);
  setMappedAttribute(loader, "_path", path);
  return loader;
}

defineGetSets(moduleSpecType, {
  parent: [(self: PyInstance) => {
    const name = attribute(self, "name");
    const text = isStr(name) ? toJsString(name as PyStr) : "";
    if (attribute(self, "submodule_search_locations") !== null) return text;
    return text.slice(0, Math.max(0, text.lastIndexOf(".")));
  }],
  has_location: [(self: PyInstance) => attribute(self, "_set_fileattr") === true],
  cached: [(self: PyInstance) => {
    const cached = attribute(self, "_cached");
    const origin = attribute(self, "origin");
    if (cached !== null || !isStr(origin) || attribute(self, "_set_fileattr") !== true) {
      return cached;
    }
    const path = cachedPathFor(toJsString(origin as PyStr));
    if (path !== null) setMappedAttribute(self, "_cached", path);
    return path;
  }, (self: PyInstance, value) => {
    setMappedAttribute(self, "_cached", value ?? null);
  }],
});

defineNativeMethods(moduleSpecType, {
  __repr__: ["", (self: PyInstance) => {
    const parts = [
      `name=${toJsString(reprOf(attribute(self, "name")))}`,
      `loader=${toJsString(reprOf(attribute(self, "loader")))}`,
    ];
    const origin = attribute(self, "origin");
    if (origin !== null) parts.push(`origin=${toJsString(reprOf(origin))}`);
    const locations = attribute(self, "submodule_search_locations");
    if (locations !== null) {
      parts.push(`submodule_search_locations=${toJsString(reprOf(locations))}`);
    }
    return strFromJs(`ModuleSpec(${parts.join(", ")})`);
  }],
});

function loaderPath(self: PyInstance): string {
  const path = attribute(self, "path");
  return isStr(path) ? toJsString(path as PyStr) : "";
}

function checkName(self: PyInstance, name: PyValue): void {
  const own = attribute(self, "name");
  if (
    name !== null && isStr(name) && isStr(own) &&
    toJsString(name as PyStr) !== toJsString(own as PyStr)
  ) {
    throw pyError(
      "ImportError",
      `loader for ${toJsString(own as PyStr)} cannot handle ${toJsString(name as PyStr)}`,
    );
  }
}

defineNativeMethods(sourceLoaderType, {
  get_filename: ["fullname=None", (self: PyInstance, name: PyValue) => {
    checkName(self, name);
    return loaderPath(self);
  }],
  get_source: ["fullname", (self: PyInstance, name: PyValue) => {
    checkName(self, name);
    const path = loaderPath(self);
    const bytes = readModuleFile(path);
    if (bytes === undefined) {
      throw pyError("ImportError", "source not available through get_data()");
    }
    return strFromJs(decodeSource(bytes, path, "compile"));
  }],
  is_package: ["fullname", (self: PyInstance, name: PyValue) => {
    checkName(self, name);
    const path = loaderPath(self);
    const file = path.slice(path.lastIndexOf("/") + 1);
    // A module named __init__ (found inside a package's directory) is not the package.
    const tail = isStr(name) ? toJsString(name as PyStr).split(".").at(-1) : undefined;
    return file.slice(0, file.lastIndexOf(".")) === "__init__" && tail !== "__init__";
  }],
});
