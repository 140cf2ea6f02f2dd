/**
 * `type * n`: array types made on demand and cached per (item type, length),
 * as PyCArrayType_from_ctype does, so `c_int * 3 is c_int * 3`.
 */
import type { PyValue } from "../vm/objects/object.ts";
import type { PyType } from "../vm/objects/type.ts";
import { PyDict } from "../vm/objects/dict.ts";
import { newTuple } from "../vm/objects/tuple.ts";
import { callObject } from "../vm/runtime/call.ts";
import { arrayMeta, arrayType } from "./_ctypes_types.ts";

const cache = new WeakMap<PyType, Map<number, PyType>>();

export function arrayTypeOf(itemType: PyType, length: number): PyValue {
  let byLength = cache.get(itemType);
  if (byLength === undefined) cache.set(itemType, byLength = new Map());
  const cached = byLength.get(length);
  if (cached !== undefined) return cached;
  const namespace = new PyDict();
  namespace.set("_length_", length);
  namespace.set("_type_", itemType);
  const made = callObject(
    arrayMeta,
    [`${itemType.name}_Array_${length}`, newTuple([arrayType]), namespace],
    null,
  ) as PyType;
  byLength.set(length, made);
  return made;
}
