/**
 * ctypes objects and the buffer protocol, both ways. As exporters they give
 * memoryview CPython's PEP 3118 formats ("<i", "T{<i:a:<d:b:}", shapes for
 * arrays). As importers (from_buffer) they share the memory of a
 * bytearray, array.array or writable memoryview: a V8 ArrayBuffer's backing
 * store is allocated outside the moving heap, so its address is stable for
 * as long as the buffer is alive, which `_objects` ensures.
 */
import type { PyValue } from "../vm/objects/object.ts";
import type { PyType } from "../vm/objects/type.ts";
import { registerLayoutExporter } from "../vm/objects/buffer.ts";
import { infoOf, instantiate, PyCData, type StgInfo, stgInfo } from "./_ctypes_cdata.ts";

/** An instance of `cls` over `memory` (a JS ArrayBuffer's bytes) from `offset`. */
export function wrapForeignBuffer(
  cls: PyType,
  info: StgInfo,
  memory: Uint8Array,
  offset: number,
): PyCData {
  info.final = true;
  const start = memory.byteOffset + offset;
  const view = new DataView(memory.buffer, start, info.size);
  const base = Number(
    Deno.UnsafePointer.value(Deno.UnsafePointer.of(memory.buffer as ArrayBuffer)),
  );
  const obj = instantiate(cls, info, view, base + start);
  return obj;
}

/** Item format, shape of an instance's buffer (arrays expose their items). */
export function bufferShape(info: StgInfo): { format: string; itemsize: number; shape: number[] } {
  if (info.kind === "array") {
    return { format: info.format, itemsize: itemSize(info), shape: [...info.shape] };
  }
  return { format: info.format, itemsize: info.size, shape: [] };
}

/** The size of an array's innermost item type. */
function itemSize(info: StgInfo): number {
  let item = info;
  while (item.kind === "array") item = stgInfo(item.proto)!;
  return item.size;
}

registerLayoutExporter((value: PyValue) => {
  if (!(value instanceof PyCData)) return undefined;
  const info = infoOf(value);
  const { format, itemsize, shape } = bufferShape(info);
  const strides: number[] = [];
  let stride = itemsize;
  for (let d = shape.length - 1; d >= 0; d--) {
    strides[d] = stride;
    stride *= shape[d];
  }
  return {
    memory: value.bytes,
    offset: 0,
    format,
    itemsize,
    shape,
    strides,
    readonly: false,
  };
});
