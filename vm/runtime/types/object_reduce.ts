/**
 * `object.__reduce_ex__`, `object.__reduce__` and `object.__getstate__`: the
 * default pickling/copying protocol (CPython's typeobject.c reduce code and
 * copyreg.py). Protocol 2 and above build `copyreg.__newobj__(cls, *args)`
 * (or `__newobj_ex__` with keyword arguments from `__getnewargs_ex__`) plus
 * the state and, for list/dict subclasses, item iterators; protocols 0 and 1
 * defer to `copyreg._reduce_ex`, as CPython does.
 */
import type { PyValue } from "../../objects/object.ts";
import type { PyType } from "../../objects/type.ts";
import { objectType } from "../../objects/core_types.ts";
import { defineNativeMethods } from "../../objects/native_function.ts";
import { newTuple, PyTuple } from "../../objects/tuple.ts";
import { PyDict } from "../../objects/dict.ts";
import { listType } from "../../objects/list.ts";
import { dictType } from "../../objects/dict.ts";
import { ExceptionType, PyBaseException, pyError } from "../../objects/exceptions.ts";
import { typeOf } from "../../objects/typeof.ts";
import { instanceDict } from "../../objects/instance_dict.ts";
import { asInteger } from "../../objects/str_args.ts";
import { callObject } from "../call.ts";
import { isUninstantiable } from "../call_type.ts";
import { attributeName, attributeStorage, getAttribute } from "../attributes.ts";
import { getIterator, iterateToArray } from "../iteration.ts";
import { importAbsolute } from "../import/import_module.ts";

function copyreg(name: string): PyValue {
  return getAttribute(importAbsolute("copyreg"), name);
}

/** object.__getstate__(): the instance dict (None when empty), plus set slots. */
function objectGetState(self: PyValue): PyValue {
  const storage = attributeStorage(self);
  let state: PyValue = null;
  if (storage !== null) {
    const dict = instanceDict(storage);
    if (dict.size > 0) state = dict.copy();
  }
  const slotNames = iterateToArray(callObject(copyreg("_slotnames"), [typeOf(self)], null));
  if (slotNames.length === 0) return state;
  const slots = new PyDict();
  for (const name of slotNames) {
    try {
      slots.set(name, getAttribute(self, attributeName(name)));
    } catch (error) {
      if (
        !(error instanceof PyBaseException && error.cls.isSubtypeOf(ExceptionType.AttributeError))
      ) {
        throw error;
      }
    }
  }
  return slots.size > 0 ? newTuple([state, slots]) : state;
}

function callMethod(self: PyValue, name: string): PyValue {
  return callObject(getAttribute(self, name), [], null);
}

/** (args, kwargs) from `__getnewargs_ex__` or `__getnewargs__`, else ((), null). */
function newArguments(self: PyValue): [PyValue[], PyDict | null] {
  const type = typeOf(self);
  if (type.lookup("__getnewargs_ex__") !== undefined) {
    const result = callMethod(self, "__getnewargs_ex__");
    if (!(result instanceof PyTuple) || result.items.length !== 2) {
      throw pyError("TypeError", "__getnewargs_ex__ should return a tuple of length 2");
    }
    const [args, kwargs] = result.items;
    if (!(args instanceof PyTuple) || !(kwargs instanceof PyDict)) {
      throw pyError("TypeError", "__getnewargs_ex__ should return (tuple, dict)");
    }
    return [[...args.items], kwargs.size > 0 ? kwargs : null];
  }
  if (type.lookup("__getnewargs__") !== undefined) {
    const args = callMethod(self, "__getnewargs__");
    if (!(args instanceof PyTuple)) {
      throw pyError(
        "TypeError",
        `__getnewargs__ should return a tuple, not '${typeOf(args).tpName}'`,
      );
    }
    return [[...args.items], null];
  }
  return [[], null];
}

/**
 * Builtin types whose instances keep state outside Python attributes (hash
 * engines, compressor streams, the Mersenne Twister, compiled Structs), with
 * the name CPython's tp_name gives them in "cannot pickle" messages.
 */
const opaqueStateTypes = new Map<PyType, string>();

/**
 * Make object's default reduce refuse instances of `type` and of its Python
 * subclasses, as CPython's object_getstate_default does when the state is
 * required and the instance is larger than an object (its C fields).
 * `object.__getstate__()` called directly still returns the instance dict.
 */
export function registerOpaqueState(type: PyType, tpName: string): void {
  opaqueStateTypes.set(type, tpName);
}

/** The "cannot pickle" error for an instance whose state must be pickled but cannot. */
function unpicklableState(type: PyType): PyBaseException | undefined {
  if (type.lookup("__getstate__") !== objectType.dict.get("__getstate__")) return undefined;
  const base = type.mro.find((t) => opaqueStateTypes.has(t));
  if (base === undefined) return undefined;
  const name = type.isHeapType ? type.tpName : opaqueStateTypes.get(base)!;
  return pyError("TypeError", `cannot pickle '${name}' object`);
}

function reduceNewObject(self: PyValue): PyValue {
  const type = typeOf(self);
  if (isUninstantiable(type)) throw pyError("TypeError", `cannot pickle '${type.tpName}' object`);
  const [args, kwargs] = newArguments(self);
  const isContainer = type.isSubtypeOf(listType) || type.isSubtypeOf(dictType);
  const hasNewArguments = type.lookup("__getnewargs_ex__") !== undefined ||
    type.lookup("__getnewargs__") !== undefined;
  if (!hasNewArguments && !isContainer) {
    const error = unpicklableState(type);
    if (error !== undefined) throw error;
  }
  const state = callMethod(self, "__getstate__");
  const listItems = type.isSubtypeOf(listType) ? getIterator(self) : null;
  const dictItems = type.isSubtypeOf(dictType) ? getIterator(callMethod(self, "items")) : null;
  const constructor = kwargs === null
    ? newTuple([copyreg("__newobj__"), newTuple([type, ...args])])
    : newTuple([copyreg("__newobj_ex__"), newTuple([type, newTuple(args), kwargs])]);
  return newTuple([...constructor.items, state, listItems, dictItems]);
}

const objectReduce = (self: PyValue) => callObject(copyreg("_reduce_ex"), [self, 0], null);

defineNativeMethods(objectType, {
  __getstate__: ["", objectGetState],
  __reduce__: ["", objectReduce],
  __reduce_ex__: ["protocol, /", (self: PyValue, protocol: PyValue) => {
    const reduce = typeOf(self).lookup("__reduce__");
    if (reduce !== undefined && reduce !== objectType.dict.get("__reduce__")) {
      return callMethod(self, "__reduce__");
    }
    const level = asInteger(protocol);
    if (level >= 2) return reduceNewObject(self);
    return callObject(copyreg("_reduce_ex"), [self, level], null);
  }],
});
