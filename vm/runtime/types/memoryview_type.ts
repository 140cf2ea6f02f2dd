/**
 * The memoryview type in the interpreter (CPython's memoryobject.c):
 * constructor, item access and assignment (ints, a tuple of ints for an N-D
 * view, slices of the first dimension), cast, tolist/tobytes/hex, comparison
 * by unpacked values, hashing of read-only byte views, iteration, release and
 * the attributes describing the layout (vm/objects/memoryview.ts).
 */
import type { PyValue } from "../../objects/object.ts";
import {
  FORMAT_SIZES,
  isByteFormat,
  memoryviewOf,
  memoryviewType,
  packItem,
  PyMemoryView,
  stridesFor,
  unpackItem,
} from "../../objects/memoryview.ts";
import { PyBytes } from "../../objects/bytes.ts";
import { pyError } from "../../objects/exceptions.ts";
import { typeOf } from "../../objects/typeof.ts";
import { Ellipsis, NotImplemented } from "../../objects/singletons.ts";
import { indexValue, PySlice, sliceIndices } from "../../objects/slice.ts";
import { newTuple, PyTuple } from "../../objects/tuple.ts";
import { PyList } from "../../objects/list.ts";
import { defineNativeMethods } from "../../objects/native_function.ts";
import { defineGetSets } from "../../objects/getset.ts";
import { bufferOf } from "../../objects/buffer.ts";
import { isStr, toJsString } from "../../objects/str_wide.ts";
import { bytesHex } from "../../objects/bytes_hex.ts";
import { registerConstructor, registerInitializer } from "../call_type.ts";
import { PyNativeIterator } from "../iteration.ts";
import { type AnySlot, registerNativeSlots } from "../slots.ts";
import { hashOf } from "../hash.ts";
import { objectId } from "../identity.ts";
import { equals } from "../operators.ts";
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

const view = (self: PyValue) => self as PyMemoryView;

/** PyNumber_AsSsize_t(key, IndexError). */
function indexOf(key: PyValue): number {
  const raw = indexValue(key, () => "memoryview: invalid slice key");
  if (typeof raw === "bigint") {
    throw pyError("IndexError", "cannot fit 'int' into an index-sized integer");
  }
  return raw;
}

/** lookup_dimension: the byte position of item `index` along `dimension`. */
function lookupDimension(self: PyMemoryView, at: number, dimension: number, index: number): number {
  const count = self.shape[dimension];
  const wrapped = index < 0 ? index + count : index;
  if (wrapped < 0 || wrapped >= count) {
    throw pyError("IndexError", `index out of bounds on dimension ${dimension + 1}`);
  }
  return at + wrapped * self.strides[dimension];
}

const isIndexLike = (key: PyValue) =>
  typeof key === "number" || typeof key === "bigint" || typeof key === "boolean" ||
  (key !== null && typeof key === "object" && !(key instanceof PySlice) &&
    typeOf(key).lookup("__index__") !== undefined);

const isMultiIndex = (key: PyValue): key is PyTuple =>
  key instanceof PyTuple && key.items.every(isIndexLike);
const isMultiSlice = (key: PyValue): key is PyTuple =>
  key instanceof PyTuple && key.items.every((item) => item instanceof PySlice);

/** The byte position an N-D tuple index denotes (ptr_from_tuple). */
function positionOfTuple(self: PyMemoryView, key: PyTuple): number {
  if (key.items.length < self.ndim) {
    throw pyError("NotImplementedError", "sub-views are not implemented");
  }
  if (key.items.length > self.ndim) {
    throw pyError(
      "TypeError",
      `cannot index ${self.ndim}-dimension view with ${key.items.length}-element tuple`,
    );
  }
  let at = self.offset;
  key.items.forEach((item, dimension) => {
    at = lookupDimension(self, at, dimension, indexOf(item));
  });
  return at;
}

