/**
 * Calling a class, and creating classes.
 *
 * `C(args)` is `type.__call__`: `C.__new__(C, args)` then, if the result is an
 * instance of C, `result.__init__(args)` (CPython's type_call). Builtin types
 * provide native constructors and initialisers (`registerConstructor`,
 * `registerInitializer`); `slotOwner` finds, along the MRO, whichever comes
 * first: a Python-level `__new__`/`__init__` or a native one. So
 * `class E(ValueError)` instances are built by BaseException's native
 * constructor unless E defines `__new__` itself.
 *
 * Class statements call `__build_class__`: pick the metaclass, run the body
 * with a fresh namespace as its locals, call the metaclass, and fill the
 * `__class__` cell that zero-argument `super()` reads.
 */
import type { PyValue } from "../objects/object.ts";
import { MroError, PyType, TypeFlag } from "../objects/type.ts";
import { objectType, typeType } from "../objects/core_types.ts";
import { typeOf } from "../objects/typeof.ts";
import { pyError } from "../objects/exceptions.ts";
import { PyInstance } from "../objects/instance.ts";
import { dictType, PyDict } from "../objects/dict.ts";
import { PySet } from "../objects/set.ts";
import { PyFunction } from "../objects/function.ts";
import { PyCell } from "../objects/cell.ts";
import { PyClassMethod, PyStaticMethod } from "../objects/descriptors.ts";
import {
  defineNativeMethods,
  nativeFunction,
  PyBuiltinFunction,
} from "../objects/native_function.ts";
import { newTuple, PyTuple } from "../objects/tuple.ts";
import { isStr, toJsString } from "../objects/str_wide.ts";
import { reprOf } from "../objects/str_convert.ts";
import { applyCustomMro } from "./mro.ts";
import { callObject } from "./call.ts";
import { Frame } from "./frame.ts";
import { evalFrame } from "./eval.ts";
import { bindDescriptor, getAttribute } from "./attributes.ts";
import { iterateToArray } from "./iteration.ts";
import { applySlots } from "./types/class_slots.ts";
import { withInstanceStorage } from "../objects/instance.ts";
import { type PyStr } from "../objects/str_wide.ts";
import { strOperand } from "../objects/str_boxed.ts";
import { ExceptionType, PyBaseException } from "../objects/exceptions.ts";
import { thread } from "./thread_state.ts";
import { toPyException } from "./raise.ts";
import { getSubscript, setSubscript } from "./subscript.ts";
import { checkedTypeName, requireUtf8Encodable } from "./types/type_names.ts";

export type NativeConstructor = (
  cls: PyType,
  args: readonly PyValue[],
  kwnames: readonly string[] | null,
) => PyValue;
export type NativeInitializer = (
  self: PyValue,
  args: readonly PyValue[],
  kwnames: readonly string[] | null,
) => void;

const constructors = new Map<PyType, NativeConstructor>();
/** The type each visible `__new__` function belongs to (its `__self__`, as in CPython). */
const constructorOwners = new WeakMap<PyBuiltinFunction, PyType>();

export function constructorOwner(func: PyBuiltinFunction): PyType | undefined {
  return constructorOwners.get(func);
}
const initializers = new Map<PyType, NativeInitializer>();

/** Builtin types that Python code cannot instantiate (CPython: tp_new is NULL). */
const uninstantiable = new WeakSet<PyType>();

/**
 * Calling `type` raises "cannot create 'generator' instances"; the type keeps
 * object's `__new__` (no visible one of its own), and pickling refuses it.
 */
export function registerUninstantiable(type: PyType): void {
  uninstantiable.add(type);
  constructors.set(type, () => {
    throw pyError("TypeError", `cannot create '${type.tpName}' instances`);
  });
}

export function isUninstantiable(type: PyType): boolean {
  return uninstantiable.has(type);
}

/**
 * A builtin type's native `__new__`; also visible as `type.__new__`, a
 * static method, so `super().__new__(cls)` and `int.__new__(C, 5)` work.
 */
