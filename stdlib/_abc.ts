/**
 * The `_abc` module: the machinery behind `abc.ABCMeta` (CPython's
 * Modules/_abc.c; the algorithm is _py_abc.py's). Each ABC carries an
 * `_abc_impl` object holding its registry of virtual subclasses and its
 * positive and negative `issubclass` caches. The caches hold classes
 * weakly (a JS `WeakSet`); the registry is a set of JS `WeakRef`s so it can
 * be walked. Every `register()` bumps a global token, which invalidates all
 * negative caches at once.
 */
import { PyObject, type PyValue } from "../vm/objects/object.ts";
import { makeBuiltinType } from "../vm/objects/core_types.ts";
import { PyType } from "../vm/objects/type.ts";
import { pyError } from "../vm/objects/exceptions.ts";
import { typeOf } from "../vm/objects/typeof.ts";
import { newTuple } from "../vm/objects/tuple.ts";
import { NotImplemented } from "../vm/objects/singletons.ts";
import { newFrozenSet, newSet } from "../vm/objects/set_methods.ts";
import { PyList } from "../vm/objects/list.ts";
import { toJsString } from "../vm/objects/str_wide.ts";
import { callObject } from "../vm/runtime/call.ts";
import { getAttribute, getAttributeIfPresent, setAttribute } from "../vm/runtime/attributes.ts";
import { iterateToArray } from "../vm/runtime/iteration.ts";
import { isTrue } from "../vm/runtime/operators.ts";
import { classInfoCheck } from "../vm/runtime/builtin_functions.ts";
import type { PyModule } from "../vm/runtime/module.ts";
import { addFunctions, newModule } from "./module_helpers.ts";
import {
  collectionKindOf,
  registerCollectionKind,
  TPFLAGS_MAPPING,
  TPFLAGS_SEQUENCE,
} from "../vm/runtime/pattern_match.ts";

const abcDataType = makeBuiltinType("_abc_data", undefined, { subclassable: false });

/** Bumped by every register(): negative caches older than this are stale. */
let invalidationCounter = 0;

class PyAbcData extends PyObject {
  readonly registry = new Set<WeakRef<PyType>>();
  cache = new WeakSet<PyType>();
  negativeCache = new WeakSet<PyType>();
  negativeCacheVersion = invalidationCounter;
  constructor() {
    super(abcDataType);
  }

  registered(): PyType[] {
    const live: PyType[] = [];
    for (const ref of this.registry) {
      const cls = ref.deref();
      if (cls === undefined) this.registry.delete(ref);
      else live.push(cls);
    }
    return live;
  }
}

function implOf(cls: PyValue): PyAbcData {
  const impl = getAttribute(cls, "_abc_impl");
  if (!(impl instanceof PyAbcData)) {
    throw pyError("TypeError", "_abc_impl is set to a wrong type");
  }
  return impl;
}

/**
 * getattr(value, name, fallback), as CPython's _PyObject_LookupAttr: an
 * AttributeError gives the fallback, anything else raised propagates. A plain
 * miss makes no AttributeError at all: _abc_init asks every class attribute
 * for `__isabstractmethod__`, which functions and most values lack, and
 * building those errors was a tenth of importing _collections_abc.
 */
function attributeOr(value: PyValue, name: string, fallback: PyValue): PyValue {
  return getAttributeIfPresent(value, name) ?? fallback;
}

function isAbstract(value: PyValue): boolean {
  return isTrue(attributeOr(value, "__isabstractmethod__", false));
}

function issubclass(value: PyValue, classinfo: PyValue): boolean {
  return classInfoCheck(value, classinfo, "__subclasscheck__", "issubclass()");
}

/** _abc_init(cls): compute `__abstractmethods__` and attach fresh ABC state. */
function abcInit(cls: PyValue): PyValue {
  if (!(cls instanceof PyType)) throw pyError("TypeError", "_abc_init() argument must be a type");
  const abstracts: PyValue[] = [];
  for (const [name, value] of cls.dict) if (isAbstract(value)) abstracts.push(name);
  for (const base of cls.bases) {
    for (const name of iterateToArray(attributeOr(base, "__abstractmethods__", newTuple([])))) {
      if (abstracts.includes(name)) continue;
      if (isAbstract(attributeOr(cls, toJsString(name as string), null))) abstracts.push(name);
    }
  }
  setAttribute(cls, "__abstractmethods__", newFrozenSet(new PyList(abstracts)));
  setAttribute(cls, "_abc_impl", new PyAbcData());
  // collections.abc marks Sequence and Mapping this way, for sequence and mapping patterns.
  const tpflags = cls.dict.get("__abc_tpflags__");
  if (tpflags !== undefined) {
    // Only the low bits matter: an int of any size is taken modulo 2**32.
    const flags = typeof tpflags === "number"
      ? tpflags
      : typeof tpflags === "bigint"
      ? Number(BigInt.asUintN(32, tpflags))
      : 0;
    if ((flags & TPFLAGS_SEQUENCE) !== 0 && (flags & TPFLAGS_MAPPING) !== 0) {
      throw pyError(
        "TypeError",
        "__abc_tpflags__ cannot be both Py_TPFLAGS_SEQUENCE and Py_TPFLAGS_MAPPING",
      );
    }
    if (flags & TPFLAGS_SEQUENCE) registerCollectionKind(cls, "sequence");
    else if (flags & TPFLAGS_MAPPING) registerCollectionKind(cls, "mapping");
    cls.setOwnAttribute("__abc_tpflags__", undefined);
  }
  return null;
}

