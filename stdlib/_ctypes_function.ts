/**
 * Foreign function pointers: `CFuncPtr` and PyCFuncPtrType.
 *
 * An instance holds a code address in its memory (so it can sit in a
 * structure field or be passed as an argument) and is made from an address,
 * from `(name, library)` (dlsym; a missing symbol is AttributeError with
 * dlerror's text), or from a Python callable (a C callback, see
 * _ctypes_callback.ts). argtypes/restype/errcheck may be set on the
 * instance; otherwise the class's `_argtypes_`/`_restype_`/`_flags_` apply.
 *
 * A call converts the arguments (_ctypes_call_args.ts), binds one FFI
 * signature for the concrete argument types (cached, so printf gets one
 * binding per distinct signature), swaps in ctypes' private errno when the
 * function was made with use_errno, calls, converts the result, then runs
 * errcheck and collects `out` parameters (paramflags).
 */
import type { PyValue } from "../vm/objects/object.ts";
import type { PyType } from "../vm/objects/type.ts";
import { PyBaseException, pyError } from "../vm/objects/exceptions.ts";
import { typeOf } from "../vm/objects/typeof.ts";
import { newTuple, PyTuple } from "../vm/objects/tuple.ts";
import { isStr, toJsString } from "../vm/objects/str_wide.ts";
import { defineNativeMethods } from "../vm/objects/native_function.ts";
import { defineGetSets } from "../vm/objects/getset.ts";
import { getAttribute } from "../vm/runtime/attributes.ts";
import { callObject } from "../vm/runtime/call.ts";
import { addressOf } from "../vm/runtime/identity.ts";
import { iterateToArray } from "../vm/runtime/iteration.ts";
import { registerConstructor, registerInitializer } from "../vm/runtime/call_type.ts";
import { ExceptionType } from "../vm/objects/exceptions.ts";
import { PyType as PyTypeClass } from "../vm/objects/type.ts";
import { errnoCell, findSymbol, LoaderError } from "../ffi/libraries.ts";
import { scratch } from "../ffi/native_memory.ts";
import { bindFunction, type BoundFunction, invoke, type NativeType } from "../ffi/signatures.ts";
import { type RawValue, readWord, writeWord } from "../ffi/native_values.ts";
import {
  concreteInfo,
  functionInstances,
  infoOf,
  keepRef,
  newOwned,
  newStgInfo,
  PyCData,
  setStgInfo,
  type StgInfo,
  stgInfo,
} from "./_ctypes_cdata.ts";
import { argumentErrorType, funcPtrMeta, funcPtrType } from "./_ctypes_types.ts";
import {
  addressArgument,
  cdataFromParam,
  defineClassMethods,
  defineMetaclass,
} from "./_ctypes_metaclass.ts";
import {
  argumentError,
  type CallArguments,
  type Converter,
  converterFor,
  pushDefault,
} from "./_ctypes_call_args.ts";
import { convertResult, resultNative } from "./_ctypes_call_result.ts";
import { makeCallback } from "./_ctypes_callback.ts";
import { ctypesErrno } from "./_ctypes_errno.ts";
import { internalFunction } from "./_ctypes_internal.ts";
import type { ForeignPlan } from "../jit/foreign_calls.ts";

export const FUNCFLAG_CDECL = 0x1;
export const FUNCFLAG_USE_ERRNO = 0x8;
export const FUNCFLAG_USE_LASTERROR = 0x10;
export const FUNCFLAG_PYTHONAPI = 0x4;

