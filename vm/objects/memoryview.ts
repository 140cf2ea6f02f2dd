/**
 * memoryview: a typed, possibly multi-dimensional and strided window on the
 * memory of an exporter (bytes, bytearray, array.array, ...), as CPython's
 * Py_buffer: `format`/`itemsize`, `shape`/`strides` and the byte `offset`
 * of the first item. The view keeps no copy: it asks its exporter for its
 * memory afresh on every access (a bytearray or array moves its storage
 * when it grows), so it follows the exporter's writes.
 *
 * Views are made by memoryview(obj) (the exporter's own layout),
 * slicing (first dimension), cast (C-contiguous only) and toreadonly; each
 * registers as an export of its exporter (memoryview_exports.ts) until
 * released. Item coding lives in vm/runtime/types/memoryview_items.ts, the
 * Python-visible methods in vm/runtime/types/memoryview_type.ts.
 */
import { PyObject, type PyValue } from "./object.ts";
import { makeBuiltinType } from "./core_types.ts";
import { pyError } from "./exceptions.ts";
import { PyBytes } from "./bytes.ts";
import { PyByteArray } from "./bytearray.ts";
import { typeOf } from "./typeof.ts";
import { bufferLayoutOf, registerBufferExporter, registerLayoutExporter } from "./buffer.ts";
import { addExport } from "./memoryview_exports.ts";
import { filledArray } from "./array_fill.ts";

export const memoryviewType = makeBuiltinType("memoryview", undefined, { subclassable: false });

export interface ViewLayout {
  readonly offset: number;
  readonly format: string;
  readonly itemsize: number;
  readonly shape: readonly number[];
  readonly strides: readonly number[];
  readonly readonly: boolean;
}

export class PyMemoryView extends PyObject {
  released = false;
  offset: number;
  format = "B";
  itemsize = 1;
  shape: readonly number[];
  strides: readonly number[];
  readonly: boolean;
  /** The cached hash (CPython keeps it even after release). */
  hash: number | bigint | undefined = undefined;
  /** C_CONTIGUOUS / F_CONTIGUOUS flags (init_flags). */
  cContiguous = true;
  fContiguous = true;
  /** Bytes [low, high) of the exporter's memory the view may touch. */
  private low = 0;
  private high = 0;

  /** A one-dimensional byte view ('B'), `length` items `step` bytes apart from `start`. */
  constructor(
    /** The exporting object (`m.obj`). */
    readonly obj: PyValue,
    start: number,
    length: number,
    step: number,
    readonly: boolean,
  ) {
    super(memoryviewType);
    this.offset = start;
    this.shape = [length];
    this.strides = [step];
    this.readonly = readonly;
    this.initFlags();
  }

  static withLayout(obj: PyValue, layout: ViewLayout): PyMemoryView {
    const view = new PyMemoryView(obj, layout.offset, 0, 1, layout.readonly);
    view.format = layout.format;
    view.itemsize = layout.itemsize;
    view.shape = layout.shape.slice();
    view.strides = layout.strides.slice();
    view.initFlags();
    return view;
  }

  get ndim(): number {
    return this.shape.length;
  }

  /** The number of items. */
  get count(): number {
    let n = 1;
    for (const dim of this.shape) n *= dim;
    return n;
  }

  get nbytes(): number {
    return this.count * this.itemsize;
  }

  /** Compatibility for byte-oriented callers: 1 when C-contiguous, 0 otherwise. */
  get step(): number {
    return this.cContiguous ? 1 : 0;
  }

  get start(): number {
    return this.offset;
  }

  /** Compatibility: the number of bytes (of a C-contiguous view). */
  get length(): number {
    return this.nbytes;
  }

  /** CPython's init_flags (and the span the view may touch). */
  initFlags(): void {
    const { shape, strides, itemsize } = this;
    const ndim = shape.length;
    let low = this.offset;
    let high = this.offset + itemsize;
    for (let d = 0; d < ndim; d++) {
      if (shape[d] === 0) {
        high = low;
        break;
      }
      const reach = (shape[d] - 1) * strides[d];
      if (reach < 0) low += reach;
      else high += reach;
    }
    this.low = low;
    this.high = high;
    if (ndim === 0) {
      this.cContiguous = this.fContiguous = true;
    } else if (ndim === 1) {
      this.cContiguous = this.fContiguous = shape[0] === 1 || strides[0] === itemsize;
    } else {
      this.cContiguous = isContiguous(this, "C");
      this.fContiguous = isContiguous(this, "F");
    }
  }

