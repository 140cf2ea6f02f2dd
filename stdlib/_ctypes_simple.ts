/**
 * Simple types: `_SimpleCData` and its metaclass PyCSimpleType. A class
 * statement `class c_int(_SimpleCData): _type_ = "i"` makes the metaclass
 * look the code up and record size, alignment, FFI type and buffer format;
 * for integer and float codes it also makes the byte-swapped twin
 * (`__ctype_be__`) that BigEndianStructure uses.
 *
 * from_param turns a Python value into a CArgObject of the class's code;
 * c_char_p, c_wchar_p and c_void_p get wider from_param methods of their
 * own (the class dict entries CPython installs), which accept bytes, str,
 * ints, arrays, pointers and byref() results.
 */
import type { PyValue } from "../vm/objects/object.ts";
import type { PyType } from "../vm/objects/type.ts";
import { pyError } from "../vm/objects/exceptions.ts";
import { typeOf } from "../vm/objects/typeof.ts";
import { PyBytes } from "../vm/objects/bytes.ts";
import { isStr, toJsString } from "../vm/objects/str_wide.ts";
import { reprOf } from "../vm/objects/str_convert.ts";
import {
  defineNativeMethods,
  nativeFunction,
  type NativeImplementation,
} from "../vm/objects/native_function.ts";
import { PyClassMethod } from "../vm/objects/descriptors.ts";
import { defineGetSets } from "../vm/objects/getset.ts";
import { getAttribute } from "../vm/runtime/attributes.ts";
import { addressOf } from "../vm/runtime/identity.ts";
import { registerConstructor, registerInitializer } from "../vm/runtime/call_type.ts";
import { ExceptionType, PyBaseException } from "../vm/objects/exceptions.ts";
import { readNative } from "../ffi/native_values.ts";
import {
  infoOf,
  isPlainSimpleType,
  keepRef,
  newOwned,
  newStgInfo,
  PyCData,
  setStgInfo,
  type StgInfo,
  stgInfo,
} from "./_ctypes_cdata.ts";
import {
  nativeBytesAddress,
  nativeWideString,
  SIMPLE_CODES,
  SIMPLE_TYPE_CHARS,
  type SimpleCode,
} from "./_ctypes_simple_codes.ts";
import { PyCArg } from "./_ctypes_carg.ts";
import { simpleMeta, simpleType } from "./_ctypes_types.ts";
import { defineClassMethods, defineMetaclass, newClass } from "./_ctypes_metaclass.ts";

/** Codes with a byte-swapped twin (CPython's fielddesc entries with swapped functions). */
const SWAPPABLE = "bBhHiIlLqQfdc";

function completeSimpleClass(cls: PyType, args: readonly PyValue[]): void {
  let proto: PyValue;
  try {
    proto = getAttribute(cls, "_type_");
  } catch (error) {
    if (error instanceof PyBaseException && error.cls.isSubtypeOf(ExceptionType.AttributeError)) {
      throw pyError("AttributeError", "class must define a '_type_' attribute");
    }
    throw error;
  }
  if (!isStr(proto)) {
    throw pyError("TypeError", "class must define a '_type_' string attribute");
  }
  const text = toJsString(proto);
  if (text.length !== 1) {
    throw pyError(
      "ValueError",
      "class must define a '_type_' attribute which must be a string of length 1",
    );
  }
  if (!SIMPLE_TYPE_CHARS.includes(text)) {
    throw pyError(
      "AttributeError",
      `class must define a '_type_' attribute which must be\na single character string containing one of '${SIMPLE_TYPE_CHARS}'.`,
    );
  }
  const code = SIMPLE_CODES.get(text);
  if (code === undefined) throw pyError("ValueError", `_type_ '${text}' not supported`);
  setStgInfo(cls, simpleInfo(code, false));
  if (cls.bases[0] === simpleType) {
    const special = SPECIAL_FROM_PARAM[text];
    if (special !== undefined) {
      cls.dict.set("from_param", special());
      cls.invalidate();
    }
  }
  if (typeOf(cls) === simpleMeta && SWAPPABLE.includes(text) && args.length >= 3) {
    const swapped = newClass(simpleMeta, [`${cls.name}_be`, args[1], args[2]], null);
    swapped.qualname = cls.qualname;
    setStgInfo(swapped, simpleInfo(code, true));
    for (const klass of [cls, swapped]) {
      klass.dict.set("__ctype_le__", cls);
      klass.dict.set("__ctype_be__", swapped);
      klass.invalidate();
    }
  }
}

