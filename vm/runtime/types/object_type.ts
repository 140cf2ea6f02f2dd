/**
 * `object`'s methods: the defaults every class inherits — repr, str, ==, !=,
 * hash, attribute access, `__class__`, `__init_subclass__`, `__format__`.
 * (`object.__new__`/`__init__` come from call_type.ts's native registries.)
 */
import type { PyValue } from "../../objects/object.ts";
import { objectType } from "../../objects/core_types.ts";
import { defineNativeMethods, nativeFunction } from "../../objects/native_function.ts";
import { defineGetSets, PyGetSetDescriptor } from "../../objects/getset.ts";
import { classmethodType, PyClassMethod, staticmethodType } from "../../objects/descriptors.ts";
import { functionType } from "../../objects/function.ts";
import { NotImplemented } from "../../objects/singletons.ts";
import { ExceptionType, pyError } from "../../objects/exceptions.ts";
import { typeOf } from "../../objects/typeof.ts";
import { strLength } from "../../objects/str_wide.ts";
import { formatSpecArgument } from "../../objects/str_args.ts";
import { addressOf, pointerHash } from "../identity.ts";
import { getAttributeIfPresent, registerObjectGetAttribute } from "../attributes.ts";
import {
  attributeName,
  attributeStorage,
  genericGetAttribute,
  genericStoreAttribute,
  noAttribute,
} from "../attributes.ts";
import { instanceDict, replaceInstanceDict } from "../../objects/instance_dict.ts";
import { PyDict } from "../../objects/dict.ts";
import { PyList } from "../../objects/list.ts";
import { PyType } from "../../objects/type.ts";
import { PyModule } from "../module.ts";
import { callSpecialMethod, slotOf } from "../slots.ts";
import { isTrue } from "../operators.ts";
import { assignClass } from "../class_assignment.ts";

/** `<module.Qualname object at 0x...>` */
export function defaultRepr(self: PyValue): string {
  const type = typeOf(self);
  const module = type.dict.get("__module__");
  const prefix = typeof module === "string" && module !== "builtins" ? `${module}.` : "";
  return `<${prefix}${type.qualname} object at ${addressOf(self)}>`;
}

/** CPython's hackcheck: object's setattr applied to a class, which type's own must handle. */
function misappliedHook(self: PyValue, name: string) {
  return pyError("TypeError", `can't apply this ${name} to ${typeOf(self).tpName} object`);
}

defineNativeMethods(objectType, {
  __repr__: ["", defaultRepr],
  __str__: ["", (self: PyValue) => {
    const repr = typeOf(self).lookup("__repr__");
    return repr === undefined ? defaultRepr(self) : callSpecialMethod(repr, self, []);
  }],
  __eq__: ["value, /", (self: PyValue, other: PyValue) => self === other ? true : NotImplemented],
  __ne__: ["value, /", (self: PyValue, other: PyValue) => {
    // object_richcompare: through the __eq__ slot (slot_tp_richcompare's rules).
    const eq = slotOf(typeOf(self), "__eq__");
    if (eq === undefined) return NotImplemented;
    const result = eq(self, other);
    return result === NotImplemented ? NotImplemented : !isTrue(result);
  }],
  // object's ordering comparisons decline, so the reflected operand (or the TypeError) decides.
  __lt__: ["value, /", () => NotImplemented],
  __le__: ["value, /", () => NotImplemented],
  __gt__: ["value, /", () => NotImplemented],
  __ge__: ["value, /", () => NotImplemented],
  __hash__: ["", (self: PyValue) => pointerHash(self)],
  // A plain object's header (reference count and type); types with items override it.
  __sizeof__: ["", () => 16],
  __getattribute__: ["name, /", (self: PyValue, name: PyValue) => {
    const key = attributeName(name);
    const value = genericGetAttribute(self, typeOf(self), key);
    if (value === undefined) throw noAttribute(self, key);
    return value;
  }],
  // The hack check comes before the name's type is checked, as in CPython.
  __setattr__: ["name, value, /", (self: PyValue, name: PyValue, value: PyValue) => {
    if (self instanceof PyType) throw misappliedHook(self, "__setattr__");
    genericStoreAttribute(self, typeOf(self), attributeName(name), value);
    return null;
  }],
  __delattr__: ["name, /", (self: PyValue, name: PyValue) => {
    if (self instanceof PyType) throw misappliedHook(self, "__delattr__");
    genericStoreAttribute(self, typeOf(self), attributeName(name), undefined);
    return null;
  }],
  __format__: ["format_spec, /", (self: PyValue, spec: PyValue) => {
    if (strLength(formatSpecArgument(spec)) > 0) {
      throw pyError(
        "TypeError",
        `unsupported format string passed to ${typeOf(self).tpName}.__format__`,
      );
    }
    return callSpecialMethod(typeOf(self).lookup("__str__")!, self, []);
  }],
});
registerObjectGetAttribute(objectType.dict.get("__getattribute__")!);

