/**
 * `_functools._lru_cache_wrapper`, the engine of functools.lru_cache.
 *
 * The cache is a PyDict from call keys to entries, so keys compare and hash
 * with Python semantics; bounded caches also thread the entries on a doubly
 * linked list in recency order (most recent at the tail), so a hit moves an
 * entry in O(1) and eviction takes the head. As in CPython, a key is the
 * argument itself for a single exact int or str argument, else a tuple of the
 * positional arguments, a marker and the keyword items (plus the argument
 * types when `typed`); a result computed while a recursive call already
 * cached the same key is returned without being stored twice.
 */
import { PyObject, type PyValue } from "../vm/objects/object.ts";
import { makeBuiltinType, objectType } from "../vm/objects/core_types.ts";
import { PyDict } from "../vm/objects/dict.ts";
import type { InstanceMap } from "../vm/objects/instance_map.ts";
import type { PyType } from "../vm/objects/type.ts";
import { PyInstance } from "../vm/objects/instance.ts";
import { newTuple } from "../vm/objects/tuple.ts";
import { pyError } from "../vm/objects/exceptions.ts";
import { typeOf } from "../vm/objects/typeof.ts";
import { defineNativeMethods } from "../vm/objects/native_function.ts";
import { getAttribute } from "../vm/runtime/attributes.ts";
import { PyWideStr } from "../vm/objects/str_wide.ts";
import { registerConstructor } from "../vm/runtime/call_type.ts";
import { callObject } from "../vm/runtime/call.ts";
import { PyBoundMethod } from "../vm/runtime/bound_method.ts";
import { isTrue } from "../vm/runtime/operators.ts";
import { hashHigh, tableHash } from "../vm/runtime/hash.ts";
import { defineInstanceDict } from "../vm/runtime/types/object_type.ts";

export const lruCacheWrapperType = makeBuiltinType("_lru_cache_wrapper");
defineInstanceDict(lruCacheWrapperType); // instances have a __dict__, as in CPython
lruCacheWrapperType.dict.set("__module__", "functools");

/** Separates positional from keyword arguments inside a key. */
const KEYWORD_MARK = new PyInstance(objectType);

interface Link {
  key: PyValue;
  /** The key's hash (both words), so that eviction never calls `__hash__` again. */
  hashLow: number;
  hashHigh: number;
  result: PyValue;
  previous: Link;
  next: Link;
}

class PyLruCacheWrapper extends PyObject {
  map: InstanceMap;
  slots: PyValue[] = [];
  readonly cache = new PyDict();
  /** Sentinel of the recency list (bounded caches only). */
  readonly root: Link;
  hits = 0;
  misses = 0;

  constructor(
    cls: PyType,
    readonly func: PyValue,
    /** -1: unbounded. */
    readonly maxsize: number,
    readonly typed: boolean,
    readonly cacheInfoType: PyValue,
  ) {
    super(cls);
    this.map = cls.rootMap();
    const root = { key: null, result: null } as unknown as Link;
    root.previous = root;
    root.next = root;
    this.root = root;
  }
}

function makeKey(args: PyValue[], kwargs: Map<string, PyValue>, typed: boolean): PyValue {
  if (!typed && kwargs.size === 0) {
    if (args.length === 1) {
      const only = args[0];
      if (
        typeof only === "number" || typeof only === "bigint" || typeof only === "string" ||
        only instanceof PyWideStr
      ) {
        return only;
      }
    }
    return newTuple(args);
  }
  const items: PyValue[] = [...args];
  if (kwargs.size > 0) {
    items.push(KEYWORD_MARK);
    for (const [name, value] of kwargs) items.push(name, value);
  }
  if (typed) {
    for (const arg of args) items.push(typeOf(arg));
    for (const value of kwargs.values()) items.push(typeOf(value));
  }
  return newTuple(items);
}

