/**
 * Pointers: `_Pointer`, its metaclass PyCPointerType, POINTER() with
 * `_pointer_type_cache`, and pointer(). A pointer's memory holds an
 * address; `contents` and items are instances over the memory it points
 * at, whose `_b_base_` is the pointer (so the pointer, and through its
 * `_objects` the target, stay alive). A pointer class may be made without
 * `_type_` (POINTER("name")) and completed later with set_type().
 */
import type { PyValue } from "../vm/objects/object.ts";
import type { PyType } from "../vm/objects/type.ts";
import { pyError } from "../vm/objects/exceptions.ts";
import { typeOf } from "../vm/objects/typeof.ts";
import { PyDict } from "../vm/objects/dict.ts";
import { newTuple } from "../vm/objects/tuple.ts";
import { PySlice } from "../vm/objects/slice.ts";
import { defineNativeMethods } from "../vm/objects/native_function.ts";
import { defineGetSets } from "../vm/objects/getset.ts";
import { indexOperand } from "../vm/objects/bytes_args.ts";
import { isStr, toJsString } from "../vm/objects/str_wide.ts";
import { getAttribute } from "../vm/runtime/attributes.ts";
import { callObject } from "../vm/runtime/call.ts";
import { registerNativeSlots } from "../vm/runtime/slots.ts";
import { objectId } from "../vm/runtime/identity.ts";
import { registerConstructor, registerInitializer } from "../vm/runtime/call_type.ts";
import { ExceptionType, PyBaseException } from "../vm/objects/exceptions.ts";
import { locatedOffset, locateView, windowAt } from "../ffi/native_memory.ts";
import { readWord, writeWord } from "../ffi/native_values.ts";
import {
  concreteInfo,
  infoOf,
  keepRef,
  keptObjects,
  newBorrowed,
  newOwned,
  newStgInfo,
  PyCData,
  readAt,
  setStgInfo,
  type StgInfo,
  stgInfo,
  storeValue,
} from "./_ctypes_cdata.ts";
import { pointerMeta, pointerType } from "./_ctypes_types.ts";
import { defineClassMethods, defineMetaclass, instanceOf } from "./_ctypes_metaclass.ts";
import { PyCArg } from "./_ctypes_carg.ts";
import { sliceItems } from "./_ctypes_array.ts";
import { byReference } from "./_ctypes_byref.ts";

/** `_ctypes._pointer_type_cache`. */
export const pointerTypeCache = new PyDict();

function optionalAttribute(cls: PyType, name: string): PyValue | undefined {
  try {
    return getAttribute(cls, name);
  } catch (error) {
    if (error instanceof PyBaseException && error.cls.isSubtypeOf(ExceptionType.AttributeError)) {
      return undefined;
    }
    throw error;
  }
}

function pointerInfo(target: PyValue | null): StgInfo {
  const targetInfo = target === null ? undefined : stgInfo(target);
  return newStgInfo("pointer", {
    size: 8,
    align: 8,
    length: 1,
    proto: target,
    format: targetInfo === undefined
      ? "&B"
      : targetInfo.shape.length > 0
      ? `&(${targetInfo.shape.join(",")})${targetInfo.format}`
      : `&${targetInfo.format}`,
    native: "usize",
    hasPointer: true,
  });
}

function completePointerClass(cls: PyType): void {
  // Only the class's own `_type_`: a subclass of a pointer type is incomplete.
  const target = cls.dict.get("_type_");
  if (target !== undefined && stgInfo(target) === undefined) {
    throw pyError("TypeError", "_type_ must have storage info");
  }
  setStgInfo(cls, pointerInfo(target ?? null));
}

defineMetaclass(pointerMeta, completePointerClass);

defineNativeMethods(pointerMeta, {
  set_type: ["type, /", (cls: PyType, target: PyValue) => {
    if (stgInfo(target) === undefined) {
      throw pyError("TypeError", "_type_ must have storage info");
    }
    const info = stgInfo(cls)!;
    const fresh = pointerInfo(target);
    info.proto = fresh.proto;
    info.format = fresh.format;
    cls.dict.set("_type_", target);
    cls.invalidate();
    return null;
  }],
});

defineClassMethods(pointerMeta, (cls: PyType, value: PyValue) => {
  if (value === null) return null;
  const info = concreteInfo(cls);
  if (info.proto !== null && instanceOf(info.proto as PyType, value)) return byReference(value);
  if (value instanceof PyCData) {
    const valueInfo = infoOf(value);
    if (
      (valueInfo.kind === "pointer" || valueInfo.kind === "array") && valueInfo.proto !== null &&
      info.proto !== null && (valueInfo.proto as PyType).isSubtypeOf(info.proto as PyType)
    ) {
      return value;
    }
  }
  if (value instanceof PyCArg) {
    const kept = value.keep;
    if (kept !== null && info.proto !== null && instanceOf(info.proto as PyType, kept)) {
      return value;
    }
    throw pyError(
      "TypeError",
      `expected ${cls.name} instance instead of pointer to ${
        kept === null ? "???" : typeOf(kept).name
      }`,
    );
  }
  if (instanceOf(cls, value)) return value;
  const parameter = optionalAttribute(value as PyType, "_as_parameter_");
  if (parameter !== undefined) {
    return callObject(getAttribute(cls, "from_param"), [parameter], null);
  }
  throw pyError("TypeError", `expected ${cls.name} instance instead of ${typeOf(value).name}`);
});

function targetOf(self: PyCData): { type: PyType; info: StgInfo } {
  const proto = infoOf(self).proto;
  if (proto === null) throw pyError("TypeError", "Cannot create instance: has no _type_");
  return { type: proto as PyType, info: stgInfo(proto)! };
}

