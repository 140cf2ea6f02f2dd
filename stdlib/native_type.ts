/**
 * Helpers for builtin types defined by stdlib modules: constructors whose
 * arguments are bound by a text signature (so errors read like CPython's
 * clinic/PyArg messages), and native iterators that keep a state object for
 * their reprs and methods.
 */
import type { PyValue } from "../vm/objects/object.ts";
import type { PyType } from "../vm/objects/type.ts";
import { makeBuiltinType } from "../vm/objects/core_types.ts";
import { pyError } from "../vm/objects/exceptions.ts";
import {
  type ArgumentStyle,
  bindArguments,
  parseSignature,
} from "../vm/objects/native_signature.ts";
import {
  positionalOnlyArguments,
  registerConstructor,
  registerUninstantiable,
} from "../vm/runtime/call_type.ts";
import { PyNativeIterator } from "../vm/runtime/iteration.ts";
import { defineIteratorMethods } from "../vm/runtime/types/iterator_types.ts";

/** `type(args)` binds `signature` (messages name `name`) and calls `build(cls, ...bound)`. */
export function signatureConstructor(
  type: PyType,
  name: string,
  signature: string,
  // deno-lint-ignore no-explicit-any
  build: (cls: PyType, ...bound: any[]) => PyValue,
  style?: ArgumentStyle,
): void {
  const parsed = parseSignature(signature, style);
  const takesKeywords = parsed.names.length > parsed.positionalOnly || parsed.varkw !== null;
  registerConstructor(type, (cls, args, kwnames) => {
    if (!takesKeywords) { // clinic's __new__: keywords are left to an overriding __init__
      args = positionalOnlyArguments(name, cls, type, "__init__", args, kwnames);
      kwnames = null;
    }
    return build(cls, ...bindArguments(parsed, name, args, kwnames));
  });
}

/** A clinic `__new__` without keywords: TypeError "NAME() takes no keyword arguments". */
export function noKeywords(name: string, kwnames: readonly string[] | null): void {
  if (kwnames !== null && kwnames.length > 0) {
    throw pyError("TypeError", `${name}() takes no keyword arguments`);
  }
}

/** A native iterator whose state is visible to its type's methods (repr, length hint). */
export class PyStatefulIterator<State> extends PyNativeIterator {
  constructor(
    cls: PyType,
    readonly state: State,
    step: (state: State) => PyValue | undefined,
  ) {
    super(cls, () => step(state));
  }
}

/** An iterator type of module `module`: `__iter__`/`__next__` and the module name. */
export function iteratorType(
  name: string,
  module: string,
  options: { subclassable?: boolean } = {},
): PyType {
  const type = makeBuiltinType(name, undefined, options);
  defineIteratorMethods(type);
  type.dict.set("__module__", module);
  return type;
}

/** An iterator type only its module makes: calling it raises "cannot create ... instances". */
export function nativeOnlyIteratorType(name: string, module: string): PyType {
  const type = iteratorType(name, module);
  registerUninstantiable(type);
  return type;
}
