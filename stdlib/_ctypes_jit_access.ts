/**
 * Access plans (jit/foreign_calls.ts) for ctypes memory holding numbers:
 * structure and union fields (not bit fields), `.value` of simple
 * instances, and items of arrays and pointers, when the type is a plain
 * simple type of numbers (c_int, c_double, ...; not byte-swapped). A read
 * is a load from the instance's memory (floats unboxed, ints of up to 32
 * bits as they are, 64-bit ones as numbers when safe and bigints
 * otherwise); a write stores the trace's value itself, an int wrapped to
 * the field's width exactly as ctypes wraps it (ToInt32 of a safe integer
 * is its value modulo 2**32), a 64-bit one through the type's own setter.
 * Everything else (a pointer's NULL, an array's bounds) behaves as in the
 * interpreter: IndexError("invalid index"), ValueError("NULL pointer
 * access").
 *
 * Each plan's function is generated (`new Function`) for its type, offset
 * or length: the trace's call site then sees one small function, which V8
 * inlines, so `p[0]` in a callback's trace is a few loads with no closure
 * and no type dispatch between them. Plans are made once per field, class
 * and direction (a trace reading `a[0]` twice uses one plan twice).
 */
import type { PyValue } from "../vm/objects/object.ts";
import type { PyType } from "../vm/objects/type.ts";
import { type AccessPlan, registerAccessPlanner } from "../jit/foreign_calls.ts";
import { inheritedStgInfo, isPlainSimpleType, PyCData, stgInfo } from "./_ctypes_cdata.ts";
import type { SimpleCode } from "./_ctypes_simple_codes.ts";
import { PyCField } from "./_ctypes_field.ts";
import { arrayType, pointerType, simpleType } from "./_ctypes_types.ts";
import { pyError } from "../vm/objects/exceptions.ts";
import { locatedAt, locateView } from "../ffi/native_memory.ts";
import { readWord } from "../ffi/native_values.ts";
import { normalizeBigInt } from "../vm/objects/int_value.ts";

/** Whether a simple type's code holds a number FFI passes as is (c_double, c_int, ...; not c_char or c_bool). */
export function isNumberCode(code: SimpleCode | null): code is SimpleCode & { native: string } {
  if (code === null || typeof code.native !== "string") return false;
  return code.code === "d" || code.code === "f" ||
    (code.integer && code.code !== "c" && code.code !== "?");
}

/** The code of a plain simple type of numbers, not byte-swapped (its values read as Python numbers). */
export function plainNumberCode(type: PyValue): (SimpleCode & { native: string }) | null {
  const info = stgInfo(type);
  if (info === undefined || info.swapped || !isPlainSimpleType(type as PyType, info)) return null;
  return isNumberCode(info.code) ? info.code : null;
}

/** A 64-bit int at `offset` as Taipan keeps ints: a number when safe, else a bigint. */
function readInt64(view: DataView, offset: number): number | bigint {
  const high = view.getInt32(offset + 4, true);
  if (high > -0x200000 && high < 0x200000) return high * 4294967296 + view.getUint32(offset, true);
  return normalizeBigInt(view.getBigInt64(offset, true));
}

function readUint64(view: DataView, offset: number): number | bigint {
  const high = view.getUint32(offset + 4, true);
  if (high < 0x200000) return high * 4294967296 + view.getUint32(offset, true);
  return normalizeBigInt(view.getBigUint64(offset, true));
}

/** How a number code is read and written in generated code (little-endian). */
interface Access {
  /** JS reading the value at `o` in view `v`. */
  readonly load: string;
  /** JS storing `x` (of the plan's value kind) at `o` in view `v`. */
  readonly store: string;
  readonly kind: "float" | "int" | "ref";
}

function accessOf(code: SimpleCode & { native: string }): Access {
  const ints: Record<number, [string, string, string]> = {
    1: ["Int8(o)", "Uint8(o)", "v.setUint8(o, x & 0xff)"],
    2: ["Int16(o, true)", "Uint16(o, true)", "v.setUint16(o, x & 0xffff, true)"],
    4: ["Int32(o, true)", "Uint32(o, true)", "v.setInt32(o, x | 0, true)"],
  };
  if (code.code === "d" || code.code === "f") {
    const type = code.code === "d" ? "Float64" : "Float32";
    return {
      load: `v.get${type}(o, true)`,
      store: `v.set${type}(o, x, true)`,
      kind: "float",
    };
  }
  const small = ints[code.size];
  if (small !== undefined) {
    return {
      load: `v.get${code.signed ? small[0] : small[1]}`,
      store: small[2],
      kind: "int",
    };
  }
  return {
    load: code.signed ? "readInt64(v, o)" : "readUint64(v, o)",
    store: "set(v, o, x, true)",
    kind: "ref",
  };
}

let serial = 0;

/**
 * The plan whose generated function reads (or, `store`, writes `x`) the
 * value at offset `o` in view `v`, which `where` sets from the function's
 * parameters (`obj`, and `index` for an item), with `more` in scope.
 */
function memoryPlan(
  code: SimpleCode & { native: string },
  label: string,
  item: boolean,
  where: string,
  store: boolean,
  more: Record<string, unknown> = {},
): AccessPlan {
  const access = accessOf(code);
  const bindings: Record<string, unknown> = { readInt64, readUint64, set: code.set, ...more };
  const params = ["obj", ...(item ? ["index"] : []), ...(store ? ["x"] : [])].join(", ");
  const body = `${where}\n  ${store ? access.store : `return ${access.load}`};`;
  const name = `ctypes_${label}_${store ? "store" : "load"}_${code.code}_${serial++}`;
  const names = Object.keys(bindings);
  const source = `return function ${name}(${params}) {\n  ${body}\n};`;
  const call = new Function(...names, source)(...names.map((key) => bindings[key]));
  return {
    call,
    result: store ? "none" : access.kind,
    value: access.kind,
    runsPython: false,
    load: !store,
  };
}