export function registerConstructor(type: PyType, constructor: NativeConstructor): void {
  constructors.set(type, constructor);
  const visible = nativeFunction(
    "__new__",
    "*args, **kwargs",
    (allArgs: PyValue[], kwargs: Map<string, PyValue>) => {
      if (allArgs.length === 0) {
        throw pyError("TypeError", `${type.tpName}.__new__(): not enough arguments`);
      }
      const [cls, ...args] = allArgs;
      if (!(cls instanceof PyType)) {
        throw pyError(
          "TypeError",
          `${type.tpName}.__new__(X): X is not a type object (${typeOf(cls).tpName})`,
        );
      }
      if (!cls.isSubtypeOf(type)) {
        throw pyError(
          "TypeError",
          `${type.tpName}.__new__(${cls.name}): ${cls.name} is not a subtype of ${type.tpName}`,
        );
      }
      const values = [...args, ...kwargs.values()];
      const names = kwargs.size > 0 ? [...kwargs.keys()] : null;
      return type === objectType
        ? objectNewFor(cls, values, names)
        : withInstanceStorage(constructor(cls, values, names), cls);
    },
  );
  constructorOwners.set(visible, type);
  type.dict.set("__new__", new PyStaticMethod(visible));
  type.invalidate();
}

/**
 * The positional arguments of a builtin constructor that takes no keyword
 * arguments. As CPython's generated parsers, it rejects keywords only for
 * the type itself and for subclasses that keep its other half: a check in
 * `__new__` is skipped when the subclass overrides `__init__`, one in
 * `__init__` when it overrides `__new__`, since the override's own signature
 * may take keywords (the builtin then ignores them).
 */
export function positionalOnlyArguments(
  name: string,
  cls: PyType,
  base: PyType,
  otherHalf: "__init__" | "__new__",
  args: readonly PyValue[],
  kwnames: readonly string[] | null,
): readonly PyValue[] {
  if (kwnames === null || kwnames.length === 0) return args;
  if (cls === base || cls.lookup(otherHalf) === base.lookup(otherHalf)) {
    throw pyError("TypeError", `${name}() takes no keyword arguments`);
  }
  return args.slice(0, args.length - kwnames.length);
}

/** A builtin type's native `__init__`; also visible as a method for `super().__init__(...)`. */
export function registerInitializer(type: PyType, initializer: NativeInitializer): void {
  initializers.set(type, initializer);
  defineNativeMethods(type, {
    __init__: [
      "*args, **kwargs",
      (self: PyValue, args: PyValue[], kwargs: Map<string, PyValue>) => {
        // (`args` is this call's own array: no copy without keywords.)
        if (kwargs.size === 0) initializer(self, args, null);
        else initializer(self, [...args, ...kwargs.values()], [...kwargs.keys()]);
        return null;
      },
    ],
  });
}

/**
 * Who supplies `__new__` and `__init__` for instances of `cls`: a class
 * defining it in Python, or a native constructor/initializer. Cached per class
 * and valid while the class's version (which every change along its MRO
 * bumps) is unchanged: instantiation asks on every call.
 */
interface Instantiation {
  readonly version: number;
  readonly newOwner: PyType | NativeConstructor;
  readonly initOwner: PyType | NativeInitializer;
  /** Both halves a builtin type's own with a registerPlainConstruction: that. */
  readonly plain: PlainConstruction | null;
}
function instantiationOf(cls: PyType): Instantiation {
  let plan = cls.instantiation as Instantiation | null;
  if (plan === null || plan.version !== cls.version) {
    const newOwner = builtinNewOf(cls, slotOwner(cls, "__new__", constructors));
    const initOwner = slotOwner(cls, "__init__", initializers);
    let plain: PlainConstruction | null = null;
    for (const [type, make] of plainConstructions) {
      if (newOwner === constructors.get(type) && initOwner === initializers.get(type)) plain = make;
    }
    plan = { version: cls.version, newOwner, initOwner, plain };
    cls.instantiation = plan;
  }
  return plan;
}

/** `cls(*args)` made in one step (see registerPlainConstruction). */
export type PlainConstruction = (cls: PyType, args: readonly PyValue[]) => PyValue;
const plainConstructions = new Map<PyType, PlainConstruction>();

/**
 * For a class whose `__new__` and `__init__` are both `type`'s native ones
 * (registered before), `cls(*args)` without keywords is `make(cls, args)`:
 * what the two would do one after the other, made at once. Exception
 * classes are instantiated in loops that raise them; the two steps cost
 * them twice the lookups and allocations.
 */
