/**
 * A namespace package's `__path__` (importlib's `_NamespacePath`): the list
 * of its portions, searched again whenever the path it was found on changes
 * (sys.path for a top-level package, the parent's `__path__` otherwise), so
 * a portion on a directory appended to sys.path later joins the package
 * (PEP 420's dynamic path computation).
 */
import type { PyValue } from "../../objects/object.ts";
import { objectType, typeType } from "../../objects/core_types.ts";
import { PyInstance } from "../../objects/instance.ts";
import { PyList } from "../../objects/list.ts";
import { PyType, TypeFlag } from "../../objects/type.ts";
import { defineNativeMethods } from "../../objects/native_function.ts";
import { reprOf } from "../../objects/str_convert.ts";
import { isStr, type PyStr, toJsString } from "../../objects/str_wide.ts";
import { getAttribute } from "../attributes.ts";
import { interpreter } from "../interpreter_state.ts";
import { getIterator, iterateToArray } from "../iteration.ts";
import { callObject } from "../call.ts";
import { portionStrings, searchPath } from "./path_entries.ts";
import { defineInstanceDict } from "../types/object_type.ts";

export const namespacePathType = new PyType(
  typeType,
  "_NamespacePath",
  [objectType],
  new Map<string, PyValue>([["__module__", "_frozen_importlib_external"]]),
  TypeFlag.HEAPTYPE | TypeFlag.BASETYPE,
);
defineInstanceDict(namespacePathType);

/** Bumped by importlib.invalidate_caches(): every namespace path searches again. */
let epoch = 0;

export function invalidateNamespacePaths(): void {
  epoch++;
}

class NamespacePath extends PyInstance {
  lastParentPath: string[];
  lastEpoch = epoch;
  constructor(readonly name: string, public path: PyList) {
    super(namespacePathType);
    this.lastParentPath = parentPath(name);
  }

  /** The portions, searched again if the parent path changed (or caches were invalidated). */
  recalculate(): PyList {
    const parent = parentPath(this.name);
    const same = parent.length === this.lastParentPath.length &&
      parent.every((entry, i) => entry === this.lastParentPath[i]) && this.lastEpoch === epoch;
    if (!same) {
      this.lastEpoch = epoch;
      const found = searchPath(this.name, parent);
      if (found !== null && "portions" in found) {
        this.path = new PyList(portionStrings(found.portions));
      }
      this.lastParentPath = parent;
    }
    return this.path;
  }
}

function parentPath(name: string): string[] {
  const dot = name.lastIndexOf(".");
  const path = dot < 0
    ? interpreter().sys.dict.get("path")
    : getAttribute(interpreter().modules.get(name.slice(0, dot)) ?? null, "__path__");
  if (path === undefined) return [];
  return iterateToArray(path).filter(isStr).map((entry) => toJsString(entry as PyStr));
}

export function newNamespacePath(name: string, portions: readonly string[]): PyInstance {
  return new NamespacePath(name, new PyList([...portions]));
}

defineNativeMethods(namespacePathType, {
  __iter__: ["", (self: NamespacePath) => getIterator(self.recalculate())],
  __len__: ["", (self: NamespacePath) => self.recalculate().items.length],
  __getitem__: [
    "index, /",
    (self: NamespacePath, index: PyValue) =>
      callObject(getAttribute(self.recalculate(), "__getitem__"), [index], null),
  ],
  __setitem__: [
    "index, path, /",
    (self: NamespacePath, index: PyValue, path: PyValue) =>
      callObject(getAttribute(self.path, "__setitem__"), [index, path], null),
  ],
  __contains__: [
    "item, /",
    (self: NamespacePath, item: PyValue) =>
      callObject(getAttribute(self.recalculate(), "__contains__"), [item], null),
  ],
  __repr__: ["", (self: NamespacePath) => `_NamespacePath(${toJsString(reprOf(self.path))})`],
  append: ["item, /", (self: NamespacePath, item: PyValue) => {
    self.path.items.push(item);
    return null;
  }],
});
