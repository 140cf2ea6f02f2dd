/** `type`'s methods and attributes: repr, names, bases, MRO, subclasses, isinstance hooks. */
import type { PyValue } from "../../objects/object.ts";
import { typeType } from "../../objects/core_types.ts";
import { defineNativeMethods, nativeFunction } from "../../objects/native_function.ts";
import { defineGetSets, PyGetSetDescriptor } from "../../objects/getset.ts";
import { PyClassMethod } from "../../objects/descriptors.ts";
import { PyType, TypeFlag } from "../../objects/type.ts";
import { newTuple } from "../../objects/tuple.ts";
import { PyList } from "../../objects/list.ts";
import { PyDict } from "../../objects/dict.ts";
import { pyError } from "../../objects/exceptions.ts";
import { typeOf } from "../../objects/typeof.ts";
import { strFromJs, toJsString } from "../../objects/str_wide.ts";
import { checkedTypeName } from "./type_names.ts";
import { strOperand } from "../../objects/str_boxed.ts";
import {
  attributeName,
  bindDescriptor,
  genericStoreAttribute,
  registerTypeGetAttribute,
  typeGetAttributeOnly,
} from "../attributes.ts";
import { reprOf } from "../../objects/str_convert.ts";
import { bestBase, typeCall } from "../call_type.ts";
import { typeDictProxy } from "./mappingproxy_type.ts";
import { assignBases } from "../class_assignment.ts";
import { c3Mro } from "../mro.ts";
import { collectionFlag } from "../pattern_match.ts";
import { isTrue } from "../operators.ts";

/** A static type outside builtins (operator.itemgetter) records its module in its dict too. */
function moduleOf(cls: PyType): PyValue {
  return ownEntry(cls, "__module__") ?? "builtins";
}

/** `cls.dict[name]`, unless that is `type`'s own descriptor for the name (type.__module__). */
function ownEntry(cls: PyType, name: string): PyValue | undefined {
  const value = cls.dict.get(name);
  return value instanceof PyGetSetDescriptor && value.owner === typeType ? undefined : value;
}

/** type_get_doc: the class's own `__doc__`, bound through its `__get__` (instance None). */
/** Py_TPFLAGS_IS_ABSTRACT: a non-empty `__abstractmethods__` (inspect.isabstract reads it). */
function abstractFlag(self: PyType): number {
  const abstract = self.dict.get("__abstractmethods__");
  return abstract !== undefined && isTrue(abstract) ? 1 << 20 : 0;
}

/**
 * The signature CPython's builtin types carry at the head of their tp_doc
 * ("list(iterable=(), /)\n--\n\n..."), which their `__doc__` omits; types
 * without one have none (int, dict: inspect.signature() finds none).
 */
const BUILTIN_TYPE_SIGNATURES: Readonly<Record<string, string>> = {
  object: "()",
  complex: "(real=0, imag=0)",
  enumerate: "(iterable, start=0)",
  float: "(x=0, /)",
  list: "(iterable=(), /)",
  tuple: "(iterable=(), /)",
  memoryview: "(object)",
  property: "(fget=None, fset=None, fdel=None, doc=None)",
  reversed: "(sequence, /)",
  cell: "([contents])",
  function: "(code, globals, name=None, argdefs=None, closure=None)",
  method: "(function, instance, /)",
  module: "(name, doc=None)",
  "itertools.accumulate": "(iterable, func=None, *, initial=None)",
  "itertools.combinations": "(iterable, r)",
  "itertools.combinations_with_replacement": "(iterable, r)",
  "itertools.compress": "(data, selectors)",
  "itertools.count": "(start=0, step=1)",
  "itertools.cycle": "(iterable, /)",
  "itertools.dropwhile": "(predicate, iterable, /)",
  "itertools.filterfalse": "(function, iterable, /)",
  "itertools.groupby": "(iterable, key=None)",
  "itertools.pairwise": "(iterable, /)",
  "itertools.permutations": "(iterable, r=None)",
  "itertools.starmap": "(function, iterable, /)",
  "itertools.takewhile": "(predicate, iterable, /)",
};

