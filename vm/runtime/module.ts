/**
 * Module objects (`module` type): a namespace dict. The name is the dict's
 * `__name__`, as in CPython, so renaming a module renames it everywhere.
 */
import { PyObject } from "../objects/object.ts";
import { makeBuiltinType } from "../objects/core_types.ts";
import type { PyDict } from "../objects/dict.ts";
import { isStr, type PyStr, toJsString } from "../objects/str_wide.ts";

export const moduleType = makeBuiltinType("module");

export class PyModule extends PyObject {
  constructor(name: string, readonly dict: PyDict) {
    super(moduleType);
    if (!dict.has("__name__")) dict.set("__name__", name);
  }

  /** `__name__`, or "?" when it is missing or not a str. */
  get name(): string {
    const name = this.dict.get("__name__");
    return name !== undefined && isStr(name) ? toJsString(name as PyStr) : "?";
  }
}
