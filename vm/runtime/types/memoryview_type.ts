/**
 * The memoryview type in the interpreter: constructor, item access and
 * assignment, comparison, hashing, iteration and the attributes describing a
 * one-dimensional 'B' view (vm/objects/memoryview.ts).
 */
import type { PyValue } from "../../objects/object.ts";
import { memoryviewOf, memoryviewType, PyMemoryView } from "../../objects/memoryview.ts";
import { PyBytes } from "../../objects/bytes.ts";
import { pyError } from "../../objects/exceptions.ts";
import { typeOf } from "../../objects/typeof.ts";
import { NotImplemented } from "../../objects/singletons.ts";
import { PySlice, sliceIndices } from "../../objects/slice.ts";
import { newTuple } from "../../objects/tuple.ts";
import { PyList } from "../../objects/list.ts";
import { defineNativeMethods } from "../../objects/native_function.ts";
import { defineGetSets } from "../../objects/getset.ts";
import { bufferOf } from "../../objects/buffer.ts";
import { indexOperand } from "../../objects/bytes_args.ts";
import { bytesHex } from "../../objects/bytes_hex.ts";
import { compareBytes } from "../../objects/bytes_sequence.ts";
import { registerConstructor, registerInitializer } from "../call_type.ts";
import { PyNativeIterator } from "../iteration.ts";
import { type AnySlot, registerNativeSlots } from "../slots.ts";
import { hashOf } from "../hash.ts";
import { objectId } from "../identity.ts";
import { defineIteratorMethods } from "./iterator_types.ts";
import { makeBuiltinType } from "../../objects/core_types.ts";

const memoryIteratorType = makeBuiltinType("memory_iterator", undefined, { subclassable: false });
defineIteratorMethods(memoryIteratorType);

registerConstructor(memoryviewType, (_cls, args, kwnames) => {
  const positional = args.length - (kwnames?.length ?? 0);
  let object: PyValue | undefined = positional > 0 ? args[0] : undefined;
  kwnames?.forEach((name, i) => {
    if (name !== "object" || object !== undefined) {
      throw pyError("TypeError", `'${name}' is an invalid keyword argument for memoryview()`);
    }
    object = args[positional + i];
  });
  if (positional > 1) {
    throw pyError("TypeError", `memoryview() takes at most 1 argument (${positional} given)`);
  }
  if (object === undefined) {
    throw pyError("TypeError", "memoryview() missing required argument 'object' (pos 1)");
  }
  return memoryviewOf(object);
});
registerInitializer(memoryviewType, () => {});

/** The checked source position of item `key` (an int-like). */
function itemPosition(view: PyMemoryView, key: PyValue): number {
  const raw = indexOperand(key);
  if (raw === undefined) throw pyError("TypeError", "memoryview: invalid slice key");
  let index = typeof raw === "bigint" ? (raw < 0n ? -Infinity : Infinity) : raw;
  if (index < 0) index += view.length;
  if (!(index >= 0 && index < view.length)) {
    throw pyError("IndexError", "index out of bounds on dimension 1");
  }
  return view.position(index);
}

function subview(view: PyMemoryView, slice: PySlice): PyMemoryView {
  const [start, , step, count] = sliceIndices(slice, view.length);
  return new PyMemoryView(
    view.obj,
    view.position(start),
    count,
    view.step * step,
    view.readonly,
  );
}

function getItem(self: PyValue, key: PyValue): PyValue {
  const view = self as PyMemoryView;
  const source = view.source();
  if (key instanceof PySlice) return subview(view, key);
  return source[itemPosition(view, key)];
}

function setItem(self: PyValue, key: PyValue, value: PyValue): PyValue {
  const view = self as PyMemoryView;
  const source = view.source();
  if (view.readonly) throw pyError("TypeError", "cannot modify read-only memory");
  if (key instanceof PySlice) {
    const target = subview(view, key);
    const data = bufferOf(value);
    if (data === undefined) {
      throw pyError("TypeError", `a bytes-like object is required, not '${typeOf(value).name}'`);
    }
    if (data.length !== target.length) {
      throw pyError(
        "ValueError",
        "memoryview assignment: lvalue and rvalue have different structures",
      );
    }
    const copy = data.slice();
    for (let i = 0; i < target.length; i++) source[target.position(i)] = copy[i];
    return null;
  }
  const position = itemPosition(view, key);
  const byte = indexOperand(value);
  if (byte === undefined) {
    throw pyError("TypeError", `memoryview: invalid type for format 'B'`);
  }
  if (byte < 0 || byte > 255) {
    throw pyError("ValueError", "memoryview: invalid value for format 'B'");
  }
  source[position] = Number(byte);
  return null;
}

