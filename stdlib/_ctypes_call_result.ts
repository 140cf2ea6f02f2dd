/**
 * Results of foreign calls (CPython's GetResult): the raw value Deno
 * returns becomes a Python value through the restype — an int when there
 * is none, None for None, the value of a plain simple type, a new instance
 * (memory copied) of any other ctypes type, or whatever a non-ctypes
 * callable restype returns for the int. Then `_check_retval_`, if the
 * restype has one.
 */
import type { PyValue } from "../vm/objects/object.ts";
import type { PyType } from "../vm/objects/type.ts";
import { callObject } from "../vm/runtime/call.ts";
import { PyFloat } from "../vm/objects/float.ts";
import type { NativeType } from "../ffi/signatures.ts";
import { type RawValue, writeNative } from "../ffi/native_values.ts";
import { isPlainSimpleType, newOwned, passableNative, stgInfo } from "./_ctypes_cdata.ts";

/** The FFI result type of a restype (undefined: the default C int). */
export function resultNative(restype: PyValue | undefined): NativeType {
  if (restype === undefined) return "i32";
  if (restype === null) return "void";
  const info = stgInfo(restype);
  if (info === undefined) return "i32";
  switch (info.kind) {
    case "simple":
    case "struct":
    case "union":
    case "array":
      return passableNative(info);
    default:
      return "usize";
  }
}

const resultBuffer = new DataView(new ArrayBuffer(64));

export function convertResult(
  restype: PyValue | undefined,
  native: NativeType,
  raw: RawValue,
  checker: PyValue | undefined,
): PyValue {
  if (restype === undefined) return raw as number;
  if (restype === null) return null;
  const info = stgInfo(restype);
  if (info === undefined) return callObject(restype, [raw as number], null);
  let result: PyValue;
  const code = info.code;
  if (code !== null && isPlainSimpleType(restype as PyType, info)) {
    if (code.integer && code.code !== "c" && code.code !== "?" && !info.swapped) {
      // Deno already returns integers with the C type's width and signedness.
      result = raw as number | bigint;
    } else if ((code.code === "d" || code.code === "f") && !info.swapped) {
      result = new PyFloat(raw as number);
    } else result = code.get(fill(native, raw), 0, !info.swapped);
  } else {
    const obj = newOwned(restype as PyType, info);
    if (raw instanceof Uint8Array) obj.bytes.set(raw.subarray(0, obj.size));
    else writeNative(obj.region, obj.regionOffset, native, raw);
    result = obj;
  }
  return checker === undefined ? result : callObject(checker, [result], null);
}

function fill(native: NativeType, raw: RawValue): DataView {
  const view = raw instanceof Uint8Array ? new DataView(raw.buffer, raw.byteOffset) : resultBuffer;
  if (!(raw instanceof Uint8Array)) writeNative(view, 0, native, raw);
  return view;
}
