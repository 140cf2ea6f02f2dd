/**
 * The buffer protocol, as far as byte-oriented code needs it: `bufferOf(x)`
 * is the bytes of any object CPython would accept through
 * `PyObject_GetBuffer(..., PyBUF_SIMPLE)`, or undefined. bytes and bytearray
 * are built in; other exporters (memoryview, array.array, ctypes objects)
 * register with `registerBufferExporter` from their own modules, so the bytes
 * methods accept them without knowing them.
 *
 * The view is not a copy: a caller that mutates a bytearray while it holds a
 * view of it (or of another object sharing its storage) must copy first.
 */
import type { PyValue } from "./object.ts";
import { PyBytes } from "./bytes.ts";
import { PyByteArray } from "./bytearray.ts";
import { pyError } from "./exceptions.ts";
import { typeOf } from "./typeof.ts";

type BufferExporter = (value: PyValue) => Uint8Array | undefined;

const exporters: BufferExporter[] = [];

export function registerBufferExporter(exporter: BufferExporter): void {
  exporters.push(exporter);
}

/** The bytes of a bytes-like object, or undefined. */
export function bufferOf(value: PyValue): Uint8Array | undefined {
  if (value instanceof PyBytes || value instanceof PyByteArray) return value.bytes;
  if (value === null || typeof value !== "object") return undefined;
  for (const exporter of exporters) {
    const bytes = exporter(value);
    if (bytes !== undefined) return bytes;
  }
  return undefined;
}

/** A bytes-like argument: "a bytes-like object is required, not 'str'" otherwise. */
export function expectBuffer(value: PyValue): Uint8Array {
  const bytes = bufferOf(value);
  if (bytes !== undefined) return bytes;
  throw pyError("TypeError", `a bytes-like object is required, not '${typeOf(value).name}'`);
}