function abcRegister(cls: PyValue, subclass: PyValue): PyValue {
  if (!(subclass instanceof PyType)) throw pyError("TypeError", "Can only register classes");
  if (issubclass(subclass, cls)) return subclass;
  if (issubclass(cls, subclass)) {
    throw pyError("RuntimeError", "Refusing to create an inheritance cycle");
  }
  implOf(cls).registry.add(new WeakRef(subclass));
  invalidationCounter++;
  // A registered class takes the ABC's collection flag, unless it is a builtin (immutable) type.
  const kind = cls instanceof PyType ? collectionKindOf(cls) : undefined;
  if (kind !== undefined && subclass.isHeapType) registerCollectionKind(subclass, kind);
  return subclass;
}

function abcInstancecheck(cls: PyValue, instance: PyValue): PyValue {
  const impl = implOf(cls);
  const subclass = attributeOr(instance, "__class__", typeOf(instance));
  if (subclass instanceof PyType && impl.cache.has(subclass)) return true;
  const subtype = typeOf(instance);
  const check = (candidate: PyValue) =>
    isTrue(callObject(getAttribute(cls, "__subclasscheck__"), [candidate], null));
  if (subtype === subclass) {
    if (impl.negativeCacheVersion === invalidationCounter && impl.negativeCache.has(subtype)) {
      return false;
    }
    return check(subclass);
  }
  return check(subclass) || check(subtype);
}

function abcSubclasscheck(cls: PyValue, subclass: PyValue): PyValue {
  if (!(subclass instanceof PyType)) {
    throw pyError("TypeError", "issubclass() arg 1 must be a class");
  }
  const impl = implOf(cls);
  if (impl.cache.has(subclass)) return true;
  if (impl.negativeCacheVersion < invalidationCounter) {
    impl.negativeCache = new WeakSet();
    impl.negativeCacheVersion = invalidationCounter;
  } else if (impl.negativeCache.has(subclass)) {
    return false;
  }
  const verdict = (ok: boolean) => {
    (ok ? impl.cache : impl.negativeCache).add(subclass);
    return ok;
  };
  const hook = callObject(getAttribute(cls, "__subclasshook__"), [subclass], null);
  if (hook !== NotImplemented) {
    if (typeof hook !== "boolean") {
      throw pyError(
        "AssertionError",
        "__subclasshook__ must return either False, True, or NotImplemented",
      );
    }
    return verdict(hook);
  }
  if (cls instanceof PyType && subclass.mro.includes(cls)) return verdict(true);
  for (const registered of impl.registered()) {
    if (issubclass(subclass, registered)) return verdict(true);
  }
  const subclasses = iterateToArray(callObject(getAttribute(cls, "__subclasses__"), [], null));
  for (const child of subclasses) {
    if (issubclass(subclass, child)) return verdict(true);
  }
  return verdict(false);
}

export function createAbcModule(): PyModule {
  const module = newModule("_abc", "Module contains faster C implementation of abc.ABCMeta");
  addFunctions(module, {
    get_cache_token: ["", () => invalidationCounter],
    _abc_init: ["self, /", abcInit],
    _abc_register: ["self, subclass, /", abcRegister],
    _abc_instancecheck: ["self, instance, /", abcInstancecheck],
    _abc_subclasscheck: ["self, subclass, /", abcSubclasscheck],
    _get_dump: ["self, /", (cls: PyValue) => {
      const impl = implOf(cls);
      const registry = newSet(undefined, new PyList(impl.registered()));
      return newTuple([registry, newSet(), newSet(), impl.negativeCacheVersion]);
    }],
    _reset_registry: ["self, /", (cls: PyValue) => {
      implOf(cls).registry.clear();
      return null;
    }],
    _reset_caches: ["self, /", (cls: PyValue) => {
      const impl = implOf(cls);
      impl.cache = new WeakSet();
      impl.negativeCache = new WeakSet();
      return null;
    }],
  });
  return module;
}
