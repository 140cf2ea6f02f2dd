/**
 * The heart of _ctypes: ctypes instances (`PyCData`), the per-type storage
 * description (`StgInfo`, CPython's StgDictObject) and the keep-alive rules.
 *
 * Every ctypes class is made by one of the metaclasses (PyCSimpleType,
 * PyCStructType, UnionType, PyCArrayType, PyCPointerType, PyCFuncPtrType),
 * which computes its StgInfo: size, alignment, FFI type, the element or
 * target type, fields. The info lives in a WeakMap keyed by the class, so
 * type objects keep their single JS shape.
 *
 * An instance's memory is native (ffi/native_memory.ts): either owned (freed
 * when the instance is collected), or borrowed — from another instance (a
 * structure field, an array item: `base` keeps the owner alive, as CPython's
 * b_base does) or from an address (from_address, pointer contents: nothing
 * is kept, as in CPython). `view` and `bytes` window exactly the instance's
 * memory.
 *
 * Keep-alive (`_objects`): when memory receives a pointer to something
 * Python owns (a bytes object's copy, another instance's memory), the
 * referent is recorded in the root instance's `objects`, a dict keyed by the
 * path of indexes from the root ("1:0"), exactly CPython's KeepRef, so
 * `_objects` reads the same and referents live as long as the root.
 */
import { PyObject, type PyValue } from "../vm/objects/object.ts";
import type { PyType } from "../vm/objects/type.ts";
import { dictType, PyDict } from "../vm/objects/dict.ts";
import { makeBuiltinType } from "../vm/objects/core_types.ts";
import { PyBaseException, pyError } from "../vm/objects/exceptions.ts";
import { toPyException } from "../vm/runtime/raise.ts";
import { strOf } from "../vm/objects/str_convert.ts";
import { toJsString } from "../vm/objects/str_wide.ts";
import { typeOf } from "../vm/objects/typeof.ts";
import { BoxedStorage } from "../vm/objects/instance.ts";
import { newTuple, PyTuple } from "../vm/objects/tuple.ts";
import { late } from "../vm/runtime/late_protocols.ts";
import type { NativeType } from "../ffi/signatures.ts";
import {
  allocatedOffset,
  allocatedRegion,
  allocateRegion,
  locatedOffset,
  locateView,
  windowAt,
} from "../ffi/native_memory.ts";
import type { SimpleCode } from "./_ctypes_simple_codes.ts";

export type Kind = "simple" | "struct" | "union" | "array" | "pointer" | "function";

/** A field of a structure or union (CPython's CField). */
export interface FieldInfo {
  readonly name: string;
  readonly type: PyType;
  readonly offset: number;
  /** Bytes of the field's type, or (bits << 16) + first bit for a bit field. */
  readonly size: number;
  readonly bits: number;
  readonly bitOffset: number;
  readonly index: number;
  readonly anonymous: boolean;
}

export interface StgInfo {
  readonly kind: Kind;
  size: number;
  align: number;
  /** Items of an array; fields of a structure (b_length). */
  length: number;
  /** Simple types: the code; arrays: item type; pointers: target type (null while incomplete). */
  proto: PyValue | null;
  code: SimpleCode | null;
  /** Byte-swapped simple type (`__ctype_be__` on a little-endian machine). */
  swapped: boolean;
  native: NativeType;
  /** Deno's FFI can pass it by value (false for long double and what contains one). */
  byValue: boolean;
  format: string;
  shape: readonly number[];
  fields: FieldInfo[];
  /** `_fields_` may no longer be set (an instance was made, or it is a base). */
  final: boolean;
  hasPointer: boolean;
  hasUnion: boolean;
  hasBitfield: boolean;
  /** Function types. */
  argtypes: PyType[] | null;
  restype: PyValue | undefined;
  errcheck: PyValue | undefined;
  funcFlags: number;
}

export function newStgInfo(kind: Kind, fields: Partial<StgInfo> = {}): StgInfo {
  return {
    kind,
    size: 0,
    align: 1,
    length: 0,
    proto: null,
    code: null,
    swapped: false,
    native: "void",
    byValue: true,
    format: "B",
    shape: [],
    fields: [],
    final: false,
    hasPointer: false,
    hasUnion: false,
    hasBitfield: false,
    argtypes: null,
    restype: undefined,
    errcheck: undefined,
    funcFlags: 0,
    ...fields,
  };
}

