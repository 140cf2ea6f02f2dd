/**
 * The `_weakref` module: `ref` (ReferenceType), `proxy`, `getweakrefcount`,
 * `getweakrefs` and `_remove_dead_weakref`, on which weakref.py and
 * _weakrefset.py build WeakValueDictionary, WeakKeyDictionary and WeakSet.
 *
 * A Python weak reference holds a JS `WeakRef` to its referent, so it never
 * keeps it alive and dereferences to None once the JS garbage collector has
 * reclaimed the object. Callbacks are registered with a
 * `FinalizationRegistry`: they run only when (and if) the JS collector
 * reclaims the referent, at a time of its choosing between two JS tasks —
 * not promptly when the last reference goes away as with CPython's reference
 * counting, and possibly never during a short program. This is the
 * documented difference from CPython (docs/STATUS.md).
 *
 * The weak references to an object are remembered in a `WeakMap` keyed by
 * the referent (for getweakrefcount/getweakrefs and for returning the same
 * callback-less `ref` twice, as CPython does). Which objects may be weakly
 * referenced follows CPython: instances of classes with `__weakref__`
 * (every Python class unless `__slots__` leaves it out, except subclasses
 * of int, tuple and bytes: class_slots.ts), types, functions, sets, modules, generators; not
 * ints, strs, tuples, lists, dicts or `object()`.
 */
import { PyObject, type PyValue } from "../vm/objects/object.ts";
import { makeBuiltinType } from "../vm/objects/core_types.ts";
import { defineNativeMethods } from "../vm/objects/native_function.ts";
import { defineGetSets } from "../vm/objects/getset.ts";
import { pyError } from "../vm/objects/exceptions.ts";
import { typeOf } from "../vm/objects/typeof.ts";
import { PyType } from "../vm/objects/type.ts";
import { PyList } from "../vm/objects/list.ts";
import { PyDict } from "../vm/objects/dict.ts";
import { NotImplemented } from "../vm/objects/singletons.ts";
import { registerConstructor, registerInitializer } from "../vm/runtime/call_type.ts";
import { callObject } from "../vm/runtime/call.ts";
import { hashOf } from "../vm/runtime/hash.ts";
import { equals } from "../vm/runtime/operators.ts";
import { addressOf } from "../vm/runtime/identity.ts";
import { getAttribute } from "../vm/runtime/attributes.ts";
import type { PyModule } from "../vm/runtime/module.ts";
import { isWeakrefableType, registerWeakReferenceLookup } from "../vm/runtime/types/class_slots.ts";
import { addFunctions, addTypes, newModule } from "./module_helpers.ts";
import { strOf } from "../vm/objects/str_convert.ts";
import { callableProxyType, proxyType, PyWeakProxy } from "./weakref_proxy.ts";

export const referenceType = makeBuiltinType("ReferenceType");

function isWeakrefable(value: PyValue): value is PyObject {
  return value instanceof PyObject && (value instanceof PyType || isWeakrefableType(value.cls));
}

/** The weak references (and proxies) to each live object. */
const referencesTo = new WeakMap<object, PyObject[]>();
registerWeakReferenceLookup((value) =>
  value instanceof PyObject ? referencesTo.get(value)?.[0] ?? null : null
);
const finalizer = new FinalizationRegistry<PyWeakReference>((reference) => {
  const callback = reference.callback;
  reference.callback = null;
  if (callback !== null) callObject(callback, [reference], null);
});

export class PyWeakReference extends PyObject {
  private readonly target: WeakRef<PyObject>;
  private hash: PyValue | undefined = undefined;
  constructor(cls: PyType, referent: PyObject, public callback: PyValue) {
    super(cls);
    this.target = new WeakRef(referent);
    if (callback !== null) finalizer.register(referent, this);
  }

  /** The referent, or undefined once it has been collected. */
  deref(): PyObject | undefined {
    return this.target.deref();
  }

  hashValue(): PyValue {
    if (this.hash !== undefined) return this.hash;
    const referent = this.deref();
    if (referent === undefined) throw pyError("TypeError", "weak object has gone away");
    return this.hash = hashOf(referent);
  }
}

function checkReferent(value: PyValue): PyObject {
  if (!isWeakrefable(value)) {
    throw pyError("TypeError", `cannot create weak reference to '${typeOf(value).tpName}' object`);
  }
  return value;
}

