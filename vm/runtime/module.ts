/** Module objects: a name and a namespace dict (`module` type). */
import { PyObject } from "../objects/object.ts";
import { makeBuiltinType } from "../objects/core_types.ts";
import type { PyDict } from "../objects/dict.ts";

export const moduleType = makeBuiltinType("module");

export class PyModule extends PyObject {
  constructor(readonly name: string, readonly dict: PyDict) {
    super(moduleType);
  }
}