/** A view of the slice of the first dimension (init_slice). */
function subview(self: PyMemoryView, slice: PySlice): PyMemoryView {
  const [start, , step, count] = sliceIndices(slice, self.shape[0]);
  return new PyMemoryView(
    self.obj,
    self.offset + start * self.strides[0],
    self.format,
    self.itemsize,
    [count, ...self.shape.slice(1)],
    [self.strides[0] * step, ...self.strides.slice(1)],
    self.readonly,
  );
}

function invalidZeroDim(): never {
  throw pyError("TypeError", "invalid indexing of 0-dim memory");
}

function getItem(self: PyValue, key: PyValue): PyValue {
  const memory = view(self);
  const source = memory.source();
  if (memory.ndim === 0) {
    if (key instanceof PyTuple && key.items.length === 0) {
      return unpackItem(memory.format, source, memory.offset);
    }
    if (key === Ellipsis) return memory;
    invalidZeroDim();
  }
  if (isIndexLike(key)) {
    const index = indexOf(key);
    if (memory.ndim > 1) {
      throw pyError("NotImplementedError", "multi-dimensional sub-views are not implemented");
    }
    return unpackItem(memory.format, source, lookupDimension(memory, memory.offset, 0, index));
  }
  if (key instanceof PySlice) return subview(memory, key);
  if (isMultiIndex(key)) return unpackItem(memory.format, source, positionOfTuple(memory, key));
  if (isMultiSlice(key)) {
    throw pyError("NotImplementedError", "multi-dimensional slicing is not implemented");
  }
  throw pyError("TypeError", "memoryview: invalid slice key");
}

function setItem(self: PyValue, key: PyValue, value: PyValue): PyValue {
  const memory = view(self);
  const source = memory.source();
  if (memory.readonly) throw pyError("TypeError", "cannot modify read-only memory");
  if (memory.ndim === 0) {
    if (key === Ellipsis || (key instanceof PyTuple && key.items.length === 0)) {
      packItem(memory.format, source, memory.offset, value);
      return null;
    }
    invalidZeroDim();
  }
  if (isIndexLike(key)) {
    if (memory.ndim > 1) throw pyError("NotImplementedError", "sub-views are not implemented");
    const at = lookupDimension(memory, memory.offset, 0, indexOf(key));
    packItem(memory.format, source, at, value);
    return null;
  }
  if (key instanceof PySlice && memory.ndim === 1) {
    assignSlice(memory, subview(memory, key), value);
    return null;
  }
  if (isMultiIndex(key)) {
    packItem(memory.format, source, positionOfTuple(memory, key), value);
    return null;
  }
  if (key instanceof PySlice || isMultiSlice(key)) {
    throw pyError(
      "NotImplementedError",
      "memoryview slice assignments are currently restricted to ndim = 1",
    );
  }
  throw pyError("TypeError", "memoryview: invalid slice key");
}

/** copy_single: the value must export the same format and shape. */
function assignSlice(memory: PyMemoryView, target: PyMemoryView, value: PyValue): void {
  let format = "B";
  let data: Uint8Array | undefined;
  if (value instanceof PyMemoryView) {
    format = value.format;
    data = value.shape.length === 1 && value.shape[0] === target.shape[0]
      ? value.contents().slice()
      : undefined;
    if (value.ndim !== 1) data = undefined;
  } else {
    data = bufferOf(value)?.slice();
    if (data === undefined) {
      throw pyError("TypeError", `a bytes-like object is required, not '${typeOf(value).name}'`);
    }
    if (data.length !== target.shape[0]) data = undefined;
  }
  if (data === undefined || format !== memory.format) {
    throw pyError(
      "ValueError",
      "memoryview assignment: lvalue and rvalue have different structures",
    );
  }
  const source = memory.source();
  target.positions().forEach((position, i) => {
    source.set(data!.subarray(i * memory.itemsize, (i + 1) * memory.itemsize), position);
  });
}

/** The items (unpacked) in C order. */
function unpackedItems(memory: PyMemoryView): PyValue[] {
  const source = memory.source();
  return memory.positions().map((position) => unpackItem(memory.format, source, position));
}

