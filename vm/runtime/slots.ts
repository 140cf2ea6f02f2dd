/**
 * Slots: how an operation finds its implementation on a type.
 *
 * Builtin types register native implementations of dunder methods
 * (`registerNativeSlots(intType, { __add__: intAdd, ... })`). `slotOf(type,
 * name)` walks the MRO; at the first class that has a native slot or a
 * namespace entry for `name`, a native slot is used directly (no argument
 * binding, no method object), otherwise the attribute is called as CPython's
 * slot functions call it (lookup_maybe_method): a function or method
 * descriptor with the receiver first, any other descriptor through its
 * `__get__`, and a callable that is no descriptor without the receiver. So a
 * Python subclass that overrides `__add__` is honoured, and `int + int` never
 * goes through `int.__add__`'s method descriptor. A dunder set to None means
 * "not supported" (e.g. `__hash__ = None`).
 */
import type { PyValue } from "../objects/object.ts";
import type { PyType } from "../objects/type.ts";
import { typeOf } from "../objects/typeof.ts";
import { PyFunction } from "../objects/function.ts";
import { PyMethodDescriptor } from "../objects/native_function.ts";
import { PyBaseException } from "../objects/exceptions.ts";
import { NotImplemented } from "../objects/singletons.ts";
import { callObject } from "./call.ts";
import { bindDescriptor } from "./attributes.ts";

export type BinarySlot = (a: PyValue, b: PyValue) => PyValue;
export type UnarySlot = (a: PyValue) => PyValue;
export type AnySlot = (...args: PyValue[]) => PyValue;

const nativeSlots = new Map<PyType, Map<string, AnySlot>>();

/** A builtin type's native implementations of dunder slots, by dunder name. */
export function registerNativeSlots(type: PyType, slots: Record<string, AnySlot>): void {
  let table = nativeSlots.get(type);
  if (table === undefined) nativeSlots.set(type, table = new Map());
  for (const [name, slot] of Object.entries(slots)) table.set(name, slot);
  type.invalidate(); // answers cached before these slots existed are stale
}

/** What the slot cache holds for a type without an implementation of the name. */
const NO_SLOT = Symbol("no slot");

/**
 * The implementation of dunder `name` for `type`: along the MRO, the first
 * class with a native slot or a namespace entry for it decides. Answers are
 * cached on the type until its version changes (type.ts).
 */
export function slotOf(type: PyType, name: string): AnySlot | undefined {
  const cache = type.slotCache;
  const known = cache.get(name);
  if (known !== undefined) return known === NO_SLOT ? undefined : known as AnySlot;
  const slot = findSlot(type, name);
  cache.set(name, slot ?? NO_SLOT);
  return slot;
}

function findSlot(type: PyType, name: string): AnySlot | undefined {
  for (const klass of type.mro) {
    const native = nativeSlots.get(klass)?.get(name);
    if (native !== undefined) return native;
    const method = klass.dict.get(name);
    if (method === undefined) continue;
    if (method === null) return undefined; // `__hash__ = None` style: not supported
    if (method instanceof PyMethodDescriptor) return descriptorSlot(method);
    if (method instanceof PyFunction) {
      return (...args: PyValue[]) => callObject(method, args, null);
    }
    if (RICH_COMPARISONS.has(name)) {
      return (self: PyValue, other: PyValue) => richCompareThrough(method, self, other);
    }
    return (self: PyValue, ...rest: PyValue[]) => callSpecialMethod(method, self, rest);
  }
  return undefined;
}

const RICH_COMPARISONS = new Set(["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"]);

/**
 * slot_tp_richcompare: a comparison method that is a descriptor whose
 * `__get__` fails counts as missing (NotImplemented), the error dropped.
 */
function richCompareThrough(method: PyValue, self: PyValue, other: PyValue): PyValue {
  let bound: PyValue;
  try {
    bound = bindDescriptor(method, self, typeOf(self));
  } catch (error) {
    if (error instanceof PyBaseException) return NotImplemented;
    throw error;
  }
  return callObject(bound, [other], null);
}

/**
 * A slot for a builtin type's method descriptor: a call with the arity of a
 * plain signature (`directArity`) and a receiver of the owner's type goes
 * straight to the implementation, skipping argument binding; anything else
 * goes through the descriptor's call, with its checks and messages.
 */
function descriptorSlot(method: PyMethodDescriptor): AnySlot {
  const general = (...args: PyValue[]) => callObject(method, args, null);
  const impl = method.impl;
  if (method.directArity === 0) {
    return function (self: PyValue) {
      return arguments.length === 1 && method.receives(self) ? impl(self) : general(...arguments);
    };
  }
  if (method.directArity === 1) {
    return function (self: PyValue, a: PyValue) {
      return arguments.length === 2 && method.receives(self)
        ? impl(self, a)
        : general(...arguments);
    };
  }
  return general;
}

/** Call `method`, a special method found on the type of `self`, as slotOf's entries do. */
export function callSpecialMethod(method: PyValue, self: PyValue, args: PyValue[]): PyValue {
  if (method instanceof PyFunction || method instanceof PyMethodDescriptor) {
    return callObject(method, [self, ...args], null);
  }
  return callObject(bindDescriptor(method, self, typeOf(self)), args, null);
}
