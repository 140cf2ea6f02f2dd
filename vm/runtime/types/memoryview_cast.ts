/**
 * memoryview.cast (CPython's memory_cast, cast_to_1D, cast_to_ND with their
 * rules and messages), tolist (nested for n dimensions) and tobytes(order).
 */
import type { PyValue } from "../../objects/object.ts";
import { exportedView, type PyMemoryView } from "../../objects/memoryview.ts";
import { pyError } from "../../objects/exceptions.ts";
import { PyBytes } from "../../objects/bytes.ts";
import { PyList } from "../../objects/list.ts";
import { PyTuple } from "../../objects/tuple.ts";
import { typeOf } from "../../objects/typeof.ts";
import { intOperand } from "../../objects/int_value.ts";
import { isStr, toJsString } from "../../objects/str_wide.ts";
import { dataView, itemChar, NATIVE_SIZES, nativeChar, unpackItem } from "./memoryview_items.ts";

const SSIZE_MAX = 2 ** 63 - 1;
const isByteFormat = (char: string | undefined) => char === "b" || char === "B" || char === "c";

/** The ASCII text of the format argument. */
function formatArgument(format: PyValue): string {
  if (!isStr(format)) {
    throw pyError(
      "TypeError",
      `cast() argument 'format' must be str, not ${typeOf(format).tpName}`,
    );
  }
  const text = toJsString(format);
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) > 127) {
      throw pyError("UnicodeEncodeError", "ascii", format, i, i + 1, "ordinal not in range(128)");
    }
  }
  return text;
}

/** copy_shape: the requested dimensions, checked. */
function shapeArgument(items: readonly PyValue[], itemsize: number): [number[], number] {
  const shape: number[] = [];
  let length = itemsize;
  for (const item of items) {
    const int = intOperand(item);
    if (int === undefined) {
      throw pyError("TypeError", "memoryview.cast(): elements of shape must be integers");
    }
    const value = Number(int);
    if (typeof int === "bigint" && (int > BigInt(SSIZE_MAX) || int < -BigInt(SSIZE_MAX) - 1n)) {
      throw pyError("OverflowError", "Python int too large to convert to C ssize_t");
    }
    if (value <= 0) {
      throw pyError("ValueError", "memoryview.cast(): elements of shape must be integers > 0");
    }
    if (value > SSIZE_MAX / length) {
      throw pyError("ValueError", "memoryview.cast(): product(shape) > SSIZE_MAX");
    }
    length *= value;
    shape.push(value);
  }
  return [shape, length];
}

export function castView(self: PyMemoryView, format: PyValue, shape?: PyValue): PyMemoryView {
  self.source();
  if (!self.cContiguous) {
    throw pyError("TypeError", "memoryview: casts are restricted to C-contiguous views");
  }
  const zeros = self.shape.includes(0) || self.strides.includes(0);
  if ((shape !== undefined || self.ndim !== 1) && zeros) {
    throw pyError("TypeError", "memoryview: cannot cast view with zeros in shape or strides");
  }
  let dims: readonly PyValue[] | undefined;
  if (shape !== undefined) {
    if (!(shape instanceof PyList) && !(shape instanceof PyTuple)) {
      throw pyError("TypeError", "shape must be a list or a tuple");
    }
    dims = shape.items;
    if (dims.length > 64) {
      throw pyError("ValueError", "memoryview: number of dimensions must not exceed 64");
    }
    if (self.ndim !== 1 && dims.length !== 1) {
      throw pyError("TypeError", "memoryview: cast must be 1D -> ND or ND -> 1D");
    }
  }
  // cast_to_1D
  const text = formatArgument(format);
  const destination = nativeChar(text);
  if (destination === undefined) {
    throw pyError(
      "ValueError",
      "memoryview: destination format must be a native single character format prefixed with an optional '@'",
    );
  }
  const itemsize = NATIVE_SIZES[destination];
  if (!isByteFormat(nativeChar(self.format)) && !isByteFormat(destination)) {
    throw pyError("TypeError", "memoryview: cannot cast between two non-byte formats");
  }
  const nbytes = self.nbytes;
  if (nbytes % itemsize !== 0) {
    throw pyError("TypeError", "memoryview: length is not a multiple of itemsize");
  }
  let newShape = [nbytes / itemsize];
  let strides = [itemsize];
  if (dims !== undefined) {
    // cast_to_ND
    let length = itemsize;
    if (dims.length === 0) {
      newShape = [];
      strides = [];
    } else {
      [newShape, length] = shapeArgument(dims, itemsize);
      strides = new Array(newShape.length);
      let stride = itemsize;
      for (let d = newShape.length - 1; d >= 0; d--) {
        strides[d] = stride;
        stride *= newShape[d];
      }
    }
    if (length !== nbytes) {
      throw pyError("TypeError", "memoryview: product(shape) * itemsize != buffer size");
    }
  }
  return exportedView(self.obj, {
    offset: self.offset,
    format: text,
    itemsize,
    shape: newShape,
    strides,
    readonly: self.readonly,
  });
}

/** tolist: nested lists of the items (the item itself for 0 dimensions). */
export function tolist(self: PyMemoryView): PyValue {
  const memory = dataView(self.source());
  const char = itemChar(self.format);
  if (self.ndim === 0) return unpackItem(memory, self.offset, char);
  const build = (dim: number, position: number): PyList => {
    const items: PyValue[] = [];
    const n = self.shape[dim];
    const stride = self.strides[dim];
    for (let i = 0; i < n; i++) {
      const at = position + i * stride;
      items.push(dim === self.ndim - 1 ? unpackItem(memory, at, char) : build(dim + 1, at));
    }
    return new PyList(items);
  };
  return build(0, self.offset);
}

export function tobytes(self: PyMemoryView, order: PyValue): PyBytes {
  self.source();
  let mode: "C" | "F" | "A" = "C";
  if (order !== null) {
    if (!isStr(order)) {
      throw pyError(
        "TypeError",
        `tobytes() argument 'order' must be str or None, not ${typeOf(order).tpName}`,
      );
    }
    const text = toJsString(order);
    if (text === "F" || text === "A") mode = text;
    else if (text !== "C") throw pyError("ValueError", "order must be 'C', 'F' or 'A'");
  }
  return new PyBytes(self.contents(mode).slice());
}
