/**
 * `mappingproxy` (`types.MappingProxyType`): a read-only view of a mapping.
 *
 * `cls.__dict__` is a proxy over the type's own namespace, a JS `Map` rather
 * than a dict: lookups read the live namespace, so later class attribute
 * assignments show through; the methods that return new objects (`keys()`,
 * `items()`, `copy()`, iteration) work on a dict copied at the time of the
 * call. `mappingproxy(mapping)` wraps any mapping and forwards to it.
 */
import { PyObject, type PyValue } from "../../objects/object.ts";
import { makeBuiltinType } from "../../objects/core_types.ts";
import { PyType } from "../../objects/type.ts";
import { defineNativeMethods } from "../../objects/native_function.ts";
import { defineGetSets } from "../../objects/getset.ts";
import {
  dictItemsType,
  dictKeysType,
  dictValuesType,
  type PyDictView,
} from "../../objects/dict_views.ts";
import { PyDict } from "../../objects/dict.ts";
import { listType } from "../../objects/list.ts";
import { tupleType } from "../../objects/tuple.ts";
import { NotImplemented } from "../../objects/singletons.ts";
import { pyError } from "../../objects/exceptions.ts";
import { typeOf } from "../../objects/typeof.ts";
import { reprOf } from "../../objects/str_convert.ts";
import { strOperand } from "../../objects/str_boxed.ts";
import { toJsString } from "../../objects/str_wide.ts";
import { registerConstructor, registerInitializer } from "../call_type.ts";
import { callObject } from "../call.ts";
import { getAttribute } from "../attributes.ts";
import { getSubscript } from "../subscript.ts";
import { getIterator } from "../iteration.ts";
import { binaryOp, containsOp, equals } from "../operators.ts";
import { lengthOf } from "../builtin_functions.ts";
import { BINARY_OPERATORS } from "../../compiler/opcodes.ts";
import { classGetItem } from "./generic_alias.ts";

export const mappingproxyType = makeBuiltinType("mappingproxy", undefined, {
  subclassable: false,
});

const OR = BINARY_OPERATORS.findIndex(([kind]) => kind === "BitOr");

export class PyMappingProxy extends PyObject {
  /** A type (its live namespace) or any mapping. */
  constructor(readonly source: PyType | PyValue) {
    super(mappingproxyType);
  }

  /** The wrapped mapping; for a type, a dict copied from its namespace now. */
  mapping(): PyValue {
    const source = this.source;
    if (!(source instanceof PyType)) return source;
    const dict = new PyDict();
    for (const [name, value] of source.dict) dict.set(name, value);
    return dict;
  }
}

// A dict view's `mapping`: a read-only proxy of the dict it views.
for (const type of [dictKeysType, dictValuesType, dictItemsType]) {
  defineGetSets(type, { mapping: [(self: PyDictView) => new PyMappingProxy(self.dict)] });
}

/** `cls.__dict__`. */
export function typeDictProxy(cls: PyType): PyMappingProxy {
  return new PyMappingProxy(cls);
}

function isMapping(value: PyValue): boolean {
  if (value instanceof PyDict) return true;
  const type = typeOf(value);
  if (type.isSubtypeOf(listType) || type.isSubtypeOf(tupleType)) return false;
  return type.lookup("__getitem__") !== undefined;
}

registerConstructor(mappingproxyType, (_cls, args, kwnames) => {
  const positional = args.length - (kwnames?.length ?? 0);
  let mapping: PyValue | undefined = positional === 1 ? args[0] : undefined;
  if (kwnames !== null) {
    if (kwnames.length === 1 && kwnames[0] === "mapping" && positional === 0) {
      mapping = args[0];
    } else {
      throw pyError(
        "TypeError",
        `mappingproxy() got an unexpected keyword argument '${kwnames[0]}'`,
      );
    }
  }
  if (mapping === undefined) {
    throw pyError(
      "TypeError",
      `mappingproxy() missing required argument 'mapping' (pos 1)`,
    );
  }
  if (!isMapping(mapping)) {
    throw pyError(
      "TypeError",
      `mappingproxy() argument must be a mapping, not ${typeOf(mapping).tpName}`,
    );
  }
  return new PyMappingProxy(mapping);
});
registerInitializer(mappingproxyType, () => {});

function lookup(self: PyMappingProxy, key: PyValue): PyValue {
  const source = self.source;
  if (!(source instanceof PyType)) return getSubscript(source, key);
  const name = strOperand(key);
  const value = name === undefined ? undefined : source.dict.get(toJsString(name));
  if (value === undefined) throw pyError("KeyError", key);
  return value;
}

function has(self: PyMappingProxy, key: PyValue): boolean {
  const source = self.source;
  if (!(source instanceof PyType)) return containsOp(key, source);
  const name = strOperand(key);
  return name !== undefined && source.dict.has(toJsString(name));
}

function forward(name: string) {
  return (self: PyMappingProxy) => callObject(getAttribute(self.mapping(), name), [], null);
}

mappingproxyType.dict.set("__class_getitem__", classGetItem);
defineNativeMethods(mappingproxyType, {
  __getitem__: ["key, /", lookup],
  __contains__: ["key, /", has],
  __len__: [
    "",
    (self: PyMappingProxy) =>
      self.source instanceof PyType ? self.source.dict.size : lengthOf(self.source),
  ],
  __iter__: ["", (self: PyMappingProxy) => getIterator(self.mapping())],
  __reversed__: ["", forward("__reversed__")],
  __repr__: ["", (self: PyMappingProxy) => `mappingproxy(${toJsString(reprOf(self.mapping()))})`],
  __str__: ["", (self: PyMappingProxy) => reprOf(self.mapping())],
  __eq__: [
    "other, /",
    (self: PyMappingProxy, other: PyValue) =>
      equals(self.mapping(), other instanceof PyMappingProxy ? other.mapping() : other),
  ],
  __or__: ["other, /", (self: PyMappingProxy, other: PyValue) => {
    if (other instanceof PyMappingProxy) other = other.mapping();
    return binaryOp(OR, self.mapping(), other);
  }],
  __ior__: ["other, /", () => {
    throw pyError("TypeError", "'|=' is not supported by mappingproxy; use '|' instead");
  }],
  __ror__: ["other, /", (self: PyMappingProxy, other: PyValue) => {
    if (other instanceof PyMappingProxy) return NotImplemented;
    return binaryOp(OR, other, self.mapping());
  }],
  get: ["key, default=None, /", (self: PyMappingProxy, key: PyValue, fallback: PyValue) => {
    if (self.source instanceof PyType) return has(self, key) ? lookup(self, key) : fallback;
    return callObject(getAttribute(self.source, "get"), [key, fallback], null);
  }],
  keys: ["", forward("keys")],
  values: ["", forward("values")],
  items: ["", forward("items")],
  copy: ["", forward("copy")],
});