/**
 * type.__text_signature__: a builtin's from the table above; a class's from
 * a docstring that starts with its name and a signature ending in ")\n--\n\n",
 * the form builtins' docstrings have.
 */
function typeTextSignature(self: PyType): string | undefined {
  if (!self.isHeapType) return BUILTIN_TYPE_SIGNATURES[self.tpName];
  const doc = ownEntry(self, "__doc__");
  const docText = doc === undefined ? undefined : strOperand(doc);
  if (docText === undefined) return undefined;
  const text = toJsString(docText);
  const name = self.name.slice(self.name.lastIndexOf(".") + 1);
  if (!text.startsWith(name + "(")) return undefined;
  const end = text.indexOf(")\n--\n\n");
  return end < 0 ? undefined : text.slice(name.length, end + 1);
}

function typeDoc(self: PyType): PyValue {
  const doc = ownEntry(self, "__doc__");
  if (doc === undefined) return null;
  return bindDescriptor(doc, undefined, self);
}

/**
 * type_get_annotations: a class's own `__annotations__` (bound through its
 * `__get__`), never a base's: a class without any gets an empty dict, stored
 * in its namespace. Builtin types have none.
 */
function typeAnnotations(self: PyType): PyValue {
  if (!self.isHeapType) {
    throw pyError(
      "AttributeError",
      `type object '${self.tpName}' has no attribute '__annotations__'`,
    );
  }
  const own = ownEntry(self, "__annotations__");
  if (own !== undefined) return bindDescriptor(own, undefined, self);
  const fresh = new PyDict();
  self.setOwnAttribute("__annotations__", fresh);
  return fresh;
}

function setTypeAnnotations(self: PyType, value: PyValue | undefined): void {
  if (!self.isHeapType || (self.flags & TypeFlag.IMMUTABLETYPE) !== 0) {
    throw pyError(
      "TypeError",
      `cannot set '__annotations__' attribute of immutable type '${self.name}'`,
    );
  }
  if (value === undefined && ownEntry(self, "__annotations__") === undefined) {
    throw pyError("AttributeError", "__annotations__");
  }
  self.setOwnAttribute("__annotations__", value);
}

export function typeRepr(cls: PyType): string {
  const module = moduleOf(cls);
  const prefix = typeof module === "string" && module !== "builtins" ? `${module}.` : "";
  return `<class '${prefix}${cls.qualname}'>`;
}

/** type_setattro's name: a builtin type refuses any change before the name's type is checked. */
function typeAttributeName(self: PyType, name: PyValue): string {
  if (!self.isHeapType && strOperand(name) === undefined) {
    throw pyError(
      "TypeError",
      `cannot set ${toJsString(reprOf(name))} attribute of immutable type '${self.name}'`,
    );
  }
  return attributeName(name);
}

function requireType(value: PyValue, what: string): PyType {
  if (!(value instanceof PyType)) throw pyError("TypeError", `${what} must be a type`);
  return value;
}