export function registerPlainConstruction(type: PyType, make: PlainConstruction): void {
  plainConstructions.set(type, make);
}

/**
 * A class whose `__new__` is a builtin type's own (`__new__ = list.__new__`)
 * keeps the constructor it inherits, without the checks of the visible
 * function: CPython's update_one_slot leaves the inherited tp_new when the
 * descriptor is a tp_new_wrapper. An inherited Python `__new__` would find
 * the builtin again, so then the builtin is called as a function.
 */
function builtinNewOf(
  cls: PyType,
  owner: PyType | NativeConstructor,
): PyType | NativeConstructor {
  if (!(owner instanceof PyType)) return owner;
  const func = owner.dict.get("__new__");
  if (!(func instanceof PyBuiltinFunction) || !constructorOwners.has(func)) return owner;
  const inherited = slotOwner(cls, "__new__", constructors, cls.mro.indexOf(owner) + 1);
  return inherited instanceof PyType ? owner : inherited;
}

/** The first class in the MRO defining `name` in Python or natively. */
function slotOwner<T>(
  cls: PyType,
  name: string,
  natives: Map<PyType, T>,
  start = 0,
): PyType | T {
  for (const klass of cls.mro.slice(start)) {
    if (klass.isHeapType && klass.dict.has(name)) return klass;
    const native = natives.get(klass);
    if (native !== undefined) return native;
  }
  throw pyError("SystemError", `no ${name} found for type '${cls.name}'`);
}

/** object.__new__: checks CPython's excess-argument rule, then allocates. */
registerConstructor(objectType, (cls, args) => {
  if (args.length > 0) {
    const plan = instantiationOf(cls);
    if (plan.newOwner !== objectNew) {
      throw pyError(
        "TypeError",
        "object.__new__() takes exactly one argument (the type to instantiate)",
      );
    }
    if (plan.initOwner === objectInit) {
      throw pyError("TypeError", `${cls.name}() takes no arguments`);
    }
  }
  if (cls.dict.has("__abstractmethods__")) checkNotAbstract(cls);
  return new PyInstance(cls);
});

/**
 * CPython refuses to instantiate a class whose `__abstractmethods__` (set by
 * ABCMeta) is non-empty: "Can't instantiate abstract class C with abstract
 * method f".
 */
function checkNotAbstract(cls: PyType): void {
  const abstract = cls.dict.get("__abstractmethods__")!;
  // (ABCMeta gives every class an empty frozenset: the usual answer, with
  // no iteration — contextlib.suppress(...) is made once per `with`.)
  if (abstract instanceof PySet && abstract.used === 0) return;
  const names = iterateToArray(abstract).map((name) => isStr(name) ? toJsString(name) : "");
  if (names.length === 0) return;
  names.sort();
  throw pyError(
    "TypeError",
    `Can't instantiate abstract class ${cls.name} with abstract method${
      names.length > 1 ? "s" : ""
    } ${names.join(", ")}`,
  );
}
registerInitializer(objectType, (self, args) => {
  if (args.length > 0) {
    const cls = typeOf(self);
    const plan = instantiationOf(cls);
    if (plan.initOwner !== objectInit) {
      throw pyError(
        "TypeError",
        "object.__init__() takes exactly one argument (the instance to initialize)",
      );
    }
    if (plan.newOwner === objectNew) {
      throw pyError(
        "TypeError",
        `${cls.name}.__init__() takes exactly one argument (the instance to initialize)`,
      );
    }
  }
});
const objectNew = constructors.get(objectType)!;
const objectInit = initializers.get(objectType)!;

/**
 * `object.__new__(cls, ...)` as called explicitly (super().__new__(cls)):
 * allocates when no builtin base below object supplies the instance layout,
 * as CPython's object_new, which refuses other layouts.
 */
export function objectNewFor(
  cls: PyType,
  args: readonly PyValue[],
  kwnames: readonly string[] | null,
): PyValue {
  const solid = cls.mro.find((klass) => constructors.has(klass))!;
  if (solid !== objectType) {
    throw pyError(
      "TypeError",
      `object.__new__(${cls.name}) is not safe, use ${solid.name}.__new__()`,
    );
  }
  return objectNew(cls, args, kwnames);
}