  /** The exporter's whole memory; raises if the view was released. */
  source(): Uint8Array {
    if (this.released) {
      throw pyError("ValueError", "operation forbidden on released memoryview object");
    }
    const obj = this.obj;
    const memory = obj instanceof PyBytes || obj instanceof PyByteArray
      ? obj.bytes
      : bufferLayoutOf(obj)?.memory;
    if (memory === undefined || (this.high > memory.length && this.high > this.low)) {
      throw pyError("BufferError", "memoryview: the exporter's memory was resized");
    }
    return memory;
  }

  /** Byte positions of every item, in C order ('C') or Fortran order ('F'). */
  positions(order: "C" | "F" = "C"): number[] {
    const out: number[] = [];
    const { shape, strides } = this;
    const ndim = shape.length;
    if (ndim === 0) return [this.offset];
    if (this.count === 0) return out;
    const index = filledArray(ndim, 0);
    let position = this.offset;
    const dims = order === "C"
      ? Array.from({ length: ndim }, (_, i) => ndim - 1 - i)
      : Array.from({ length: ndim }, (_, i) => i);
    for (;;) {
      out.push(position);
      let k = 0;
      for (; k < ndim; k++) {
        const d = dims[k];
        if (++index[d] < shape[d]) {
          position += strides[d];
          break;
        }
        position -= strides[d] * (shape[d] - 1);
        index[d] = 0;
      }
      if (k === ndim) return out;
    }
  }

  /** The viewed bytes in C order: a live subarray when C-contiguous, else a copy. */
  contents(order: "C" | "F" | "A" = "C"): Uint8Array {
    const source = this.source();
    if (this.cContiguous && (order !== "F" || this.ndim <= 1 || this.fContiguous)) {
      return source.subarray(this.offset, this.offset + this.nbytes);
    }
    const useF = order === "F" || (order === "A" && this.fContiguous);
    const out = new Uint8Array(this.nbytes);
    const size = this.itemsize;
    let at = 0;
    for (const position of this.positions(useF ? "F" : "C")) {
      out.set(source.subarray(position, position + size), at);
      at += size;
    }
    return out;
  }
}

/** PyBuffer_IsContiguous for ndim >= 2. */
function isContiguous(view: PyMemoryView, order: "C" | "F"): boolean {
  if (view.nbytes === 0) return true;
  const { shape, strides } = view;
  const ndim = shape.length;
  let expected = view.itemsize;
  for (let k = 0; k < ndim; k++) {
    const d = order === "C" ? ndim - 1 - k : k;
    if (shape[d] > 1 && strides[d] !== expected) return false;
    expected *= shape[d];
  }
  return true;
}

/** A new view with `layout` over `obj`, registered as one of its exports. */
export function exportedView(obj: PyValue, layout: ViewLayout): PyMemoryView {
  const view = PyMemoryView.withLayout(obj, layout);
  // bytes never change size: only mutable exporters need to know their views.
  if (obj !== null && typeof obj === "object" && !(obj instanceof PyBytes)) addExport(obj, view);
  return view;
}

/** memoryview(obj): a view of all of obj's memory, in obj's own format. */
export function memoryviewOf(obj: PyValue): PyMemoryView {
  if (obj instanceof PyMemoryView) {
    obj.source();
    return exportedView(obj.obj, obj);
  }
  const layout = bufferLayoutOf(obj);
  if (layout === undefined) {
    throw pyError(
      "TypeError",
      `memoryview: a bytes-like object is required, not '${typeOf(obj).tpName}'`,
    );
  }
  return exportedView(obj, layout);
}

registerLayoutExporter((value) => {
  if (!(value instanceof PyMemoryView)) return undefined;
  return {
    memory: value.source(),
    offset: value.offset,
    format: value.format,
    itemsize: value.itemsize,
    shape: value.shape,
    strides: value.strides,
    readonly: value.readonly,
  };
});
registerBufferExporter((value) => value instanceof PyMemoryView ? value.contents() : undefined);
