/**
 * Attribute access: `getAttribute`, `setAttribute`, `deleteAttribute` and the
 * method-call shortcut `loadMethod`, with the descriptor protocol.
 *
 * Reading `obj.name` (object.__getattribute__, CPython's
 * PyObject_GenericGetAttr): look the name up on the type (a cached MRO walk,
 * see type.ts); a data descriptor found there wins; otherwise the instance's
 * own attribute (its map and slots; none when `__slots__` took away the
 * `__dict__`); otherwise the type attribute, bound
 * through its `__get__` if it has one; otherwise `__getattr__` if the class
 * defines it; otherwise AttributeError. Types themselves use type's rule: the
 * metatype's data descriptors, then the class's MRO (descriptors bound with
 * instance None), then the metatype's other attributes.
 *
 * Builtin descriptor kinds (functions, method descriptors, getset
 * descriptors, classmethod, staticmethod, property) are recognised by their JS
 * class; anything else defines `__get__`/`__set__`/`__delete__` in Python.
 */
import type { PyValue } from "../objects/object.ts";
import { PyType } from "../objects/type.ts";
import { typeOf } from "../objects/typeof.ts";
import {
  exceptionField,
  ExceptionType,
  PyBaseException,
  pyError,
  setExceptionField,
} from "../objects/exceptions.ts";
import { PyFunction } from "../objects/function.ts";
import { PyBuiltinFunction, PyMethodDescriptor } from "../objects/native_function.ts";
import { PyGetSetDescriptor } from "../objects/getset.ts";
import { PyClassMethod, PyProperty, PyStaticMethod } from "../objects/descriptors.ts";
import {
  deleteMappedAttribute,
  getMappedAttribute,
  type MappedStorage,
  setMappedAttribute,
} from "../objects/instance_map.ts";
import { objectType, typeType } from "../objects/core_types.ts";
import { type HasBoxedStorage, PyInstance } from "../objects/instance.ts";
import { PyBoundMethod } from "./bound_method.ts";
import { callObject } from "./call.ts";
import { PyModule } from "./module.ts";
import { toJsString } from "../objects/str_wide.ts";
import { strOperand } from "../objects/str_boxed.ts";
import { reprOf } from "../objects/str_convert.ts";
import {
  missingModuleAttribute,
  missingModuleAttributeIfPresent,
} from "./import/module_attributes.ts";

/**
 * The instance attribute storage of `obj`, if it may have attributes of its
 * own: instances of Python classes, functions, exceptions, modules' objects —
 * but not a bare `object()`, which CPython gives no `__dict__`.
 */
export function attributeStorage(obj: PyValue): MappedStorage | null {
  if (obj === null || typeof obj !== "object") return null;
  const cls = obj.cls;
  const boxed = (obj as HasBoxedStorage).instanceStorage;
  if (boxed !== undefined) return cls.instancesHaveDict ? boxed : null;
  if ((obj as Partial<MappedStorage>).map === undefined) return null;
  if (cls.isHeapType ? !cls.instancesHaveDict : obj instanceof PyInstance) return null;
  return obj as unknown as MappedStorage;
}

export function isDataDescriptor(descriptor: PyValue): boolean {
  if (descriptor instanceof PyGetSetDescriptor || descriptor instanceof PyProperty) return true;
  if (descriptor instanceof PyFunction || typeof descriptor !== "object" || descriptor === null) {
    return false;
  }
  const type = typeOf(descriptor);
  return type.lookup("__set__") !== undefined || type.lookup("__delete__") !== undefined;
}

/** A data descriptor with only `__set__`/`__delete__` lets the instance's own value show through. */
function hasGet(descriptor: PyValue): boolean {
  if (descriptor instanceof PyGetSetDescriptor || descriptor instanceof PyProperty) return true;
  return typeOf(descriptor).lookup("__get__") !== undefined;
}

