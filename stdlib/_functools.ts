/**
 * The `_functools` module: reduce, partial and cmp_to_key. functools.py
 * imports each of these when present and keeps its pure-Python versions
 * otherwise. `_lru_cache_wrapper` lives in functools_lru_cache.ts.
 */
import { PyObject, type PyValue } from "../vm/objects/object.ts";
import { makeBuiltinType } from "../vm/objects/core_types.ts";
import { defineNativeMethods } from "../vm/objects/native_function.ts";
import type { PyGetSetDescriptor } from "../vm/objects/getset.ts";
import { defineMembers } from "../vm/objects/member.ts";
import { bindArguments, parseSignature } from "../vm/objects/native_signature.ts";
import { ExceptionType, PyBaseException, pyError } from "../vm/objects/exceptions.ts";
import { typeOf } from "../vm/objects/typeof.ts";
import { dictType, PyDict } from "../vm/objects/dict.ts";
import { instanceDict, replaceInstanceDict } from "../vm/objects/instance_dict.ts";
import { newTuple, PyTuple, tupleType } from "../vm/objects/tuple.ts";
import { strOf } from "../vm/objects/str_convert.ts";
import { guardedRepr, reprValue } from "../vm/objects/dict_repr.ts";
import { isStr, strFromJs, toJsString } from "../vm/objects/str_wide.ts";
import type { PyType } from "../vm/objects/type.ts";
import type { InstanceMap } from "../vm/objects/instance_map.ts";
import { registerConstructor } from "../vm/runtime/call_type.ts";
import { callFromNative, callObject, registerTypeCall } from "../vm/runtime/call.ts";
import { getIterator, nextOrUndefined } from "../vm/runtime/iteration.ts";
import { compareOp } from "../vm/runtime/operators.ts";
import { COMPARE_OPERATOR_INDEX } from "../vm/compiler/opcodes.ts";
import type { PyModule } from "../vm/runtime/module.ts";
import { addClassGetItem, addFunctions, addTypes, newModule } from "./module_helpers.ts";
import { lruCacheWrapperType } from "./functools_lru_cache.ts";
import { defineInstanceDict } from "../vm/runtime/types/object_type.ts";

export const partialType = makeBuiltinType("partial");
defineInstanceDict(partialType); // instances have a __dict__, as in CPython
export const keyWrapperType = makeBuiltinType("KeyWrapper", undefined, { subclassable: false });

/** A partial object; it has a `__dict__` (map and slots) like CPython's. */
export class PyPartial extends PyObject {
  map: InstanceMap;
  slots: PyValue[] = [];
  constructor(
    cls: PyType,
    public func: PyValue,
    /** One tuple, so that `p.args is p.args` (and a copy shares it). */
    public args: PyTuple,
    public keywords: PyDict,
  ) {
    super(cls);
    this.map = cls.rootMap();
  }
}

class PyKeyWrapper extends PyObject {
  constructor(readonly compare: PyValue, public key: PyValue) {
    super(keyWrapperType);
  }
}

/** The instance `__dict__` when it holds anything (or was asked for), else None. */
function ownDict(self: PyPartial): PyValue {
  return self.map.isDictionary || self.slots.length > 0 ? instanceDict(self) : null;
}

function isCallable(value: PyValue): boolean {
  return typeOf(value).lookup("__call__") !== undefined;
}

registerConstructor(partialType, (cls, args, kwnames) => {
  const positional = args.length - (kwnames?.length ?? 0);
  if (positional < 1) throw pyError("TypeError", "type 'partial' takes at least one argument");
  let func = args[0];
  let leading: readonly PyValue[] = [];
  const keywords = new PyDict();
  // Flatten partial(partial(f, a), b) into partial(f, a, b), as CPython does for plain partials.
  if (func instanceof PyPartial && func.cls === partialType && func.slots.length === 0) {
    leading = func.args.items;
    keywords.mergeDict(func.keywords);
    func = func.func;
  }
  if (!isCallable(func)) throw pyError("TypeError", "the first argument must be callable");
  kwnames?.forEach((name, i) => keywords.set(strFromJs(name), args[positional + i]));
  return new PyPartial(cls, func, newTuple([...leading, ...args.slice(1, positional)]), keywords);
});