const infos = new WeakMap<PyType, StgInfo>();

export function setStgInfo(type: PyType, info: StgInfo): void {
  infos.set(type, info);
}

/** The StgInfo of a ctypes class (PyType_stgdict), or undefined. */
export function stgInfo(type: PyValue): StgInfo | undefined {
  return type instanceof PyObject ? infos.get(type as PyType) : undefined;
}

/** The info of the nearest class in `type`'s MRO that has one. */
export function inheritedStgInfo(type: PyType): StgInfo | undefined {
  for (const klass of type.mro) {
    const info = infos.get(klass);
    if (info !== undefined) return info;
  }
  return undefined;
}

/** `_ctypes._CData`, the base of every ctypes instance type. */
export const cdataType = makeBuiltinType("_CData");

export class PyCData extends PyObject {
  /** The instance's memory: at `regionOffset` in `region` (a view of more, or of exactly it). */
  region: DataView;
  regionOffset = 0;
  private ownView: DataView | null;
  private byteView: Uint8Array | null = null;
  address: number;
  size: number;
  /** The instance whose memory this one borrows (b_base), or null. */
  base: PyCData | null = null;
  /** Position in the base (b_index), for keep-alive keys. */
  index = 0;
  /** Kept objects (b_objects): null (never set), a dict, or one object. */
  objects: PyValue | null = null;
  /** The memory was allocated for this instance (b_needsfree). */
  ownsMemory = false;
  /** Items or fields (b_length): whether keep-alive uses a dict. */
  length: number;
  private storage: BoxedStorage | undefined = undefined;

  /** An instance over all of `view`, or (`own` false) over `size` bytes at `regionOffset` in it. */
  constructor(
    cls: PyType,
    view: DataView,
    address: number,
    length: number,
    regionOffset = 0,
    size = view.byteLength,
    own = true,
  ) {
    super(cls);
    this.region = view;
    this.regionOffset = regionOffset;
    this.ownView = own ? view : null;
    this.address = address;
    this.size = size;
    this.length = length;
  }

  /** A DataView of exactly the instance's memory (made on first use for region-backed ones). */
  get view(): DataView {
    const region = this.region;
    return this.ownView ??= new DataView(
      region.buffer,
      region.byteOffset + this.regionOffset,
      this.size,
    );
  }

  /**
   * The attributes of an instance of a Python class (every ctypes type a
   * program makes is one): instance.ts's BoxedStorage, made when first
   * asked for. Callbacks make two pointer instances per call, and few of
   * them ever get an attribute.
   */
  get instanceStorage(): BoxedStorage | undefined {
    if (this.storage === undefined && this.cls.isHeapType) {
      this.storage = new BoxedStorage(this.cls.rootMap());
    }
    return this.storage;
  }

  set instanceStorage(storage: BoxedStorage | undefined) {
    this.storage = storage;
  }

  /** Never released: as a buffer export (from_buffer) it lasts while reachable. */
  get released(): boolean {
    return false;
  }

  /** The instance's memory as bytes (a live view, made on first use). */
  get bytes(): Uint8Array {
    const region = this.region;
    return this.byteView ??= new Uint8Array(
      region.buffer,
      region.byteOffset + this.regionOffset,
      this.size,
    );
  }

  /** Point this instance at other memory (resize). */
  rebind(view: DataView, address: number): void {
    this.region = view;
    this.regionOffset = 0;
    this.ownView = view;
    this.byteView = null;
    this.address = address;
    this.size = view.byteLength;
  }

  /** Point this instance at `size` bytes at `offset` in `region` (no view made yet). */
  rebindRegion(region: DataView, offset: number, size: number, address: number): void {
    this.region = region;
    this.regionOffset = offset;
    this.ownView = null;
    this.byteView = null;
    this.address = address;
    this.size = size;
  }
}

/** The JS class of function pointer instances (they carry call state); set by _ctypes_function.ts. */
export const functionInstances: { make: typeof PyCData } = { make: PyCData };