/** `descriptor.__get__(instance, owner)`; `instance` undefined means access through the class. */
export function bindDescriptor(
  descriptor: PyValue,
  instance: PyValue | undefined,
  owner: PyType,
): PyValue {
  if (descriptor instanceof PyFunction) {
    return instance === undefined ? descriptor : new PyBoundMethod(descriptor, instance);
  }
  if (typeof descriptor !== "object" || descriptor === null) return descriptor;
  if (descriptor instanceof PyMethodDescriptor) {
    return instance === undefined ? descriptor : descriptor.bind(instance);
  }
  if (descriptor instanceof PyGetSetDescriptor) {
    return instance === undefined ? descriptor : descriptor.get(instance);
  }
  if (descriptor instanceof PyClassMethod) {
    const func = descriptor.func;
    if (func instanceof PyFunction) return new PyBoundMethod(func, owner);
    if (func instanceof PyBuiltinFunction && func.self === undefined) return func.bindTo(owner);
    // 3.9-3.12 chain descriptors: classmethod(property(f)) reads the property on the class.
    const get = typeOf(func).lookup("__get__");
    if (get !== undefined && !(func instanceof PyBuiltinFunction)) {
      return callObject(get, [func, owner, owner], null);
    }
    return new PyBoundMethod(func, owner);
  }
  if (descriptor instanceof PyStaticMethod) return descriptor.func;
  if (descriptor instanceof PyProperty) {
    if (instance === undefined) return descriptor;
    if (descriptor.fget === null) throw propertyError(descriptor, instance, "getter");
    return callObject(descriptor.fget, [instance], null);
  }
  const get = typeOf(descriptor).lookup("__get__");
  if (get === undefined) return descriptor;
  return callObject(get, [descriptor, instance === undefined ? null : instance, owner], null);
}

/**
 * `getattr(obj, name)` (PyObject_GetAttr). An AttributeError that leaves it
 * without `name` and `obj` (one a `__getattr__` or a property raised) gets
 * them here, as CPython's set_attribute_error_context does, so that the
 * error report can suggest a similar name.
 */
export function getAttribute(obj: PyValue, name: string): PyValue {
  const found = attributeOrMissing(obj, name);
  if (found !== undefined) return found;
  throw noAttribute(obj, name);
}

/**
 * getAttribute, but undefined where it would raise its own AttributeError for
 * a plain miss: that error is made only when wanted, and never thrown and
 * caught inside (JS throws are slow; see eval.ts).
 */
export function attributeOrMissing(obj: PyValue, name: string): PyValue | undefined {
  try {
    return lookupAttribute(obj, name);
  } catch (error) {
    if (error instanceof PyBaseException) addAttributeErrorContext(error, obj, name);
    throw error;
  }
}

export function addAttributeErrorContext(
  error: PyBaseException,
  obj: PyValue,
  name: string,
): void {
  if (!error.cls.isSubtypeOf(ExceptionType.AttributeError)) return;
  const nameSet = exceptionField(error, "name");
  const objSet = exceptionField(error, "obj");
  if ((nameSet !== undefined && nameSet !== null) || (objSet !== undefined && objSet !== null)) {
    return;
  }
  withNameAndObject(error, name, obj);
}

/**
 * The attribute; undefined for a plain miss (no `__getattr__`, not a module).
 * `quiet`: undefined too where a class or a module would raise its own
 * AttributeError for a miss (for callers that want no error).
 */
function lookupAttribute(obj: PyValue, name: string, quiet = false): PyValue | undefined {
  const type = typeOf(obj);
  const custom = type.lookup("__getattribute__");
  if (
    custom !== undefined && custom !== objectGetAttribute &&
    (!(obj instanceof PyType) || custom !== typeGetAttributeSlot)
  ) {
    // (A metaclass's own __getattribute__ too: its classes' attributes go through it.)
    return withGetattrFallback(type, obj, name, () => callHook(custom, obj, name));
  }
  if (obj instanceof PyType) {
    const found = typeAttributeOrHook(obj, name);
    if (found !== undefined || quiet) return found;
    throw typeAttributeMissing(obj, name);
  }
  const getattr = type.lookup("__getattr__");
  if (getattr !== undefined) {
    // A miss, or any AttributeError of the normal lookup (a property's), falls back to __getattr__.
    return withGetattrFallback(type, obj, name, () => genericGetAttribute(obj, type, name));
  }
  const found = genericGetAttribute(obj, type, name);
  if (found !== undefined || !(obj instanceof PyModule)) return found;
  return quiet ? missingModuleAttributeIfPresent(obj, name) : missingModuleAttribute(obj, name);
}

