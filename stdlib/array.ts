/**
 * The `array` module: the array.array type (array_object.ts storage,
 * array_sequence.ts sequence protocol, array_methods.ts methods),
 * `typecodes`, `ArrayType` and `_array_reconstructor` (pickling across
 * machine formats). As CPython's module init, importing it registers
 * array.array as a collections.abc.MutableSequence.
 */
import type { PyValue } from "../vm/objects/object.ts";
import { pyError } from "../vm/objects/exceptions.ts";
import { typeOf } from "../vm/objects/typeof.ts";
import { PyType } from "../vm/objects/type.ts";
import { PyBytes } from "../vm/objects/bytes.ts";
import { PyList } from "../vm/objects/list.ts";
import { defineNativeMethods } from "../vm/objects/native_function.ts";
import { defineGetSets } from "../vm/objects/getset.ts";
import { intOperand } from "../vm/objects/int_value.ts";
import { isStr, strFromJs, toJsString } from "../vm/objects/str_wide.ts";
import { PyFloat } from "../vm/objects/float.ts";
import { decodeBytes } from "../vm/objects/str_decode.ts";
import { normalizeBigInt } from "../vm/objects/int_value.ts";
import { registerConstructor } from "../vm/runtime/call_type.ts";
import { registerSequenceType } from "../vm/runtime/operators.ts";
import { registerNativeSlots } from "../vm/runtime/slots.ts";
import { NotImplemented } from "../vm/objects/singletons.ts";
import { indexOperand } from "../vm/objects/bytes_args.ts";
import { registerCollectionKind } from "../vm/runtime/pattern_match.ts";
import { late } from "../vm/runtime/late_protocols.ts";
import { importAbsolute } from "../vm/runtime/import/import_module.ts";
import type { PyModule } from "../vm/runtime/module.ts";
import { addFunctions, addTypes, addValues, newModule } from "./module_helpers.ts";
import { TYPECODE_LIST, TYPECODES } from "./array_codes.ts";
import { ARRAY_DOCS, RECONSTRUCTOR_DOC } from "./array_docs.ts";
import { documentType } from "../vm/runtime/builtin_docs.ts";
import { arrayType, PyArray } from "./array_object.ts";
import {
  arrayIteratorType,
  arrayRepr,
  COMPARISONS,
  concat,
  contains,
  getItem,
  inplaceRepeat,
  iterate,
  ITERATOR_METHODS,
  repeat,
  setItem,
} from "./array_sequence.ts";
import { extend, METHODS, newArray, setReconstructor } from "./array_methods.ts";

registerConstructor(arrayType, newArray);
registerSequenceType(
  arrayType,
  (_left, right) => `can only append array (not "${right}") to array`,
);
registerCollectionKind(arrayType, "sequence");
arrayType.dict.set("__hash__", null);

defineNativeMethods(arrayType, {
  ...METHODS,
  ...Object.fromEntries(
    Object.entries(COMPARISONS).map(([name, impl]) => [name, ["value, /", impl] as const]),
  ),
  __len__: ["", (self: PyArray) => self.length],
  __getitem__: ["key, /", getItem],
  __setitem__: ["key, value, /", setItem],
  __delitem__: ["key, /", (self: PyArray, key: PyValue) => setItem(self, key, undefined)],
  __contains__: ["key, /", contains],
  __iter__: ["", iterate],
  __add__: ["value, /", concat],
  __mul__: ["value, /", (self: PyArray, n: PyValue) => repeat(self, intArgument(n))],
  __rmul__: ["value, /", (self: PyArray, n: PyValue) => repeat(self, intArgument(n))],
  __iadd__: ["value, /", (self: PyArray, other: PyValue) => {
    if (!(other instanceof PyArray)) {
      throw pyError(
        "TypeError",
        `can only extend array with array (not "${typeOf(other).tpName}")`,
      );
    }
    extend(self, other);
    return self;
  }],
  __imul__: ["value, /", (self: PyArray, n: PyValue) => inplaceRepeat(self, intArgument(n))],
  __repr__: ["", arrayRepr],
});
// The operators decline non-ints (so the other operand and "can't multiply
// sequence by non-int" get their turn); the methods called directly raise.
registerNativeSlots(arrayType, {
  __add__: (self, other) =>
    other instanceof PyArray ? concat(self as PyArray, other) : NotImplemented,
  __mul__: (self, n) => repeat(self as PyArray, n),
  __rmul__: (self, n) => repeat(self as PyArray, n),
  __imul__: (self, n) => inplaceRepeat(self as PyArray, n),
});

/** The sq_repeat wrapper's argument: an index-sized int. */
function intArgument(value: PyValue): PyValue {
  if (indexOperand(value) === undefined) {
    throw pyError(
      "TypeError",
      `'${typeOf(value).tpName}' object cannot be interpreted as an integer`,
    );
  }
  return value;
}

defineGetSets(arrayType, {
  typecode: [(self: PyArray) => self.type.code],
  itemsize: [(self: PyArray) => self.type.itemsize],
});
defineNativeMethods(arrayIteratorType, ITERATOR_METHODS);
documentType(arrayType, ARRAY_DOCS);
documentType(arrayIteratorType, ARRAY_DOCS);

