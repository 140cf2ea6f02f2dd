/**
 * `_contextvars` (PEP 567), the C half of `contextvars`: ContextVar, Token,
 * Context and copy_context. asyncio runs callbacks in Contexts; decimal keeps
 * its current context in a ContextVar.
 *
 * A Context's mapping is immutable, as CPython's HAMT: `ContextVar.set`
 * replaces the running Context's map with a changed copy, so `copy()` (and
 * `copy_context()`) only share the map. Copying on write costs O(n) per set
 * where the HAMT costs O(log n); contexts hold a handful of variables, and a
 * JS Map keeps lookups (the common operation) O(1). Iteration follows
 * insertion order; CPython's follows hashes, which vary run to run anyway.
 *
 * The running Context lives in interpreter_state.ts (CPython keeps it in the
 * thread state); the first use makes an empty one.
 */
import { PyObject, type PyValue } from "../vm/objects/object.ts";
import { makeBuiltinType } from "../vm/objects/core_types.ts";
import { pyError } from "../vm/objects/exceptions.ts";
import { NotImplemented } from "../vm/objects/singletons.ts";
import { newTuple } from "../vm/objects/tuple.ts";
import { isStr } from "../vm/objects/str_wide.ts";
import { defineNativeMethods } from "../vm/objects/native_function.ts";
import { defineGetSets } from "../vm/objects/getset.ts";
import { reprValue } from "../vm/objects/dict_repr.ts";
import { registerConstructor } from "../vm/runtime/call_type.ts";
import { callObject } from "../vm/runtime/call.ts";
import { equals } from "../vm/runtime/operators.ts";
import { addressOf } from "../vm/runtime/identity.ts";
import { PyNativeIterator } from "../vm/runtime/iteration.ts";
import { currentContext, setCurrentContext } from "../vm/runtime/interpreter_state.ts";
import type { PyModule } from "../vm/runtime/module.ts";
import { bindArguments, parseSignature } from "../vm/objects/native_signature.ts";
import { addClassGetItem, addFunctions, addTypes, newModule } from "./module_helpers.ts";
import { nativeOnlyIteratorType } from "./native_type.ts";

const final = { subclassable: false };
export const contextType = makeBuiltinType("Context", undefined, final);
export const contextVarType = makeBuiltinType("ContextVar", undefined, final);
export const tokenType = makeBuiltinType("Token", undefined, final);
const missingType = makeBuiltinType("MISSING", undefined, final);
missingType.qualname = "Token.MISSING";
const keysType = nativeOnlyIteratorType("keys", "builtins");
const valuesType = nativeOnlyIteratorType("values", "builtins");
const itemsType = nativeOnlyIteratorType("items", "builtins");

type VarMap = ReadonlyMap<PyContextVar, PyValue>;

export class PyContext extends PyObject {
  /** Replaced, never mutated: copies share it. */
  vars: VarMap;
  entered = false;
  /** The Context that was running when this one was entered. */
  previous: PyContext | null = null;
  constructor(vars: VarMap = new Map()) {
    super(contextType);
    this.vars = vars;
  }
}

export class PyContextVar extends PyObject {
  constructor(readonly name: PyValue, readonly defaultValue: PyValue | undefined) {
    super(contextVarType);
  }
}

class PyToken extends PyObject {
  used = false;
  constructor(
    readonly context: PyContext,
    readonly variable: PyContextVar,
    /** undefined: the variable had no value (Token.MISSING). */
    readonly oldValue: PyValue | undefined,
  ) {
    super(tokenType);
  }
}

class PyMissing extends PyObject {}
const MISSING = new PyMissing(missingType);
defineNativeMethods(missingType, { __repr__: ["", () => "<Token.MISSING>"] });

/** The running Context, made on first use. */
export function runningContext(): PyContext {
  let context = currentContext() as PyContext | null;
  if (context === null) setCurrentContext(context = new PyContext());
  return context;
}

