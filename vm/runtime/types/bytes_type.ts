/**
 * bytes and bytearray in the interpreter: constructors (bytes.__new__,
 * bytearray.__new__/__init__), native iterators, the operator slots and the
 * Python-visible dunder methods made from the same functions. The methods
 * proper live in vm/objects/bytes_methods.ts and bytearray_methods.ts.
 *
 * Binary slots answer NotImplemented for operands they do not take, so the
 * other operand's reflected method gets its turn; when both decline, `+`
 * raises CPython's sq_concat message ("can't concat int to bytes"),
 * registered with the operator module.
 */
import type { PyValue } from "../../objects/object.ts";
import { makeBuiltinType } from "../../objects/core_types.ts";
import { bytesType, PyBytes } from "../../objects/bytes.ts";
import { bytearrayType, PyByteArray } from "../../objects/bytearray.ts";
import { NotImplemented } from "../../objects/singletons.ts";
import { pyError } from "../../objects/exceptions.ts";
import { typeOf } from "../../objects/typeof.ts";
import { newTuple } from "../../objects/tuple.ts";
import { defineNativeMethods } from "../../objects/native_function.ts";
import { bufferOf } from "../../objects/buffer.ts";
import { type ByteString, sameKind } from "../../objects/bytes_methods.ts";
import "../../objects/bytearray_methods.ts";
import {
  bytesConcat,
  bytesRepeat,
  bytesRichCompare,
  bytesSubscript,
  repeatCount,
  repeatExactBytes,
} from "../../objects/bytes_sequence.ts";
import { bytesContains } from "../../objects/bytes_search.ts";
import { bytesFromSpecialMethod, bytesPercentFormat } from "../../objects/bytes_percent.ts";
import { bindByteStringArguments, byteStringContents } from "../../objects/bytes_construct.ts";
import {
  bytearrayDelItem,
  bytearrayInplaceConcat,
  bytearrayInplaceRepeat,
  bytearraySetItem,
} from "../../objects/bytearray_mutation.ts";
import type { ComparisonOperator } from "../../objects/str_sequence.ts";
import { bytearrayLiteralRepr, bytesRepr } from "../../text/bytes_repr.ts";
import { registerConstructor, registerInitializer } from "../call_type.ts";
import { type IndexedSequence, PyIndexIterator, type PyNativeIterator } from "../iteration.ts";
import { type AnySlot, registerNativeSlots } from "../slots.ts";
import { registerSequenceType } from "../operators.ts";
import { hashOf } from "../hash.ts";
import { defineIteratorMethods } from "./iterator_types.ts";
import { clampForward, defineIndexIteratorPickling, emptyTuple } from "./iterator_reduce.ts";

export const bytesIteratorType = makeBuiltinType("bytes_iterator", undefined, {
  subclassable: false,
});
export const bytearrayIteratorType = makeBuiltinType("bytearray_iterator", undefined, {
  subclassable: false,
});
for (const type of [bytesIteratorType, bytearrayIteratorType]) {
  defineIteratorMethods(type);
  defineIndexIteratorPickling(type, { live: "iter", empty: emptyTuple, clamp: clampForward });
}

registerConstructor(bytesType, (cls, args, kwnames) => {
  const bound = bindByteStringArguments("bytes", args, kwnames);
  // bytes(x) returns what x.__bytes__() gave, a bytes subclass instance included.
  if (cls === bytesType && bound.encoding === undefined && bound.errors === undefined) {
    const result = bytesFromSpecialMethod(bound.source);
    if (result !== undefined) return result;
  }
  return new PyBytes(byteStringContents("bytes", bound), cls);
});
registerInitializer(bytesType, () => {});

registerConstructor(bytearrayType, (cls) => new PyByteArray(new Uint8Array(0), cls));
registerInitializer(bytearrayType, (self, args, kwnames) => {
  const bound = bindByteStringArguments("bytearray", args, kwnames);
  // bytearray_init empties the bytearray first, then appends an iterable's
  // items as they come (the iterable may look at the bytearray meanwhile).
  const target = self as PyByteArray;
  target.assign(new Uint8Array(0));
  const contents = byteStringContents("bytearray", bound, { push: (byte) => target.append(byte) });
  if (contents !== null) target.assign(contents);
});

/** Iterating yields ints; a bytearray's length is re-read at each step. */
function byteIterator(self: ByteString): PyNativeIterator {
  const type = self instanceof PyByteArray ? bytearrayIteratorType : bytesIteratorType;
  return new PyIndexIterator(type, self, 0, BYTES_SEQUENCE, 1);
}

const BYTES_SEQUENCE: IndexedSequence = {
  itemAt: (sequence, index) => (sequence as ByteString).bytes[index],
  size: (sequence) => (sequence as ByteString).bytes.length,
};

function compare(operator: ComparisonOperator): AnySlot {
  // bytes_richcompare compares with bytes only; bytearray with any buffer.
  return (self, other) =>
    self instanceof PyBytes && !(other instanceof PyBytes)
      ? NotImplemented
      : bytesRichCompare((self as ByteString).bytes, other, operator);
}

function repeat(self: PyValue, count: PyValue): PyValue {
  const times = repeatCount(count);
  if (times === undefined) return NotImplemented;
  if (self instanceof PyBytes && self.cls === bytesType) return repeatExactBytes(self, times);
  const bytes = (self as ByteString).bytes;
  return sameKind(self as ByteString, bytesRepeat(bytes, times, self instanceof PyBytes));
}

