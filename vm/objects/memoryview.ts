/**
 * memoryview: a view of an exporter's bytes (bytes, bytearray, anything
 * registered with buffer.ts) with CPython's buffer layout: a native struct
 * format of one character ('B', 'i', 'd', ...), an item size, a shape and
 * byte strides (negative for `m[::-1]`) from a byte offset. The view reads its
 * source's bytes afresh on every access, so it follows a bytearray's writes.
 *
 * Items are packed and unpacked here as CPython's memoryobject.c does
 * (pack_single/unpack_single), little-endian as on every platform Taipan
 * runs on. Not modelled: a bytearray refusing to resize while views of it
 * exist (CPython's BufferError), since without reference counting a view
 * nobody releases would pin its bytearray for ever.
 */
import { PyObject, type PyValue } from "./object.ts";
import { makeBuiltinType } from "./core_types.ts";
import { pyError } from "./exceptions.ts";
import { PyBytes } from "./bytes.ts";
import { PyByteArray } from "./bytearray.ts";
import { PyFloat } from "./float.ts";
import { typeOf } from "./typeof.ts";
import { intOperand, normalizeBigInt } from "./int_value.ts";
import { bufferOf, registerBufferExporter } from "./buffer.ts";
import { late } from "../runtime/late_protocols.ts";

export const memoryviewType = makeBuiltinType("memoryview", undefined, { subclassable: false });

/** Item sizes of the native single-character formats (get_native_fmtchar). */
export const FORMAT_SIZES: Readonly<Record<string, number>> = {
  c: 1,
  b: 1,
  B: 1,
  "?": 1,
  h: 2,
  H: 2,
  i: 4,
  I: 4,
  l: 8,
  L: 8,
  q: 8,
  Q: 8,
  n: 8,
  N: 8,
  f: 4,
  d: 8,
  P: 8,
}; // deno-fmt-ignore

export const isByteFormat = (format: string) => format === "B" || format === "b" || format === "c";

export class PyMemoryView extends PyObject {
  released = false;

  constructor(
    /** The exporting object (`m.obj`). */
    readonly obj: PyValue,
    /** Byte offset of the first item in the exporter's bytes. */
    readonly offset: number,
    readonly format: string,
    readonly itemsize: number,
    readonly shape: readonly number[],
    /** Byte distance between items, per dimension. */
    readonly strides: readonly number[],
    readonly readonly: boolean,
  ) {
    super(memoryviewType);
  }

  get ndim(): number {
    return this.shape.length;
  }

  /** Number of items. */
  get count(): number {
    return this.shape.reduce((product, n) => product * n, 1);
  }

  get nbytes(): number {
    return this.count * this.itemsize;
  }

  /** The exporter's bytes (all of them); ValueError once released. */
  source(): Uint8Array {
    if (this.released) {
      throw pyError("ValueError", "operation forbidden on released memoryview object");
    }
    return bufferOf(this.obj)!;
  }

  get cContiguous(): boolean {
    return isContiguous(this.shape, this.strides, this.itemsize, false);
  }

  get fContiguous(): boolean {
    return isContiguous(this.shape, this.strides, this.itemsize, true);
  }

  /** Byte positions of every item, in C (row-major) order. */
  positions(): number[] {
    const out: number[] = [];
    const walk = (dimension: number, at: number) => {
      if (dimension === this.ndim) {
        out.push(at);
        return;
      }
      for (let i = 0; i < this.shape[dimension]; i++) {
        walk(dimension + 1, at + i * this.strides[dimension]);
      }
    };
    walk(0, this.offset);
    return out;
  }

  /** The viewed bytes in C order: a view when C-contiguous, a copy otherwise. */
  contents(): Uint8Array {
    const source = this.source();
    if (this.cContiguous) return source.subarray(this.offset, this.offset + this.nbytes);
    const out = new Uint8Array(this.nbytes);
    let at = 0;
    for (const position of this.positions()) {
      out.set(source.subarray(position, position + this.itemsize), at);
      at += this.itemsize;
    }
    return out;
  }
}

function isContiguous(
  shape: readonly number[],
  strides: readonly number[],
  itemsize: number,
  fortran: boolean,
): boolean {
  if (shape.some((n) => n === 0)) return true;
  let expected = itemsize;
  for (let k = 0; k < shape.length; k++) {
    const dimension = fortran ? k : shape.length - 1 - k;
    if (shape[dimension] !== 1 && strides[dimension] !== expected) return false;
    expected *= shape[dimension];
  }
  return true;
}

