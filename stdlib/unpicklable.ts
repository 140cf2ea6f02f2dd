/**
 * Native types whose state lives outside Python objects (hash engines, zlib
 * streams, the Mersenne Twister, compiled Structs) cannot be pickled or
 * copied through the default protocol: CPython's object reduce refuses them
 * with "cannot pickle 'module.name' object" (a Python subclass's instances
 * by the subclass's name), while `__getstate__()` called directly returns
 * None. Python subclasses that define their own __reduce__ (random.Random)
 * are not affected.
 */
import type { PyType } from "../vm/objects/type.ts";
import { registerOpaqueState } from "../vm/runtime/types/object_reduce.ts";

export function refusePickling(type: PyType, qualifiedName: string): void {
  registerOpaqueState(type, qualifiedName);
}
