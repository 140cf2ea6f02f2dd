/**
 * `typeOf`: the Python class of any value. Hot: kept small so V8 inlines it.
 * Primitive cases follow docs/ARCHITECTURE.md's value table.
 */
import type { PyValue } from "./object.ts";
import type { PyType } from "./type.ts";
import { boolType, intType, noneType, strType } from "./core_types.ts";

export function typeOf(value: PyValue): PyType {
  switch (typeof value) {
    case "number":
    case "bigint":
      return intType;
    case "string":
      return strType;
    case "boolean":
      return boolType;
    default:
      return value === null ? noneType : value.cls;
  }
}

/** isinstance(value, type) without __instancecheck__ hooks. */
export function isInstance(value: PyValue, type: PyType): boolean {
  return typeOf(value).isSubtypeOf(type);
}