/** A function pointer instance: the per-instance overrides of its class's prototype. */
export class PyCFuncPtr extends PyCData {
  argtypes: PyType[] | undefined = undefined;
  /** The argtypes object as the program assigned it (the attribute returns it). */
  argtypesValue: PyValue = null;
  converters: Converter[] | undefined = undefined;
  restype: PyValue | undefined = undefined;
  restypeSet = false;
  checker: PyValue | undefined = undefined;
  errcheck: PyValue | undefined = undefined;
  paramflags: PyValue[] | null = null;
  /** The callable of a callback, the library of a symbol: kept alive with the pointer. */
  callable: PyValue | null = null;
  /** The symbol's name when made from (name, library): binds the fast way. */
  symbolName: string | null = null;
  /** The last signature bound, reused while the argument types repeat. */
  lastNatives: NativeType[] | null = null;
  lastResult: NativeType | null = null;
  /** The restype whose FFI type `resultNative` is. */
  resultFor: PyValue | undefined = undefined;
  resultNative: NativeType | null = null;
  lastBound: BoundFunction | null = null;
  /** How traces call it (_ctypes_jit_plan.ts): undefined until asked, dropped by the setters. */
  jitPlan: ForeignPlan | null | undefined = undefined;
  /** How the interpreter calls it directly (`directCalls`): undefined until made, dropped by the setters. */
  directCall: ((...args: PyValue[]) => PyValue) | null | undefined = undefined;
  /** Calls made the interpreter's way since argtypes, restype or errcheck were last set. */
  calls = 0;
}

/**
 * The interpreter's direct calls (made by _ctypes_jit_plan.ts with the
 * traces' plans): a function pointer whose argtypes and restype convert
 * without callNative gets a generated function calling its C function with
 * one bound signature, once it has been called DIRECT_AFTER times (binding
 * costs 100-220 µs, and most functions are called a few times only).
 * Arguments it does not take go through callNative, as do keyword
 * arguments and a count other than the argtypes'.
 */
export const directCalls = {
  make: (_self: PyCFuncPtr): ((...args: PyValue[]) => PyValue) | null => null,
};
const DIRECT_AFTER = 32;

/** Forget how the pointer was called (its argtypes, restype or errcheck change). */
function dropPlans(self: PyCFuncPtr): void {
  self.jitPlan = undefined;
  self.directCall = undefined;
  self.calls = 0;
}

/** The converters of each class's `_argtypes_`. */
const classConverters = new WeakMap<StgInfo, Converter[]>();

function argtypeList(value: PyValue): PyType[] {
  let items: PyValue[];
  try {
    items = iterateToArray(value);
  } catch {
    throw pyError("TypeError", "_argtypes_ must be a sequence of types");
  }
  return items as PyType[];
}

const MAX_ARGUMENTS = 1024;

function convertersOf(argtypes: readonly PyType[]): Converter[] {
  if (argtypes.length > MAX_ARGUMENTS) {
    throw new PyBaseException(
      argumentErrorType,
      newTuple([
        `_argtypes_ has too many arguments (${argtypes.length}), maximum is ${MAX_ARGUMENTS}`,
      ]),
    );
  }
  return argtypes.map((argtype, i) => {
    const hasFromParam = (() => {
      try {
        getAttribute(argtype, "from_param");
        return true;
      } catch (error) {
        if (error instanceof PyBaseException) return false;
        throw error;
      }
    })();
    if (!hasFromParam) {
      throw pyError("TypeError", `item ${i + 1} in _argtypes_ has no from_param method`);
    }
    return converterFor(argtype);
  });
}

function checkerOf(restype: PyValue | undefined): PyValue | undefined {
  if (restype === undefined || restype === null || stgInfo(restype) === undefined) return undefined;
  try {
    return getAttribute(restype, "_check_retval_");
  } catch (error) {
    if (error instanceof PyBaseException && error.cls.isSubtypeOf(ExceptionType.AttributeError)) {
      return undefined;
    }
    throw error;
  }
}

function checkRestype(value: PyValue, message: string): void {
  if (value !== null && stgInfo(value) === undefined && !isCallable(value)) {
    throw pyError("TypeError", message);
  }
}

