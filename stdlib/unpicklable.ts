/**
 * Native types whose state lives outside Python objects (hash engines, zlib
 * streams, the Mersenne Twister) cannot be pickled or copied through the
 * default protocol: CPython's object.__getstate__ refuses them with
 * "cannot pickle 'module.name' object". Python subclasses that define their
 * own __reduce__ (random.Random) are not affected.
 */
import type { PyType } from "../vm/objects/type.ts";
import { pyError } from "../vm/objects/exceptions.ts";
import { defineNativeMethods } from "../vm/objects/native_function.ts";

export function refusePickling(type: PyType, qualifiedName: string): void {
  defineNativeMethods(type, {
    __getstate__: ["", () => {
      throw pyError("TypeError", `cannot pickle '${qualifiedName}' object`);
    }],
  });
}