function equals(self: PyValue, other: PyValue): PyValue {
  const view = self as PyMemoryView;
  if (view.released || (other instanceof PyMemoryView && other.released)) return self === other;
  const data = bufferOf(other);
  if (data === undefined) return NotImplemented;
  const mine = view.contents();
  return mine.length === data.length && compareBytes(mine, data) === 0;
}

const SLOTS: Record<string, AnySlot> = {
  __getitem__: getItem,
  __setitem__: setItem,
  __len__: (self) => {
    (self as PyMemoryView).source();
    return (self as PyMemoryView).length;
  },
  __eq__: equals,
  __ne__: (self, other) => {
    const result = equals(self, other);
    return result === NotImplemented ? result : !result;
  },
  __hash__: (self) => {
    const view = self as PyMemoryView;
    if (!view.readonly) throw pyError("ValueError", "cannot hash writable memoryview object");
    return hashOf(new PyBytes(view.contents().slice()));
  },
  __iter__: (self) => {
    const view = self as PyMemoryView;
    view.source();
    let index = 0;
    return new PyNativeIterator(
      memoryIteratorType,
      () => index < view.length ? view.source()[view.position(index++)] : undefined,
    );
  },
};
registerNativeSlots(memoryviewType, SLOTS);

const released = (self: PyMemoryView) => {
  self.source();
  return self;
};

defineNativeMethods(memoryviewType, {
  __getitem__: ["key, /", getItem],
  __setitem__: ["key, value, /", setItem],
  __len__: ["", SLOTS.__len__],
  __eq__: ["value, /", equals],
  __ne__: ["value, /", SLOTS.__ne__],
  __hash__: ["", SLOTS.__hash__],
  __iter__: ["", SLOTS.__iter__],
  __repr__: ["", (self: PyMemoryView) => {
    const address = "0x" + objectId(self).toString(16);
    return self.released ? `<released memory at ${address}>` : `<memory at ${address}>`;
  }],
  __enter__: ["", released],
  __exit__: ["*args", (self: PyMemoryView) => {
    self.released = true;
    return null;
  }],
  release: ["", (self: PyMemoryView) => {
    self.released = true;
    return null;
  }],
  tobytes: ["order=None", (self: PyMemoryView) => new PyBytes(self.contents().slice())],
  tolist: ["", (self: PyMemoryView) => new PyList(Array.from(self.contents()))],
  hex: [
    "sep=?, bytes_per_sep=1",
    (self: PyMemoryView, sep?: PyValue, group?: PyValue) => bytesHex(self.contents(), sep, group),
  ],
  toreadonly: ["", (self: PyMemoryView) => {
    self.source();
    return new PyMemoryView(self.obj, self.start, self.length, self.step, true);
  }],
});

defineGetSets(memoryviewType, {
  obj: [(self: PyMemoryView) => released(self).obj],
  nbytes: [(self: PyMemoryView) => released(self).length],
  readonly: [(self: PyMemoryView) => released(self).readonly],
  itemsize: [(self: PyMemoryView) => (released(self), 1)],
  format: [(self: PyMemoryView) => (released(self), "B")],
  ndim: [(self: PyMemoryView) => (released(self), 1)],
  shape: [(self: PyMemoryView) => newTuple([released(self).length])],
  strides: [(self: PyMemoryView) => newTuple([released(self).step])],
  contiguous: [(self: PyMemoryView) => released(self).step === 1 || self.length <= 1],
  c_contiguous: [(self: PyMemoryView) => released(self).step === 1 || self.length <= 1],
  f_contiguous: [(self: PyMemoryView) => released(self).step === 1 || self.length <= 1],
  released: [(self: PyMemoryView) => self.released],
});