export function instantiate(
  cls: PyType,
  info: StgInfo,
  view: DataView,
  address: number,
): PyCData {
  const make = info.kind === "function" ? functionInstances.make : PyCData;
  return new make(cls, view, address, info.length);
}

/** The FFI type passing `info`'s type by value, or the error saying Deno cannot. */
export function passableNative(info: StgInfo): NativeType {
  if (!info.byValue) {
    throw pyError(
      "NotImplementedError",
      "ctypes: c_longdouble (or a structure containing one) cannot be passed or returned by value through Deno's FFI",
    );
  }
  return info.native;
}

/** The StgInfo of a ctypes instance's class. */
export function infoOf(obj: PyCData): StgInfo {
  const info = stgInfo(obj.cls) ?? inheritedStgInfo(obj.cls);
  if (info === undefined) throw pyError("TypeError", "abstract class");
  return info;
}

/** A ctypes class's info, or "abstract class" (GenericPyCData_new). */
export function concreteInfo(cls: PyType): StgInfo {
  const info = stgInfo(cls);
  if (info === undefined) throw pyError("TypeError", "abstract class");
  return info;
}

/**
 * A fresh instance of `cls` with zeroed memory of its own, freed when it is
 * collected. (Hot: a callback makes one per pointer argument; one
 * construction site per JS class keeps each monomorphic.)
 */
export function newOwned(cls: PyType, info: StgInfo = concreteInfo(cls)): PyCData {
  const address = allocateRegion(info.size);
  const obj = instanceIn(cls, info, allocatedRegion, allocatedOffset, address);
  obj.ownsMemory = true;
  return obj;
}

/** An instance of `cls` over its size's bytes at `offset` in `region` (no view of its own made yet). */
function instanceIn(
  cls: PyType,
  info: StgInfo,
  region: DataView,
  offset: number,
  address: number,
): PyCData {
  info.final = true;
  return info.kind === "function"
    ? new functionInstances.make(cls, region, address, info.length, offset, info.size, false)
    : new PyCData(cls, region, address, info.length, offset, info.size, false);
}

/** An instance of `cls` over memory at `address` that it does not own. */
export function newAtAddress(cls: PyType, address: number, info: StgInfo = concreteInfo(cls)) {
  // CPython would crash on the first access; here the address is refused at once.
  if (address === 0 && info.size > 0) throw pyError("ValueError", "NULL pointer access");
  info.final = true;
  const view = windowAt(address, info.size);
  return instantiate(cls, info, view, address);
}

/** An instance of `cls` over `size` bytes at `offset` in `base`'s memory (PyCData_FromBaseObj). */
function newFromBase(
  cls: PyType,
  base: PyCData,
  index: number,
  offset: number,
  info: StgInfo = concreteInfo(cls),
): PyCData {
  const obj = instanceIn(cls, info, base.region, base.regionOffset + offset, base.address + offset);
  obj.base = base;
  obj.index = index;
  return obj;
}

/** An instance of `cls` over foreign memory at `address`, kept alive through `base`. */
export function newBorrowed(
  cls: PyType,
  info: StgInfo,
  address: number,
  base: PyCData,
  index: number,
): PyCData {
  info.final = true;
  const view = windowAt(address, info.size);
  const obj = instantiate(cls, info, view, address);
  obj.base = base;
  obj.index = index;
  return obj;
}

/** Read a value of `type` at a foreign `address` (pointer items, contents). */
export function readAt(
  type: PyType,
  info: StgInfo,
  address: number,
  base: PyCData,
  index: number,
): PyValue {
  if (info.code !== null && isPlainSimpleType(type, info)) {
    const view = locateView(address, info.size);
    return info.code.get(view, locatedOffset, !info.swapped);
  }
  return newBorrowed(type, info, address, base, index);
}

/** The root instance (following b_base) with its container made (PyCData_GetContainer). */
function container(target: PyCData): PyCData {
  let root = target;
  while (root.base !== null) root = root.base;
  if (root.objects === null && root.length > 0) root.objects = new PyDict();
  return root;
}

/** The objects `target` keeps alive (GetKeepedObjects). */
export function keptObjects(target: PyCData): PyValue {
  return container(target).objects;
}

