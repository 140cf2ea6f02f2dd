/**
 * The first type objects: `object` and `type` (each an instance of `type`,
 * `object` the base of `type`), and the classes of the values that are JS
 * primitives — int, bool, str, NoneType — which `typeOf` needs. Every other
 * builtin type is created in the file of its own object kind with
 * `makeBuiltinType`.
 */
import type { PyValue } from "./object.ts";
import { PyType, TypeFlag } from "./type.ts";

export const typeType = new PyType(null, "type", [], new Map(), TypeFlag.BASETYPE);
export const objectType = new PyType(typeType, "object", [], new Map(), TypeFlag.BASETYPE);
typeType.setBases([objectType]);
objectType.dict.set("__doc__", null);

/** A builtin (static) type: attributes cannot be assigned from Python code. */
export function makeBuiltinType(
  name: string,
  base: PyType = objectType,
  options: { subclassable?: boolean; extraBases?: readonly PyType[] } = {},
): PyType {
  const flags = options.subclassable === false ? 0 : TypeFlag.BASETYPE;
  // Every type has `__doc__` in its namespace (None without a docstring), as in CPython.
  const dict = new Map<string, PyValue>([["__doc__", null]]);
  return new PyType(typeType, name, [base, ...(options.extraBases ?? [])], dict, flags);
}

export const intType = makeBuiltinType("int");
export const boolType = makeBuiltinType("bool", intType, { subclassable: false });
export const strType = makeBuiltinType("str");
export const noneType = makeBuiltinType("NoneType", objectType, { subclassable: false });
