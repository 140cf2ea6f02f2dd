/**
 * Slots: how an operation finds its implementation on a type.
 *
 * Builtin types register native implementations of dunder methods
 * (`registerNativeSlots(intType, { __add__: intAdd, ... })`). `slotOf(type,
 * name)` finds the class that defines `name` first in the MRO; if that is a
 * builtin type with a native slot, the native function is used directly (no
 * argument binding, no method object); otherwise the attribute is a Python
 * function (or any callable) and is called with the receiver first. So a
 * Python subclass that overrides `__add__` is honoured, and `int + int` never
 * goes through `int.__add__`'s method descriptor. A dunder set to None means
 * "not supported" (e.g. `__hash__ = None`).
 */
import type { PyValue } from "../objects/object.ts";
import type { PyType } from "../objects/type.ts";
import { callObject } from "./call.ts";

export type BinarySlot = (a: PyValue, b: PyValue) => PyValue;
export type UnarySlot = (a: PyValue) => PyValue;
export type AnySlot = (...args: PyValue[]) => PyValue;

const nativeSlots = new Map<PyType, Map<string, AnySlot>>();

/** A builtin type's native implementations of dunder slots, by dunder name. */
export function registerNativeSlots(type: PyType, slots: Record<string, AnySlot>): void {
  let table = nativeSlots.get(type);
  if (table === undefined) nativeSlots.set(type, table = new Map());
  for (const [name, slot] of Object.entries(slots)) table.set(name, slot);
}

/** The implementation of dunder `name` for `type`: a native slot, a Python attribute, or undefined. */
export function slotOf(type: PyType, name: string): AnySlot | undefined {
  const owner = type.definingClass(name);
  if (owner === undefined) return undefined;
  const native = nativeSlots.get(owner)?.get(name);
  if (native !== undefined) return native as AnySlot;
  const method = owner.dict.get(name)!;
  if (method === null) return undefined; // `__eq__ = None` style: not implemented
  return (...args: PyValue[]) => callObject(method, args, null);
}

