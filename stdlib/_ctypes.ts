/**
 * The `_ctypes` module over Deno's FFI: what CPython's pure-Python ctypes
 * package imports from it. The type machinery is spread over the
 * _ctypes_*.ts files (one concern each: simple types, structures, arrays,
 * pointers, function pointers, callbacks, argument and result conversion);
 * this file holds the module-level functions and assembles the module.
 *
 * Importing needs FFI permission (Taipan's launcher grants it); without it
 * the import fails with an ImportError saying so, as an unavailable
 * extension module would.
 */
import type { PyValue } from "../vm/objects/object.ts";
import { PyType } from "../vm/objects/type.ts";
import { pyError } from "../vm/objects/exceptions.ts";
import { typeOf } from "../vm/objects/typeof.ts";
import { PyBytes } from "../vm/objects/bytes.ts";
import { PyDict } from "../vm/objects/dict.ts";
import { newTuple, PyTuple } from "../vm/objects/tuple.ts";
import { defineNativeMethods } from "../vm/objects/native_function.ts";
import { defineGetSets } from "../vm/objects/getset.ts";
import { indexOperand } from "../vm/objects/bytes_args.ts";
import { isStr, toJsString } from "../vm/objects/str_wide.ts";
import { bufferOf } from "../vm/objects/buffer.ts";
import { fsEncode, fspath } from "./posix_path.ts";
import { getAttribute } from "../vm/runtime/attributes.ts";
import { callObject } from "../vm/runtime/call.ts";
import type { PyModule } from "../vm/runtime/module.ts";
import { allocateManaged, windowAt } from "../ffi/native_memory.ts";
import { readWord } from "../ffi/native_values.ts";
import { ffiAvailable, libc } from "../ffi/native_libc.ts";
import { stdoutUnbuffered } from "../vm/runtime/stdio.ts";
import "./_ctypes_jit_plan.ts"; // (registers how traces call function pointers)
import "./_ctypes_jit_access.ts"; // (registers how traces read and write ctypes memory)
import { closeLibrary, findSymbol, LoaderError, openLibrary } from "../ffi/libraries.ts";
import { nameAddress } from "../ffi/signatures.ts";
import { addFunctions, addTypes, addValues, newModule } from "./module_helpers.ts";
import { cdataType, infoOf, inheritedStgInfo, PyCData, stgInfo } from "./_ctypes_cdata.ts";
import {
  argumentErrorType,
  arrayMeta,
  arrayType,
  cargType,
  fieldType,
  funcPtrMeta,
  funcPtrType,
  pointerMeta,
  pointerType,
  simpleMeta,
  simpleType,
  structMeta,
  structureType,
  unionMeta,
  unionType,
} from "./_ctypes_types.ts";
import { byReference } from "./_ctypes_byref.ts";
import { pointerTo, pointerTypeCache, pointerTypeFor } from "./_ctypes_pointer.ts";
import {
  FUNCFLAG_CDECL,
  FUNCFLAG_PYTHONAPI,
  FUNCFLAG_USE_ERRNO,
  FUNCFLAG_USE_LASTERROR,
} from "./_ctypes_function.ts";
import { internalAddresses } from "./_ctypes_internal.ts";
import { ctypesErrno } from "./_ctypes_errno.ts";
import { objectFromHandle } from "./_ctypes_simple_codes.ts";
import { bufferShape } from "./_ctypes_buffer.ts";
import "./_ctypes_simple.ts";
import "./_ctypes_struct.ts";
import "./_ctypes_array.ts";

const RTLD_LOCAL = 0;
const RTLD_GLOBAL = 0x100;
const RTLD_NOW = 2;

/** The StgInfo of a ctypes type or instance, for sizeof() and alignment(). */
function infoOfTypeOrInstance(value: PyValue) {
  if (value instanceof PyCData) return infoOf(value);
  if (value instanceof PyType) return stgInfo(value) ?? inheritedStgInfo(value);
  return undefined;
}

function sizeOf(value: PyValue): PyValue {
  if (value instanceof PyCData) return value.size;
  const info = infoOfTypeOrInstance(value);
  if (info === undefined) throw pyError("TypeError", "this type has no size");
  return info.size;
}

function alignmentOf(value: PyValue): PyValue {
  const info = infoOfTypeOrInstance(value);
  if (info === undefined) throw pyError("TypeError", "no alignment info");
  return info.align;
}

