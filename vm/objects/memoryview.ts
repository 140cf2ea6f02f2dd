/**
 * memoryview, for now over byte buffers only: a one-dimensional view with
 * format 'B' (itemsize 1) of a bytes, bytearray or another memoryview,
 * possibly strided (`m[::2]`). The view reads its source's bytes afresh on
 * every access, so it follows a bytearray's writes. Not yet: `cast`, other
 * formats and shapes, and refusing to resize a bytearray while a view
 * exists (CPython's BufferError).
 */
import { PyObject, type PyValue } from "./object.ts";
import { makeBuiltinType } from "./core_types.ts";
import { pyError } from "./exceptions.ts";
import { PyByteArray } from "./bytearray.ts";
import { typeOf } from "./typeof.ts";
import { bufferOf, registerBufferExporter } from "./buffer.ts";

export const memoryviewType = makeBuiltinType("memoryview", undefined, { subclassable: false });

export class PyMemoryView extends PyObject {
  released = false;

  constructor(
    /** The exporting object (`m.obj`). */
    readonly obj: PyValue,
    readonly start: number,
    readonly length: number,
    readonly step: number,
    readonly readonly: boolean,
  ) {
    super(memoryviewType);
  }

  /** The source's bytes (the whole exporter). */
  source(): Uint8Array {
    if (this.released) {
      throw pyError("ValueError", "operation forbidden on released memoryview object");
    }
    return bufferOf(this.obj)!;
  }

  /** Index into source() of item `index`. */
  position(index: number): number {
    return this.start + index * this.step;
  }

  /** The viewed bytes: a view when contiguous, a copy when strided. */
  contents(): Uint8Array {
    const source = this.source();
    if (this.step === 1) return source.subarray(this.start, this.start + this.length);
    const out = new Uint8Array(this.length);
    for (let i = 0; i < this.length; i++) out[i] = source[this.position(i)];
    return out;
  }
}

/** memoryview(obj): a view of all of obj's bytes. */
export function memoryviewOf(obj: PyValue): PyMemoryView {
  if (obj instanceof PyMemoryView) {
    obj.source();
    return new PyMemoryView(obj.obj, obj.start, obj.length, obj.step, obj.readonly);
  }
  const bytes = bufferOf(obj);
  if (bytes === undefined) {
    throw pyError(
      "TypeError",
      `memoryview: a bytes-like object is required, not '${typeOf(obj).name}'`,
    );
  }
  return new PyMemoryView(obj, 0, bytes.length, 1, !(obj instanceof PyByteArray));
}

registerBufferExporter((value) => value instanceof PyMemoryView ? value.contents() : undefined);