function remember(referent: PyObject, reference: PyObject): void {
  const list = referencesTo.get(referent);
  if (list === undefined) referencesTo.set(referent, [reference]);
  else list.push(reference);
}

/** ref(object, callback=None): a plain callback-less ref is shared, as in CPython. */
function newReference(cls: PyType, value: PyValue, callback: PyValue): PyWeakReference {
  const referent = checkReferent(value);
  if (callback === null && cls === referenceType) {
    const existing = referencesTo.get(referent)?.find((reference) =>
      reference.cls === referenceType && (reference as PyWeakReference).callback === null
    );
    if (existing !== undefined) return existing as PyWeakReference;
  }
  const reference = new PyWeakReference(cls, referent, callback);
  remember(referent, reference);
  return reference;
}

registerConstructor(referenceType, (cls, args, kwnames) => {
  if (kwnames !== null && kwnames.length > 0 && cls === referenceType) {
    throw pyError("TypeError", "ref() takes no keyword arguments");
  }
  const positional = args.length - (kwnames?.length ?? 0);
  if (positional < 1 || (cls === referenceType && positional > 2)) {
    throw pyError(
      "TypeError",
      `__new__ expected at most 2 arguments, got ${positional}`,
    );
  }
  return newReference(cls, args[0], positional > 1 ? args[1] : null);
});
registerInitializer(referenceType, () => {});

function referenceRepr(self: PyWeakReference): string {
  const referent = self.deref();
  if (referent === undefined) return `<weakref at ${addressOf(self)}; dead>`;
  let name: PyValue = null;
  try {
    name = getAttribute(referent, "__name__");
  } catch {
    name = null;
  }
  const target = `'${typeOf(referent).tpName}' at ${addressOf(referent)}`;
  return name === null
    ? `<weakref at ${addressOf(self)}; to ${target}>`
    : `<weakref at ${addressOf(self)}; to ${target} (${strOf(name)})>`;
}

defineNativeMethods(referenceType, {
  __call__: ["", (self: PyWeakReference) => self.deref() ?? null],
  __hash__: ["", (self: PyWeakReference) => self.hashValue()],
  __repr__: ["", referenceRepr],
  __eq__: ["other, /", (self: PyWeakReference, other: PyValue) => compare(self, other, true)],
  __ne__: ["other, /", (self: PyWeakReference, other: PyValue) => compare(self, other, false)],
});
defineGetSets(referenceType, {
  __callback__: [(self: PyWeakReference) => self.callback],
});

function compare(self: PyWeakReference, other: PyValue, equal: boolean): PyValue {
  if (!(other instanceof PyWeakReference)) return NotImplemented;
  const a = self.deref();
  const b = other.deref();
  if (a === undefined || b === undefined) return (self === other) === equal;
  return equals(a, b) === equal;
}

function newProxy(value: PyValue, callback: PyValue): PyWeakProxy {
  const referent = checkReferent(value);
  const callable = typeOf(referent).lookup("__call__") !== undefined;
  const reference = new PyWeakReference(referenceType, referent, callback);
  const proxy = new PyWeakProxy(callable ? callableProxyType : proxyType, reference);
  remember(referent, proxy);
  return proxy;
}

export function createWeakrefModule(): PyModule {
  const module = newModule("_weakref", "Weak-reference support module.");
  addTypes(module, [referenceType, proxyType, callableProxyType]);
  for (const type of [referenceType, proxyType, callableProxyType]) {
    type.setOwnAttribute("__module__", "weakref");
  }
  module.dict.set("ref", referenceType);
  addFunctions(module, {
    proxy: ["object, callback=None, /", newProxy],
    getweakrefcount: [
      "object, /",
      (value: PyValue) => value instanceof PyObject ? (referencesTo.get(value)?.length ?? 0) : 0,
    ],
    getweakrefs: [
      "object, /",
      (value: PyValue) =>
        new PyList(value instanceof PyObject ? [...referencesTo.get(value) ?? []] : []),
    ],
    _remove_dead_weakref: ["dict, key, /", (dict: PyValue, key: PyValue) => {
      if (!(dict instanceof PyDict)) {
        throw pyError(
          "TypeError",
          `_remove_dead_weakref() argument 1 must be dict, not ${typeOf(dict).tpName}`,
        );
      }
      const value = dict.get(key);
      if (value instanceof PyWeakReference && value.deref() === undefined) dict.delete(key);
      return null;
    }],
  });
  return module;
}