export function callType(
  cls: PyType,
  args: readonly PyValue[],
  kwnames: readonly string[] | null,
): PyValue {
  const meta = typeOf(cls);
  if (meta !== typeType) {
    const call = meta.lookup("__call__");
    if (call !== undefined && meta.definingClass("__call__") !== typeType) {
      return callObject(call, [cls, ...args], kwnames);
    }
  }
  return typeCall(cls, args, kwnames);
}

/** type.__call__ itself: `__new__`, then `__init__` when the result is an instance. */
export function typeCall(
  cls: PyType,
  args: readonly PyValue[],
  kwnames: readonly string[] | null,
): PyValue {
  if (cls === typeType) {
    if (args.length === 1 && kwnames === null) return typeOf(args[0]);
    if (args.length - (kwnames?.length ?? 0) !== 3) {
      throw pyError("TypeError", "type() takes 1 or 3 arguments");
    }
  }
  const plan = instantiationOf(cls);
  if (plan.plain !== null && kwnames === null) return plan.plain(cls, args);
  const owner = plan.newOwner;
  const instance = owner instanceof PyType
    ? callObject(getAttribute(cls, "__new__"), [cls, ...args], kwnames)
    : withInstanceStorage(owner(cls, args, kwnames), cls);
  const type = typeOf(instance);
  if (type === cls && plan.version === cls.version) {
    // The plan asked for above still holds (no __new__ changed the class): its
    // __init__ half, without asking again. object's own __init__ after a
    // native __new__ of another type (float(x), set()) checks nothing.
    const init = plan.initOwner;
    if (init === objectInit && owner !== objectNew) return instance;
    if (!(init instanceof PyType)) {
      init(instance, args, kwnames);
      return instance;
    }
  } else if (type !== cls && !type.isSubtypeOf(cls)) return instance;
  initialize(instance, args, kwnames);
  return instance;
}

export function construct(
  cls: PyType,
  args: readonly PyValue[],
  kwnames: readonly string[] | null,
): PyValue {
  const owner = instantiationOf(cls).newOwner;
  if (owner instanceof PyType) {
    return callObject(getAttribute(cls, "__new__"), [cls, ...args], kwnames);
  }
  return withInstanceStorage(owner(cls, args, kwnames), cls);
}

function initialize(
  instance: PyValue,
  args: readonly PyValue[],
  kwnames: readonly string[] | null,
): void {
  const owner = instantiationOf(typeOf(instance)).initOwner;
  if (!(owner instanceof PyType)) {
    owner(instance, args, kwnames);
    return;
  }
  const init = owner.dict.get("__init__")!;
  // slot_tp_init: a function takes the instance first; any other descriptor is bound first.
  const result = init instanceof PyFunction
    ? callObject(init, [instance, ...args], kwnames)
    : callObject(bindDescriptor(init, instance, typeOf(instance)), args, kwnames);
  checkInitResult(result);
}

/** `__init__` must return None (type_call's check). */
export function checkInitResult(result: PyValue): void {
  if (result !== null) {
    throw pyError("TypeError", `__init__() should return None, not '${typeOf(result).tpName}'`);
  }
}

/**
 * For the JIT: the `__init__` function of a class whose instances are made
 * the plain way — type's own `__call__`, a native `__new__`, a Python
 * `__init__` — so that `cls(args)` is construct() then that function; else
 * undefined. Valid while the class's version is unchanged.
 */
export function plainInitializer(cls: PyType): PyFunction | undefined {
  if (typeOf(cls) !== typeType || cls === typeType) return undefined;
  const plan = instantiationOf(cls);
  if (plan.newOwner instanceof PyType || !(plan.initOwner instanceof PyType)) return undefined;
  const init = plan.initOwner.dict.get("__init__");
  return init instanceof PyFunction ? init : undefined;
}

/**
 * Whether `cls(...)` makes a bare PyInstance before `__init__` runs: object's
 * own `__new__` (no builtin base with a layout of its own) and no abstract
 * methods, so construct() only allocates. A trace then allocates the instance
 * itself, or not at all when it does not escape (jit/opt/virtuals.ts). Valid
 * while the class's version is unchanged.
 */
