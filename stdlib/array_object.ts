/**
 * The array.array object: items of one typecode in a JS typed array with
 * spare capacity, so appends are amortised O(1) and a million doubles take
 * ~8 MB. The object exports its memory as a buffer in its typecode's
 * format; while a memoryview of it is alive (memoryview_exports.ts) it may
 * not change size.
 *
 * Two capacities. `allocated` is CPython's (array_resize's rule: grow to
 * n + n/16 + 3 or 7, keep the block until it is 16 items too big); only
 * __sizeof__ and buffer_info show it. The typed array itself at least
 * doubles when it grows: CPython's realloc extends a big block in place
 * (mremap), while a JS typed array can only be copied into fresh pages, so
 * growing by 1/16 made 20 frombytes of 4 MB copy ~800 MB
 * (bench/programs/array_bulk.py: 0.38 s; doubling 0.10 s, growing by half
 * 0.11 s, CPython 0.03 s). The pages past `length` are never written, so
 * the slack costs address space, not resident memory. A large array grows
 * in place instead (array_storage.ts): a resize then detaches the old items,
 * so nothing may keep a view of them across one (copy what is kept).
 */
import { PyObject, type PyValue } from "../vm/objects/object.ts";
import type { PyType } from "../vm/objects/type.ts";
import { makeBuiltinType } from "../vm/objects/core_types.ts";
import { pyError } from "../vm/objects/exceptions.ts";
import { registerLayoutExporter } from "../vm/objects/buffer.ts";
import { hasExports } from "../vm/objects/memoryview_exports.ts";
import { type ItemArray, loadable, storable, type TypeCode } from "./array_codes.ts";
import { growInPlace } from "./array_storage.ts";

export const arrayType = makeBuiltinType("array");

export class PyArray extends PyObject {
  items: ItemArray;
  length = 0;
  /** CPython's `allocated` (see the essay above); `items.length` may be more. */
  allocated: number;

  constructor(readonly type: TypeCode, cls: PyType = arrayType, capacity = 0) {
    super(cls);
    this.items = type.make(capacity);
    this.allocated = capacity;
  }

  get itemsize(): number {
    return this.type.itemsize;
  }

  /** The live bytes of the items (re-read after any resize). */
  get bytes(): Uint8Array {
    return new Uint8Array(this.items.buffer, 0, this.length * this.type.itemsize);
  }

  get(index: number): PyValue {
    return loadable(this.type, this.items[index]);
  }

  /** Store a Python value at `index` (checked, CPython's errors). */
  set(index: number, value: PyValue): void {
    this.items[index] = storable(this.type, value) as never;
  }

  /** array_resize: BufferError while exporting; growth with over-allocation. */
  resize(newLength: number): void {
    if (newLength === this.length) return;
    if (hasExports(this)) {
      throw pyError("BufferError", "cannot resize an array that is exporting buffers");
    }
    if (this.allocated < newLength || this.length >= newLength + 16) {
      const allocated = newLength === 0
        ? 0
        : newLength + (newLength >> 4) + (this.length < 8 ? 3 : 7);
      if (allocated * this.type.itemsize > 2 ** 32) throw pyError("MemoryError");
      this.allocated = allocated;
    }
    const capacity = this.items.length;
    if (newLength > capacity || this.allocated < capacity >> 2) {
      const grown = newLength > capacity
        ? Math.max(this.allocated, Math.min(capacity * 2, 2 ** 32 / this.itemsize))
        : this.allocated;
      const kept = Math.min(this.length, newLength);
      let moved = newLength > capacity ? growInPlace(this.items, kept, grown) : null;
      if (moved === null) {
        moved = this.type.make(grown);
        moved.set(this.items.subarray(0, kept) as never);
      }
      this.items = moved;
    } else if (newLength < this.length) {
      this.items.fill((this.type.kind === "bigint" ? 0n : 0) as never, newLength, this.length);
    }
    this.length = newLength;
  }

  /** Append already-converted raw values. */
  appendRaw(values: ArrayLike<number | bigint>): void {
    const at = this.length;
    this.resize(at + values.length);
    this.items.set(values as never, at);
  }

  /** Replace items [start, stop) with raw values (a copy is taken first). */
  splice(start: number, stop: number, values: ItemArray): void {
    const insert = values.slice();
    const tail = this.items.slice(stop, this.length);
    this.resize(this.length - (stop - start) + insert.length);
    this.items.set(insert as never, start);
    this.items.set(tail as never, start + insert.length);
  }

  /** The items as raw values (a view; copy before resizing). */
  view(start = 0, stop = this.length): ItemArray {
    return this.items.subarray(start, stop);
  }
}

registerLayoutExporter((value) => {
  if (!(value instanceof PyArray)) return undefined;
  return {
    memory: value.bytes,
    offset: 0,
    format: value.type.format,
    itemsize: value.type.itemsize,
    shape: [value.length],
    strides: [value.type.itemsize],
    readonly: false,
  };
});
