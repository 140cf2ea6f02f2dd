/**
 * `types.UnionType` (PEP 604): what `int | str` evaluates to. Arguments are
 * flattened and deduplicated, `None` stands for `NoneType`, and the union
 * works with isinstance/issubclass when every member is a plain class.
 */
import { PyObject, type PyValue } from "../../objects/object.ts";
import { makeBuiltinType, noneType, typeType } from "../../objects/core_types.ts";
import { PyType } from "../../objects/type.ts";
import { defineNativeMethods } from "../../objects/native_function.ts";
import { defineGetSets } from "../../objects/getset.ts";
import { newTuple } from "../../objects/tuple.ts";
import { frozensetType, PySet } from "../../objects/set.ts";
import { NotImplemented } from "../../objects/singletons.ts";
import { reprOf } from "../../objects/str_convert.ts";
import { toJsString } from "../../objects/str_wide.ts";
import { binaryOp, equals } from "../operators.ts";
import { BINARY_OPERATORS } from "../../compiler/opcodes.ts";
import { makeParameters, substituteParameters } from "./generic_substitution.ts";
import { hashOf } from "../hash.ts";
import { genericAliasType, PyGenericAlias } from "./generic_alias.ts";

const OR = BINARY_OPERATORS.findIndex(([kind]) => kind === "BitOr");

export const unionType = makeBuiltinType("UnionType", undefined, { subclassable: false });
unionType.dict.set("__module__", "types");

class PyUnion extends PyObject {
  constructor(readonly args: readonly PyValue[]) {
    super(unionType);
  }
}

function isUnionable(value: PyValue): boolean {
  return value === null || value instanceof PyType || value instanceof PyGenericAlias ||
    value instanceof PyUnion;
}

function members(value: PyValue): PyValue[] {
  if (value instanceof PyUnion) return [...value.args];
  return [value === null ? noneType : value];
}

/** `a | b` for classes, generic aliases and unions; NotImplemented otherwise. */
export function unionOr(a: PyValue, b: PyValue): PyValue {
  if (!isUnionable(a) || !isUnionable(b)) return NotImplemented;
  const args: PyValue[] = [];
  for (const item of [...members(a), ...members(b)]) {
    if (!args.some((seen) => seen === item || (!(seen instanceof PyType) && equals(seen, item)))) {
      args.push(item);
    }
  }
  return args.length === 1 ? args[0] : new PyUnion(args);
}

function memberRepr(item: PyValue): string {
  if (item === noneType) return "None";
  if (item instanceof PyType) {
    const module = item.dict.get("__module__") ?? "builtins";
    return module === "builtins"
      ? item.qualname
      : `${toJsString(module as string)}.${item.qualname}`;
  }
  return toJsString(reprOf(item));
}

/** The members of a `X | Y` union (isinstance and issubclass check each), else undefined. */
export function unionArgs(value: PyValue): readonly PyValue[] | undefined {
  return value instanceof PyUnion ? value.args : undefined;
}

defineNativeMethods(unionType, {
  __repr__: ["", (self: PyUnion) => self.args.map(memberRepr).join(" | ")],
  __or__: ["other, /", (self: PyUnion, other: PyValue) => unionOr(self, other)],
  __ror__: ["other, /", (self: PyUnion, other: PyValue) => unionOr(other, self)],
  // union_getitem: the members with the type variables substituted, or-ed together again.
  __getitem__: ["item, /", (self: PyUnion, item: PyValue) => {
    const args = substituteParameters(self, self.args, makeParameters(self.args).items, item);
    return args.length === 0
      ? new PyUnion([])
      : args.reduce((union, arg) => binaryOp(OR, union, arg));
  }],
  __eq__: ["other, /", (self: PyUnion, other: PyValue) => {
    if (!(other instanceof PyUnion)) return NotImplemented;
    return self.args.length === other.args.length &&
      self.args.every((item) => other.args.some((candidate) => equals(item, candidate)));
  }],
  // union_hash: the hash of frozenset(args), so the order does not matter
  // (and typing.Union[int, str] hashes alike).
  __hash__: ["", (self: PyUnion) => {
    const members = new PySet(frozensetType);
    for (const item of self.args) members.add(item);
    return hashOf(members);
  }],
});
defineGetSets(unionType, {
  __args__: [(self: PyUnion) => newTuple([...self.args])],
  __parameters__: [(self: PyUnion) => makeParameters(self.args)],
});

for (const type of [typeType, genericAliasType]) {
  defineNativeMethods(type, {
    __or__: ["other, /", (self: PyValue, other: PyValue) => unionOr(self, other)],
    __ror__: ["other, /", (self: PyValue, other: PyValue) => unionOr(other, self)],
  });
}