function completeFuncPtrClass(cls: PyType): void {
  const flags = cls.dict.get("_flags_");
  const inherited = stgInfo(cls.bases[0]);
  if (flags === undefined && inherited !== undefined) {
    setStgInfo(cls, { ...inherited });
    return;
  }
  if (typeof flags !== "number") {
    throw pyError("TypeError", "class must define _flags_ which must be an integer");
  }
  const info = newStgInfo("function", {
    size: 8,
    align: 8,
    length: 1,
    native: "usize",
    format: "X{}",
    funcFlags: flags,
  });
  const argtypes = cls.dict.get("_argtypes_");
  if (argtypes !== undefined) {
    if (!(argtypes instanceof PyTuple)) {
      throw pyError("TypeError", "'_argtypes_' must be a sequence of types");
    }
    info.argtypes = argtypeList(argtypes);
    classConverters.set(info, convertersOf(info.argtypes));
  }
  const restype = cls.dict.get("_restype_");
  if (restype !== undefined) {
    checkRestype(restype, "_restype_ must be a type, a callable, or None");
    info.restype = restype;
  }
  setStgInfo(cls, info);
}

defineMetaclass(funcPtrMeta, completeFuncPtrClass);
defineClassMethods(funcPtrMeta, cdataFromParam);

function setAddress(self: PyCFuncPtr, address: number): void {
  writeWord(self.region, self.regionOffset, address);
}

export function functionAddress(self: PyCData): number {
  return Number(readWord(self.region, self.regionOffset));
}

function isCallable(value: PyValue): boolean {
  return value instanceof PyTypeClass || typeOf(value).lookup("__call__") !== undefined;
}

functionInstances.make = PyCFuncPtr;

function newFuncPtr(cls: PyType, info: StgInfo): PyCFuncPtr {
  return newOwned(cls, info) as PyCFuncPtr;
}

registerConstructor(funcPtrType, (cls, args, kwnames) => {
  const info = concreteInfo(cls);
  const positional = args.length - (kwnames?.length ?? 0);
  const self = newFuncPtr(cls, info);
  if (positional === 0) return self;
  const first = args[0];
  if (first instanceof PyTuple) {
    const paramflags = positional > 1 ? args[1] : null;
    const [name, dll] = first.items;
    let handle: number;
    try {
      handle = addressArgument(getAttribute(dll, "_handle"));
    } catch {
      throw pyError("TypeError", "the _handle attribute of the second argument must be an integer");
    }
    if (typeof name === "number") {
      throw pyError("AttributeError", `function ordinal ${name} not found`);
    }
    if (!isStr(name)) {
      throw pyError("TypeError", "function name must be string, bytes object or integer");
    }
    let address: number;
    try {
      address = findSymbol(handle, toJsString(name));
    } catch (error) {
      if (error instanceof LoaderError) throw pyError("AttributeError", error.message);
      throw error;
    }
    setAddress(self, address);
    self.symbolName = toJsString(name);
    self.callable = dll;
    if (paramflags !== null) self.paramflags = validateParamflags(info, paramflags);
    keepRef(self, 0, dll);
    return self;
  }
  if (typeof first === "number" || typeof first === "bigint") {
    setAddress(self, addressArgument(first));
    return self;
  }
  if (!isCallable(first)) {
    throw pyError("TypeError", "argument must be callable or integer function address");
  }
  if (info.argtypes === null && info.restype === undefined && info.funcFlags === 0) {
    throw pyError("TypeError", "cannot construct instance of this class: no argtypes");
  }
  const callback = makeCallback(info, first);
  setAddress(self, callback.address);
  self.callable = first;
  keepRef(self, 0, callback.keep);
  return self;
});
registerInitializer(funcPtrType, () => {});

/** paramflags: a tuple as long as argtypes of (flag[, name[, default]]) tuples. */
function validateParamflags(info: StgInfo, paramflags: PyValue): PyValue[] | null {
  if (paramflags === null) return null;
  if (!(paramflags instanceof PyTuple)) {
    throw pyError("TypeError", "paramflags must be a tuple or None");
  }
  const argtypes = info.argtypes;
  if (argtypes === null) {
    throw pyError("TypeError", "paramflags must have the same length as argtypes");
  }
  if (paramflags.items.length !== argtypes.length) {
    throw pyError("ValueError", "paramflags must have the same length as argtypes");
  }
  paramflags.items.forEach((item, i) => {
    if (!(item instanceof PyTuple) || typeof item.items[0] !== "number") {
      throw pyError(
        "TypeError",
        "paramflags must be a sequence of (int [,string [,value]]) tuples",
      );
    }
    const flag = item.items[0] as number;
    switch (flag & 7) {
      case 0:
      case 1:
      case 5:
        break;
      case 2:
      case 3: {
        const argInfo = stgInfo(argtypes[i]);
        if (argInfo === undefined || (argInfo.kind !== "pointer" && argInfo.kind !== "array")) {
          throw pyError(
            "TypeError",
            `'out' parameter ${i + 1} must be a pointer type, not ${argtypes[i].name}`,
          );
        }
        break;
      }
      default:
        throw pyError("TypeError", `paramflag value ${flag} not supported`);
    }
  });
  return [...paramflags.items];
}