function addressOf(value: PyValue): PyValue {
  if (!(value instanceof PyCData)) throw pyError("TypeError", "invalid type");
  return value.address;
}

function byref(value: PyValue, offset?: PyValue): PyValue {
  const extra = offset === undefined ? 0 : indexOperand(offset);
  if (extra === undefined) {
    throw pyError(
      "TypeError",
      `'${typeOf(offset!).name}' object cannot be interpreted as an integer`,
    );
  }
  return byReference(value, Number(extra));
}

function resize(value: PyValue, sizeValue: PyValue): PyValue {
  if (!(value instanceof PyCData)) throw pyError("TypeError", "excepted ctypes instance");
  const size = indexOperand(sizeValue);
  if (size === undefined) {
    throw pyError(
      "TypeError",
      `'${typeOf(sizeValue).name}' object cannot be interpreted as an integer`,
    );
  }
  const info = infoOf(value);
  if (size < info.size) throw pyError("ValueError", `minimum size is ${info.size}`);
  if (!value.ownsMemory) {
    throw pyError(
      "ValueError",
      "Memory cannot be resized because this object doesn't own it",
    );
  }
  const block = allocateManaged(Number(size));
  block.bytes.set(value.bytes.subarray(0, Math.min(value.size, Number(size))));
  value.rebind(block.view, block.address);
  return null;
}

function loaderCall<T>(action: () => T): T {
  try {
    return action();
  } catch (error) {
    if (error instanceof LoaderError) throw pyError("OSError", error.message);
    throw error;
  }
}

function dlopen(name?: PyValue, mode?: PyValue): PyValue {
  let path: Uint8Array | null = null;
  if (name !== undefined && name !== null) {
    const text = fspath(name);
    path = text instanceof PyBytes ? text.bytes : fsEncode(text as never);
  }
  const flags = mode === undefined ? RTLD_NOW | RTLD_LOCAL : Number(indexOperand(mode) ?? 0);
  return loaderCall(() => openLibrary(path, flags | RTLD_NOW));
}

function handleArgument(value: PyValue): number {
  const handle = typeof value === "number" || typeof value === "bigint" ? value : undefined;
  if (handle === undefined) throw pyError("TypeError", "an integer is required");
  return Number(handle);
}

function dlclose(handle: PyValue): PyValue {
  if (closeLibrary(handleArgument(handle)) !== 0) throw pyError("OSError", "dlclose() failed");
  return null;
}

function dlsym(handle: PyValue, name: PyValue): PyValue {
  if (!isStr(name)) throw pyError("TypeError", "dlsym() argument 2 must be str");
  return loaderCall(() => findSymbol(handleArgument(handle), toJsString(name)));
}

function unpickle(cls: PyValue, state: PyValue): PyValue {
  const obj = callObject(getAttribute(cls, "__new__"), [cls], null);
  callObject(getAttribute(obj, "__setstate__"), [state], null);
  return obj;
}

function bufferInfo(value: PyValue): PyValue {
  const info = infoOfTypeOrInstance(value);
  if (info === undefined) throw pyError("TypeError", "not a ctypes type or object");
  const { format, shape } = bufferShape(info);
  return newTuple([format, shape.length, newTuple(shape)]);
}

defineGetSets(cdataType, {
  _b_base_: [(self: PyCData) => self.base],
  _b_needsfree_: [(self: PyCData) => self.ownsMemory ? 1 : 0],
  _objects: [(self: PyCData) => self.objects],
});

defineNativeMethods(cdataType, {
  __ctypes_from_outparam__: ["", (self: PyCData) => self],
  __reduce__: ["", (self: PyCData) => {
    const info = infoOf(self);
    if (info.hasPointer || info.kind === "pointer" || info.kind === "function") {
      throw pyError("ValueError", "ctypes objects containing pointers cannot be pickled");
    }
    const dict = getAttribute(self, "__dict__");
    return newTuple([
      unpickleFunction,
      newTuple([typeOf(self), newTuple([dict, new PyBytes(self.bytes.slice())])]),
    ]);
  }],
  __setstate__: ["state, /", (self: PyCData, state: PyValue) => {
    if (!(state instanceof PyTuple) || state.items.length !== 2) {
      throw pyError("TypeError", "__setstate__ argument must be a tuple (dict, bytes)");
    }
    const [dict, data] = state.items;
    if (!(dict instanceof PyDict)) throw pyError("TypeError", "first item must be a dict");
    const bytes = bufferOf(data);
    if (bytes === undefined) throw pyError("TypeError", "second item must be bytes");
    self.bytes.set(bytes.subarray(0, Math.min(bytes.length, self.size)));
    const own = getAttribute(self, "__dict__");
    callObject(getAttribute(own, "update"), [dict], null);
    return null;
  }],
});