/**
 * `getattr(obj, name, <missing>)`: undefined when the lookup raises AttributeError.
 * A plain miss on a class or a module makes no AttributeError at all (CPython's
 * _PyObject_LookupAttr raises and clears one there; here that is a JS throw).
 */
export function getAttributeIfPresent(obj: PyValue, name: string): PyValue | undefined {
  // type's `__annotations__` getter raises for every builtin type (classmethod(GenericAlias)
  // copies the attribute, several times per `import collections`): no error made for nothing.
  if (name === "__annotations__" && obj instanceof PyType && !obj.isHeapType) {
    if (typeOf(obj) === typeType) return undefined;
  }
  try {
    return lookupAttribute(obj, name, true);
  } catch (error) {
    if (error instanceof PyBaseException && error.cls.isSubtypeOf(ExceptionType.AttributeError)) {
      return undefined;
    }
    throw error;
  }
}

/** object.__getattribute__ without the AttributeError: undefined when missing. */
export function genericGetAttribute(obj: PyValue, type: PyType, name: string): PyValue | undefined {
  const descriptor = type.lookup(name);
  if (descriptor !== undefined && isDataDescriptor(descriptor) && hasGet(descriptor)) {
    return bindDescriptor(descriptor, obj, type);
  }
  if (obj instanceof PyModule) {
    const value = obj.dict.get(name);
    if (value !== undefined) return value;
  } else {
    const storage = attributeStorage(obj);
    if (storage !== null) {
      const value = getMappedAttribute(storage, name);
      if (value !== undefined) return value;
    }
  }
  if (descriptor !== undefined) return bindDescriptor(descriptor, obj, type);
  return undefined;
}

/** `read()`, falling back to `__getattr__` when it misses (undefined) or raises AttributeError. */
function withGetattrFallback(
  type: PyType,
  obj: PyValue,
  name: string,
  read: () => PyValue | undefined,
): PyValue | undefined {
  const getattr = type.lookup("__getattr__");
  if (getattr === undefined) return read();
  let found: PyValue | undefined;
  try {
    found = read();
  } catch (error) {
    if (error instanceof PyBaseException && error.cls.isSubtypeOf(ExceptionType.AttributeError)) {
      return callHook(getattr, obj, name);
    }
    throw error;
  }
  return found !== undefined ? found : callHook(getattr, obj, name);
}

/**
 * Calls a `__getattribute__`/`__getattr__` found on the type: functions get `obj`
 * as their first argument; any other descriptor is bound through its `__get__` first
 * (slot_tp_getattr_hook), and a plain callable is called with the name alone.
 */
function callHook(hook: PyValue, obj: PyValue, name: string): PyValue {
  if (hook instanceof PyFunction || hook instanceof PyMethodDescriptor) {
    return callObject(hook, [obj, name], null);
  }
  return callObject(bindDescriptor(hook, obj, typeOf(obj)), [name], null);
}

/**
 * A class's attribute through its metaclass's `__getattr__` too
 * (slot_tp_getattr_hook); undefined for a plain miss.
 */
function typeAttributeOrHook(cls: PyType, name: string): PyValue | undefined {
  const meta = typeOf(cls);
  const found = typeAttribute(cls, meta, name);
  if (found !== undefined) return found;
  const getattr = meta.lookup("__getattr__");
  return getattr !== undefined ? callHook(getattr, cls, name) : undefined;
}

/** type.__getattribute__ itself (type_getattro): no `__getattr__`. */
export function typeGetAttributeOnly(cls: PyType, name: string): PyValue {
  const found = typeAttribute(cls, typeOf(cls), name);
  if (found === undefined) throw typeAttributeMissing(cls, name);
  return found;
}