defineNativeMethods(typeType, {
  __repr__: ["", typeRepr],
  __call__: [
    "*args, **kwargs",
    (self: PyType, args: PyValue[], kwargs: Map<string, PyValue>) =>
      typeCall(self, [...args, ...kwargs.values()], kwargs.size ? [...kwargs.keys()] : null),
  ],
  // type's own, so that super().__getattribute__ in a metaclass does not reach object's.
  __getattribute__: [
    "name, /",
    (self: PyType, name: PyValue) => typeGetAttributeOnly(self, attributeName(name)),
  ],
  // type's own, so that super().__setattr__ in a metaclass does not reach object's.
  __setattr__: ["name, value, /", (self: PyType, name: PyValue, value: PyValue) => {
    genericStoreAttribute(self, typeOf(self), typeAttributeName(self, name), value);
    return null;
  }],
  __delattr__: ["name, /", (self: PyType, name: PyValue) => {
    genericStoreAttribute(self, typeOf(self), typeAttributeName(self, name), undefined);
    return null;
  }],
  mro: ["", (self: PyType) => new PyList(c3Mro(self))],
  __subclasses__: ["", (self: PyType) => new PyList(self.subclasses())],
  __instancecheck__: [
    "instance, /",
    (self: PyType, instance: PyValue) => typeOf(instance).isSubtypeOf(self),
  ],
  __subclasscheck__: [
    "subclass, /",
    (self: PyType, subclass: PyValue) =>
      requireType(subclass, "issubclass() arg 1").isSubtypeOf(self),
  ],
});
registerTypeGetAttribute(typeType.dict.get("__getattribute__")!);

typeType.dict.set(
  "__prepare__",
  new PyClassMethod(nativeFunction("__prepare__", "*args, **kwargs", () => new PyDict())),
);

/** check_set_special_type_attr: a builtin type's names are fixed, and no type's may be deleted. */
function checkSpecialAttribute(
  self: PyType,
  value: PyValue | undefined,
  name: string,
): asserts value is PyValue {
  if (!self.isHeapType || (self.flags & TypeFlag.IMMUTABLETYPE) !== 0) {
    throw pyError("TypeError", `cannot set '${name}' attribute of immutable type '${self.name}'`);
  }
  if (value === undefined) {
    throw pyError(
      "TypeError",
      `cannot delete '${name}' attribute of immutable type '${self.name}'`,
    );
  }
}

defineGetSets(typeType, {
  __name__: [(self: PyType) => strFromJs(self.name), (self: PyType, value: PyValue | undefined) => {
    checkSpecialAttribute(self, value, "__name__");
    const text = strOperand(value); // str subclasses too
    if (text === undefined) {
      throw pyError(
        "TypeError",
        `can only assign string to ${self.name}.__name__, not '${typeOf(value).name}'`,
      );
    }
    self.name = checkedTypeName(text);
  }],
  __qualname__: [
    (self: PyType) => strFromJs(self.qualname),
    (self: PyType, value: PyValue | undefined) => {
      checkSpecialAttribute(self, value, "__qualname__");
      const text = strOperand(value);
      if (text === undefined) {
        throw pyError(
          "TypeError",
          `can only assign string to ${self.name}.__qualname__, not '${typeOf(value).name}'`,
        );
      }
      self.qualname = toJsString(text);
    },
  ],
  __module__: [(self: PyType) => moduleOf(self), (self: PyType, value: PyValue | undefined) => {
    self.setOwnAttribute("__module__", value);
  }],
  __bases__: [(self: PyType) => newTuple(self.bases), assignBases],
  __base__: [(self: PyType) => bestBase(self.bases) ?? null],
  // None while a custom mro() computes a new class's first MRO (mro.ts).
  __mro__: [(self: PyType) => self.mro.length === 0 ? null : newTuple(self.mro)],
  __flags__: [(self: PyType) => self.flags | collectionFlag(self) | abstractFlag(self)],
  __text_signature__: [(self: PyType) => {
    const signature = typeTextSignature(self);
    return signature === undefined ? null : strFromJs(signature);
  }],
  __doc__: [typeDoc, (self: PyType, value) => {
    const what = value === undefined ? "delete" : "set";
    if (!self.isHeapType || (self.flags & TypeFlag.IMMUTABLETYPE) !== 0 || value === undefined) {
      throw pyError(
        "TypeError",
        `cannot ${what} '__doc__' attribute of immutable type '${self.name}'`,
      );
    }
    self.setOwnAttribute("__doc__", value);
  }],
  __dict__: [(self: PyType) => typeDictProxy(self)],
  __annotations__: [typeAnnotations, setTypeAnnotations],
});