function call(self: PyLruCacheWrapper, args: PyValue[], kwargs: Map<string, PyValue>): PyValue {
  const callFunction = () =>
    callObject(
      self.func,
      kwargs.size > 0 ? [...args, ...kwargs.values()] : args,
      kwargs.size > 0 ? [...kwargs.keys()] : null,
    );
  if (self.maxsize === 0) {
    self.misses++;
    return callFunction();
  }
  const key = makeKey(args, kwargs, self.typed);
  // The key is hashed once per call (its __hash__ may be slow or reentrant),
  // and every lookup, store and eviction below reuses that hash.
  const low = tableHash(key);
  const high = hashHigh;
  const cache = self.cache;
  const position = cache.lookupHashed(key, low, high);
  const found = position < 0 ? undefined : cache.values[position];
  if (self.maxsize < 0) {
    if (found !== undefined) {
      self.hits++;
      return found;
    }
    self.misses++;
    const result = callFunction();
    cache.setHashed(key, low, high, result);
    return result;
  }
  if (found !== undefined) {
    const link = (found as unknown as { link: Link }).link;
    unlink(link);
    append(self.root, link);
    self.hits++;
    return link.result;
  }
  self.misses++;
  const result = callFunction();
  // Cached meanwhile by a recursive call: keep that entry.
  if (cache.lookupHashed(key, low, high) >= 0) return result;
  if (cache.size >= self.maxsize) {
    const oldest = self.root.next;
    unlink(oldest);
    const old = cache.lookupHashed(oldest.key, oldest.hashLow, oldest.hashHigh);
    if (old >= 0) cache.removeAt(old);
  }
  const link = { key, hashLow: low, hashHigh: high, result } as Link;
  append(self.root, link);
  cache.setHashed(key, low, high, new LinkHolder(link));
  return result;
}

/** A dict value that carries its list link (never visible to Python code). */
class LinkHolder extends PyObject {
  constructor(readonly link: Link) {
    super(objectType);
  }
}

function unlink(link: Link): void {
  link.previous.next = link.next;
  link.next.previous = link.previous;
}

function append(root: Link, link: Link): void {
  link.previous = root.previous;
  link.next = root;
  root.previous.next = link;
  root.previous = link;
}

registerConstructor(lruCacheWrapperType, (cls, args, kwnames) => {
  if (kwnames !== null && kwnames.length > 0) {
    throw pyError("TypeError", "_lru_cache_wrapper() takes no keyword arguments");
  }
  if (args.length !== 4) {
    throw pyError(
      "TypeError",
      `_lru_cache_wrapper() takes exactly 4 arguments (${args.length} given)`,
    );
  }
  const [func, maxsizeArg, typed, cacheInfoType] = args;
  if (typeOf(func).lookup("__call__") === undefined) {
    throw pyError("TypeError", "the first argument must be callable");
  }
  let maxsize: number;
  if (maxsizeArg === null) maxsize = -1;
  else if (typeof maxsizeArg === "number" || typeof maxsizeArg === "bigint") {
    maxsize = maxsizeArg < 0 ? 0 : Number(maxsizeArg);
  } else if (typeof maxsizeArg === "boolean") maxsize = maxsizeArg ? 1 : 0;
  else throw pyError("TypeError", "maxsize should be integer or None");
  return new PyLruCacheWrapper(cls, func, maxsize, isTrue(typed), cacheInfoType);
});

defineNativeMethods(lruCacheWrapperType, {
  __call__: ["*args, **kwargs", call],
  __get__: [
    "instance, owner=None, /",
    (self: PyLruCacheWrapper, instance: PyValue) =>
      instance === null ? self : new PyBoundMethod(self, instance),
  ],
  cache_info: ["", (self: PyLruCacheWrapper) =>
    callObject(self.cacheInfoType, [
      self.hits,
      self.misses,
      self.maxsize < 0 ? null : self.maxsize,
      self.cache.size,
    ], null)],
  cache_clear: ["", (self: PyLruCacheWrapper) => {
    self.hits = 0;
    self.misses = 0;
    self.cache.clear();
    self.root.next = self.root;
    self.root.previous = self.root;
    return null;
  }],
  // Pickled by reference, as the function it decorates: the wrapper stands in its module.
  __reduce__: ["", (self: PyLruCacheWrapper) => getAttribute(self, "__qualname__")],
  __copy__: ["", (self: PyLruCacheWrapper) => self],
  __deepcopy__: ["memo, /", (self: PyLruCacheWrapper) => self],
});