/**
 * object.__dir__: the instance's attributes and everything its class MRO
 * defines; for a class, what it and its bases define (type.__dir__: never its
 * metaclass's attributes).
 */
function attributeNames(self: PyValue): PyList {
  const names = new Set<PyValue>();
  const storage = attributeStorage(self);
  if (storage !== null) {
    if (storage.map.isDictionary) {
      for (const key of (storage.slots[0] as PyDict).keys) if (key !== undefined) names.add(key);
    } else for (const name of storage.map.attributes()) names.add(name);
  }
  // An instance's `__class__` as getattr finds it: none (a `__slots__` entry never set) adds nothing.
  const itsClass = self instanceof PyType ? self : getAttributeIfPresent(self, "__class__");
  const classes = itsClass instanceof PyType ? itsClass.mro : [];
  for (const klass of classes) {
    for (const name of klass.dict.keys()) {
      // object's own `__dict__` getset serves every builtin kind with attributes; CPython's
      // object has none, so dir() never lists it from there.
      if (klass !== objectType || name !== "__dict__") names.add(name);
    }
  }
  if (self instanceof PyModule) {
    for (const key of self.dict.keys) if (key !== undefined) names.add(key);
  }
  return new PyList([...names]);
}
defineNativeMethods(objectType, { __dir__: ["", attributeNames] });

objectType.dict.set(
  "__init_subclass__",
  new PyClassMethod(nativeFunction("__init_subclass__", "", () => null)),
);
objectType.dict.set(
  "__subclasshook__",
  new PyClassMethod(nativeFunction("__subclasshook__", "*args", () => NotImplemented)),
);
defineGetSets(objectType, { __class__: [(self: PyValue) => typeOf(self), assignClass] });

/**
 * get_builtin_base_with_dict: for an instance of a builtin type with its own
 * `__dict__` descriptor (a class, whose type is `type`; a module; an
 * exception), that descriptor, which one from a Python base defers to
 * (`class Meta(type, Base)`: Base's `__dict__` reads a class's mappingproxy
 * and cannot replace it; an exception's cannot be deleted).
 */
function builtinDictDescriptor(self: PyValue): PyGetSetDescriptor | undefined {
  for (const klass of typeOf(self).mro) {
    if (klass.isHeapType) continue;
    const descriptor = klass.dict.get("__dict__");
    if (descriptor instanceof PyGetSetDescriptor && descriptor.get !== readInstanceDict) {
      return descriptor;
    }
  }
  return undefined;
}

function readInstanceDict(self: PyValue): PyValue {
  const builtin = builtinDictDescriptor(self);
  return builtin !== undefined ? builtin.get(self) : readStorageDict(self);
}

function writeInstanceDict(self: PyValue, value: PyValue | undefined): void {
  const builtin = builtinDictDescriptor(self);
  if (builtin === undefined) return writeStorageDict(self, value);
  if (builtin.set === null) {
    throw pyError(
      "AttributeError",
      `attribute '__dict__' of '${builtin.owner.tpName}' objects is not writable`,
    );
  }
  builtin.set(self, value);
}

function readStorageDict(self: PyValue): PyValue {
  const storage = attributeStorage(self);
  if (storage === null) throw noAttribute(self, "__dict__");
  return instanceDict(storage);
}

function writeStorageDict(self: PyValue, value: PyValue | undefined): void {
  const storage = attributeStorage(self);
  if (storage === null) throw noAttribute(self, "__dict__");
  if (value === undefined) value = new PyDict(); // `del obj.__dict__`: a fresh one appears
  if (!(value instanceof PyDict)) {
    throw pyError(
      "TypeError",
      `__dict__ must be set to a dictionary, not a '${typeOf(value ?? null).name}'`,
    );
  }
  replaceInstanceDict(storage, value);
}

/**
 * The `__dict__` getset of a type whose instances have attribute storage.
 * As in CPython, `object` has none: each type that gives its instances a
 * dict carries its own (Python classes get theirs from class_slots.ts).
 */
export function instanceDictDescriptor(owner: PyType): PyGetSetDescriptor {
  return new PyGetSetDescriptor(owner, "__dict__", readInstanceDict, writeInstanceDict);
}

/**
 * A builtin type whose instances have a `__dict__` (CPython's
 * PyObject_GenericGetDict/SetDict): it can be replaced, not deleted.
 */
export function defineInstanceDict(type: PyType): void {
  const write = (self: PyValue, value: PyValue | undefined) => {
    if (value === undefined) throw pyError("TypeError", "cannot delete __dict__");
    writeStorageDict(self, value);
  };
  type.dict.set("__dict__", new PyGetSetDescriptor(type, "__dict__", readStorageDict, write));
  type.invalidate();
}

for (const type of [functionType, ExceptionType.BaseException, classmethodType, staticmethodType]) {
  defineInstanceDict(type);
}