export function allocatesBareInstance(cls: PyType): boolean {
  return instantiationOf(cls).newOwner === objectNew && !cls.dict.has("__abstractmethods__");
}

/** type(name, bases, namespace) and metaclass.__new__ for class statements. */
registerConstructor(typeType, (meta, args, kwnames) => {
  if (args.length === 1 && meta === typeType && kwnames === null) return typeOf(args[0]);
  const [name, bases, namespace] = args;
  const given = args.length - (kwnames?.length ?? 0);
  if (given !== 3) {
    throw pyError("TypeError", `type.__new__() takes exactly 3 arguments (${given} given)`);
  }
  const nameText = strOperand(name);
  if (nameText === undefined) {
    throw pyError("TypeError", `type.__new__() argument 1 must be str, not ${typeOf(name).tpName}`);
  }
  if (!(bases instanceof PyTuple)) {
    throw pyError(
      "TypeError",
      `type.__new__() argument 2 must be tuple, not ${typeOf(bases).tpName}`,
    );
  }
  if (!(namespace instanceof PyDict)) {
    throw pyError(
      "TypeError",
      `type.__new__() argument 3 must be dict, not ${typeOf(namespace).tpName}`,
    );
  }
  for (const base of bases.items) {
    if (mroEntriesOf(base) !== undefined) {
      throw pyError(
        "TypeError",
        "type() doesn't support MRO entry resolution; use types.new_class()",
      );
    }
  }
  // type_new: a more derived metaclass among the bases takes over (with its own __new__).
  const winner = mostDerivedMetaclass(meta, bases.items);
  if (winner !== meta) {
    const owner = slotOwner(winner, "__new__", constructors);
    if (owner instanceof PyType) {
      return callObject(getAttribute(winner, "__new__"), [winner, ...args], kwnames);
    }
    // A builtin metaclass's own __new__ (ctypes' PyCStructType...), as type_new defers to it.
    if (owner !== constructors.get(typeType)) return owner(winner, args, kwnames);
  }
  const className = checkedTypeName(nameText);
  return createClass(
    winner,
    className,
    bases.items,
    namespaceCopy(namespace),
    args.slice(3),
    kwnames ?? [],
  );
});
registerInitializer(typeType, () => {});

/**
 * type_new works on PyDict_Copy(namespace): a dict subclass that overrides
 * `__iter__` (OrderedDict) is copied through its keys() and `[]`, so the class
 * dict has the subclass's order.
 */
function namespaceCopy(namespace: PyDict): PyDict {
  if (namespace.cls === dictType) return namespace;
  if (typeOf(namespace).lookup("__iter__") === dictType.dict.get("__iter__")) return namespace;
  const copy = new PyDict();
  for (const key of iterateToArray(callObject(getAttribute(namespace, "keys"), [], null))) {
    copy.set(key, getSubscript(namespace, key));
  }
  return copy;
}