function callPartial(self: PyPartial, args: PyValue[], kwargs: Map<string, PyValue>): PyValue {
  const names: string[] = [];
  const values: PyValue[] = [];
  const keys = self.keywords.keys;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    if (key === undefined) continue;
    if (!isStr(key)) throw pyError("TypeError", "keywords must be strings");
    if (kwargs.has(toJsString(key))) continue;
    names.push(toJsString(key));
    values.push(self.keywords.values[i]!);
  }
  for (const [name, value] of kwargs) {
    names.push(name);
    values.push(value);
  }
  return callObject(
    self.func,
    [...self.args.items, ...args, ...values],
    names.length > 0 ? names : null,
  );
}

// A call of an exact partial: without keywords on either side, the function
// with the stored arguments first, as CPython's partial_vectorcall does.
registerTypeCall(partialType, (self, args, kwnames) => {
  const partial = self as PyPartial;
  if (kwnames === null && partial.keywords.size === 0) {
    const stored = partial.args.items;
    if (stored.length === 0) return callObject(partial.func, args, null);
    const all = new Array<PyValue>(stored.length + args.length);
    for (let i = 0; i < stored.length; i++) all[i] = stored[i];
    for (let i = 0; i < args.length; i++) all[stored.length + i] = args[i];
    return callObject(partial.func, all, null);
  }
  const positional = args.length - (kwnames?.length ?? 0);
  const kwargs = new Map<string, PyValue>();
  kwnames?.forEach((name, i) => kwargs.set(name, args[positional + i]));
  return callPartial(partial, args.slice(0, positional), kwargs);
});

function partialRepr(self: PyPartial): string {
  return guardedRepr(self, "...", () => {
    const parts = [reprValue(self.func), ...self.args.items.map(reprValue)];
    // Entries are taken first: str(key) may run code that changes the dict.
    const entries: [PyValue, PyValue][] = [];
    const keys = self.keywords.keys;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      if (key !== undefined) entries.push([key, self.keywords.values[i]!]);
    }
    for (const [key, value] of entries) {
      parts.push(`${toJsString(strOf(key))}=${reprValue(value)}`); // "%S=%R"
    }
    const typeName = self.cls === partialType ? "functools.partial" : self.cls.name;
    return `${typeName}(${parts.join(", ")})`;
  });
}

defineNativeMethods(partialType, {
  __call__: ["*args, **kwargs", callPartial],
  __repr__: ["", partialRepr],
  __reduce__: ["", (self: PyPartial) =>
    newTuple([
      self.cls,
      newTuple([self.func]),
      newTuple([self.func, self.args, self.keywords, ownDict(self)]),
    ])],
  __setstate__: ["state, /", (self: PyPartial, state: PyValue) => {
    const items = state instanceof PyTuple ? state.items : [];
    const [func, args, keywords, dict] = items;
    if (
      items.length !== 4 || !isCallable(func) || !(args instanceof PyTuple) ||
      (keywords !== null && !(keywords instanceof PyDict)) ||
      (dict !== null && !(dict instanceof PyDict))
    ) {
      throw pyError("TypeError", "invalid partial state");
    }
    self.func = func;
    self.args = args.cls === tupleType ? args : newTuple([...args.items]);
    // An exact dict is kept as it is, a dict subclass copied (partial_setstate).
    self.keywords = keywords instanceof PyDict
      ? (keywords.cls === dictType ? keywords : keywords.copy())
      : new PyDict();
    replaceInstanceDict(self, dict ?? new PyDict());
    return null;
  }],
});
defineDocumentedMembers(partialType, {
  func: ["function object to use in future partial calls", (self: PyPartial) => self.func],
  args: ["tuple of arguments to future partial calls", (self: PyPartial) => self.args],
  keywords: [
    "dictionary of keyword arguments to future partial calls",
    (self: PyPartial) => self.keywords,
  ],
});
partialType.dict.set("__module__", "functools");

