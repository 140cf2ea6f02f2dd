/**
 * `types.GenericAlias` (PEP 585): what `list[int]` evaluates to. It records
 * the origin class and the argument tuple, prints as `list[int]`, calls the
 * origin, and stands in for the origin as a base class (`__mro_entries__`).
 * The builtin containers and `type` get the `__class_getitem__` that makes
 * it.
 */
import { PyObject, type PyValue } from "../../objects/object.ts";
import { makeBuiltinType, typeType } from "../../objects/core_types.ts";
import { PyType } from "../../objects/type.ts";
import { defineNativeMethods, nativeFunction } from "../../objects/native_function.ts";
import { defineGetSets } from "../../objects/getset.ts";
import { PyClassMethod } from "../../objects/descriptors.ts";
import { newTuple, PyTuple, tupleType } from "../../objects/tuple.ts";
import { listType } from "../../objects/list.ts";
import { dictType } from "../../objects/dict.ts";
import { frozensetType, setType } from "../../objects/set.ts";
import { Ellipsis, NotImplemented } from "../../objects/singletons.ts";
import { pyError } from "../../objects/exceptions.ts";
import { reprOf } from "../../objects/str_convert.ts";
import { toJsString } from "../../objects/str_wide.ts";
import { registerConstructor, registerInitializer } from "../call_type.ts";
import { callObject } from "../call.ts";
import { getAttribute, noAttribute } from "../attributes.ts";
import { equals } from "../operators.ts";
import { hashOf } from "../hash.ts";
import { enumerateType } from "./iterator_types.ts";
import { getIterator } from "../iteration.ts";
import { makeParameters, substituteParameters } from "./generic_substitution.ts";

export const genericAliasType = makeBuiltinType("GenericAlias");
genericAliasType.dict.set("__module__", "types");

export class PyGenericAlias extends PyObject {
  readonly args: PyTuple;
  /** `*tuple[int]`: what iterating an alias yields (PEP 646); `__unpacked__`. */
  starred = false;
  constructor(readonly origin: PyValue, args: PyValue, cls: PyType = genericAliasType) {
    super(cls);
    this.args = args instanceof PyTuple ? args : newTuple([args]);
  }
}

function attributeOrUndefined(value: PyValue, name: string): PyValue | undefined {
  try {
    return getAttribute(value, name);
  } catch {
    return undefined;
  }
}

/** How one argument prints inside `origin[...]` (CPython's ga_repr_item). */
function itemRepr(item: PyValue): string {
  if (item === Ellipsis) return "...";
  if (item instanceof PyGenericAlias) return aliasRepr(item);
  if (
    attributeOrUndefined(item, "__origin__") !== undefined &&
    attributeOrUndefined(item, "__args__") !== undefined
  ) {
    return toJsString(reprOf(item));
  }
  const qualname = attributeOrUndefined(item, "__qualname__");
  const module = attributeOrUndefined(item, "__module__");
  if (typeof qualname !== "string" || module === undefined) return toJsString(reprOf(item));
  if (module === "builtins") return qualname;
  return `${typeof module === "string" ? module : toJsString(reprOf(module))}.${qualname}`;
}

function aliasRepr(alias: PyGenericAlias): string {
  const args = alias.args.items;
  const inner = args.length === 0 ? "()" : args.map(itemRepr).join(", ");
  return `${alias.starred ? "*" : ""}${itemRepr(alias.origin)}[${inner}]`;
}

function parameters(alias: PyGenericAlias): PyTuple {
  return makeParameters(alias.args.items);
}

registerConstructor(genericAliasType, (cls, args, kwnames) => {
  if (kwnames !== null && kwnames.length > 0) {
    throw pyError("TypeError", "GenericAlias() takes no keyword arguments");
  }
  if (args.length !== 2) {
    throw pyError("TypeError", `GenericAlias expected 2 arguments, got ${args.length}`);
  }
  return new PyGenericAlias(args[0], args[1], cls);
});
registerInitializer(genericAliasType, () => {});

defineNativeMethods(genericAliasType, {
  __repr__: ["", aliasRepr],
  __call__: [
    "*args, **kwargs",
    (self: PyGenericAlias, args: PyValue[], kwargs: Map<string, PyValue>) => {
      const result = callObject(
        self.origin,
        [...args, ...kwargs.values()],
        kwargs.size ? [...kwargs.keys()] : null,
      );
      try {
        callObject(getAttribute(result, "__setattr__"), ["__orig_class__", self], null);
      } catch {
        // CPython ignores failures to record __orig_class__ too.
      }
      return result;
    },
  ],
  __mro_entries__: ["bases, /", (self: PyGenericAlias) => newTuple([self.origin])],
  // ga_getitem: the arguments with the type variables substituted.
  __getitem__: ["item, /", (self: PyGenericAlias, item: PyValue) => {
    const args = substituteParameters(self, self.args.items, parameters(self).items, item);
    const alias = new PyGenericAlias(self.origin, newTuple(args));
    alias.starred = self.starred;
    return alias;
  }],
  // `*alias` unpacks to one starred copy (a tuple iterator here, not CPython's
  // generic_alias_iterator type).
  __iter__: ["", (self: PyGenericAlias) => {
    const starred = new PyGenericAlias(self.origin, self.args, self.cls);
    starred.starred = true;
    return getIterator(newTuple([starred]));
  }],
  __eq__: ["other, /", (self: PyGenericAlias, other: PyValue) => {
    if (!(other instanceof PyGenericAlias)) return NotImplemented;
    return self.starred === other.starred && equals(self.origin, other.origin) &&
      equals(self.args, other.args);
  }],
  __hash__: ["", (self: PyGenericAlias) => hashOf(newTuple([self.origin, self.args]))],
  __getattr__: ["name, /", (self: PyGenericAlias, name: PyValue) => {
    const text = toJsString(name as string);
    if (text.startsWith("__") && text.endsWith("__")) throw noAttribute(self, text);
    return getAttribute(self.origin, text);
  }],
  __instancecheck__: ["instance, /", () => {
    throw pyError("TypeError", "isinstance() argument 2 cannot be a parameterized generic");
  }],
  __subclasscheck__: ["subclass, /", () => {
    throw pyError("TypeError", "issubclass() argument 2 cannot be a parameterized generic");
  }],
  __reduce__: [
    "",
    (self: PyGenericAlias) => newTuple([genericAliasType, newTuple([self.origin, self.args])]),
  ],
});
defineGetSets(genericAliasType, {
  __origin__: [(self: PyGenericAlias) => self.origin],
  __args__: [(self: PyGenericAlias) => self.args],
  __parameters__: [(self: PyGenericAlias) => parameters(self)],
  __unpacked__: [(self: PyGenericAlias) => self.starred],
});

/** `__class_getitem__` of the builtin generic types (PEP 585): `list[int]`. */
export const classGetItem = new PyClassMethod(
  nativeFunction(
    "__class_getitem__",
    "item, /",
    (cls: PyValue, item: PyValue) => new PyGenericAlias(cls, item),
  ),
);
for (
  const type of [listType, dictType, tupleType, setType, frozensetType, typeType, enumerateType]
) {
  type.dict.set("__class_getitem__", classGetItem);
  type.invalidate();
}
