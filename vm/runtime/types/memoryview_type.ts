/**
 * The memoryview type in the interpreter: constructor, item access and
 * assignment (by format), slicing, iteration, comparison, hashing and the
 * attributes (vm/objects/memoryview.ts holds the view itself,
 * memoryview_cast.ts cast/tolist/tobytes). Errors follow CPython 3.11's
 * memoryobject.c message for message.
 */
import type { PyValue } from "../../objects/object.ts";
import {
  exportedView,
  memoryviewOf,
  memoryviewType,
  PyMemoryView,
} from "../../objects/memoryview.ts";
import { PyBytes } from "../../objects/bytes.ts";
import { pyError } from "../../objects/exceptions.ts";
import { NotImplemented } from "../../objects/singletons.ts";
import { PySlice, sliceIndices } from "../../objects/slice.ts";
import { newTuple, PyTuple } from "../../objects/tuple.ts";
import { defineNativeMethods } from "../../objects/native_function.ts";
import { defineGetSets } from "../../objects/getset.ts";
import { bufferLayoutOf } from "../../objects/buffer.ts";
import { indexOperand } from "../../objects/bytes_args.ts";
import { typeOf } from "../../objects/typeof.ts";
import { bytesHex as hexOf } from "../../objects/bytes_hex.ts";
import { registerConstructor, registerInitializer } from "../call_type.ts";
import { PyNativeIterator } from "../iteration.ts";
import { type AnySlot, registerNativeSlots } from "../slots.ts";
import { hashOf } from "../hash.ts";
import { objectId } from "../identity.ts";
import { late } from "../late_protocols.ts";
import { defineIteratorMethods } from "./iterator_types.ts";
import { makeBuiltinType } from "../../objects/core_types.ts";
import {
  comparisonReader,
  dataView,
  itemChar,
  nativeChar,
  packItem,
  unpackItem,
} from "./memoryview_items.ts";
import { castView, tobytes, tolist } from "./memoryview_cast.ts";
import "./memoryview_reach.ts";

export const memoryIteratorType = makeBuiltinType("memory_iterator", undefined, {
  subclassable: false,
});
defineIteratorMethods(memoryIteratorType);

registerConstructor(memoryviewType, (_cls, args, kwnames) => {
  const keywords = kwnames?.length ?? 0;
  const positional = args.length - keywords;
  if (args.length > 1) {
    const what = positional === 0 ? "keyword argument" : "argument";
    throw pyError("TypeError", `memoryview() takes at most 1 ${what} (${args.length} given)`);
  }
  const object = positional === 1 ? args[0] : kwnames?.[0] === "object" ? args[0] : undefined;
  if (object === undefined) {
    if (keywords > 0) {
      const name = kwnames![0];
      if (positional === 0 && name !== "object") {
        throw pyError("TypeError", "memoryview() missing required argument 'object' (pos 1)");
      }
      throw pyError("TypeError", `'${name}' is an invalid keyword argument for memoryview()`);
    }
    throw pyError("TypeError", "memoryview() missing required argument 'object' (pos 1)");
  }
  return memoryviewOf(object);
});
registerInitializer(memoryviewType, () => {});

/** PyNumber_AsSsize_t(key, IndexError). */
function indexOf(key: PyValue): number {
  const raw = indexOperand(key)!;
  if (typeof raw === "bigint") {
    throw pyError("IndexError", `cannot fit '${typeOf(key).tpName}' into an index-sized integer`);
  }
  return raw;
}

/** lookup_dimension: the byte position of `index` along dimension `dim` from `position`. */
function lookup(view: PyMemoryView, position: number, dim: number, index: number): number {
  const n = view.shape[dim];
  if (index < 0) index += n;
  if (index < 0 || index >= n) {
    throw pyError("IndexError", `index out of bounds on dimension ${dim + 1}`);
  }
  return position + view.strides[dim] * index;
}

const isIndex = (value: PyValue) =>
  typeof value === "number" || typeof value === "bigint" || typeof value === "boolean" ||
  (value !== null && typeof value === "object" && !(value instanceof PySlice) &&
    typeOf(value).lookup("__index__") !== undefined);