function effectiveArgtypes(self: PyCFuncPtr, info: StgInfo): PyType[] | null {
  return self.argtypes !== undefined ? self.argtypes : info.argtypes;
}

function effectiveConverters(self: PyCFuncPtr, info: StgInfo): Converter[] | undefined {
  return self.converters !== undefined ? self.converters : classConverters.get(info);
}

function effectiveRestype(self: PyCFuncPtr, info: StgInfo): PyValue | undefined {
  return self.restypeSet ? self.restype : info.restype;
}

defineGetSets(funcPtrType, {
  argtypes: [
    (self: PyCFuncPtr) => {
      if (self.argtypes !== undefined) return self.argtypesValue;
      const argtypes = infoOf(self).argtypes;
      return argtypes === null ? null : newTuple(argtypes);
    },
    (self: PyCFuncPtr, value: PyValue | undefined) => {
      dropPlans(self);
      if (value === undefined || value === null) {
        self.argtypes = undefined;
        self.converters = undefined;
        return;
      }
      const argtypes = argtypeList(value);
      self.converters = convertersOf(argtypes);
      self.argtypes = argtypes;
      self.argtypesValue = value;
      self.lastNatives = null;
    },
  ],
  restype: [
    (self: PyCFuncPtr) => {
      const restype = effectiveRestype(self, infoOf(self));
      return restype === undefined ? null : restype;
    },
    (self: PyCFuncPtr, value: PyValue | undefined) => {
      dropPlans(self);
      if (value === undefined) {
        self.restypeSet = false;
        self.restype = undefined;
        self.checker = undefined;
        return;
      }
      checkRestype(value, "restype must be a type, a callable, or None");
      self.restype = value;
      self.restypeSet = true;
      self.checker = checkerOf(value);
      self.lastNatives = null;
    },
  ],
  errcheck: [
    (self: PyCFuncPtr) => self.errcheck ?? null,
    (self: PyCFuncPtr, value: PyValue | undefined) => {
      if (value !== undefined && !isCallable(value)) {
        throw pyError("TypeError", "the errcheck attribute must be callable");
      }
      dropPlans(self);
      self.errcheck = value;
    },
  ],
});

defineNativeMethods(funcPtrType, {
  __repr__: ["", (self: PyCData) => `<${self.cls.name} object at ${addressOf(self)}>`],
  __bool__: ["", (self: PyCData) => functionAddress(self) !== 0],
  __call__: ["*args, **kwargs", callFunction],
});

interface PreparedArguments {
  callargs: PyValue[];
  outMask: number;
  inoutMask: number;
  results: number;
}