function toList(memory: PyMemoryView): PyValue {
  const source = memory.source();
  if (memory.ndim === 0) return unpackItem(memory.format, source, memory.offset);
  const build = (dimension: number, at: number): PyList => {
    const items: PyValue[] = [];
    for (let i = 0; i < memory.shape[dimension]; i++) {
      const position = at + i * memory.strides[dimension];
      items.push(
        dimension === memory.ndim - 1
          ? unpackItem(memory.format, source, position)
          : build(dimension + 1, position),
      );
    }
    return new PyList(items);
  };
  return build(0, memory.offset);
}

/** memory_richcompare for ==: same shape, then equal unpacked items. */
function memoryEquals(self: PyValue, other: PyValue): PyValue {
  const memory = view(self);
  if (memory.released || (other instanceof PyMemoryView && other.released)) return self === other;
  let otherShape: readonly number[];
  let otherItems: () => PyValue[];
  if (other instanceof PyMemoryView) {
    otherShape = other.shape;
    otherItems = () => unpackedItems(other);
  } else {
    const data = bufferOf(other);
    if (data === undefined) return NotImplemented;
    otherShape = [data.length];
    otherItems = () => Array.from(data);
  }
  if (otherShape.length !== memory.ndim || otherShape.some((n, k) => n !== memory.shape[k])) {
    return false;
  }
  const mine = unpackedItems(memory);
  const theirs = otherItems();
  return mine.every((item, i) => equals(item, theirs[i]));
}

function released(self: PyMemoryView): PyMemoryView {
  self.source();
  return self;
}

function release(self: PyMemoryView): null {
  self.released = true;
  return null;
}

