/**
 * The bytearray object: a mutable byte string.
 *
 * Storage is a Uint8Array with spare capacity and a separate `length`, so
 * `append`/`extend`/`+=` are amortised O(1) per byte. Growth follows
 * CPython's PyByteArray_Resize (over-allocate by an eighth plus a constant
 * when growing by little, exactly otherwise; shrink to fit below half), with
 * `alloc` counting C's trailing NUL, so `__alloc__` answers as CPython does.
 * `bytes` is a view of the live bytes (`storage.subarray(0, length)`): every
 * shared bytes/bytearray algorithm reads it the same way it reads
 * `PyBytes.bytes`. A view is only valid until the next resize, so mutating
 * code re-reads it after changing the length. Invariant: `storage.length`
 * is `alloc - 1` (0 when nothing was ever allocated), and bytes past
 * `length` are zero.
 */
import { PyObject } from "./object.ts";
import { makeBuiltinType } from "./core_types.ts";
import { pyError } from "./exceptions.ts";
import type { PyType } from "./type.ts";
import { checkResizable } from "./memoryview_exports.ts";

export const bytearrayType = makeBuiltinType("bytearray");

/** Largest Py_ssize_t on a 64-bit build (CPython's length limit). */
const SSIZE_MAX = 2 ** 63 - 1;

export class PyByteArray extends PyObject {
  storage: Uint8Array;
  length: number;
  /** CPython's ob_alloc: the allocated size including the NUL; 0 before any allocation. */
  alloc: number;

  /** A bytearray that takes ownership of `data` (callers pass a fresh array). */
  constructor(data: Uint8Array = new Uint8Array(0), cls: PyType = bytearrayType) {
    super(cls);
    this.storage = data;
    this.length = data.length;
    this.alloc = data.length === 0 ? 0 : data.length + 1;
  }

  /** The current contents, as a view (re-read after any resize). */
  get bytes(): Uint8Array {
    return this.storage.subarray(0, this.length);
  }

  /** Change the length; new bytes are zero. */
  resize(newLength: number): void {
    if (newLength === this.length) return;
    checkResizable(this); // BufferError while a memoryview exports the bytes
    if (newLength > SSIZE_MAX || newLength > 2 ** 32) throw pyError("MemoryError");
    let alloc = this.alloc;
    if (newLength + 1 <= alloc) {
      if (newLength < alloc / 2) alloc = newLength + 1;
    } else if (newLength <= alloc * 1.125) {
      alloc = newLength + (newLength >> 3) + (newLength < 9 ? 3 : 6);
    } else {
      alloc = newLength + 1;
    }
    if (alloc !== this.alloc) {
      const moved = new Uint8Array(alloc - 1);
      moved.set(this.storage.subarray(0, Math.min(this.length, newLength)));
      this.storage = moved;
      this.alloc = alloc;
    } else if (newLength < this.length) {
      this.storage.fill(0, newLength, this.length);
    }
    this.length = newLength;
  }

  /** Replace the contents. */
  assign(data: Uint8Array): void {
    const copy = data.slice(); // data may be a view of this very buffer
    this.resize(copy.length);
    this.storage.set(copy);
  }

  append(byte: number): void {
    const at = this.length;
    if (at < this.storage.length) {
      checkResizable(this);
      this.length++;
    } else this.resize(at + 1);
    this.storage[at] = byte;
  }

  appendAll(data: Uint8Array): void {
    const at = this.length;
    const copy = data.buffer === this.storage.buffer ? data.slice() : data;
    this.resize(at + copy.length);
    this.storage.set(copy, at);
  }

  /** Replace bytes [start, stop) with `data` (a plain slice assignment). */
  splice(start: number, stop: number, data: Uint8Array): void {
    const insert = data.buffer === this.storage.buffer ? data.slice() : data;
    const oldLength = this.length;
    const tail = this.storage.slice(stop, oldLength);
    const newLength = oldLength - (stop - start) + insert.length;
    this.resize(newLength);
    this.storage.set(insert, start);
    this.storage.set(tail, start + insert.length);
  }
}