/** _build_callargs: positional and keyword arguments through paramflags. */
function buildCallArguments(
  self: PyCFuncPtr,
  argtypes: PyType[] | null,
  args: PyValue[],
  kwargs: Map<string, PyValue>,
): PreparedArguments {
  const flags = self.paramflags;
  if (flags === null || argtypes === null) {
    // Without paramflags CPython ignores keyword arguments.
    return { callargs: args, outMask: 0, inoutMask: 0, results: 0 };
  }
  const callargs: PyValue[] = [];
  let consumed = 0;
  let outMask = 0;
  let inoutMask = 0;
  let results = 0;
  const take = (name: PyValue | undefined, fallback: PyValue | undefined): PyValue => {
    if (consumed < args.length) return args[consumed++];
    if (name !== undefined && isStr(name) && kwargs.has(toJsString(name))) {
      consumed++;
      return kwargs.get(toJsString(name))!;
    }
    if (fallback !== undefined) return fallback;
    if (name !== undefined && isStr(name)) {
      throw pyError("TypeError", `required argument '${toJsString(name)}' missing`);
    }
    throw pyError("TypeError", "not enough arguments");
  };
  flags.forEach((item, i) => {
    const [flagValue, name, fallback] = (item as PyTuple).items;
    const flag = (flagValue as number) & 7;
    switch (flag) {
      case 5:
        callargs.push(fallback ?? 0);
        break;
      case 3:
        inoutMask |= 1 << i;
        results++;
        callargs.push(take(name, fallback));
        break;
      case 0:
      case 1:
        callargs.push(take(name, fallback));
        break;
      case 2: {
        if (fallback !== undefined) {
          callargs.push(fallback);
        } else {
          const info = stgInfo(argtypes[i])!;
          if (isStr(info.proto)) {
            throw pyError(
              "TypeError",
              `${argtypes[i].name} 'out' parameter must be passed as default value`,
            );
          }
          callargs.push(
            callObject(info.kind === "array" ? argtypes[i] : info.proto!, [], null),
          );
        }
        outMask |= 1 << i;
        results++;
        break;
      }
      default:
        throw pyError("ValueError", `paramflag ${flag} not yet implemented`);
    }
  });
  const actual = args.length + kwargs.size;
  if (actual !== consumed) {
    throw pyError("TypeError", `call takes exactly ${consumed} arguments (${actual} given)`);
  }
  return { callargs, outMask, inoutMask, results };
}

function callFunction(self: PyCFuncPtr, args: PyValue[], kwargs: Map<string, PyValue>): PyValue {
  if (kwargs.size === 0) {
    let direct = self.directCall;
    if (direct === undefined && ++self.calls >= DIRECT_AFTER) {
      direct = self.directCall = directCalls.make(self);
    }
    if (direct && direct.length === args.length) return invoke(direct, args) as PyValue;
  }
  const info = infoOf(self);
  const argtypes = effectiveArgtypes(self, info);
  const converters = effectiveConverters(self, info);
  const prepared = self.paramflags === null && kwargs.size === 0
    ? null
    : buildCallArguments(self, argtypes, args, kwargs);
  const callargs = prepared === null ? args : prepared.callargs;
  if (converters !== undefined && converters.length > callargs.length) {
    const required = converters.length;
    throw pyError(
      "TypeError",
      `this function takes at least ${required} argument${
        required === 1 ? "" : "s"
      } (${callargs.length} given)`,
    );
  }
  if (callargs.length > MAX_ARGUMENTS) {
    throw new PyBaseException(
      argumentErrorType,
      newTuple([`too many arguments (${callargs.length}), maximum is ${MAX_ARGUMENTS}`]),
    );
  }
  const address = functionAddress(self);
  if (address === 0) throw pyError("ValueError", "NULL pointer access");
  const restype = effectiveRestype(self, info);
  const internal = internalFunction(address);
  let result: PyValue;
  if (internal !== undefined) {
    result = internal(callargs, converters);
  } else {
    result = callNative(self, info, address, callargs, converters, restype);
  }
  const errcheck = self.errcheck;
  if (errcheck !== undefined) {
    const argsTuple = newTuple(callargs);
    const checked = callObject(errcheck, [result, self, argsTuple], null);
    if (checked !== argsTuple) return checked;
  }
  if (prepared === null || prepared.results === 0) return result;
  return collectOutputs(prepared);
}

function collectOutputs(prepared: PreparedArguments): PyValue {
  const outputs: PyValue[] = [];
  prepared.callargs.forEach((value, i) => {
    if (prepared.inoutMask & (1 << i)) outputs.push(value);
    else if (prepared.outMask & (1 << i)) {
      outputs.push(callObject(getAttribute(value, "__ctypes_from_outparam__"), [], null));
    }
  });
  return outputs.length === 1 ? outputs[0] : newTuple(outputs);
}