function simpleInfo(code: SimpleCode, swapped: boolean): StgInfo {
  return newStgInfo("simple", {
    size: code.size,
    align: code.align,
    proto: code.code,
    code,
    swapped,
    native: code.native,
    format: (swapped ? ">" : "<") + code.format,
    hasPointer: "zZP".includes(code.code),
    byValue: code.code !== "g",
  });
}

defineMetaclass(simpleMeta, completeSimpleClass);

/** The StgInfo of a simple class or instance's class. */
function simpleInfoOf(cls: PyType): StgInfo {
  const info = stgInfo(cls);
  if (info === undefined || info.code === null) throw pyError("TypeError", "abstract class");
  return info;
}

/** The value as the class's code stores it, in a CArgObject (PyCSimpleType_from_param). */
function convertSimple(info: StgInfo, value: PyValue): PyCArg {
  const code = info.code!;
  const scratch = new DataView(new ArrayBuffer(16));
  const keep = code.set(scratch, 0, value, true);
  return new PyCArg(code.code, code.native, readNative(scratch, 0, code.native), keep);
}

/** `_as_parameter_`, if the value has one (CPython retries from_param with it). */
function asParameter(value: PyValue): PyValue | undefined {
  try {
    return getAttribute(value, "_as_parameter_");
  } catch (error) {
    if (error instanceof PyBaseException && error.cls.isSubtypeOf(ExceptionType.AttributeError)) {
      return undefined;
    }
    throw error;
  }
}

function simpleFromParam(cls: PyType, value: PyValue): PyValue {
  if (typeOf(value).isSubtypeOf(cls)) return value;
  const info = simpleInfoOf(cls);
  try {
    return convertSimple(info, value);
  } catch (error) {
    if (!(error instanceof PyBaseException)) throw error;
    const parameter = asParameter(value);
    if (parameter !== undefined) return simpleFromParam(cls, parameter);
    if (error.cls.isSubtypeOf(ExceptionType.TypeError)) throw pyError("TypeError", "wrong type");
    throw error;
  }
}

function pointerArg(tag: string, address: number | bigint, keep: PyValue | null): PyCArg {
  return new PyCArg(tag, "usize", address, keep);
}

/** What c_void_p, c_char_p and c_wchar_p share: None, ints, their own instances, byref(). */
function commonPointerParam(cls: PyType, value: PyValue): PyValue | undefined {
  if (value === null) return null;
  if (typeOf(value).isSubtypeOf(cls)) return value;
  return undefined;
}

function charPointerFromParam(cls: PyType, value: PyValue): PyValue {
  const common = commonPointerParam(cls, value);
  if (common !== undefined) return common;
  if (value instanceof PyBytes) return pointerArg("z", nativeBytesAddress(value), value);
  if (value instanceof PyCData) {
    const info = infoOf(value);
    if ((info.kind === "array" || info.kind === "pointer") && itemCode(info) === "c") {
      return value;
    }
  }
  if (value instanceof PyCArg && value.tag === "P" && value.keep instanceof PyCData) {
    if (itemCode(infoOf(value.keep)) === "c" || infoOf(value.keep).code?.code === "c") return value;
  }
  const parameter = asParameter(value);
  if (parameter !== undefined) return charPointerFromParam(cls, parameter);
  throw pyError("TypeError", "wrong type");
}

function widePointerFromParam(cls: PyType, value: PyValue): PyValue {
  const common = commonPointerParam(cls, value);
  if (common !== undefined) return common;
  if (isStr(value)) {
    const { address, keep } = nativeWideString(value);
    return pointerArg("Z", address, keep);
  }
  if (value instanceof PyCData) {
    const info = infoOf(value);
    if ((info.kind === "array" || info.kind === "pointer") && itemCode(info) === "u") {
      return value;
    }
  }
  if (value instanceof PyCArg && value.tag === "P" && value.keep instanceof PyCData) {
    if (infoOf(value.keep).code?.code === "u") return value;
  }
  const parameter = asParameter(value);
  if (parameter !== undefined) return widePointerFromParam(cls, parameter);
  throw pyError("TypeError", "wrong type");
}