/** A class's attribute: the metaclass's data descriptor, the class's MRO, the metaclass's. */
function typeAttribute(cls: PyType, meta: PyType, name: string): PyValue | undefined {
  const metaAttribute = meta.lookup(name);
  if (metaAttribute !== undefined && isDataDescriptor(metaAttribute) && hasGet(metaAttribute)) {
    return bindDescriptor(metaAttribute, cls, meta);
  }
  const attribute = cls.lookup(name);
  if (attribute !== undefined) return bindDescriptor(attribute, undefined, cls);
  if (metaAttribute !== undefined) return bindDescriptor(metaAttribute, cls, meta);
  return undefined;
}

function typeAttributeMissing(cls: PyType, name: string): PyBaseException {
  return withNameAndObject(
    pyError("AttributeError", `type object '${cls.tpName}' has no attribute '${name}'`),
    name,
    cls,
  );
}

export function noAttribute(obj: PyValue, name: string) {
  const error = obj instanceof PyModule
    ? pyError("AttributeError", `module '${obj.name}' has no attribute '${name}'`)
    : pyError("AttributeError", `'${typeOf(obj).tpName}' object has no attribute '${name}'`);
  return withNameAndObject(error, name, obj);
}

/**
 * An attribute name passed as a Python value (getattr, object.__setattr__,
 * type.__delattr__, ...): a str or str-subclass instance, else CPython's TypeError.
 */
export function attributeName(name: PyValue): string {
  const text = strOperand(name);
  if (text === undefined) {
    throw pyError("TypeError", `attribute name must be string, not '${typeOf(name).tpName}'`);
  }
  return toJsString(text);
}

/** AttributeError's `name` and `obj`, as CPython's attribute lookup fills them in. */
function withNameAndObject(error: PyBaseException, name: string, obj: PyValue): PyBaseException {
  setExceptionField(error, "name", name);
  setExceptionField(error, "obj", obj);
  return error;
}

/** Whether the last loadMethod returned an unbound method (an out-parameter, to allocate nothing). */
export const methodFound = { unbound: false };

/**
 * LOAD_METHOD: when `obj.name` would be a plain function or method descriptor
 * found on the type (and not shadowed), return it unbound (setting
 * `methodFound.unbound`) so the call can pass `obj` as its first argument
 * without allocating a bound method.
 */
export function loadMethod(obj: PyValue, name: string): PyValue {
  const type = typeOf(obj);
  const descriptor = type.lookup(name);
  if (
    (descriptor instanceof PyFunction || descriptor instanceof PyMethodDescriptor) &&
    !(obj instanceof PyType) && !(obj instanceof PyModule) && // their own dicts come first
    type.lookup("__getattribute__") === objectGetAttribute
  ) {
    const storage = attributeStorage(obj);
    const shadow = storage === null ? undefined : getMappedAttribute(storage, name);
    methodFound.unbound = shadow === undefined;
    return shadow === undefined ? descriptor : shadow;
  }
  const value = getAttribute(obj, name);
  methodFound.unbound = false;
  return value;
}

export function setAttribute(obj: PyValue, name: string, value: PyValue): void {
  storeAttribute(obj, name, value);
}

export function deleteAttribute(obj: PyValue, name: string): void {
  storeAttribute(obj, name, undefined);
}

/** Assignment (`value`) or deletion (`undefined`) of an attribute. */
function storeAttribute(obj: PyValue, name: string, value: PyValue | undefined): void {
  const type = typeOf(obj);
  const hook = type.lookup(value === undefined ? "__delattr__" : "__setattr__");
  if (
    hook !== undefined &&
    !(hook instanceof PyMethodDescriptor && (hook.owner === objectType || hook.owner === typeType))
  ) {
    callObject(hook, value === undefined ? [obj, name] : [obj, name, value], null);
    return;
  }
  genericStoreAttribute(obj, type, name, value);
}

