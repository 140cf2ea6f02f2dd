/**
 * Type-variable substitution for `types.GenericAlias` and `types.UnionType`
 * (CPython's _Py_make_parameters and _Py_subs_parameters):
 * `dict[str, T][int]` is `dict[str, int]`, `(int | list[T])[str]` is
 * `int | list[str]`.
 *
 * The parameters of an alias are the type variables among its arguments
 * (anything with `__typing_subst__`) and, in order, the parameters of the
 * arguments that have `__parameters__`. Subscribing the alias pairs the
 * items with the parameters (after each parameter's
 * `__typing_prepare_subst__`, which a TypeVarTuple uses to group items), then
 * rebuilds each argument: a type variable through its `__typing_subst__`, an
 * argument with parameters of its own by subscribing it with their values.
 * Unpacked tuples (`*tuple[int, str]`) among the items are spread first.
 */
import type { PyValue } from "../../objects/object.ts";
import { PyType } from "../../objects/type.ts";
import { newTuple, PyTuple, tupleType } from "../../objects/tuple.ts";
import { Ellipsis } from "../../objects/singletons.ts";
import { pyError } from "../../objects/exceptions.ts";
import { reprOf } from "../../objects/str_convert.ts";
import { toJsString } from "../../objects/str_wide.ts";
import { callObject } from "../call.ts";
import { getAttributeIfPresent } from "../attributes.ts";
import { getSubscript } from "../subscript.ts";
import { isTrue } from "../operators.ts";
import { PyGenericAlias } from "./generic_alias.ts";

function itemsOf(value: PyValue): readonly PyValue[] {
  return value instanceof PyTuple ? value.items : [value];
}

function addOnce(found: PyValue[], value: PyValue): void {
  if (!found.includes(value)) found.push(value);
}

/** _Py_make_parameters: the type variables an alias's arguments use, in order. */
export function makeParameters(args: readonly PyValue[]): PyTuple {
  const found: PyValue[] = [];
  for (const arg of args) {
    if (arg instanceof PyType) continue; // a class's own __parameters__ does not count
    if (getAttributeIfPresent(arg, "__typing_subst__") !== undefined) {
      addOnce(found, arg);
      continue;
    }
    const nested = getAttributeIfPresent(arg, "__parameters__");
    if (nested instanceof PyTuple) {
      for (const parameter of nested.items) addOnce(found, parameter);
    }
  }
  return newTuple(found);
}

/** The arguments of an unpacked tuple (`*tuple[int, str]`, `Unpack[tuple[...]]`), if it is one. */
function unpackedTupleArgs(value: PyValue): PyValue | undefined {
  if (value instanceof PyGenericAlias && value.starred && value.origin === tupleType) {
    return value.args;
  }
  return getAttributeIfPresent(value, "__typing_unpacked_tuple_args__");
}

/** _unpack_args: the subscript's items with unpacked fixed-length tuples spread. */
function unpackArgs(item: PyValue): PyValue[] {
  const out: PyValue[] = [];
  for (const value of itemsOf(item)) {
    if (!(value instanceof PyType)) {
      const inner = unpackedTupleArgs(value);
      if (inner instanceof PyTuple && inner.items.at(-1) !== Ellipsis) {
        out.push(...inner.items);
        continue;
      }
    }
    out.push(value);
  }
  return out;
}

function isUnpackedTypeVarTuple(value: PyValue): boolean {
  if (value instanceof PyType) return false;
  const flag = getAttributeIfPresent(value, "__typing_is_unpacked_typevartuple__");
  return flag !== undefined && isTrue(flag);
}

/** A TypeVarTuple parameter takes a tuple of items (its type is iterable). */
function takesTuple(parameter: PyValue, value: PyValue): boolean {
  return value instanceof PyTuple && getAttributeIfPresent(parameter, "__iter__") !== undefined;
}

/** subs_tvars: an argument with parameters of its own, subscribed with their values. */
function substituteNested(
  arg: PyValue,
  parameters: readonly PyValue[],
  values: readonly PyValue[],
): PyValue {
  const nested = getAttributeIfPresent(arg, "__parameters__");
  if (!(nested instanceof PyTuple) || nested.items.length === 0) return arg;
  const subargs: PyValue[] = [];
  for (const parameter of nested.items) {
    const index = parameters.indexOf(parameter);
    if (index < 0) {
      subargs.push(parameter);
      continue;
    }
    const value = values[index];
    if (takesTuple(parameters[index], value)) subargs.push(...(value as PyTuple).items);
    else subargs.push(value);
  }
  return getSubscript(arg, newTuple(subargs));
}

/** _Py_subs_parameters: `self`'s arguments with its parameters replaced by `item`'s values. */
export function substituteParameters(
  self: PyValue,
  args: readonly PyValue[],
  parameters: readonly PyValue[],
  item: PyValue,
): PyValue[] {
  if (parameters.length === 0) {
    throw pyError("TypeError", `${toJsString(reprOf(self))} is not a generic class`);
  }
  let items: PyValue = newTuple(unpackArgs(item));
  for (const parameter of parameters) {
    const prepare = getAttributeIfPresent(parameter, "__typing_prepare_subst__");
    if (prepare !== undefined && prepare !== null) items = callObject(prepare, [self, items], null);
  }
  const values = itemsOf(items);
  if (values.length !== parameters.length) {
    throw pyError(
      "TypeError",
      `Too ${values.length > parameters.length ? "many" : "few"} arguments for ${
        toJsString(reprOf(self))
      }; actual ${values.length}, expected ${parameters.length}`,
    );
  }
  const result: PyValue[] = [];
  for (const arg of args) {
    if (arg instanceof PyType) {
      result.push(arg);
      continue;
    }
    const unpack = isUnpackedTypeVarTuple(arg);
    const subst = getAttributeIfPresent(arg, "__typing_subst__");
    const value = subst !== undefined
      ? callObject(subst, [values[parameters.indexOf(arg)]], null)
      : substituteNested(arg, parameters, values);
    if (unpack && value instanceof PyTuple) result.push(...value.items);
    else result.push(value);
  }
  return result;
}
