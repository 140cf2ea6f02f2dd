/**
 * CField: the descriptor each structure or union field becomes in its
 * class. Reading gives a Python value for simple types (and bytes or str
 * for c_char/c_wchar arrays, CPython's special case), otherwise an instance
 * sharing the structure's memory; bit fields read and write their bits
 * inside the storage unit.
 */
import type { PyValue } from "../vm/objects/object.ts";
import type { PyType } from "../vm/objects/type.ts";
import { pyError } from "../vm/objects/exceptions.ts";
import { defineNativeMethods } from "../vm/objects/native_function.ts";
import { defineGetSets, PyGetSetDescriptor } from "../vm/objects/getset.ts";
import { normalizeBigInt } from "../vm/objects/int_value.ts";
import { registerConstructor } from "../vm/runtime/call_type.ts";
import {
  type FieldInfo,
  PyCData,
  readValue,
  type StgInfo,
  stgInfo,
  writeValue,
} from "./_ctypes_cdata.ts";
import {
  charArrayValue,
  integerValue,
  setCharArray,
  setWideArray,
  wideArrayValue,
} from "./_ctypes_simple_codes.ts";
import { fieldType } from "./_ctypes_types.ts";

/**
 * A field descriptor. It is a getset descriptor underneath (with the class
 * `_ctypes.CField`), so `s.x` and `s.x = v` take the interpreter's native
 * descriptor path instead of calling `__get__`/`__set__` methods.
 */
export class PyCField extends PyGetSetDescriptor {
  readonly info: StgInfo;
  constructor(owner: PyType, readonly field: FieldInfo) {
    super(
      owner,
      field.name,
      (obj: PyValue) => readField(this, checkInstance(obj)),
      (obj: PyValue, value: PyValue | undefined) => {
        if (value === undefined) throw pyError("TypeError", "can't delete attribute");
        writeField(this, checkInstance(obj), value);
      },
    );
    this.cls = fieldType;
    this.info = stgInfo(field.type)!;
  }
}

/** c_char / c_wchar arrays read as bytes / str: the item code, or null. */
function textArrayCode(info: StgInfo): string | null {
  if (info.kind !== "array" || info.proto === null || typeof info.proto === "string") return null;
  const item = stgInfo(info.proto);
  const code = item?.code?.code;
  return code === "c" || code === "u" ? code : null;
}

/** c_bool ignores bit widths in CPython (bool_get/bool_set): the whole byte is the field. */
function isBitfield(field: FieldInfo, info: StgInfo): boolean {
  return field.bits !== 0 && info.code?.code !== "?";
}

function readField(self: PyCField, obj: PyCData): PyValue {
  const { field, info } = self;
  if (isBitfield(field, info)) return readBits(obj.view, field, info);
  const text = textArrayCode(info);
  if (text === "c") {
    return charArrayValue(obj.bytes.subarray(field.offset, field.offset + info.size));
  }
  if (text === "u") return wideArrayValue(obj.view, field.offset, info.length);
  return readValue(field.type, info, obj, field.index, field.offset);
}

function writeField(self: PyCField, obj: PyCData, value: PyValue): void {
  const { field, info } = self;
  if (isBitfield(field, info)) {
    writeBits(obj.view, field, info, value);
    return;
  }
  if (!(value instanceof PyCData)) {
    const text = textArrayCode(info);
    if (text === "c") {
      setCharArray(obj.bytes.subarray(field.offset, field.offset + info.size), value);
      return;
    }
    if (text === "u") {
      setWideArray(obj.view, field.offset, info.length, value);
      return;
    }
  }
  writeValue(field.type, info, obj, field.index, field.offset, value);
}

function unitOf(view: DataView, offset: number, size: number, little: boolean): bigint {
  switch (size) {
    case 1:
      return BigInt(view.getUint8(offset));
    case 2:
      return BigInt(view.getUint16(offset, little));
    case 4:
      return BigInt(view.getUint32(offset, little));
    default:
      return view.getBigUint64(offset, little);
  }
}

function setUnit(view: DataView, offset: number, size: number, little: boolean, unit: bigint) {
  switch (size) {
    case 1:
      view.setUint8(offset, Number(unit));
      return;
    case 2:
      view.setUint16(offset, Number(unit), little);
      return;
    case 4:
      view.setUint32(offset, Number(unit), little);
      return;
    default:
      view.setBigUint64(offset, unit, little);
  }
}

function readBits(view: DataView, field: FieldInfo, info: StgInfo): PyValue {
  const code = info.code!;
  const unit = unitOf(view, field.offset, info.size, !info.swapped);
  const raw = (unit >> BigInt(field.bitOffset)) & ((1n << BigInt(field.bits)) - 1n);
  const value = code.signed && code.code !== "c" ? BigInt.asIntN(field.bits, raw) : raw;
  return normalizeBigInt(value);
}

function writeBits(view: DataView, field: FieldInfo, info: StgInfo, value: PyValue): void {
  if (value === undefined) throw pyError("TypeError", "can't delete attribute");
  const integer = BigInt(integerValue(value));
  const little = !info.swapped;
  const mask = ((1n << BigInt(field.bits)) - 1n) << BigInt(field.bitOffset);
  const unit = unitOf(view, field.offset, info.size, little);
  const bits = (BigInt.asUintN(field.bits, integer) << BigInt(field.bitOffset)) & mask;
  setUnit(
    view,
    field.offset,
    info.size,
    little,
    BigInt.asUintN(info.size * 8, (unit & ~mask) | bits),
  );
}

function checkInstance(obj: PyValue): PyCData {
  if (!(obj instanceof PyCData)) throw pyError("TypeError", "not a ctype instance");
  return obj;
}

defineNativeMethods(fieldType, {
  __get__: ["instance, owner=None, /", (self: PyCField, instance: PyValue) => {
    if (instance === null) return self;
    return readField(self, checkInstance(instance));
  }],
  __set__: ["instance, value, /", (self: PyCField, instance: PyValue, value: PyValue) => {
    writeField(self, checkInstance(instance), value);
    return null;
  }],
  __delete__: ["instance, /", () => {
    throw pyError("TypeError", "can't delete attribute");
  }],
  __repr__: ["", (self: PyCField) => {
    const { field } = self;
    const name = (field.type as PyType).name;
    return field.bits
      ? `<Field type=${name}, ofs=${field.offset}:${field.bitOffset}, bits=${field.bits}>`
      : `<Field type=${name}, ofs=${field.offset}, size=${field.size}>`;
  }],
});

registerConstructor(fieldType, () => {
  throw pyError("TypeError", "cannot create '_ctypes.CField' instances");
});

defineGetSets(fieldType, {
  offset: [(self: PyCField) => self.field.offset],
  size: [(self: PyCField) => self.field.size],
});
