/**
 * Arrays: `Array` and its metaclass PyCArrayType. An array class has
 * `_type_` and `_length_`; items are read and written like structure
 * fields (a Python value for plain simple item types, else an instance
 * sharing the array's memory). Arrays of c_char get `value` and `raw`,
 * arrays of c_wchar get `value`, and their slices are bytes or str.
 */
import type { PyValue } from "../vm/objects/object.ts";
import type { PyType } from "../vm/objects/type.ts";
import { pyError } from "../vm/objects/exceptions.ts";
import { typeOf } from "../vm/objects/typeof.ts";
import { PyBytes } from "../vm/objects/bytes.ts";
import { bufferOf } from "../vm/objects/buffer.ts";
import { PyList } from "../vm/objects/list.ts";
import { PySlice, sliceIndices } from "../vm/objects/slice.ts";
import { defineNativeMethods } from "../vm/objects/native_function.ts";
import { PyGetSetDescriptor } from "../vm/objects/getset.ts";
import { indexOperand } from "../vm/objects/bytes_args.ts";
import { strFromCodePoints } from "../vm/objects/str_wide.ts";
import { getAttribute } from "../vm/runtime/attributes.ts";
import { iterateToArray } from "../vm/runtime/iteration.ts";
import { registerNativeSlots } from "../vm/runtime/slots.ts";
import { registerConstructor, registerInitializer } from "../vm/runtime/call_type.ts";
import { ExceptionType, PyBaseException } from "../vm/objects/exceptions.ts";
import {
  concreteInfo,
  infoOf,
  newOwned,
  newStgInfo,
  PyCData,
  readValue,
  setStgInfo,
  type StgInfo,
  stgInfo,
  writeValue,
} from "./_ctypes_cdata.ts";
import { charArrayValue, setWideArray, wideArrayValue } from "./_ctypes_simple_codes.ts";
import { arrayMeta, arrayType } from "./_ctypes_types.ts";
import { cdataFromParam, defineClassMethods, defineMetaclass } from "./_ctypes_metaclass.ts";
import { filledArray } from "../vm/objects/array_fill.ts";

function classAttribute(cls: PyType, name: string): PyValue | undefined {
  try {
    return getAttribute(cls, name);
  } catch (error) {
    if (error instanceof PyBaseException && error.cls.isSubtypeOf(ExceptionType.AttributeError)) {
      return undefined;
    }
    throw error;
  }
}

function completeArrayClass(cls: PyType): void {
  const lengthValue = classAttribute(cls, "_length_");
  if (lengthValue === undefined) {
    throw pyError("AttributeError", "class must define a '_length_' attribute");
  }
  const length = indexOperand(lengthValue);
  if (length === undefined) {
    throw pyError("TypeError", "The '_length_' attribute must be an integer");
  }
  if (length < 0) throw pyError("ValueError", "The '_length_' attribute must not be negative");
  if (typeof length === "bigint" || length > 2 ** 53) {
    throw pyError("OverflowError", "The '_length_' attribute is too large");
  }
  const itemType = classAttribute(cls, "_type_");
  if (itemType === undefined) {
    throw pyError("AttributeError", "class must define a '_type_' attribute");
  }
  const item = stgInfo(itemType);
  if (item === undefined) throw pyError("TypeError", "_type_ must have storage info");
  item.final = true;
  const count = Number(length);
  const itemNative = item.native;
  setStgInfo(
    cls,
    newStgInfo("array", {
      size: item.size * count,
      align: item.align,
      length: count,
      proto: itemType,
      format: item.kind === "array" ? item.format : item.format,
      shape: [count, ...item.shape],
      native: { struct: count > 0 ? filledArray(count, itemNative) : ["u8"] },
      hasPointer: item.hasPointer || item.kind === "pointer",
      byValue: item.byValue,
    }),
  );
  const code = item.code?.code;
  if (code === "c") {
    cls.dict.set("value", new PyGetSetDescriptor(cls, "value", charValue, setCharValue));
    cls.dict.set("raw", new PyGetSetDescriptor(cls, "raw", rawValue, setRawValue));
    cls.invalidate();
  } else if (code === "u") {
    cls.dict.set("value", new PyGetSetDescriptor(cls, "value", wideValue, setWideValue));
    cls.invalidate();
  }
}

function charValue(self: PyCData): PyValue {
  return charArrayValue(self.bytes);
}

function setCharValue(self: PyCData, value: PyValue | undefined): void {
  if (value === undefined) throw pyError("TypeError", "can't delete attribute");
  if (!(value instanceof PyBytes)) {
    throw pyError("TypeError", `bytes expected instead of ${typeOf(value).name} instance`);
  }
  if (value.bytes.length > self.size) throw pyError("ValueError", "byte string too long");
  self.bytes.set(value.bytes);
  if (value.bytes.length < self.size) self.bytes[value.bytes.length] = 0;
}

function rawValue(self: PyCData): PyValue {
  return new PyBytes(self.bytes.slice());
}

