/**
 * `__text_signature__` of native functions and method descriptors, derived
 * from the signature they bind arguments with (native_signature.ts), in the
 * form Argument Clinic writes: the receiver first (`$self` for a method,
 * `$module` for a module function, `$type` for a class method or `__new__`),
 * counted as positional-only, so a `/` always follows the positional-only
 * parameters: "($self, key, default=None, /)", "($self, /, sep=None)". A
 * function with no receiver (a staticmethod's) starts with its parameters.
 * Every native function has a signature, so this is never None, where CPython
 * has None for functions that parse their arguments without Clinic.
 * A parameter that is optional without a default value (`?`) shows as
 * Clinic shows it, `<unrepresentable>`; inspect.signature() then refuses the
 * signature as it does in CPython.
 */
import { type NativeSignature, NO_DEFAULT } from "./native_signature.ts";
import { reprOf } from "./str_convert.ts";
import { toJsString } from "./str_wide.ts";

export type Receiver = "$self" | "$module" | "$type";

function parameter(signature: NativeSignature, index: number): string {
  const name = signature.names[index];
  const value = signature.defaults[index];
  if (value === undefined) return name;
  if (value === NO_DEFAULT) return `${name}=<unrepresentable>`;
  return `${name}=${toJsString(reprOf(value))}`;
}

export function textSignature(signature: NativeSignature, receiver: Receiver | null): string {
  const { names, positionalOnly, positional, varargs, varkw } = signature;
  const parts: string[] = receiver === null ? [] : [receiver];
  for (let i = 0; i < positionalOnly; i++) parts.push(parameter(signature, i));
  if (parts.length > 0) parts.push("/");
  for (let i = positionalOnly; i < positional; i++) parts.push(parameter(signature, i));
  if (varargs !== null) parts.push(`*${varargs}`);
  else if (positional < names.length) parts.push("*");
  for (let i = positional; i < names.length; i++) parts.push(parameter(signature, i));
  if (varkw !== null) parts.push(`**${varkw}`);
  return `(${parts.join(", ")})`;
}