function voidPointerFromParam(cls: PyType, value: PyValue): PyValue {
  const common = commonPointerParam(cls, value);
  if (common !== undefined) return common;
  if (typeof value === "number" || typeof value === "bigint") {
    const scratch = new DataView(new ArrayBuffer(8));
    SIMPLE_CODES.get("P")!.set(scratch, 0, value, true);
    return pointerArg("P", readNative(scratch, 0, "usize") as number | bigint, null);
  }
  if (value instanceof PyBytes) return pointerArg("z", nativeBytesAddress(value), value);
  if (isStr(value)) {
    const { address, keep } = nativeWideString(value);
    return pointerArg("Z", address, keep);
  }
  if (value instanceof PyCArg && value.tag === "P") return value;
  if (value instanceof PyCData) {
    const info = infoOf(value);
    if (info.kind === "array" || info.kind === "pointer") return value;
    if (info.kind === "function") {
      return pointerArg("P", value.view.getBigUint64(0, true), value);
    }
    if (info.code !== null && "zZP".includes(info.code.code)) {
      return pointerArg("Z", value.view.getBigUint64(0, true), value);
    }
  }
  const parameter = asParameter(value);
  if (parameter !== undefined) return voidPointerFromParam(cls, parameter);
  throw pyError("TypeError", "wrong type");
}

function itemCode(info: StgInfo): string | undefined {
  const proto = info.proto;
  return proto === null || typeof proto === "string" ? undefined : stgInfo(proto)?.code?.code;
}

/** The class-dict from_param methods of c_char_p, c_wchar_p and c_void_p. */
const SPECIAL_FROM_PARAM: Record<string, () => PyClassMethod> = {
  z: () => classMethod(charPointerFromParam),
  Z: () => classMethod(widePointerFromParam),
  P: () => classMethod(voidPointerFromParam),
};

/** The implementations behind those methods, for calls that skip the method object. */
export const SPECIAL_CONVERTERS = new Set<NativeImplementation>([
  charPointerFromParam,
  widePointerFromParam,
  voidPointerFromParam,
]);

/** A class method in one class's dict (CPython's PyDescr_NewClassMethod). */
function classMethod(impl: NativeImplementation): PyClassMethod {
  return new PyClassMethod(nativeFunction("from_param", "value, /", impl));
}

defineClassMethods(simpleMeta, simpleFromParam);

registerConstructor(simpleType, (cls) => newOwned(cls, simpleInfoOf(cls)));
registerInitializer(simpleType, (self, args, kwnames) => {
  // PyArg_UnpackTuple: keyword arguments are ignored, as in CPython.
  const positional = args.length - (kwnames?.length ?? 0);
  if (positional > 1) {
    throw pyError("TypeError", `__init__ expected at most 1 argument, got ${positional}`);
  }
  if (positional === 1) setSimpleValue(self as PyCData, args[0]);
});

function setSimpleValue(self: PyCData, value: PyValue | undefined): void {
  if (value === undefined) throw pyError("TypeError", "can't delete attribute");
  const info = infoOf(self);
  keepRef(self, 0, info.code!.set(self.region, self.regionOffset, value, !info.swapped));
}

function simpleValue(self: PyCData): PyValue {
  const info = infoOf(self);
  return info.code!.get(self.region, self.regionOffset, !info.swapped);
}

defineGetSets(simpleType, {
  value: [simpleValue, setSimpleValue],
});

defineNativeMethods(simpleType, {
  __repr__: ["", (self: PyCData) => {
    if (self.cls.bases[0] !== simpleType) return `<${self.cls.name} object at ${addressOf(self)}>`;
    return `${self.cls.name}(${toJsString(reprOf(simpleValue(self)))})`;
  }],
  __bool__: ["", (self: PyCData) => self.bytes.some((byte) => byte !== 0)],
  __ctypes_from_outparam__: ["", (self: PyCData) => {
    const info = infoOf(self);
    return isPlainSimpleType(self.cls, info) ? simpleValue(self) : self;
  }],
});