/** The slots bytes and bytearray share. */
const SHARED_SLOTS: Record<string, AnySlot> = {
  __add__: (self, other) =>
    bufferOf(other) === undefined
      ? NotImplemented
      : sameKind(self as ByteString, bytesConcat((self as ByteString).bytes, other, "")),
  __mul__: repeat,
  __rmul__: repeat,
  __mod__: (self, values) =>
    sameKind(self as ByteString, bytesPercentFormat((self as ByteString).bytes, values)),
  __eq__: compare("__eq__"),
  __ne__: compare("__ne__"),
  __lt__: compare("__lt__"),
  __le__: compare("__le__"),
  __gt__: compare("__gt__"),
  __ge__: compare("__ge__"),
  __contains__: (self, key) => bytesContains((self as ByteString).bytes, key),
  __len__: (self) => (self as ByteString).bytes.length,
  __iter__: (self) => byteIterator(self as ByteString),
};

function getItem(self: PyValue, key: PyValue): PyValue {
  const name = self instanceof PyByteArray ? "bytearray" : "bytes";
  const item = bytesSubscript((self as ByteString).bytes, key, name);
  return typeof item === "number" ? item : sameKind(self as ByteString, item);
}

const bytesHash = (self: PyValue) =>
  hashOf((self as PyBytes).cls === bytesType ? self : new PyBytes((self as PyBytes).bytes));

const BYTES_SLOTS: Record<string, AnySlot> = {
  ...SHARED_SLOTS,
  __rmod__: (self, format) =>
    format instanceof PyBytes
      ? new PyBytes(bytesPercentFormat(format.bytes, self))
      : NotImplemented,
  __getitem__: getItem,
  __hash__: bytesHash,
};

const BYTEARRAY_SLOTS: Record<string, AnySlot> = {
  ...SHARED_SLOTS,
  __rmod__: (self, format) =>
    format instanceof PyByteArray
      ? sameKind(format, bytesPercentFormat(format.bytes, self))
      : NotImplemented,
  __getitem__: getItem,
  __setitem__: (self, key, value) => {
    bytearraySetItem(self as PyByteArray, key, value);
    return null;
  },
  __delitem__: (self, key) => {
    bytearrayDelItem(self as PyByteArray, key);
    return null;
  },
  __iadd__: (self, other) =>
    bufferOf(other) === undefined
      ? NotImplemented
      : bytearrayInplaceConcat(self as PyByteArray, other),
  __imul__: (self, count) => bytearrayInplaceRepeat(self as PyByteArray, count) ?? NotImplemented,
};

registerNativeSlots(bytesType, BYTES_SLOTS);
registerNativeSlots(bytearrayType, BYTEARRAY_SLOTS);
const concatMessage = (left: string, right: string) => `can't concat ${right} to ${left}`;
registerSequenceType(bytesType, concatMessage);
registerSequenceType(bytearrayType, concatMessage);

/** Python-visible methods from the slots (what `b'a'.__add__(1)` calls). */
function visibleMethods(slots: Record<string, AnySlot>) {
  const methods: Record<string, readonly [string, AnySlot]> = {};
  for (const [name, slot] of Object.entries(slots)) {
    const signature = slot.length <= 1 ? "" : slot.length === 2 ? "value, /" : "key, value, /";
    methods[name] = [signature, slot];
  }
  return methods;
}

/** A visible `__mul__`-style method: the count must be an int, as for sq_repeat's wrapper. */
function strictCount<T>(operation: (self: T, count: PyValue) => PyValue) {
  return (self: T, count: PyValue) => {
    const result = operation(self, count);
    if (result !== NotImplemented) return result;
    throw pyError(
      "TypeError",
      `'${typeOf(count).tpName}' object cannot be interpreted as an integer`,
    );
  };
}

defineNativeMethods(bytesType, {
  ...visibleMethods(BYTES_SLOTS),
  __mul__: ["value, /", strictCount(repeat)],
  __rmul__: ["value, /", strictCount(repeat)],
  __add__: [
    "value, /",
    (self: PyBytes, other: PyValue) =>
      new PyBytes(bytesConcat(self.bytes, other, typeOf(self).name)),
  ],
  __repr__: ["", (self: PyBytes) => bytesRepr(self.bytes)],
  __bytes__: ["", (self: PyBytes) => self.cls === bytesType ? self : new PyBytes(self.bytes)],
  __getnewargs__: ["", (self: PyBytes) => newTuple([new PyBytes(self.bytes)])],
});

defineNativeMethods(bytearrayType, {
  ...visibleMethods(BYTEARRAY_SLOTS),
  __mul__: ["value, /", strictCount(repeat)],
  __rmul__: ["value, /", strictCount(repeat)],
  __add__: [
    "value, /",
    (self: PyByteArray, other: PyValue) =>
      sameKind(self, bytesConcat(self.bytes, other, typeOf(self).name)),
  ],
  __repr__: [
    "",
    (self: PyByteArray) => `${typeOf(self).name}(${bytearrayLiteralRepr(self.bytes)})`,
  ],
  __iadd__: ["value, /", bytearrayInplaceConcat],
  __imul__: ["value, /", strictCount(BYTEARRAY_SLOTS.__imul__)],
});
bytearrayType.dict.set("__hash__", null);
bytearrayType.invalidate();