const isMultiIndex = (key: PyValue) => key instanceof PyTuple && key.items.every(isIndex);
const isMultiSlice = (key: PyValue) =>
  key instanceof PyTuple && key.items.every((item) => item instanceof PySlice);

/** ptr_from_tuple. */
function tuplePosition(view: PyMemoryView, key: PyTuple): number {
  const n = key.items.length;
  if (n > view.ndim) {
    throw pyError("TypeError", `cannot index ${view.ndim}-dimension view with ${n}-element tuple`);
  }
  let position = view.offset;
  for (let dim = 0; dim < n; dim++) position = lookup(view, position, dim, indexOf(key.items[dim]));
  return position;
}

/** init_slice on the first dimension: a new view (an export of the same object). */
function sliced(view: PyMemoryView, slice: PySlice): PyMemoryView {
  const [start, , step, count] = sliceIndices(slice, view.shape[0]);
  const shape = view.shape.slice();
  const strides = view.strides.slice();
  shape[0] = count;
  strides[0] = view.strides[0] * step;
  return exportedView(view.obj, {
    offset: view.offset + view.strides[0] * start,
    format: view.format,
    itemsize: view.itemsize,
    shape,
    strides,
    readonly: view.readonly,
  });
}

function read(view: PyMemoryView, position: number, char: string): PyValue {
  return unpackItem(dataView(view.source()), position, char);
}

function getItem(self: PyValue, key: PyValue): PyValue {
  const view = self as PyMemoryView;
  view.source();
  if (view.ndim === 0) {
    if (key instanceof PyTuple && key.items.length === 0) {
      return read(view, view.offset, itemChar(view.format));
    }
    if (typeOf(key).name === "ellipsis") return view;
    throw pyError("TypeError", "invalid indexing of 0-dim memory");
  }
  if (isIndex(key)) {
    const index = indexOf(key);
    const char = itemChar(view.format);
    if (view.ndim !== 1) {
      throw pyError("NotImplementedError", "multi-dimensional sub-views are not implemented");
    }
    return read(view, lookup(view, view.offset, 0, index), char);
  }
  if (key instanceof PySlice) return sliced(view, key);
  if (isMultiIndex(key)) {
    const char = itemChar(view.format);
    if ((key as PyTuple).items.length < view.ndim) {
      throw pyError("NotImplementedError", "sub-views are not implemented");
    }
    return read(view, tuplePosition(view, key as PyTuple), char);
  }
  if (isMultiSlice(key)) {
    throw pyError("NotImplementedError", "multi-dimensional slicing is not implemented");
  }
  throw pyError("TypeError", "memoryview: invalid slice key");
}

function write(view: PyMemoryView, position: number, char: string, value: PyValue): void {
  packItem(() => dataView(view.source()), position, char, value);
}

/** copy_single: a 1-D slice assignment from another buffer of the same structure. */
function assignSlice(view: PyMemoryView, slice: PySlice, value: PyValue): void {
  const layout = bufferLayoutOf(value);
  if (layout === undefined) {
    throw pyError("TypeError", `a bytes-like object is required, not '${typeOf(value).tpName}'`);
  }
  const target = PyMemoryView.withLayout(view.obj, view);
  const [start, , step, count] = sliceIndices(slice, view.shape[0]);
  target.offset = view.offset + view.strides[0] * start;
  target.shape = [count];
  target.strides = [view.strides[0] * step];
  const strip = (format: string) => format[0] === "@" ? format.slice(1) : format;
  const sameShape = layout.shape.length === 1 && layout.shape[0] === count;
  if (
    strip(layout.format) !== strip(view.format) || layout.itemsize !== view.itemsize ||
    !sameShape
  ) {
    throw pyError(
      "ValueError",
      "memoryview assignment: lvalue and rvalue have different structures",
    );
  }
  const size = view.itemsize;
  const items: Uint8Array[] = [];
  for (let i = 0; i < count; i++) {
    const at = layout.offset + i * layout.strides[0];
    items.push(layout.memory.slice(at, at + size));
  }
  const memory = view.source();
  for (let i = 0; i < count; i++) memory.set(items[i], target.offset + i * target.strides[0]);
}