function createClass(
  meta: PyType,
  name: string,
  baseValues: readonly PyValue[],
  namespace: PyDict,
  keywords: readonly PyValue[] = [],
  keywordNames: readonly string[] = [],
): PyType {
  const bases: PyType[] = [];
  for (const base of baseValues) {
    if (!(base instanceof PyType)) {
      throw pyError("TypeError", `bases must be types`);
    }
    if (bases.includes(base)) throw pyError("TypeError", `duplicate base class ${base.name}`);
    if ((base.flags & TypeFlag.BASETYPE) === 0) {
      throw pyError("TypeError", `type '${base.name}' is not an acceptable base type`);
    }
    bases.push(base);
  }
  if (bases.length === 0) bases.push(objectType);
  checkLayouts(bases);
  const dict = new Map<string, PyValue>();
  let classCell: PyValue | undefined;
  for (let position = 0; position < namespace.keys.length; position++) {
    const key = namespace.keys[position];
    if (key === undefined) continue;
    if (typeof key !== "string") continue;
    let value = namespace.values[position]!;
    if (key === "__classcell__") {
      classCell = value;
      continue;
    }
    if (key === "__new__" && value instanceof PyFunction) value = new PyStaticMethod(value);
    if (
      (key === "__init_subclass__" || key === "__class_getitem__") && value instanceof PyFunction
    ) {
      value = new PyClassMethod(value);
    }
    dict.set(key, value);
  }
  if (!dict.has("__module__")) {
    const moduleName = thread.current?.globals.get("__name__");
    if (moduleName !== undefined) dict.set("__module__", moduleName);
  }
  const qualname = dict.get("__qualname__");
  if (qualname !== undefined && !isStr(qualname)) {
    throw pyError("TypeError", `type __qualname__ must be a str, not ${typeOf(qualname).tpName}`);
  }
  dict.delete("__qualname__");
  // type_new_set_doc keeps a str __doc__ as UTF-8 too.
  const doc = dict.get("__doc__");
  if (doc !== undefined && isStr(doc)) requireUtf8Encodable(doc);
  let cls: PyType;
  try {
    cls = new PyType(meta, name, bases, dict, TypeFlag.HEAPTYPE | TypeFlag.BASETYPE);
  } catch (error) {
    if (error instanceof MroError) throw pyError("TypeError", error.message);
    throw error;
  }
  cls.qualname = qualname === undefined ? name : toJsString(qualname as PyStr);
  applySlots(cls);
  if (classCell !== undefined && !(classCell instanceof PyCell)) {
    throw pyError(
      "TypeError",
      `__classcell__ must be a nonlocal cell, not ${toJsString(reprOf(typeOf(classCell)))}`,
    );
  }
  if (!dict.has("__doc__")) dict.set("__doc__", null);
  // Defining __eq__ without __hash__ makes instances unhashable.
  if (dict.has("__eq__") && !dict.has("__hash__")) dict.set("__hash__", null);
  applyCustomMro(cls);
  if (classCell instanceof PyCell) classCell.contents = cls;
  for (const [key, value] of [...dict]) {
    const setName = typeOf(value).lookup("__set_name__");
    if (setName === undefined) continue;
    try {
      callObject(setName, [value, cls, key], null);
    } catch (error) {
      // CPython 3.11 wraps the error (3.12 adds a note instead).
      const wrapped = pyError(
        "RuntimeError",
        `Error calling __set_name__ on '${typeOf(value).tpName}' instance '${key}' in '${name}'`,
      ) as PyBaseException;
      const original = toPyException(error);
      wrapped.cause = original;
      wrapped.context = original;
      wrapped.suppressContext = true;
      throw wrapped;
    }
  }
  initSubclass(cls, keywords, keywordNames);
  return cls;
}

/**
 * The builtin type whose instance layout a class's instances have (CPython's
 * solid_base, for builtin layouts; `__slots__` layouts are applySlots' concern).
 */
export function solidBase(type: PyType): PyType {
  return type.mro.find((klass) => !klass.isHeapType && constructors.has(klass)) ?? objectType;
}

/** best_base: the bases' layouts must lie on one chain of subclasses. */
export function checkLayouts(bases: readonly PyType[]): void {
  bestBase(bases);
}

/**
 * best_base: the base whose instance layout (solid base) extends all the
 * others' — the class's `__base__`, `int` for `class C(B, int)`.
 */
export function bestBase(bases: readonly PyType[]): PyType | undefined {
  let winner = objectType;
  let best: PyType | undefined;
  for (const base of bases) {
    const solid = solidBase(base);
    if (best !== undefined && winner.isSubtypeOf(solid)) continue;
    if (!solid.isSubtypeOf(winner)) {
      throw pyError("TypeError", "multiple bases have instance lay-out conflict");
    }
    winner = solid;
    best = base;
  }
  return best;
}

/** super(cls, cls).__init_subclass__(**keywords), as type.__new__ does last. */
function initSubclass(cls: PyType, keywords: readonly PyValue[], names: readonly string[]): void {
  // super(cls, cls) needs cls in its own MRO, which a custom mro() may leave out.
  if (!cls.mro.includes(cls)) {
    throw pyError("TypeError", "super(type, obj): obj must be an instance or subtype of type");
  }
  const parent = cls.mro.slice(1).find((klass) => klass.dict.has("__init_subclass__"));
  if (parent === undefined) return;
  const hook = bindDescriptor(parent.dict.get("__init_subclass__")!, cls, cls);
  callObject(hook, keywords, names.length > 0 ? names : null);
}