function uniqueKey(target: PyCData, index: number): string {
  let key = index.toString(16);
  for (let node = target; node.base !== null; node = node.base) {
    key += `:${node.index.toString(16)}`;
  }
  return key;
}

/** Keep `keep` alive as long as `target`'s root, under `target`'s path + index (KeepRef). */
export function keepRef(target: PyCData, index: number, keep: PyValue | null): void {
  if (keep === null) return;
  const root = container(target);
  if (!(root.objects instanceof PyDict) || root.objects.cls !== dictType) {
    root.objects = keep;
    return;
  }
  root.objects.set(uniqueKey(target, index), keep);
}

/** The abstract `_SimpleCData` (set by _ctypes_types.ts, which imports this file). */
let simpleBase: PyType | null = null;
export function setSimpleBase(type: PyType): void {
  simpleBase = type;
}

/**
 * Whether values of `type` convert to Python values (`_ctypes_simple_instance`
 * is false): a simple type made directly from _SimpleCData, not a subclass.
 */
export function isPlainSimpleType(type: PyType, info: StgInfo): boolean {
  return info.kind === "simple" && type.bases[0] === simpleBase;
}

/** Field and item reads (PyCData_get): a Python value for simple types, else an instance. */
export function readValue(
  type: PyType,
  info: StgInfo,
  base: PyCData,
  index: number,
  offset: number,
): PyValue {
  if (info.code !== null && isPlainSimpleType(type, info)) {
    return info.code.get(base.region, base.regionOffset + offset, !info.swapped);
  }
  return newFromBase(type, base, index, offset, info);
}

/**
 * `prefix` + "TypeError: message" as a new exception of class `name`
 * (_ctypes_extend_error): how ctypes reports an error inside a conversion.
 */
export function extendError(
  name: "RuntimeError" | PyType,
  prefix: string,
  error: unknown,
): PyBaseException {
  const exception = toPyException(error);
  let text: string;
  try {
    text = toJsString(strOf(exception));
  } catch {
    text = "";
  }
  const message = `${prefix}${exception.cls.name}: ${text}`;
  return name === "RuntimeError"
    ? pyError("RuntimeError", message)
    : new PyBaseException(name, newTuple([message]));
}

/** Field and item writes (_PyCData_set + KeepRef) of `value` into `base`'s memory at `offset`. */
export function writeValue(
  type: PyType,
  info: StgInfo,
  base: PyCData,
  index: number,
  offset: number,
  value: PyValue,
): void {
  keepRef(base, index, storeValue(type, info, base.region, base.regionOffset + offset, value));
}

/** _PyCData_set: store and return the object to keep, or null. */
export function storeValue(
  type: PyType,
  info: StgInfo,
  view: DataView,
  offset: number,
  value: PyValue,
): PyValue | null {
  if (!(value instanceof PyCData)) {
    if (info.code !== null) return info.code.set(view, offset, value, !info.swapped);
    if (value instanceof PyTuple) {
      let made: PyValue;
      try {
        made = late.call(type, value.items, null);
      } catch (error) {
        throw extendError("RuntimeError", `(${type.name}) `, error);
      }
      return storeValue(type, info, view, offset, made);
    }
    if (value === null && info.kind === "pointer") {
      view.setBigUint64(offset, 0n, true);
      return null;
    }
    throw pyError("TypeError", `expected ${type.name} instance, got ${typeOf(value).name}`);
  }
  if (typeOf(value).isSubtypeOf(type)) {
    new Uint8Array(view.buffer, view.byteOffset + offset, info.size).set(
      value.bytes.subarray(0, info.size),
    );
    return keptObjects(value);
  }
  if (info.kind === "pointer") {
    const valueInfo = infoOf(value);
    if (valueInfo.kind === "array") {
      if (valueInfo.proto !== info.proto) {
        throw pyError(
          "TypeError",
          `incompatible types, ${typeOf(value).name} instance instead of ${type.name} instance`,
        );
      }
      view.setBigUint64(offset, BigInt(value.address), true);
      return newTuple([keptObjects(value), value]);
    }
  }
  throw pyError(
    "TypeError",
    `incompatible types, ${typeOf(value).name} instance instead of ${type.name} instance`,
  );
}