function setItem(self: PyValue, key: PyValue, value: PyValue | undefined): PyValue {
  const view = self as PyMemoryView;
  view.source();
  const char = itemChar(view.format);
  if (view.readonly) throw pyError("TypeError", "cannot modify read-only memory");
  if (value === undefined) throw pyError("TypeError", "cannot delete memory");
  if (view.ndim === 0) {
    if (typeOf(key).name === "ellipsis" || (key instanceof PyTuple && key.items.length === 0)) {
      write(view, view.offset, char, value);
      return null;
    }
    throw pyError("TypeError", "invalid indexing of 0-dim memory");
  }
  if (isIndex(key)) {
    if (view.ndim > 1) throw pyError("NotImplementedError", "sub-views are not implemented");
    write(view, lookup(view, view.offset, 0, indexOf(key)), char, value);
    return null;
  }
  if (key instanceof PySlice && view.ndim === 1) {
    assignSlice(view, key, value);
    return null;
  }
  if (isMultiIndex(key)) {
    if ((key as PyTuple).items.length < view.ndim) {
      throw pyError("NotImplementedError", "sub-views are not implemented");
    }
    write(view, tuplePosition(view, key as PyTuple), char, value);
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

/** memory_richcompare for ==: undefined means NotImplemented. */
function viewsEqual(view: PyMemoryView, other: PyValue): boolean | undefined {
  if (view.released) return view === other;
  let layout;
  if (other instanceof PyMemoryView) {
    if (other.released) return view === other;
    layout = other;
  } else {
    layout = bufferLayoutOf(other);
    if (layout === undefined) return undefined;
  }
  const n = view.ndim;
  if (layout.shape.length !== n) return false;
  for (let d = 0; d < n; d++) {
    if (layout.shape[d] !== view.shape[d]) return false;
    if (view.shape[d] === 0) break;
  }
  const readMine = comparisonReader(view.format, view.itemsize);
  const readOther = comparisonReader(layout.format, layout.itemsize);
  if (readMine === undefined || readOther === undefined) return false;
  const mine = dataView(view.source());
  const otherMemory = layout instanceof PyMemoryView ? layout.source() : layout.memory;
  const theirs = dataView(otherMemory);
  const otherView = layout instanceof PyMemoryView ? layout : PyMemoryView.withLayout(null, layout);
  const positions = view.positions();
  const otherPositions = otherView.positions();
  for (let i = 0; i < positions.length; i++) {
    if (!late.equals(readMine(mine, positions[i]), readOther(theirs, otherPositions[i]))) {
      return false;
    }
  }
  return true;
}

function equals(self: PyValue, other: PyValue): PyValue {
  const result = viewsEqual(self as PyMemoryView, other);
  return result === undefined ? NotImplemented : result;
}

function hash(self: PyValue): PyValue {
  const view = self as PyMemoryView;
  if (view.hash !== undefined) return view.hash;
  view.source();
  if (!view.readonly) throw pyError("ValueError", "cannot hash writable memoryview object");
  const char = nativeChar(view.format);
  if (char === undefined || !"bBc".includes(char)) {
    throw pyError("ValueError", "memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
  }
  if (view.obj !== null) hashOf(view.obj);
  view.hash = hashOf(new PyBytes(view.contents().slice()));
  return view.hash;
}

function iterate(self: PyValue): PyValue {
  const view = self as PyMemoryView;
  view.source();
  if (view.ndim === 0) throw pyError("TypeError", "invalid indexing of 0-dim memory");
  if (view.ndim !== 1) {
    throw pyError("NotImplementedError", "multi-dimensional sub-views are not implemented");
  }
  const char = itemChar(view.format);
  const length = view.shape[0];
  let index = 0;
  return new PyNativeIterator(memoryIteratorType, () => {
    if (index >= length) return undefined;
    const position = view.offset + view.strides[0] * index++;
    return read(view, position, char);
  });
}

function length(self: PyValue): number {
  const view = self as PyMemoryView;
  view.source();
  return view.ndim === 0 ? 1 : view.shape[0];
}

function release(self: PyMemoryView): null {
  self.released = true;
  return null;
}

const SLOTS: Record<string, AnySlot> = {
  __getitem__: getItem,
  __setitem__: setItem,
  __delitem__: (self, key) => setItem(self, key, undefined),
  __len__: length,
  __eq__: equals,
  __ne__: (self, other) => {
    const result = equals(self, other);
    return result === NotImplemented ? result : !result;
  },
  __hash__: hash,
  __iter__: iterate,
};
registerNativeSlots(memoryviewType, SLOTS);

const live = (self: PyMemoryView) => {
  self.source();
  return self;
};

defineNativeMethods(memoryviewType, {
  __getitem__: ["key, /", getItem],
  __setitem__: ["key, value, /", setItem],
  __delitem__: ["key, /", SLOTS.__delitem__],
  __len__: ["", length],
  __eq__: ["value, /", equals],
  __ne__: ["value, /", SLOTS.__ne__],
  __hash__: ["", hash],
  __iter__: ["", iterate],
  __repr__: ["", (self: PyMemoryView) => {
    const address = "0x" + objectId(self).toString(16);
    return self.released ? `<released memory at ${address}>` : `<memory at ${address}>`;
  }],
  __enter__: ["", live],
  // object.__reduce_ex__'s refusals: copyreg's below protocol 2, reduce_newobj's above.
  __reduce_ex__: ["protocol, /", (_self: PyMemoryView, protocol: PyValue) => {
    const level = indexOperand(protocol);
    if (level === undefined) {
      throw pyError(
        "TypeError",
        `'${typeOf(protocol).tpName}' object cannot be interpreted as an integer`,
      );
    }
    throw pyError(
      "TypeError",
      level >= 2 ? "cannot pickle memoryview objects" : "cannot pickle 'memoryview' object",
    );
  }],
  __reduce__: ["", () => {
    throw pyError("TypeError", "cannot pickle 'memoryview' object");
  }],
  __exit__: ["*args", release],
  release: ["", release],
  cast: ["format, shape=?", castView],
  tobytes: ["order=None", tobytes],
  tolist: ["", tolist],
  hex: ["sep=?, bytes_per_sep=1", (self: PyMemoryView, sep?: PyValue, group?: PyValue) => {
    live(self);
    return hexOf(self.contents(), sep, group);
  }],
  toreadonly: ["", (self: PyMemoryView) => {
    live(self);
    return exportedView(self.obj, { ...layoutOf(self), readonly: true });
  }],
});

function layoutOf(view: PyMemoryView) {
  return {
    offset: view.offset,
    format: view.format,
    itemsize: view.itemsize,
    shape: view.shape,
    strides: view.strides,
    readonly: view.readonly,
  };
}

defineGetSets(memoryviewType, {
  obj: [(self: PyMemoryView) => live(self).obj],
  nbytes: [(self: PyMemoryView) => live(self).nbytes],
  readonly: [(self: PyMemoryView) => live(self).readonly],
  itemsize: [(self: PyMemoryView) => live(self).itemsize],
  format: [(self: PyMemoryView) => live(self).format],
  ndim: [(self: PyMemoryView) => live(self).ndim],
  shape: [(self: PyMemoryView) => newTuple(live(self).shape.slice())],
  strides: [(self: PyMemoryView) => newTuple(live(self).strides.slice())],
  suboffsets: [(self: PyMemoryView) => (live(self), newTuple([]))],
  contiguous: [(self: PyMemoryView) => live(self).cContiguous || self.fContiguous],
  c_contiguous: [(self: PyMemoryView) => live(self).cContiguous],
  f_contiguous: [(self: PyMemoryView) => live(self).fContiguous],
});