/** The number at `offset` in an instance's own memory (a field, or a simple instance's value). */
function offsetPlan(
  code: SimpleCode & { native: string },
  offset: number,
  store: boolean,
): AccessPlan {
  return memoryPlan(
    code,
    "field",
    false,
    `const v = obj.region, o = obj.regionOffset + ${offset};`,
    store,
  );
}

/** Plans per field descriptor, class (`.value`, items) and direction. */
const fieldPlans = new WeakMap<PyCField, (AccessPlan | null)[]>();
const valuePlans = new WeakMap<PyType, (AccessPlan | null)[]>();
const itemPlans = new WeakMap<PyType, { proto: PyValue; plans: (AccessPlan | null)[] }>();

function cached<K extends object>(
  map: WeakMap<K, (AccessPlan | null)[]>,
  key: K,
  store: boolean,
  make: () => AccessPlan | null,
): AccessPlan | null {
  let plans = map.get(key);
  if (plans === undefined) map.set(key, plans = []);
  const index = store ? 1 : 0;
  if (plans[index] === undefined) plans[index] = make();
  return plans[index];
}

function fieldPlan(field: PyCField, store: boolean): AccessPlan | null {
  return cached(fieldPlans, field, store, () => {
    if (field.field.bits !== 0) return null;
    const code = plainNumberCode(field.field.type);
    return code === null ? null : offsetPlan(code, field.field.offset, store);
  });
}

function valuePlan(cls: PyType, store: boolean): AccessPlan | null {
  return cached(valuePlans, cls, store, () => {
    const info = stgInfo(cls) ?? inheritedStgInfo(cls);
    if (info === undefined || info.kind !== "simple" || info.swapped) return null;
    return isNumberCode(info.code) ? offsetPlan(info.code, 0, store) : null;
  });
}

function invalidIndex(): never {
  throw pyError("IndexError", "invalid index");
}

function arrayItemPlan(cls: PyType, code: SimpleCode & { native: string }, store: boolean) {
  const length = stgInfo(cls)!.length;
  const where = `const i = index < 0 ? index + ${length} : index;
  if (!(i >= 0 && i < ${length})) invalidIndex();
  const v = obj.region, o = obj.regionOffset + i * ${code.size};`;
  return memoryPlan(code, "item", true, where, store, { invalidIndex });
}

/** A pointer's target address, or the interpreter's error for NULL. */
function checkedTarget(obj: PyCData): number {
  const address = Number(readWord(obj.region, obj.regionOffset));
  if (address === 0) throw pyError("ValueError", "NULL pointer access");
  return address;
}

/**
 * The view and offset of `size` bytes at `address` for a pointer plan: the
 * region of its last access when the bytes lie in it (a callback's pointer
 * arguments, a pointer walked in a loop, stay in one), else located anew.
 */
class TargetCache {
  start = 1;
  end = 0;
  view: DataView = new DataView(new ArrayBuffer(0));

  locate(address: number, size: number): number {
    const view = locateView(address, size), offset = locatedAt();
    this.view = view;
    this.start = address - offset;
    this.end = this.start + view.byteLength;
    return offset;
  }
}

function pointerItemPlan(code: SimpleCode & { native: string }, store: boolean) {
  const size = code.size;
  // An address that is no safe integer, or NULL, takes the general way (which raises for NULL).
  const where = `const r = obj.region, at = obj.regionOffset;
  const high = r.getUint32(at + 4, true);
  let a = high * 4294967296 + r.getUint32(at, true);
  if (a === 0 || high >= 0x200000) a = checkedTarget(obj);
  a += index * ${size};
  const o = a >= cache.start && a + ${size} <= cache.end ? a - cache.start : cache.locate(a, ${size});
  const v = cache.view;`;
  return memoryPlan(code, "pointer", true, where, store, {
    checkedTarget,
    cache: new TargetCache(),
  });
}

function itemPlan(cls: PyType, kind: "array" | "pointer", store: boolean): AccessPlan | null {
  const proto = stgInfo(cls)!.proto;
  let entry = itemPlans.get(cls);
  // (A pointer type's target may be set after the type is made: SetPointerType.)
  if (entry === undefined || entry.proto !== proto) {
    itemPlans.set(cls, entry = { proto, plans: [] });
  }
  const index = store ? 1 : 0;
  if (entry.plans[index] === undefined) {
    const code = plainNumberCode(proto);
    entry.plans[index] = code === null
      ? null
      : kind === "array"
      ? arrayItemPlan(cls, code, store)
      : pointerItemPlan(code, store);
  }
  return entry.plans[index];
}

registerAccessPlanner({
  attribute(cls, descriptor, store) {
    if (descriptor instanceof PyCField) return fieldPlan(descriptor, store);
    if (descriptor === simpleType.dict.get("value")) return valuePlan(cls, store);
    return null;
  },
  item(obj, store) {
    if (!(obj instanceof PyCData)) return null;
    const cls = obj.cls;
    const info = stgInfo(cls);
    const slot = store ? "__setitem__" : "__getitem__";
    if (info?.kind === "array" && cls.lookup(slot) === arrayType.dict.get(slot)) {
      return itemPlan(cls, "array", store);
    }
    if (info?.kind === "pointer" && cls.lookup(slot) === pointerType.dict.get(slot)) {
      return itemPlan(cls, "pointer", store);
    }
    return null;
  },
});