export function copyContext(): PyContext {
  return new PyContext(runningContext().vars);
}

/** Context.run: enter `context`, call, leave (even when the call raises). */
export function runInContext(
  context: PyContext,
  callable: PyValue,
  args: readonly PyValue[],
  kwnames: readonly string[] | null,
): PyValue {
  if (context.entered) {
    throw pyError("RuntimeError", `cannot enter context: ${reprValue(context)} is already entered`);
  }
  context.previous = runningContext();
  context.entered = true;
  setCurrentContext(context);
  try {
    return callObject(callable, args, kwnames);
  } finally {
    setCurrentContext(context.previous);
    context.previous = null;
    context.entered = false;
  }
}

function setVariable(context: PyContext, variable: PyContextVar, value: PyValue): void {
  const vars = new Map(context.vars);
  vars.set(variable, value);
  context.vars = vars;
}

function deleteVariable(context: PyContext, variable: PyContextVar): void {
  if (!context.vars.has(variable)) throw pyError("LookupError", variable);
  const vars = new Map(context.vars);
  vars.delete(variable);
  context.vars = vars;
}

function expectVariable(key: PyValue): PyContextVar {
  if (!(key instanceof PyContextVar)) {
    throw pyError("TypeError", `a ContextVar key was expected, got ${reprValue(key)}`);
  }
  return key;
}

function mapIterator<T>(type: typeof keysType, context: PyContext, pick: (entry: T) => PyValue) {
  const entries = context.vars.entries() as Iterator<T>;
  return new PyNativeIterator(type, () => {
    const next = entries.next();
    return next.done ? undefined : pick(next.value);
  });
}

type Entry = [PyContextVar, PyValue];

registerConstructor(contextType, (_cls, args, kwnames) => {
  if (args.length > 0 || (kwnames !== null && kwnames.length > 0)) {
    throw pyError("TypeError", "Context() does not accept any arguments");
  }
  return new PyContext();
});

defineNativeMethods(contextType, {
  run: ["*args, **kwargs", (self: PyContext, args: PyValue[], kwargs: Map<string, PyValue>) => {
    if (args.length < 1) throw pyError("TypeError", "run() missing 1 required positional argument");
    const kwnames = kwargs.size > 0 ? [...kwargs.keys()] : null;
    return runInContext(self, args[0], [...args.slice(1), ...kwargs.values()], kwnames);
  }],
  copy: ["", (self: PyContext) => new PyContext(self.vars)],
  get: ["key, default=None, /", (self: PyContext, key: PyValue, otherwise: PyValue) => {
    const value = self.vars.get(expectVariable(key));
    return value === undefined ? otherwise : value;
  }],
  keys: ["", (self: PyContext) => mapIterator<Entry>(keysType, self, (entry) => entry[0])],
  values: ["", (self: PyContext) => mapIterator<Entry>(valuesType, self, (entry) => entry[1])],
  items: ["", (self: PyContext) => mapIterator<Entry>(itemsType, self, (e) => newTuple(e))],
  __iter__: ["", (self: PyContext) => mapIterator<Entry>(keysType, self, (entry) => entry[0])],
  __len__: ["", (self: PyContext) => self.vars.size],
  __contains__: ["key, /", (self: PyContext, key: PyValue) => self.vars.has(expectVariable(key))],
  __getitem__: ["key, /", (self: PyContext, key: PyValue) => {
    const value = self.vars.get(expectVariable(key));
    if (value === undefined) throw pyError("KeyError", key);
    return value;
  }],
  __eq__: ["other, /", (self: PyContext, other: PyValue) => {
    if (!(other instanceof PyContext)) return NotImplemented;
    return sameVariables(self.vars, other.vars);
  }],
  __ne__: ["other, /", (self: PyContext, other: PyValue) => {
    if (!(other instanceof PyContext)) return NotImplemented;
    return !sameVariables(self.vars, other.vars);
  }],
});
contextType.dict.set("__hash__", null);