let unpickleFunction: PyValue = null;

/**
 * `-u` / PYTHONUNBUFFERED: CPython also makes C's stdout unbuffered at
 * start-up, so output of C code (printf through ctypes) and of Python stays
 * in program order. Done here, the first moment C code can write.
 */
function unbufferCStdout(process: number): void {
  const location = findSymbol(process, "stdout");
  if (location === 0) return;
  const stream = readWord(windowAt(location, 8), 0);
  libc().setvbuf(BigInt(stream), 0n, 2, /* _IONBF */ 0n);
}

export function createCtypesModule(): PyModule {
  if (!ffiAvailable()) {
    throw pyError(
      "ImportError",
      "ctypes needs Deno's FFI permission: run Taipan with --allow-ffi (the taipan launcher grants it)",
    );
  }
  const module = newModule("_ctypes", "Create and manipulate C compatible data types in Python.");
  addTypes(module, [
    cdataType,
    simpleType,
    structureType,
    unionType,
    arrayType,
    pointerType,
    funcPtrType,
    simpleMeta,
    structMeta,
    unionMeta,
    arrayMeta,
    pointerMeta,
    funcPtrMeta,
    cargType,
    fieldType,
  ]);
  module.dict.set("ArgumentError", argumentErrorType);
  addFunctions(module, {
    sizeof: ["obj, /", sizeOf],
    alignment: ["obj, /", alignmentOf],
    addressof: ["obj, /", addressOf],
    byref: ["obj, offset=?, /", byref],
    resize: ["obj, size, /", resize],
    get_errno: ["", () => ctypesErrno.value],
    set_errno: ["value, /", (value: PyValue) => {
      const previous = ctypesErrno.value;
      const integer = indexOperand(value);
      if (integer === undefined) throw pyError("TypeError", "an integer is required");
      ctypesErrno.value = Number(BigInt.asIntN(32, BigInt(integer)));
      return previous;
    }],
    POINTER: ["type, /", pointerTypeFor],
    pointer: ["obj, /", pointerTo],
    dlopen: ["name=None, mode=?, /", dlopen],
    dlclose: ["handle, /", dlclose],
    dlsym: ["handle, name, /", dlsym],
    _unpickle: ["cls, state, /", unpickle],
    buffer_info: ["obj, /", bufferInfo],
    PyObj_FromPtr: ["address, /", (address: PyValue) => {
      const value = objectFromHandle(Number(address));
      if (value === undefined) throw pyError("ValueError", "PyObject is NULL");
      return value;
    }],
    Py_INCREF: ["obj, /", (value: PyValue) => value],
    Py_DECREF: ["obj, /", (value: PyValue) => value],
  });
  unpickleFunction = module.dict.get("_unpickle")!;
  const process = openLibrary(null, RTLD_NOW);
  if (stdoutUnbuffered()) unbufferCStdout(process);
  const memmove = findSymbol(process, "memmove");
  const memset = findSymbol(process, "memset");
  nameAddress(memmove, "memmove");
  nameAddress(memset, "memset");
  addValues(module, {
    __version__: "1.1.0",
    _pointer_type_cache: pointerTypeCache,
    FUNCFLAG_CDECL,
    FUNCFLAG_PYTHONAPI,
    FUNCFLAG_USE_ERRNO,
    FUNCFLAG_USE_LASTERROR,
    RTLD_LOCAL,
    RTLD_GLOBAL,
    SIZEOF_TIME_T: 8,
    CTYPES_MAX_ARGCOUNT: 1024,
    _memmove_addr: memmove,
    _memset_addr: memset,
    _cast_addr: internalAddresses().cast,
    _string_at_addr: internalAddresses().stringAt,
    _wstring_at_addr: internalAddresses().wideStringAt,
  });
  return module;
}
