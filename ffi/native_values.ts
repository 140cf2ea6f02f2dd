/**
 * Values as Deno's FFI passes them, read from and written to memory by
 * native type: the bridge between ctypes' memory images and call arguments,
 * results and callback parameters. 64-bit integers come back from Deno as
 * bigints; they are numbers here whenever they are safe integers.
 */
import type { NativeType } from "./signatures.ts";

export type RawValue = number | bigint | boolean | Uint8Array;

const TWO_32 = 2 ** 32;

/**
 * An unsigned 64-bit word (an address) as a number when it is one, without
 * allocating a bigint: pointers are read and written on every hot path.
 */
export function readWord(view: DataView, offset: number): number | bigint {
  const high = view.getUint32(offset + 4, true);
  if (high < 0x200000) return high * TWO_32 + view.getUint32(offset, true);
  return view.getBigUint64(offset, true);
}

export function writeWord(view: DataView, offset: number, value: number | bigint): void {
  if (typeof value === "number" && value >= 0 && value <= Number.MAX_SAFE_INTEGER) {
    view.setUint32(offset, value % TWO_32, true);
    view.setUint32(offset + 4, Math.floor(value / TWO_32), true);
  } else view.setBigUint64(offset, BigInt.asUintN(64, BigInt(value)), true);
}

function small(value: bigint): number | bigint {
  return value >= -0x1fffffffffffffn && value <= 0x1fffffffffffffn ? Number(value) : value;
}

export function readNative(view: DataView, offset: number, type: NativeType): RawValue {
  switch (type) {
    case "bool":
      return view.getUint8(offset) !== 0;
    case "u8":
      return view.getUint8(offset);
    case "i8":
      return view.getInt8(offset);
    case "u16":
      return view.getUint16(offset, true);
    case "i16":
      return view.getInt16(offset, true);
    case "u32":
      return view.getUint32(offset, true);
    case "i32":
      return view.getInt32(offset, true);
    case "u64":
    case "usize":
      return readWord(view, offset);
    case "i64":
    case "isize":
      return small(view.getBigInt64(offset, true));
    case "f32":
      return view.getFloat32(offset, true);
    case "f64":
      return view.getFloat64(offset, true);
    case "void":
      return 0;
    default: {
      const bytes = new Uint8Array(view.buffer, view.byteOffset + offset, structSize(type));
      return bytes.slice();
    }
  }
}

export function writeNative(view: DataView, offset: number, type: NativeType, value: RawValue) {
  switch (type) {
    case "bool":
      view.setUint8(offset, value ? 1 : 0);
      return;
    case "u8":
    case "i8":
      view.setUint8(offset, Number(value) & 0xff);
      return;
    case "u16":
    case "i16":
      view.setUint16(offset, Number(value) & 0xffff, true);
      return;
    case "u32":
    case "i32":
      view.setUint32(offset, Number(value) >>> 0, true);
      return;
    case "u64":
    case "usize":
    case "i64":
    case "isize":
      writeWord(view, offset, value as number | bigint);
      return;
    case "f32":
      view.setFloat32(offset, Number(value), true);
      return;
    case "f64":
      view.setFloat64(offset, Number(value), true);
      return;
    case "void":
      return;
    default:
      new Uint8Array(view.buffer, view.byteOffset + offset, structSize(type)).set(
        (value as Uint8Array).subarray(0, structSize(type)),
      );
  }
}

const SIZES: Record<string, number> = {
  bool: 1,
  u8: 1,
  i8: 1,
  u16: 2,
  i16: 2,
  u32: 4,
  i32: 4,
  u64: 8,
  i64: 8,
  usize: 8,
  isize: 8,
  f32: 4,
  f64: 8,
  void: 0,
};

/** Size and alignment of a native type by the C rules. */
function nativeLayout(type: NativeType): { size: number; align: number } {
  if (typeof type === "string") return { size: SIZES[type], align: Math.max(1, SIZES[type]) };
  let size = 0;
  let align = 1;
  for (const member of type.struct) {
    const layout = nativeLayout(member);
    size = Math.ceil(size / layout.align) * layout.align + layout.size;
    align = Math.max(align, layout.align);
  }
  return { size: Math.ceil(size / align) * align, align };
}

function structSize(type: NativeType): number {
  return nativeLayout(type).size;
}