function sameVariables(a: VarMap, b: VarMap): boolean {
  if (a === b) return true;
  if (a.size !== b.size) return false;
  for (const [variable, value] of a) {
    const other = b.get(variable);
    if (other === undefined || !(other === value || equals(value, other))) return false;
  }
  return true;
}

const contextVarSignature = parseSignature("name, /, *, default=?");
registerConstructor(contextVarType, (_cls, args, kwnames) => {
  if (args.length - (kwnames?.length ?? 0) > 1) {
    throw pyError(
      "TypeError",
      `ContextVar() takes at most 1 positional argument (${
        args.length - (kwnames?.length ?? 0)
      } given)`,
    );
  }
  const [name, defaultValue] = bindArguments(contextVarSignature, "ContextVar", args, kwnames) as [
    PyValue,
    PyValue | undefined,
  ];
  if (!isStr(name)) throw pyError("TypeError", "context variable name must be a str");
  return new PyContextVar(name, defaultValue);
});

/** ContextVar.get with its fall-backs: the argument, the variable's default, LookupError. */
export function getVariable(variable: PyContextVar, otherwise?: PyValue): PyValue {
  const value = runningContext().vars.get(variable);
  if (value !== undefined) return value;
  if (otherwise !== undefined) return otherwise;
  if (variable.defaultValue !== undefined) return variable.defaultValue;
  throw pyError("LookupError", variable);
}

defineNativeMethods(contextVarType, {
  get: ["default=?, /", getVariable],
  set: ["value, /", (self: PyContextVar, value: PyValue) => {
    const context = runningContext();
    const token = new PyToken(context, self, context.vars.get(self));
    setVariable(context, self, value);
    return token;
  }],
  reset: ["token, /", (self: PyContextVar, token: PyValue) => {
    if (!(token instanceof PyToken)) {
      throw pyError("TypeError", `expected an instance of Token, got ${reprValue(token)}`);
    }
    if (token.used) {
      throw pyError("RuntimeError", `${reprValue(token)} has already been used once`);
    }
    if (token.variable !== self) {
      throw pyError("ValueError", `${reprValue(token)} was created by a different ContextVar`);
    }
    const context = runningContext();
    if (token.context !== context) {
      throw pyError("ValueError", `${reprValue(token)} was created in a different Context`);
    }
    token.used = true;
    if (token.oldValue === undefined) deleteVariable(context, self);
    else setVariable(context, self, token.oldValue);
    return null;
  }],
  __repr__: ["", (self: PyContextVar) => {
    const fallback = self.defaultValue === undefined
      ? ""
      : ` default=${reprValue(self.defaultValue)}`;
    return `<ContextVar name=${reprValue(self.name)}${fallback} at ${addressOf(self)}>`;
  }],
});
defineGetSets(contextVarType, {
  name: [(self: PyContextVar) => self.name, () => {
    throw pyError("AttributeError", "readonly attribute");
  }],
});

registerConstructor(tokenType, () => {
  throw pyError("RuntimeError", "Tokens can only be created by ContextVars");
});
defineNativeMethods(tokenType, {
  __repr__: ["", (self: PyToken) => {
    const used = self.used ? " used" : "";
    return `<Token${used} var=${reprValue(self.variable)} at ${addressOf(self)}>`;
  }],
});
defineGetSets(tokenType, {
  var: [(self: PyToken) => self.variable],
  old_value: [(self: PyToken) => self.oldValue ?? MISSING],
});
tokenType.dict.set("MISSING", MISSING);
tokenType.invalidate();

export function createContextvarsModule(): PyModule {
  const module = newModule("_contextvars", "Context Variables");
  addTypes(module, [contextType, contextVarType, tokenType]);
  addClassGetItem([contextVarType, tokenType]);
  addFunctions(module, { copy_context: ["", copyContext] });
  return module;
}
