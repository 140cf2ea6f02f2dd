/**
 * Structure and union layout: field offsets, sizes and bit positions from
 * `_fields_`, by CPython 3.11's rules for GCC targets (cfield.c and
 * stgdict.c), which are the System V rules:
 *
 * - a field starts at the next multiple of its alignment, which `_pack_`
 *   caps; the total size is rounded up to the largest alignment;
 * - a bit field continues the open storage unit when its type is no wider
 *   than the unit and the bits still fit; otherwise, when its type is wider
 *   but the bits fit in a unit of that width, the unit is expanded; else a
 *   new unit of the field type's size starts;
 * - union members all start at offset 0 and the size is the largest one's;
 * - a subclass lays its fields out after its base's.
 *
 * For bit fields of big-endian structures the bit position counts from the
 * top of the unit. The buffer format is PEP 3118's "T{...}" for unpacked
 * structures and "B" for unions and packed structures, as in CPython.
 */
import type { PyValue } from "../vm/objects/object.ts";
import type { PyType } from "../vm/objects/type.ts";
import { pyError } from "../vm/objects/exceptions.ts";
import { PyTuple } from "../vm/objects/tuple.ts";
import { isStr, toJsString } from "../vm/objects/str_wide.ts";
import { iterateToArray } from "../vm/runtime/iteration.ts";
import type { NativeType } from "../ffi/signatures.ts";
import { type FieldInfo, type StgInfo, stgInfo } from "./_ctypes_cdata.ts";
import { filledArray } from "../vm/objects/array_fill.ts";

export interface FieldSpec {
  readonly name: string;
  readonly type: PyType;
  readonly bits: number | null;
}

export interface Layout {
  readonly size: number;
  readonly align: number;
  readonly fields: FieldInfo[];
  readonly format: string;
  readonly native: NativeType;
  readonly hasBitfield: boolean;
  readonly byValue: boolean;
}

const BITFIELD_CODES = "bBhHiIlLqQ?";

/** Parse `_fields_` into names, types and bit widths, with CPython's errors. */
export function parseFields(fieldsValue: PyValue): FieldSpec[] {
  let entries: PyValue[];
  try {
    entries = iterateToArray(fieldsValue);
  } catch {
    throw pyError("TypeError", "_fields_ must be a sequence of pairs");
  }
  return entries.map((entry, index) => {
    if (!(entry instanceof PyTuple) || entry.items.length < 2 || entry.items.length > 3) {
      throw pyError("TypeError", "'_fields_' must be a sequence of (name, C type) pairs");
    }
    const [name, type, bits] = entry.items;
    if (!isStr(name)) {
      throw pyError("TypeError", "'_fields_' must be a sequence of (name, C type) pairs");
    }
    const info = stgInfo(type);
    if (info === undefined) {
      throw pyError(
        "TypeError",
        `second item in _fields_ tuple (index ${index}) must be a C type`,
      );
    }
    let width: number | null = null;
    if (bits !== undefined) {
      const code = info.code?.code;
      if (info.kind !== "simple" || code === undefined || !BITFIELD_CODES.includes(code)) {
        throw pyError("TypeError", `bit fields not allowed for type ${(type as PyType).name}`);
      }
      width = typeof bits === "number" ? bits : typeof bits === "boolean" ? Number(bits) : -1;
      if (width <= 0 || width > info.size * 8) {
        throw pyError("ValueError", "number of bits invalid for bit field");
      }
    }
    return { name: toJsString(name), type: type as PyType, bits: width };
  });
}

/** Offsets and sizes of `fields` after `base` (the base class's info, if a structure). */
export function computeLayout(
  fields: readonly FieldSpec[],
  isStruct: boolean,
  pack: number,
  bigEndian: boolean,
  base: StgInfo | undefined,
): Layout {
  let size = base === undefined ? 0 : base.size;
  let offset = size;
  let totalAlign = base === undefined ? 1 : Math.max(base.align, 1);
  let unionSize = 0;
  let unitBits = 0;
  let bitOffset = 0;
  let hasBitfield = false;
  let byValue = base === undefined || base.byValue;
  const packed = pack > 0;
  let format = isStruct && !packed ? "T{" : "B";
  const out: FieldInfo[] = [];
  const natives: NativeType[] = base === undefined ? [] : expandNative(base.native);

  fields.forEach((spec, index) => {
    const info = stgInfo(spec.type)!;
    const typeSize = info.size;
    byValue &&= info.byValue;
    if (!isStruct) {
      size = 0;
      offset = 0;
      unitBits = 0;
      bitOffset = 0;
    }
    const bits = spec.bits ?? 0;
    let fieldOffset: number;
    let fieldBitOffset = 0;
    let align = 0;
    if (bits && unitBits && typeSize * 8 <= unitBits && bitOffset + bits <= unitBits) {
      // continue the open unit
      fieldOffset = offset - typeSize;
      fieldBitOffset = bigEndian ? unitBits - bitOffset - bits : bitOffset;
      bitOffset += bits;
    } else if (bits && unitBits && typeSize * 8 >= unitBits && bitOffset + bits <= typeSize * 8) {
      // expand the open unit to this type's width
      offset += typeSize - unitBits / 8;
      size += typeSize - unitBits / 8;
      unitBits = typeSize * 8;
      fieldBitOffset = bigEndian ? unitBits - bitOffset - bits : bitOffset;
      fieldOffset = offset - typeSize;
      bitOffset += bits;
    } else {
      if (bits) {
        bitOffset = 0;
        unitBits = typeSize * 8;
        fieldBitOffset = bigEndian ? unitBits - bitOffset - bits : bitOffset;
        bitOffset = bits;
      } else {
        bitOffset = 0;
        unitBits = 0;
      }
      align = packed ? Math.min(pack, info.align) : info.align;
      if (align && offset % align) {
        const delta = align - (offset % align);
        size += delta;
        offset += delta;
      }
      size += typeSize;
      fieldOffset = offset;
      offset += typeSize;
      natives.push(...expandNative(info.native));
    }
    if (bits) hasBitfield = true;
    out.push({
      name: spec.name,
      type: spec.type,
      offset: fieldOffset,
      size: bits ? (bits << 16) + fieldBitOffset : typeSize,
      bits,
      bitOffset: fieldBitOffset,
      index,
      anonymous: false,
    });
    if (isStruct && !packed) {
      const fieldFormat = `${info.format}:${spec.name}:`;
      format += info.kind === "array" ? `(${info.shape.join(",")})${fieldFormat}` : fieldFormat;
    }
    if (!isStruct) unionSize = Math.max(unionSize, size);
    totalAlign = Math.max(totalAlign, align);
  });
  if (!isStruct) size = unionSize;
  if (isStruct && !packed) format += "}";
  size = Math.ceil(size / totalAlign) * totalAlign;
  const native: NativeType = isStruct
    ? { struct: natives.length > 0 ? natives : ["u8"] }
    : unionNative(size, totalAlign);
  return { size, align: totalAlign, fields: out, format, native, hasBitfield, byValue };
}

/** A structure's members as a flat FFI list (arrays repeat their item type). */
function expandNative(native: NativeType): NativeType[] {
  if (typeof native === "string") return native === "void" ? [] : [native];
  return [native];
}

/** A union passed by value: words of its alignment covering its size. */
function unionNative(size: number, align: number): NativeType {
  const word: NativeType = align >= 8 ? "u64" : align >= 4 ? "u32" : align >= 2 ? "u16" : "u8";
  const width = Math.min(Math.max(align, 1), 8);
  const count = Math.max(1, Math.ceil(size / width));
  return { struct: filledArray(count, word) };
}
