/**
 * The buffer protocol. `bufferOf(x)` is the bytes of any object CPython would
 * accept through `PyObject_GetBuffer(..., PyBUF_SIMPLE)`, or undefined;
 * `bufferLayoutOf(x)` is the full description (CPython's PyBUF_FULL_RO:
 * format, item size, shape, strides) that memoryview and comparisons need.
 * bytes and bytearray are built in ('B' items); other exporters (memoryview,
 * array.array, ctypes objects) register with `registerBufferExporter` (bytes
 * only, format 'B') or `registerLayoutExporter` from their own modules, so
 * the bytes methods accept them without knowing them.
 *
 * The view is not a copy: a caller that mutates a bytearray while it holds a
 * view of it (or of another object sharing its storage) must copy first.
 */
import type { PyValue } from "./object.ts";
import { PyBytes } from "./bytes.ts";
import { PyByteArray } from "./bytearray.ts";
import { pyError } from "./exceptions.ts";
import { typeOf } from "./typeof.ts";
import { filledArray } from "./array_fill.ts";

/** A Py_buffer: `memory` holds the items at `offset` + sum(index[d] * strides[d]). */
export interface BufferLayout {
  /** The exporter's memory, read afresh on every access (it may move on resize). */
  readonly memory: Uint8Array;
  readonly offset: number;
  readonly format: string;
  readonly itemsize: number;
  readonly shape: readonly number[];
  readonly strides: readonly number[];
  readonly readonly: boolean;
}

type BufferExporter = (value: PyValue) => Uint8Array | undefined;
type LayoutExporter = (value: PyValue) => BufferLayout | undefined;

const exporters: BufferExporter[] = [];
const layoutExporters: LayoutExporter[] = [];

export function registerBufferExporter(exporter: BufferExporter): void {
  exporters.push(exporter);
}

/** An exporter with a format and shape (also answers `bufferOf`, if contiguous). */
export function registerLayoutExporter(exporter: LayoutExporter): void {
  layoutExporters.push(exporter);
}

/** A one-dimensional 'B' layout over `bytes`. */
export function byteLayout(bytes: Uint8Array, readonly: boolean): BufferLayout {
  return {
    memory: bytes,
    offset: 0,
    format: "B",
    itemsize: 1,
    shape: [bytes.length],
    strides: [1],
    readonly,
  };
}

/** The bytes of a bytes-like object, or undefined. */
export function bufferOf(value: PyValue): Uint8Array | undefined {
  if (value instanceof PyBytes || value instanceof PyByteArray) return value.bytes;
  if (value === null || typeof value !== "object") return undefined;
  for (const exporter of exporters) {
    const bytes = exporter(value);
    if (bytes !== undefined) return bytes;
  }
  for (const exporter of layoutExporters) {
    const layout = exporter(value);
    if (layout !== undefined) return layoutBytes(layout);
  }
  return undefined;
}

/** The items of a layout as bytes in C order: a live subarray when contiguous. */
function layoutBytes(layout: BufferLayout): Uint8Array {
  const { memory, offset, itemsize, shape, strides } = layout;
  let count = 1;
  for (const dim of shape) count *= dim;
  let contiguous = true;
  let expected = itemsize;
  for (let d = shape.length - 1; d >= 0; d--) {
    if (shape[d] > 1 && strides[d] !== expected) contiguous = false;
    expected *= shape[d];
  }
  if (contiguous || count === 0) return memory.subarray(offset, offset + count * itemsize);
  const out = new Uint8Array(count * itemsize);
  const index = filledArray(shape.length, 0);
  for (let n = 0; n < count; n++) {
    let position = offset;
    for (let d = 0; d < shape.length; d++) position += index[d] * strides[d];
    out.set(memory.subarray(position, position + itemsize), n * itemsize);
    for (let d = shape.length - 1; d >= 0 && ++index[d] === shape[d]; d--) index[d] = 0;
  }
  return out;
}

/** The full buffer description of an exporter, or undefined. */
export function bufferLayoutOf(value: PyValue): BufferLayout | undefined {
  if (value instanceof PyBytes) return byteLayout(value.bytes, true);
  if (value instanceof PyByteArray) return byteLayout(value.bytes, false);
  if (value === null || typeof value !== "object") return undefined;
  for (const exporter of layoutExporters) {
    const layout = exporter(value);
    if (layout !== undefined) return layout;
  }
  const bytes = bufferOf(value);
  return bytes === undefined ? undefined : byteLayout(bytes, false);
}

/**
 * The bytes of an exporter that may be written (PyBUF_WRITABLE), or
 * undefined: a read-only exporter (a read-only memoryview, an ACCESS_READ
 * mmap whose pages are mapped without PROT_WRITE) must never be written.
 */
export function writableBufferOf(value: PyValue): Uint8Array | undefined {
  if (value instanceof PyByteArray) return value.bytes;
  if (value instanceof PyBytes || bufferLayoutOf(value)?.readonly !== false) return undefined;
  return bufferOf(value);
}

/** A bytes-like argument: "a bytes-like object is required, not 'str'" otherwise. */
export function expectBuffer(value: PyValue): Uint8Array {
  const bytes = bufferOf(value);
  if (bytes !== undefined) return bytes;
  throw pyError("TypeError", `a bytes-like object is required, not '${typeOf(value).tpName}'`);
}