function addressIn(self: PyCData): number {
  return Number(readWord(self.region, self.regionOffset));
}

function setContents(self: PyCData, value: PyValue | undefined): void {
  if (value === undefined) throw pyError("TypeError", "Pointer does not support item deletion");
  const { type } = targetOf(self);
  // CPython 3.11 accepts any ctypes instance here, not only instances of _type_.
  if (!(value instanceof PyCData)) {
    throw pyError("TypeError", `expected ${type.name} instead of ${typeOf(value).name}`);
  }
  writeWord(self.region, self.regionOffset, value.address);
  keepRef(self, 1, value);
  keepRef(self, 0, keptObjects(value));
}

registerConstructor(pointerType, (cls) => {
  const info = concreteInfo(cls);
  if (info.proto === null) throw pyError("TypeError", "Cannot create instance: has no _type_");
  return newOwned(cls, info);
});
registerInitializer(pointerType, (self, args, kwnames) => {
  const positional = args.length - (kwnames?.length ?? 0);
  if (positional > 1) {
    throw pyError("TypeError", `POINTER expected at most 1 argument, got ${positional}`);
  }
  if (positional === 1) setContents(self as PyCData, args[0]);
});

function checkedAddress(self: PyCData): number {
  const address = addressIn(self);
  if (address === 0) throw pyError("ValueError", "NULL pointer access");
  return address;
}

function pointerItem(self: PyCData, index: number): PyValue {
  const address = checkedAddress(self);
  const { type, info } = targetOf(self);
  return readAt(type, info, address + index * info.size, self, index);
}

defineGetSets(pointerType, {
  contents: [(self: PyCData) => {
    const address = checkedAddress(self);
    const { type, info } = targetOf(self);
    return newBorrowed(type, info, address, self, 0);
  }, setContents],
});

function integerIndex(key: PyValue): number {
  const index = typeof key === "number" ? key : indexOperand(key);
  if (index === undefined) throw pyError("TypeError", "Pointer indices must be integer");
  return Number(index);
}

function pointerSlice(self: PyCData, slice: PySlice): PyValue {
  const step = slice.step === null ? 1 : integerIndex(slice.step);
  if (step === 0) throw pyError("ValueError", "slice step cannot be zero");
  if (slice.start === null && step < 0) {
    throw pyError("ValueError", "slice start is required for step < 0");
  }
  if (slice.stop === null) throw pyError("ValueError", "slice stop is required");
  const start = slice.start === null ? 0 : integerIndex(slice.start);
  const stop = integerIndex(slice.stop);
  const positions: number[] = [];
  if (step > 0) { for (let i = start; i < stop; i += step) positions.push(i); }
  else for (let i = start; i > stop; i += step) positions.push(i);
  const { type, info } = targetOf(self);
  if (positions.length === 0) return sliceItems(type, info, () => null, [], windowAt(0, 0), 0);
  const address = checkedAddress(self);
  const low = Math.min(...positions);
  const high = Math.max(...positions);
  const view = windowAt(address + low * info.size, (high - low + 1) * info.size);
  return sliceItems(
    type,
    info,
    (i) => pointerItem(self, i + low),
    positions.map((p) => p - low),
    view,
    0,
  );
}

function getPointerItem(self: PyCData, key: PyValue): PyValue {
  if (key instanceof PySlice) return pointerSlice(self, key);
  return pointerItem(self, integerIndex(key));
}

function setPointerItem(self: PyCData, key: PyValue, value: PyValue): PyValue {
  const index = integerIndex(key);
  const address = checkedAddress(self);
  const { type, info } = targetOf(self);
  const view = locateView(address + index * info.size, info.size);
  keepRef(self, index, storeValue(type, info, view, locatedOffset, value));
  return null;
}

// Native slots too: `p[0]` in a callback is the hot path of a qsort comparator.
registerNativeSlots(pointerType, {
  __getitem__: (self, key) => getPointerItem(self as PyCData, key),
  __setitem__: (self, key, value) => setPointerItem(self as PyCData, key, value),
});

defineNativeMethods(pointerType, {
  __getitem__: ["key, /", getPointerItem],
  __setitem__: ["key, value, /", setPointerItem],
  __delitem__: ["key, /", () => {
    throw pyError("TypeError", "Pointer does not support item deletion");
  }],
  __bool__: ["", (self: PyCData) => addressIn(self) !== 0],
});

/** POINTER(type): the cached pointer class, made on first request. */
export function pointerTypeFor(target: PyValue): PyValue {
  const cached = pointerTypeCache.get(target);
  if (cached !== undefined) return cached;
  let made: PyValue;
  if (isStr(target)) {
    made = callObject(
      pointerMeta,
      [`LP_${toJsString(target)}`, newTuple([pointerType]), new PyDict()],
      null,
    );
    pointerTypeCache.set(objectId(made), made);
    return made;
  }
  if (!(target !== null && typeof target === "object" && "mro" in target)) {
    throw pyError("TypeError", "must be a ctypes type");
  }
  const namespace = new PyDict();
  namespace.set("_type_", target);
  made = callObject(
    pointerMeta,
    [`LP_${(target as PyType).name}`, newTuple([pointerType]), namespace],
    null,
  );
  pointerTypeCache.set(target, made);
  return made;
}

/** pointer(obj): a new POINTER(type(obj)) instance pointing at obj. */
export function pointerTo(value: PyValue): PyValue {
  return callObject(pointerTypeFor(typeOf(value)), [value], null);
}