/** builtins.__build_class__(func, name, *bases, metaclass=None, **kwds). */
export function buildClass(args: readonly PyValue[], kwnames: readonly string[] | null): PyValue {
  const positional = args.length - (kwnames?.length ?? 0);
  if (positional < 2) throw pyError("TypeError", "__build_class__: not enough arguments");
  const [body, name] = args;
  if (!(body instanceof PyFunction)) {
    throw pyError("TypeError", "__build_class__: func must be a function");
  }
  if (!isStr(name)) throw pyError("TypeError", "__build_class__: name is not a string");
  const originalBases = args.slice(2, positional);
  const bases = resolveBases(originalBases);
  let meta: PyValue | null = null;
  const keywords: PyValue[] = [];
  const keywordNames: string[] = [];
  kwnames?.forEach((keyword, i) => {
    if (keyword === "metaclass") meta = args[positional + i];
    else {
      keywordNames.push(keyword);
      keywords.push(args[positional + i]);
    }
  });
  if (meta === null) meta = bases.length === 0 ? typeType : typeOf(bases[0]);
  if (meta instanceof PyType) meta = mostDerivedMetaclass(meta, bases);
  const basesTuple = newTuple(bases);
  const prepare = typeOf(meta).lookup("__prepare__") !== undefined
    ? getAttribute(meta, "__prepare__")
    : null;
  const namespace = prepare === null ? new PyDict() : callObject(
    prepare,
    [name, basesTuple, ...keywords],
    keywordNames.length ? keywordNames : null,
  );
  if (!(namespace instanceof PyDict) && typeOf(namespace).lookup("__getitem__") === undefined) {
    const metaName = meta instanceof PyType ? meta.name : "<metaclass>";
    throw pyError(
      "TypeError",
      `${metaName}.__prepare__() must return a mapping, not ${typeOf(namespace).tpName}`,
    );
  }
  if (bases.length !== originalBases.length || bases.some((base, i) => base !== originalBases[i])) {
    setSubscript(namespace, "__orig_bases__", newTuple(originalBases));
  }
  // Any mapping may be a class body's locals: namespace.ts uses its __getitem__/__setitem__
  // whenever the locals are not an exact dict.
  const locals = namespace as PyDict;
  const frame = new Frame(body.code, body.globals, body.builtins, locals, body);
  const cell = evalFrame(frame);
  const cls = callObject(
    meta,
    [name, basesTuple, namespace, ...keywords],
    keywordNames.length ? keywordNames : null,
  );
  if (cell instanceof PyCell && cell.contents === undefined && cls instanceof PyType) {
    throw pyError(
      "RuntimeError",
      `__class__ not set defining '${name}' as ${cls.name}. Was __classcell__ propagated to type.__new__?`,
    );
  }
  return cls;
}

/**
 * A non-class base's `__mro_entries__`, looked up as an attribute of the
 * object itself (typing.NamedTuple is a function carrying one), or undefined.
 */
function mroEntriesOf(base: PyValue): PyValue | undefined {
  if (base instanceof PyType) return undefined;
  try {
    return getAttribute(base, "__mro_entries__");
  } catch (error) {
    if (error instanceof PyBaseException && error.cls.isSubtypeOf(ExceptionType.AttributeError)) {
      return undefined;
    }
    throw error;
  }
}

/** PEP 560: bases with __mro_entries__ are replaced by what it returns. */
function resolveBases(bases: readonly PyValue[]): PyValue[] {
  const out: PyValue[] = [];
  for (const base of bases) {
    const entries = mroEntriesOf(base);
    if (entries !== undefined) {
      out.push(...iterateToArray(callObject(entries, [newTuple(bases)], null)));
    } else out.push(base);
  }
  return out;
}

function mostDerivedMetaclass(meta: PyType, bases: readonly PyValue[]): PyType {
  let winner = meta;
  for (const base of bases) {
    const baseMeta = typeOf(base);
    if (winner.isSubtypeOf(baseMeta)) continue;
    if (baseMeta.isSubtypeOf(winner)) {
      winner = baseMeta;
      continue;
    }
    throw pyError(
      "TypeError",
      "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
    );
  }
  return winner;
}
