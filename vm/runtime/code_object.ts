/** The Python-visible `code` object wrapping a compiled CodeObject (one wrapper each). */
import { PyObject } from "../objects/object.ts";
import { makeBuiltinType } from "../objects/core_types.ts";
import type { CodeObject } from "../compiler/code.ts";

export const codeType = makeBuiltinType("code", undefined, { subclassable: false });

const wrappers = new WeakMap<CodeObject, PyCode>();

export class PyCode extends PyObject {
  private constructor(readonly code: CodeObject) {
    super(codeType);
  }

  static wrap(code: CodeObject): PyCode {
    let wrapper = wrappers.get(code);
    if (wrapper === undefined) {
      wrapper = new PyCode(code);
      wrappers.set(code, wrapper);
    }
    return wrapper;
  }
}