function callNative(
  self: PyCFuncPtr,
  info: StgInfo,
  address: number,
  callargs: PyValue[],
  converters: Converter[] | undefined,
  restype: PyValue | undefined,
): PyValue {
  if ((info.funcFlags & FUNCFLAG_PYTHONAPI) !== 0) {
    throw pyError(
      "NotImplementedError",
      "ctypes: functions of the Python C API (PyDLL, pythonapi) cannot be called under Taipan",
    );
  }
  const mark = scratch.mark();
  try {
    const out: CallArguments = { natives: [], values: [] };
    for (let i = 0; i < callargs.length; i++) {
      try {
        if (converters !== undefined && i < converters.length) {
          converters[i](callargs[i], i + 1, out);
        } else pushDefault(callargs[i], i + 1, out);
      } catch (error) {
        throw argumentError(i + 1, error);
      }
    }
    const resultType = resultTypeOf(self, restype);
    const fn = boundFor(self, address, out.natives, resultType);
    const useErrno = (info.funcFlags & FUNCFLAG_USE_ERRNO) !== 0;
    let raw: RawValue;
    if (useErrno) {
      const cell = errnoCell();
      const saved = cell.getInt32(0, true);
      cell.setInt32(0, ctypesErrno.value, true);
      raw = invoke(fn, out.values) as RawValue;
      ctypesErrno.value = cell.getInt32(0, true);
      cell.setInt32(0, saved, true);
    } else {
      raw = invoke(fn, out.values) as RawValue;
    }
    const checker = self.restypeSet ? self.checker : classChecker(info, restype);
    return convertResult(restype, resultType, normalize(raw), checker);
  } finally {
    scratch.release(mark);
  }
}

/**
 * The call a trace makes through a plan with pointer parameters
 * (_ctypes_jit_plan.ts): the interpreter's conversions and result, without
 * the Python call protocol. Only for pointers the plan accepted (no
 * paramflags, errcheck, errno swapping or Python C API).
 */
export function plannedCall(self: PyCFuncPtr): (args: PyValue[]) => PyValue {
  const info = infoOf(self);
  const address = functionAddress(self);
  const converters = effectiveConverters(self, info);
  const restype = effectiveRestype(self, info);
  return (args) => callNative(self, info, address, args, converters, restype);
}

/** A 64-bit FFI result as Taipan keeps Python ints: a number when safe, else a bigint. */
export function normalize(raw: RawValue): RawValue {
  if (typeof raw !== "bigint") return raw;
  const value = Number(raw); // (rounded beyond 2**53, where it is no safe integer)
  return Number.isSafeInteger(value) ? value : raw;
}

/** The FFI result type of `restype`, remembered for the restype last used. */
function resultTypeOf(self: PyCFuncPtr, restype: PyValue | undefined): NativeType {
  if (self.resultFor !== restype || self.resultNative === null) {
    self.resultNative = resultNative(restype);
    self.resultFor = restype;
  }
  return self.resultNative;
}

/** `_check_retval_` of a class's `_restype_`, looked up once per class. */
const classCheckers = new WeakMap<
  StgInfo,
  { restype: PyValue | undefined; checker: PyValue | undefined }
>();

function classChecker(info: StgInfo, restype: PyValue | undefined): PyValue | undefined {
  let entry = classCheckers.get(info);
  if (entry === undefined || entry.restype !== restype) {
    entry = { restype, checker: checkerOf(restype) };
    classCheckers.set(info, entry);
  }
  return entry.checker;
}

/** The bound function for these argument types, reusing the last one when they repeat. */
function boundFor(
  self: PyCFuncPtr,
  address: number,
  natives: NativeType[],
  result: NativeType,
): BoundFunction {
  const last = self.lastNatives;
  if (last !== null && self.lastResult === result && last.length === natives.length) {
    let same = true;
    for (let i = 0; i < natives.length; i++) {
      if (last[i] !== natives[i]) {
        same = false;
        break;
      }
    }
    if (same) return self.lastBound!;
  }
  const fn = bindFunction(address, { parameters: natives, result }, self.symbolName);
  self.lastNatives = natives;
  self.lastResult = result;
  self.lastBound = fn;
  return fn;
}