export function genericStoreAttribute(
  obj: PyValue,
  type: PyType,
  name: string,
  value: PyValue | undefined,
): void {
  const descriptor = type.lookup(name);
  if (descriptor !== undefined && isDataDescriptor(descriptor)) {
    storeThroughDescriptor(descriptor, obj, name, value);
    return;
  }
  if (obj instanceof PyType) {
    storeTypeAttribute(obj, name, value);
    return;
  }
  if (obj instanceof PyModule) {
    if (value !== undefined) obj.dict.set(name, value);
    else if (!obj.dict.delete(name)) throw noAttribute(obj, name);
    return;
  }
  const storage = attributeStorage(obj);
  if (storage === null) {
    if (descriptor !== undefined) {
      throw pyError("AttributeError", `'${type.tpName}' object attribute '${name}' is read-only`);
    }
    throw noAttribute(obj, name);
  }
  if (value !== undefined) setMappedAttribute(storage, name, value);
  else if (!deleteMappedAttribute(storage, name)) throw noAttribute(obj, name);
}

function storeThroughDescriptor(
  descriptor: PyValue,
  obj: PyValue,
  name: string,
  value: PyValue | undefined,
): void {
  if (descriptor instanceof PyGetSetDescriptor) {
    if (descriptor.set === null) {
      throw pyError(
        "AttributeError",
        `attribute '${name}' of '${descriptor.owner.tpName}' objects is not writable`,
      );
    }
    descriptor.set(obj, value);
    return;
  }
  if (descriptor instanceof PyProperty) {
    propertyStore(descriptor, obj, value);
    return;
  }
  const hook = typeOf(descriptor).lookup(value === undefined ? "__delete__" : "__set__");
  if (hook === undefined) {
    throw pyError("AttributeError", value === undefined ? "__delete__" : "__set__");
  }
  callObject(hook, value === undefined ? [descriptor, obj] : [descriptor, obj, value], null);
}

/** property.__set__ (a value) and property.__delete__ (`undefined`). */
export function propertyStore(
  property: PyProperty,
  obj: PyValue,
  value: PyValue | undefined,
): void {
  const accessor = value === undefined ? property.fdel : property.fset;
  if (accessor === null) {
    throw propertyError(property, obj, value === undefined ? "deleter" : "setter");
  }
  callObject(accessor, value === undefined ? [obj] : [obj, value], null);
}

/**
 * CPython 3.11: "property 'x' of 'C' object has no setter", named only when
 * `__set_name__` gave the property its name.
 */
function propertyError(property: PyProperty, obj: PyValue, missing: string) {
  const subject = property.name === undefined
    ? "property"
    : `property ${toJsString(reprOf(property.name))}`;
  return pyError(
    "AttributeError",
    `${subject} of '${typeOf(obj).qualname}' object has no ${missing}`,
  );
}

function storeTypeAttribute(cls: PyType, name: string, value: PyValue | undefined): void {
  if (!cls.isHeapType) {
    throw pyError(
      "TypeError",
      `cannot set '${name}' attribute of immutable type '${cls.name}'`,
    );
  }
  if (value === undefined && !cls.dict.has(name)) {
    throw pyError("AttributeError", `type object '${cls.tpName}' has no attribute '${name}'`);
  }
  cls.setOwnAttribute(name, value);
}

/** object.__getattribute__ itself, installed by builtins_object.ts; compared by identity. */
export let objectGetAttribute: PyValue | undefined = undefined;
export function registerObjectGetAttribute(native: PyValue): void {
  objectGetAttribute = native;
}

/** type.__getattribute__ itself, installed by type_type.ts; compared by identity. */
export let typeGetAttributeSlot: PyValue | undefined = undefined;
export function registerTypeGetAttribute(native: PyValue): void {
  typeGetAttributeSlot = native;
}

/**
 * A special method looked up on the type only, bound to `obj` (CPython's
 * _PyObject_LookupSpecial), as `with` does for `__enter__`/`__exit__`.
 */
export function lookupSpecial(obj: PyValue, name: string): PyValue {
  const type = typeOf(obj);
  const descriptor = type.lookup(name);
  if (descriptor === undefined) {
    throw pyError(
      "TypeError",
      `'${type.tpName}' object does not support the context manager protocol${
        name === "__exit__" ? " (missed __exit__ method)" : ""
      }`,
    );
  }
  return bindDescriptor(descriptor, obj, type);
}
