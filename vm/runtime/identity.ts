/**
 * `id()`: a stable, unique integer per object for its lifetime, shaped like
 * CPython's addresses (16-byte aligned, in a high range) because programs
 * print them in reprs. Primitive values have no identity of their own in JS;
 * equal ints/strs get equal ids, which CPython's small-int and interning
 * caches make true for the common cases anyway.
 */
import type { PyValue } from "../objects/object.ts";

const BASE = 0x7f0000000000;
const ids = new WeakMap<object, number>();
let next = 0;
const primitiveIds = new Map<unknown, number>();

export function objectId(value: PyValue): number {
  if (value !== null && typeof value === "object") {
    let id = ids.get(value);
    if (id === undefined) {
      id = BASE + 16 * ++next;
      ids.set(value, id);
    }
    return id;
  }
  let id = primitiveIds.get(value);
  if (id === undefined) {
    id = BASE + 16 * ++next;
    if (primitiveIds.size < 65536) primitiveIds.set(value, id);
  }
  return id;
}

/** `0x7f...` as CPython prints addresses in default reprs. */
export function addressOf(value: PyValue): string {
  return "0x" + objectId(value).toString(16).padStart(12, "0");
}

/**
 * object.__hash__ (CPython's _Py_HashPointer: the address without its 4
 * always-zero bits); also a NaN's hash, which CPython bases on its identity.
 */
export function pointerHash(value: PyValue): number {
  return Math.floor(objectId(value) / 16);
}