/** C-order strides of a shape. */
export function stridesFor(shape: readonly number[], itemsize: number): number[] {
  const strides = new Array<number>(shape.length);
  let step = itemsize;
  for (let k = shape.length - 1; k >= 0; k--) {
    strides[k] = step;
    step *= shape[k];
  }
  return strides;
}

/** memoryview(obj): a view of all of obj's bytes, or a copy of another view's layout. */
export function memoryviewOf(obj: PyValue): PyMemoryView {
  if (obj instanceof PyMemoryView) {
    obj.source();
    return new PyMemoryView(
      obj.obj,
      obj.offset,
      obj.format,
      obj.itemsize,
      obj.shape,
      obj.strides,
      obj.readonly,
    );
  }
  const bytes = bufferOf(obj);
  if (bytes === undefined) {
    throw pyError(
      "TypeError",
      `memoryview: a bytes-like object is required, not '${typeOf(obj).name}'`,
    );
  }
  return new PyMemoryView(obj, 0, "B", 1, [bytes.length], [1], !(obj instanceof PyByteArray));
}

function dataView(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** unpack_single: the Python value of the item at byte `at`. */
export function unpackItem(format: string, bytes: Uint8Array, at: number): PyValue {
  const view = dataView(bytes);
  switch (format) {
    case "B":
      return bytes[at];
    case "b":
      return view.getInt8(at);
    case "c":
      return new PyBytes(bytes.slice(at, at + 1));
    case "?":
      return bytes[at] !== 0;
    case "h":
      return view.getInt16(at, true);
    case "H":
      return view.getUint16(at, true);
    case "i":
      return view.getInt32(at, true);
    case "I":
      return view.getUint32(at, true);
    case "f":
      return new PyFloat(view.getFloat32(at, true));
    case "d":
      return new PyFloat(view.getFloat64(at, true));
    case "l":
    case "q":
    case "n":
      return normalizeBigInt(view.getBigInt64(at, true));
    default: // L Q N P
      return normalizeBigInt(view.getBigUint64(at, true));
  }
}

const INTEGER_RANGES: Readonly<Record<string, readonly [bigint, bigint]>> = {
  b: [-(2n ** 7n), 2n ** 7n - 1n],
  B: [0n, 2n ** 8n - 1n],
  h: [-(2n ** 15n), 2n ** 15n - 1n],
  H: [0n, 2n ** 16n - 1n],
  i: [-(2n ** 31n), 2n ** 31n - 1n],
  I: [0n, 2n ** 32n - 1n],
  l: [-(2n ** 63n), 2n ** 63n - 1n],
  q: [-(2n ** 63n), 2n ** 63n - 1n],
  n: [-(2n ** 63n), 2n ** 63n - 1n],
  L: [0n, 2n ** 64n - 1n],
  Q: [0n, 2n ** 64n - 1n],
  N: [0n, 2n ** 64n - 1n],
  P: [0n, 2n ** 64n - 1n],
};

/** pack_single: write `value` as one item of `format` at byte `at`. */
export function packItem(format: string, bytes: Uint8Array, at: number, value: PyValue): void {
  const invalidType = () => pyError("TypeError", `memoryview: invalid type for format '${format}'`);
  const invalidValue = () =>
    pyError("ValueError", `memoryview: invalid value for format '${format}'`);
  const view = dataView(bytes);
  switch (format) {
    case "c": {
      if (!(value instanceof PyBytes)) throw invalidType();
      if (value.bytes.length !== 1) throw invalidValue();
      bytes[at] = value.bytes[0];
      return;
    }
    case "?":
      bytes[at] = late.truth(value) ? 1 : 0;
      return;
    case "f":
    case "d": {
      let number: number;
      if (value instanceof PyFloat) number = value.value;
      else {
        try {
          number = late.toFloat(value);
        } catch {
          throw invalidType();
        }
      }
      // Memoryview packs a float with a plain C cast: out of range becomes inf.
      if (format === "f") {
        view.setFloat32(at, number, true);
      } else view.setFloat64(at, number, true);
      return;
    }
  }
  let integer = intOperand(value);
  if (integer === undefined) {
    if (
      value === null || typeof value !== "object" || typeOf(value).lookup("__index__") === undefined
    ) {
      throw invalidType();
    }
    integer = late.index(value);
  }
  const big = BigInt(integer);
  const [low, high] = INTEGER_RANGES[format];
  if (big < low || big > high) throw invalidValue();
  const size = FORMAT_SIZES[format];
  for (let k = 0; k < size; k++) {
    bytes[at + k] = Number((BigInt.asUintN(64, big) >> BigInt(8 * k)) & 0xffn);
  }
}

registerBufferExporter((value) => value instanceof PyMemoryView ? value.contents() : undefined);