function setRawValue(self: PyCData, value: PyValue | undefined): void {
  if (value === undefined) throw pyError("AttributeError", "cannot delete attribute");
  const bytes = bufferOf(value);
  if (bytes === undefined) {
    throw pyError("TypeError", `a bytes-like object is required, not '${typeOf(value).name}'`);
  }
  if (bytes.length > self.size) throw pyError("ValueError", "byte string too long");
  self.bytes.set(bytes);
}

function wideValue(self: PyCData): PyValue {
  return wideArrayValue(self.view, 0, infoOf(self).length);
}

function setWideValue(self: PyCData, value: PyValue | undefined): void {
  if (value === undefined) throw pyError("TypeError", "can't delete attribute");
  setWideArray(self.view, 0, infoOf(self).length, value);
}

defineMetaclass(arrayMeta, completeArrayClass);
defineClassMethods(arrayMeta, cdataFromParam);

registerConstructor(arrayType, (cls) => newOwned(cls, concreteInfo(cls)));
registerInitializer(arrayType, (self, args, kwnames) => {
  if (kwnames !== null && kwnames.length > 0) {
    throw pyError("TypeError", "Array() takes no keyword arguments");
  }
  const array = self as PyCData;
  const info = infoOf(array);
  args.forEach((value, index) => setItem(array, info, index, value));
});

function itemInfo(info: StgInfo): { type: PyType; item: StgInfo } {
  const type = info.proto as PyType;
  return { type, item: stgInfo(type)! };
}

function getItem(self: PyCData, info: StgInfo, index: number): PyValue {
  if (index < 0 || index >= info.length) throw pyError("IndexError", "invalid index");
  const { type, item } = itemInfo(info);
  return readValue(type, item, self, index, index * item.size);
}

function setItem(self: PyCData, info: StgInfo, index: number, value: PyValue): void {
  if (index < 0 || index >= info.length) throw pyError("IndexError", "invalid index");
  const { type, item } = itemInfo(info);
  writeValue(type, item, self, index, index * item.size, value);
}

/** A normalised integer index, or undefined for a slice. */
function itemIndex(key: PyValue, length: number): number | undefined {
  if (key instanceof PySlice) return undefined;
  const index = typeof key === "number" ? key : indexOperand(key);
  if (index === undefined) throw pyError("TypeError", "indices must be integers");
  const value = Number(index);
  return value < 0 ? value + length : value;
}

/** The items of a slice: bytes for c_char, str for c_wchar, else a list. */
export function sliceItems(
  itemType: PyType,
  item: StgInfo,
  read: (index: number) => PyValue,
  positions: readonly number[],
  view: DataView,
  offset: number,
): PyValue {
  const code = item.code?.code;
  if (code === "c") {
    return new PyBytes(Uint8Array.from(positions, (i) => view.getUint8(offset + i)));
  }
  if (code === "u") {
    return strFromCodePoints(positions.map((i) => view.getUint32(offset + i * 4, true)));
  }
  void itemType;
  return new PyList(positions.map(read));
}

function slicePositions(slice: PySlice, length: number): number[] {
  const [start, , step, count] = sliceIndices(slice, length);
  const positions: number[] = [];
  for (let i = 0, at = start; i < count; i++, at += step) positions.push(at);
  return positions;
}

function getArrayItem(self: PyCData, key: PyValue): PyValue {
  const info = infoOf(self);
  const index = itemIndex(key, info.length);
  if (index !== undefined) return getItem(self, info, index);
  const { type, item } = itemInfo(info);
  return sliceItems(
    type,
    item,
    (i) => getItem(self, info, i),
    slicePositions(key as PySlice, info.length),
    self.view,
    0,
  );
}

function setArrayItem(self: PyCData, key: PyValue, value: PyValue): PyValue {
  const info = infoOf(self);
  const index = itemIndex(key, info.length);
  if (index !== undefined) {
    setItem(self, info, index, value);
    return null;
  }
  const positions = slicePositions(key as PySlice, info.length);
  const values = iterateToArray(value);
  if (values.length !== positions.length) {
    throw pyError("ValueError", "Can only assign sequence of same size");
  }
  positions.forEach((position, i) => setItem(self, info, position, values[i]));
  return null;
}

// Native slots as well as the visible methods: subscripts skip method binding.
registerNativeSlots(arrayType, {
  __getitem__: (self, key) => getArrayItem(self as PyCData, key),
  __setitem__: (self, key, value) => setArrayItem(self as PyCData, key, value),
  __len__: (self) => infoOf(self as PyCData).length,
});

defineNativeMethods(arrayType, {
  __len__: ["", (self: PyCData) => infoOf(self).length],
  __getitem__: ["key, /", getArrayItem],
  __setitem__: ["key, value, /", setArrayItem],
  __delitem__: ["key, /", () => {
    throw pyError("TypeError", "Array does not support item deletion");
  }],
});