/** Machine formats: [size, signed, little, kind] by code (CPython's mformat_descriptors). */
const MACHINE_FORMATS: readonly (readonly [number, boolean, boolean, "int" | "float" | "utf"])[] = [
  [1, false, false, "int"],
  [1, true, false, "int"],
  [2, false, true, "int"],
  [2, false, false, "int"],
  [2, true, true, "int"],
  [2, true, false, "int"],
  [4, false, true, "int"],
  [4, false, false, "int"],
  [4, true, true, "int"],
  [4, true, false, "int"],
  [8, false, true, "int"],
  [8, false, false, "int"],
  [8, true, true, "int"],
  [8, true, false, "int"],
  [4, false, true, "float"],
  [4, false, false, "float"],
  [8, false, true, "float"],
  [8, false, false, "float"],
  [2, false, true, "utf"],
  [2, false, false, "utf"],
  [4, false, true, "utf"],
  [4, false, false, "utf"],
];

function readInt(view: DataView, at: number, size: number, signed: boolean, little: boolean) {
  switch (size) {
    case 1:
      return signed ? view.getInt8(at) : view.getUint8(at);
    case 2:
      return signed ? view.getInt16(at, little) : view.getUint16(at, little);
    case 4:
      return signed ? view.getInt32(at, little) : view.getUint32(at, little);
    default:
      return normalizeBigInt(
        signed ? view.getBigInt64(at, little) : view.getBigUint64(at, little),
      );
  }
}

/** array__array_reconstructor. */
function reconstruct(cls: PyValue, typecode: PyValue, mformat: PyValue, items: PyValue): PyValue {
  if (!(cls instanceof PyType)) {
    throw pyError(
      "TypeError",
      `first argument must be a type object, not ${typeOf(cls).tpName}`,
    );
  }
  if (!cls.mro.includes(arrayType)) {
    throw pyError("TypeError", `${cls.name} is not a subtype of array.array`);
  }
  const code = isStr(typecode) ? toJsString(typecode) : "";
  if (code.length !== 1) {
    throw pyError(
      "TypeError",
      `_array_reconstructor() argument 2 must be a unicode character, not ${
        typeOf(typecode).tpName
      }`,
    );
  }
  if (!Object.hasOwn(TYPECODES, code)) {
    throw pyError("ValueError", "second argument must be a valid type code");
  }
  const format = intOperand(mformat);
  if (format === undefined) {
    throw pyError(
      "TypeError",
      `'${typeOf(mformat).tpName}' object cannot be interpreted as an integer`,
    );
  }
  const descriptor = typeof format === "number" ? MACHINE_FORMATS[format] : undefined;
  if (descriptor === undefined) {
    throw pyError("ValueError", "third argument must be a valid machine format code.");
  }
  if (!(items instanceof PyBytes)) {
    throw pyError("TypeError", `fourth argument should be bytes, not ${typeOf(items).tpName}`);
  }
  const make = (code: string, init: PyValue) => late.call(cls, [code, init], null);
  const type = TYPECODES[code];
  if (type.machineFormat === format && type.kind !== "unicode") return make(code, items);
  if (code === "u" && format === 20) return make(code, items);
  const [size, signed, little, kind] = descriptor;
  const bytes = items.bytes;
  // CPython's table gives the UTF-16/32 formats twice their unit size here.
  if (bytes.length % (kind === "utf" ? 2 * size : size) !== 0) {
    throw pyError("ValueError", "string length not a multiple of item size");
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const count = bytes.length / size;
  if (kind === "utf") {
    // PyUnicode_DecodeUTF16/32 with a fixed byte order and strict errors.
    const encoding = `utf-${size * 8}-${little ? "le" : "be"}`;
    return make(code, decodeBytes(items, strFromJs(encoding), strFromJs("strict")));
  }
  const values: PyValue[] = [];
  for (let i = 0; i < count; i++) {
    if (kind === "float") {
      values.push(
        new PyFloat(size === 4 ? view.getFloat32(i * 4, little) : view.getFloat64(i * 8, little)),
      );
    } else {
      values.push(readInt(view, i * size, size, signed, little));
    }
  }
  let target = code;
  if (kind === "int") {
    // The last integer typecode of the same size and signedness.
    for (const candidate of TYPECODE_LIST) {
      const t = TYPECODES[candidate];
      if (t.kind !== "int" && t.kind !== "bigint") continue;
      if (t.itemsize === size && "bhilq".includes(candidate) === signed) target = candidate;
    }
  }
  return make(target, new PyList(values));
}

const DOC = `This module defines an object type which can efficiently represent
an array of basic values: characters, integers, floating point
numbers.  Arrays are sequence types and behave very much like lists,
except that the type of objects stored in them is constrained.
`;

export function createArrayModule(): PyModule {
  const module = newModule("array", DOC);
  addFunctions(module, {
    _array_reconstructor: [
      "arraytype, typecode, mformat_code, items, /",
      reconstruct,
      { doc: RECONSTRUCTOR_DOC },
    ],
  });
  setReconstructor(module.dict.get("_array_reconstructor")!);
  addTypes(module, [arrayType]);
  addValues(module, { ArrayType: arrayType, typecodes: TYPECODE_LIST });
  const abc = importAbsolute("collections.abc");
  const mutableSequence = late.getAttribute(abc, "MutableSequence");
  late.call(late.getAttribute(mutableSequence, "register"), [arrayType], null);
  return module;
}
