/**
 * collections.defaultdict: a dict subclass whose `__missing__` calls
 * `default_factory` and stores the result. Subscription of dict subclasses
 * already consults `__missing__` (vm/runtime/subscript.ts).
 */
import type { PyValue } from "../vm/objects/object.ts";
import { makeBuiltinType } from "../vm/objects/core_types.ts";
import { dictType, PyDict } from "../vm/objects/dict.ts";
import type { PyType } from "../vm/objects/type.ts";
import { pyError } from "../vm/objects/exceptions.ts";
import { typeOf } from "../vm/objects/typeof.ts";
import { newTuple } from "../vm/objects/tuple.ts";
import { NotImplemented } from "../vm/objects/singletons.ts";
import { defineNativeMethods } from "../vm/objects/native_function.ts";
import { defineGetSets } from "../vm/objects/getset.ts";
import { dictRepr, dictUpdateFrom } from "../vm/objects/dict_methods.ts";
import { guardedRepr, reprValue } from "../vm/objects/dict_repr.ts";
import { registerConstructor, registerInitializer } from "../vm/runtime/call_type.ts";
import { callObject } from "../vm/runtime/call.ts";
import { getIterator } from "../vm/runtime/iteration.ts";
import { getAttribute } from "../vm/runtime/attributes.ts";

export const defaultdictType = makeBuiltinType("defaultdict", dictType);
defaultdictType.dict.set("__module__", "collections");

export class PyDefaultDict extends PyDict {
  factory: PyValue = null;
  constructor(cls: PyType = defaultdictType) {
    super(cls);
  }
}

function checkFactory(value: PyValue): PyValue {
  if (value !== null && typeOf(value).lookup("__call__") === undefined) {
    throw pyError("TypeError", "first argument must be callable or None");
  }
  return value;
}

registerConstructor(defaultdictType, (cls) => new PyDefaultDict(cls));
registerInitializer(defaultdictType, (self, args, kwnames) => {
  const dict = self as PyDefaultDict;
  const positional = args.length - (kwnames?.length ?? 0);
  if (positional > 0) dict.factory = checkFactory(args[0]);
  if (positional > 2) {
    throw pyError("TypeError", `dict expected at most 1 argument, got ${positional - 1}`);
  }
  if (positional === 2) dictUpdateFrom(dict, args[1]);
  kwnames?.forEach((name, i) => dict.set(name, args[positional + i]));
});

function copyOf(self: PyDefaultDict): PyValue {
  return callObject(self.cls, [self.factory, self], null);
}

defineNativeMethods(defaultdictType, {
  __missing__: ["key, /", (self: PyDefaultDict, key: PyValue) => {
    if (self.factory === null) throw pyError("KeyError", key);
    const value = callObject(self.factory, [], null);
    self.set(key, value);
    return value;
  }],
  __repr__: ["", (self: PyDefaultDict) => {
    const factory = self.factory === null
      ? "None"
      : guardedRepr(self.factory as PyDict, "...", () => reprValue(self.factory));
    return `${self.cls.name}(${factory}, ${dictRepr(self)})`;
  }],
  copy: ["", copyOf],
  __copy__: ["", copyOf],
  __reduce__: ["", (self: PyDefaultDict) =>
    newTuple([
      self.cls,
      self.factory === null ? newTuple([]) : newTuple([self.factory]),
      null,
      null,
      getIterator(callObject(getAttribute(self, "items"), [], null)),
    ])],
  __or__: ["other, /", (self: PyDefaultDict, other: PyValue) => {
    if (!(other instanceof PyDict)) return NotImplemented;
    const result = copyOf(self) as PyDict;
    dictUpdateFrom(result, other);
    return result;
  }],
  __ror__: ["other, /", (self: PyDefaultDict, other: PyValue) => {
    if (!(other instanceof PyDict)) return NotImplemented;
    const result = callObject(self.cls, [self.factory, other], null) as PyDict;
    dictUpdateFrom(result, self);
    return result;
  }],
});
defineGetSets(defaultdictType, {
  default_factory: [
    (self: PyDefaultDict) => self.factory,
    (self: PyDefaultDict, value: PyValue | undefined) => {
      self.factory = value === undefined ? null : value;
    },
  ],
});
