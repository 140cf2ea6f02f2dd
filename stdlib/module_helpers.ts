/** Building the namespace of a module written in TypeScript. */
import type { PyValue } from "../vm/objects/object.ts";
import { PyDict } from "../vm/objects/dict.ts";
import {
  type NativeImplementation,
  type NativeOptions,
  PyBuiltinFunction,
} from "../vm/objects/native_function.ts";
import { parseSignature } from "../vm/objects/native_signature.ts";
import { PyModule } from "../vm/runtime/module.ts";
import type { PyType } from "../vm/objects/type.ts";
import { listType } from "../vm/objects/list.ts";

export type FunctionSpec =
  | readonly [string, NativeImplementation]
  | readonly [string, NativeImplementation, NativeOptions];

export function newModule(name: string, doc: string | null = null): PyModule {
  const dict = new PyDict();
  dict.set("__name__", name);
  dict.set("__doc__", doc);
  dict.set("__package__", "");
  return new PyModule(name, dict);
}

/** Module-level functions, each recording its module (for "math.sqrt()" in errors). */
export function addFunctions(module: PyModule, functions: Record<string, FunctionSpec>): void {
  for (const [name, [signature, impl, options]] of Object.entries(functions)) {
    const func = new PyBuiltinFunction(
      name,
      name,
      parseSignature(signature, options?.style),
      impl,
      undefined,
      options?.doc ?? null,
    );
    func.module = module.name;
    func.tupleArguments = options?.tupleArguments ?? false;
    module.dict.set(name, func);
  }
}

export function addValues(module: PyModule, values: Record<string, PyValue>): void {
  for (const [name, value] of Object.entries(values)) module.dict.set(name, value);
}

/** Put builtin types into a module and record it as their `__module__`. */
export function addTypes(module: PyModule, types: readonly PyType[]): void {
  for (const type of types) {
    type.dict.set("__module__", module.name);
    type.invalidate();
    module.dict.set(type.name, type);
  }
}

/**
 * Give `types` the `__class_getitem__` the builtin containers have (so
 * `deque[int]` is a GenericAlias), read from list when the module is created.
 */
export function addClassGetItem(types: readonly PyType[]): void {
  const classGetItem = listType.dict.get("__class_getitem__");
  if (classGetItem === undefined) return;
  for (const type of types) {
    type.dict.set("__class_getitem__", classGetItem);
    type.invalidate();
  }
}