type MemberEntry = [
  doc: string,
  // deno-lint-ignore no-explicit-any
  get: (self: any) => PyValue,
  // deno-lint-ignore no-explicit-any
  set?: (self: any, value: PyValue | undefined) => void,
];

/** Struct members (PyMemberDef) with their docstrings; without a setter, READONLY. */
function defineDocumentedMembers(type: PyType, entries: Record<string, MemberEntry>): void {
  const accessors = Object.entries(entries).map((
    [name, [, get, set]],
  ) => [name, set ? [get, set] : [get]]);
  defineMembers(type, Object.fromEntries(accessors));
  for (const [name, [doc]] of Object.entries(entries)) {
    (type.dict.get(name) as PyGetSetDescriptor).doc = doc;
  }
}

function keyCompare(op: number) {
  return (self: PyKeyWrapper, other: PyValue) => {
    if (!(other instanceof PyKeyWrapper)) {
      throw pyError("TypeError", "other argument must be K instance");
    }
    const result = callObject(self.compare, [self.key, other.key], null);
    return compareOp(op, result, 0);
  };
}
const compareMethods = Object.fromEntries(
  (["Lt", "LtE", "Eq", "NotEq", "Gt", "GtE"] as const).map((kind, i) => [
    ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"][i],
    ["other, /", keyCompare(COMPARE_OPERATOR_INDEX[kind])] as const,
  ]),
);
defineNativeMethods(keyWrapperType, {
  ...compareMethods,
  // Bound as keyobject_call does, so messages name the callable "K".
  __call__: [
    "*args, **kwargs",
    (self: PyKeyWrapper, args: PyValue[], kwargs: Map<string, PyValue>) => {
      const kwnames = [...kwargs.keys()];
      const [obj] = bindArguments(KEY_CALL, "K", [...args, ...kwargs.values()], kwnames);
      return new PyKeyWrapper(self.compare, obj as PyValue);
    },
  ],
});
const KEY_CALL = parseSignature("obj", "keywords");
keyWrapperType.dict.set("__hash__", null);
// A writable T_OBJECT member: deleting it leaves None.
defineDocumentedMembers(keyWrapperType, {
  obj: ["Value wrapped by a key function.", (self: PyKeyWrapper) => self.key, (
    self: PyKeyWrapper,
    value: PyValue | undefined,
  ) => {
    self.key = value ?? null;
  }],
});
keyWrapperType.dict.set("__module__", "functools");

function reduce(func: PyValue, iterable: PyValue, initial: PyValue | undefined): PyValue {
  let iterator: PyValue;
  try {
    iterator = getIterator(iterable);
  } catch (error) {
    if (error instanceof PyBaseException && error.cls.isSubtypeOf(ExceptionType.TypeError)) {
      throw pyError("TypeError", "reduce() arg 2 must support iteration");
    }
    throw error;
  }
  let result = initial;
  for (let item = nextOrUndefined(iterator); item !== undefined; item = nextOrUndefined(iterator)) {
    result = result === undefined ? item : callFromNative(func, [result, item]);
  }
  if (result === undefined) {
    throw pyError("TypeError", "reduce() of empty iterable with no initial value");
  }
  return result;
}

function createFunctoolsModule(): PyModule {
  const module = newModule("_functools", "Tools that operate on functions.");
  addFunctions(module, {
    reduce: ["function, iterable, initial=?, /", reduce, { tupleArguments: true }],
    cmp_to_key: ["mycmp", (compare: PyValue) => new PyKeyWrapper(compare, null)],
  });
  addTypes(module, [partialType, lruCacheWrapperType]);
  addClassGetItem([partialType]);
  partialType.dict.set("__module__", "functools");
  lruCacheWrapperType.dict.set("__module__", "functools");
  return module;
}

export { createFunctoolsModule };