const SLOTS: Record<string, AnySlot> = {
  __getitem__: getItem,
  __setitem__: setItem,
  __delitem__: (self) => {
    view(self).source();
    if (view(self).readonly) throw pyError("TypeError", "cannot modify read-only memory");
    throw pyError("TypeError", "cannot delete memory");
  },
  __len__: (self) => {
    const memory = released(view(self));
    return memory.ndim === 0 ? 1 : memory.shape[0];
  },
  __eq__: memoryEquals,
  __ne__: (self, other) => {
    const result = memoryEquals(self, other);
    return result === NotImplemented ? result : !result;
  },
  __hash__: (self) => {
    const memory = released(view(self));
    if (!memory.readonly) throw pyError("ValueError", "cannot hash writable memoryview object");
    if (!isByteFormat(memory.format)) {
      throw pyError("ValueError", "memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
    }
    hashOf(memory.obj); // an unhashable exporter keeps its own error
    return hashOf(new PyBytes(memory.contents().slice()));
  },
  __iter__: (self) => {
    const memory = released(view(self));
    if (memory.ndim === 0) invalidZeroDim();
    if (memory.ndim > 1) {
      throw pyError("NotImplementedError", "multi-dimensional sub-views are not implemented");
    }
    let index = 0;
    return new PyNativeIterator(memoryIteratorType, () => {
      if (index >= memory.shape[0]) return undefined;
      const at = memory.offset + index++ * memory.strides[0];
      return unpackItem(memory.format, memory.source(), at);
    });
  },
};
registerNativeSlots(memoryviewType, SLOTS);

function nativeFormat(format: PyValue): [string, number] {
  if (!isStr(format)) {
    throw pyError(
      "TypeError",
      `cast() argument 'format' must be str, not ${format === null ? "None" : typeOf(format).name}`,
    );
  }
  const text = toJsString(format);
  const char = text.startsWith("@") ? text.slice(1) : text;
  const size = char.length === 1 ? FORMAT_SIZES[char] : undefined;
  if (size === undefined) {
    throw pyError(
      "ValueError",
      "memoryview: destination format must be a native single character format prefixed with an optional '@'",
    );
  }
  return [char, size];
}

function cast(self: PyMemoryView, format: PyValue, shape?: PyValue): PyMemoryView {
  released(self);
  if (!self.cContiguous) {
    throw pyError("TypeError", "memoryview: casts are restricted to C-contiguous views");
  }
  if ((shape !== undefined || self.ndim !== 1) && self.shape.some((n) => n === 0)) {
    throw pyError("TypeError", "memoryview: cannot cast view with zeros in shape or strides");
  }
  let dimensions: PyValue[] | undefined;
  if (shape !== undefined) {
    if (!(shape instanceof PyList || shape instanceof PyTuple)) {
      throw pyError("TypeError", "shape must be a list or a tuple");
    }
    dimensions = [...shape.items];
    if (dimensions.length > 64) {
      throw pyError("ValueError", "memoryview: number of dimensions must not exceed 64");
    }
    if (self.ndim !== 1 && dimensions.length !== 1) {
      throw pyError("TypeError", "memoryview: cast must be 1D -> ND or ND -> 1D");
    }
  }
  const [char, size] = nativeFormat(format);
  if (!isByteFormat(self.format) && !isByteFormat(char)) {
    throw pyError("TypeError", "memoryview: cannot cast between two non-byte formats");
  }
  const nbytes = self.nbytes;
  if (nbytes % size !== 0) {
    throw pyError("TypeError", "memoryview: length is not a multiple of itemsize");
  }
  let newShape = [nbytes / size];
  if (dimensions !== undefined) {
    newShape = dimensions.map((item) => {
      const n = indexValue(item, () => "memoryview.cast(): elements of shape must be integers > 0");
      if (n <= 0) {
        throw pyError("ValueError", "memoryview.cast(): elements of shape must be integers > 0");
      }
      return Number(n);
    });
    if (newShape.reduce((product, n) => product * n, 1) * size !== nbytes) {
      throw pyError("TypeError", "memoryview: product(shape) * itemsize != buffer size");
    }
  }
  return new PyMemoryView(
    self.obj,
    self.offset,
    char,
    size,
    newShape,
    stridesFor(newShape, size),
    self.readonly,
  );
}

defineNativeMethods(memoryviewType, {
  __getitem__: ["key, /", getItem],
  __setitem__: ["key, value, /", setItem],
  __delitem__: ["key, /", SLOTS.__delitem__],
  __len__: ["", SLOTS.__len__],
  __eq__: ["value, /", memoryEquals],
  __ne__: ["value, /", SLOTS.__ne__],
  __hash__: ["", SLOTS.__hash__],
  __iter__: ["", SLOTS.__iter__],
  __repr__: ["", (self: PyMemoryView) => {
    const address = "0x" + objectId(self).toString(16);
    return self.released ? `<released memory at ${address}>` : `<memory at ${address}>`;
  }],
  __enter__: ["", released],
  __exit__: ["*args", release],
  release: ["", release],
  cast: ["format, shape=?", cast],
  tobytes: ["order=None", (self: PyMemoryView) => new PyBytes(self.contents().slice())],
  tolist: ["", (self: PyMemoryView) => toList(released(self))],
  hex: [
    "sep=?, bytes_per_sep=1",
    (self: PyMemoryView, sep?: PyValue, group?: PyValue) => bytesHex(self.contents(), sep, group),
  ],
  toreadonly: ["", (self: PyMemoryView) => {
    released(self);
    return new PyMemoryView(
      self.obj,
      self.offset,
      self.format,
      self.itemsize,
      self.shape,
      self.strides,
      true,
    );
  }],
});

defineGetSets(memoryviewType, {
  obj: [(self: PyMemoryView) => released(self).obj],
  nbytes: [(self: PyMemoryView) => released(self).nbytes],
  readonly: [(self: PyMemoryView) => released(self).readonly],
  itemsize: [(self: PyMemoryView) => released(self).itemsize],
  format: [(self: PyMemoryView) => released(self).format],
  ndim: [(self: PyMemoryView) => released(self).ndim],
  shape: [(self: PyMemoryView) => newTuple([...released(self).shape])],
  strides: [(self: PyMemoryView) => newTuple([...released(self).strides])],
  suboffsets: [(self: PyMemoryView) => (released(self), newTuple([]))],
  contiguous: [(self: PyMemoryView) => released(self).cContiguous || self.fContiguous],
  c_contiguous: [(self: PyMemoryView) => released(self).cContiguous],
  f_contiguous: [(self: PyMemoryView) => released(self).fContiguous],
});
