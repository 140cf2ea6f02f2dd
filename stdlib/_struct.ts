/**
 * `_struct`, the C half of the pure-Python `struct` module: the Struct type,
 * the module-level functions (through a cache of Structs, as CPython's
 * cache_struct_converter), `unpack_iterator` and `struct.error`. The format
 * codes themselves are in struct_codec.ts.
 */
import type { PyValue } from "../vm/objects/object.ts";
import { PyObject } from "../vm/objects/object.ts";
import { makeBuiltinType } from "../vm/objects/core_types.ts";
import { registerConstructor } from "../vm/runtime/call_type.ts";
import { pyError } from "../vm/objects/exceptions.ts";
import { PyBytes } from "../vm/objects/bytes.ts";
import { expectBuffer, writableBufferOf } from "../vm/objects/buffer.ts";
import { PyMemoryView } from "../vm/objects/memoryview.ts";
import { intOperand, type IntValue } from "../vm/objects/int_value.ts";
import { newTuple } from "../vm/objects/tuple.ts";
import { typeOf } from "../vm/objects/typeof.ts";
import { isStr, toJsString } from "../vm/objects/str_wide.ts";
import type { PyType } from "../vm/objects/type.ts";
import { defineNativeMethods, type PyBuiltinFunction } from "../vm/objects/native_function.ts";
import { defineGetSets } from "../vm/objects/getset.ts";
import { late } from "../vm/runtime/late_protocols.ts";
import { hashOf } from "../vm/runtime/hash.ts";
import type { PyModule } from "../vm/runtime/module.ts";
import { iteratorType, PyStatefulIterator } from "./native_type.ts";
import { plainConstructor, signatureInitializer } from "./io_common.ts";
import { refusePickling } from "./unpicklable.ts";
import { FUNCTION_DOCS, PLAIN_FUNCTION_DOCS, STRUCT_DOCS } from "./struct_docs.ts";
import { documentPlainFunctions, documentType } from "../vm/runtime/builtin_docs.ts";
import { addFunctions, addTypes, addValues, newModule } from "./module_helpers.ts";
import {
  packValues,
  type ParsedFormat,
  parseFormat,
  structError,
  structErrorType,
  unpackValues,
} from "./struct_codec.ts";

export const structType = makeBuiltinType("Struct");
const unpackIteratorType = iteratorType("unpack_iterator", "_struct");
// Only Struct.iter_unpack() makes one (CPython's unpackiter_new refuses, in these words).
registerConstructor(unpackIteratorType, () => {
  throw pyError("TypeError", "Cannot create 'unpack_iterator objects");
});

class PyStruct extends PyObject {
  constructor(public format: string, public parsed: ParsedFormat, cls: PyType = structType) {
    super(cls);
  }
}

/** Struct___init__'s checks: the format as text, ASCII with no NUL. */
function formatText(format: PyValue): string {
  let text: string;
  if (isStr(format)) {
    text = toJsString(format);
    for (let i = 0; i < text.length; i++) {
      if (text.charCodeAt(i) > 127) {
        throw pyError(
          "UnicodeEncodeError",
          "ascii",
          format,
          i,
          i + 1,
          "ordinal not in range(128)",
        );
      }
    }
  } else if (format instanceof PyBytes) text = String.fromCharCode(...format.bytes);
  else {
    throw pyError(
      "TypeError",
      `Struct() argument 1 must be a str or bytes object, not ${typeOf(format).tpName}`,
    );
  }
  if (text.includes("\0")) throw structError("embedded null character");
  return text;
}

function newStruct(format: PyValue): PyStruct {
  const text = formatText(format);
  return new PyStruct(text, parseFormat(text));
}

/** What s_new leaves until __init__ runs: no format, size and item count -1. */
const UNINITIALIZED: ParsedFormat = { items: [], size: -1, length: -1, little: true, native: true };

// s_new takes any arguments and ignores them; Struct.__init__(format) parses,
// storing the format before parsing it (Struct___init___impl).
plainConstructor(structType, (cls) => new PyStruct("", UNINITIALIZED, cls));
refusePickling(structType, "_struct.Struct");
signatureInitializer(structType, "Struct", "format", (self: PyStruct, format: PyValue) => {
  const text = formatText(format);
  self.format = text;
  self.parsed = parseFormat(text);
});

/** CPython's cache of Structs for the module-level functions (cleared at 100 entries). */
const cache = new Map<string, PyStruct>();
const MAXCACHE = 100;

function cachedStruct(format: PyValue): PyStruct {
  const key = isStr(format)
    ? "s" + toJsString(format)
    : format instanceof PyBytes
    ? "b" + String.fromCharCode(...format.bytes)
    : undefined;
  if (key === undefined) {
    // The cache is a dict: an unhashable format fails its lookup (TypeError).
    hashOf(format);
    return newStruct(format);
  }
  let struct = cache.get(key);
  if (struct === undefined) {
    struct = newStruct(format);
    if (cache.size >= MAXCACHE) cache.clear();
    cache.set(key, struct);
  }
  return struct;
}

/** A buffer argument (PyBUF_SIMPLE): strided memoryviews are refused as in CPython. */
function readableBuffer(value: PyValue): Uint8Array {
  if (value instanceof PyMemoryView && !value.cContiguous) throw notContiguous();
  return expectBuffer(value);
}

const notContiguous = () =>
  pyError("BufferError", "memoryview: underlying buffer is not C-contiguous");

/** pack_into's target (PyBUF_WRITABLE): a view of the bytes to write into. */
function writableBuffer(target: PyValue): Uint8Array {
  const readOnly = target instanceof PyBytes ||
    (target instanceof PyMemoryView && (target.readonly || !target.cContiguous));
  const buffer = readOnly ? undefined : writableBufferOf(target);
  if (buffer === undefined) {
    throw pyError(
      "TypeError",
      `argument must be read-write bytes-like object, not ${typeOf(target).tpName}`,
    );
  }
  return buffer;
}

/**
 * The offset argument, exact (a Py_ssize_t; messages print it digit for
 * digit). pack_into converts it with PyNumber_AsSsize_t(value,
 * PyExc_IndexError); unpack_from's Clinic converter raises OverflowError.
 */
function offsetOf(value: PyValue, overflow: "IndexError" | "OverflowError"): bigint {
  let int: IntValue | undefined = intOperand(value);
  if (int === undefined) int = late.index(value);
  if (int > 2 ** 63 - 1 || int < -(2 ** 63)) {
    throw overflow === "IndexError"
      ? pyError("IndexError", `cannot fit '${typeOf(value).tpName}' into an index-sized integer`)
      : pyError("OverflowError", "Python int too large to convert to C ssize_t");
  }
  return BigInt(int);
}

/** CPython's "... requires a buffer of at least N bytes ..." (the sum as a size_t). */
function tooSmall(what: string, size: number, offset: bigint, length: number) {
  const [call, verb] = what === "pack" ? ["pack_into", "packing"] : ["unpack_from", "unpacking"];
  return structError(
    `${call} requires a buffer of at least ${BigInt(size) + offset} bytes for ${verb} ${size} ` +
      `bytes at offset ${offset} (actual buffer size is ${length})`,
  );
}

function pack(self: PyStruct, values: readonly PyValue[]): PyBytes {
  const format = self.parsed;
  if (values.length !== format.length) {
    throw structError(
      `pack expected ${format.length} items for packing (got ${values.length})`,
    );
  }
  const bytes = new Uint8Array(format.size);
  packValues(format, values, bytes, 0);
  return new PyBytes(bytes);
}

function packInto(self: PyStruct, args: readonly PyValue[]): null {
  const format = self.parsed;
  if (args.length !== format.length + 2) {
    if (args.length === 0) throw structError("pack_into expected buffer argument");
    if (args.length === 1) throw structError("pack_into expected offset argument");
    throw structError(
      `pack_into expected ${format.length} items for packing (got ${args.length - 2})`,
    );
  }
  const buffer = writableBuffer(args[0]);
  let offset = offsetOf(args[1], "IndexError");
  const size = format.size;
  const length = BigInt(buffer.length);
  if (offset < 0n) {
    if (offset + BigInt(size) > 0n) {
      throw structError(`no space to pack ${size} bytes at offset ${offset}`);
    }
    if (offset + length < 0n) {
      throw structError(`offset ${offset} out of range for ${buffer.length}-byte buffer`);
    }
    offset += length;
  }
  if (length - offset < BigInt(size)) throw tooSmall("pack", size, offset, buffer.length);
  packValues(format, args.slice(2), buffer, Number(offset));
  return null;
}

function unpack(self: PyStruct, buffer: PyValue): PyValue {
  const bytes = readableBuffer(buffer);
  if (bytes.length !== self.parsed.size) {
    throw structError(`unpack requires a buffer of ${self.parsed.size} bytes`);
  }
  return newTuple(unpackValues(self.parsed, bytes, 0));
}

function unpackFrom(self: PyStruct, buffer: PyValue, offsetArg: PyValue): PyValue {
  const bytes = readableBuffer(buffer);
  const size = self.parsed.size;
  let offset = offsetOf(offsetArg, "OverflowError");
  const length = BigInt(bytes.length);
  if (offset < 0n) {
    if (offset + BigInt(size) > 0n) {
      throw structError(`not enough data to unpack ${size} bytes at offset ${offset}`);
    }
    if (offset + length < 0n) {
      throw structError(`offset ${offset} out of range for ${bytes.length}-byte buffer`);
    }
    offset += length;
  }
  if (length - offset < BigInt(size)) throw tooSmall("unpack", size, offset, bytes.length);
  return newTuple(unpackValues(self.parsed, bytes, Number(offset)));
}

interface UnpackState {
  readonly format: ParsedFormat;
  readonly bytes: Uint8Array;
  position: number;
}

function iterUnpack(self: PyStruct, buffer: PyValue): PyValue {
  const bytes = readableBuffer(buffer);
  const size = self.parsed.size;
  if (size === 0) {
    throw structError(`cannot iteratively unpack with a struct of length ${size}`);
  }
  if (bytes.length % size !== 0) {
    throw structError(
      `iterative unpacking requires a buffer of a multiple of ${size} bytes`,
    );
  }
  const state: UnpackState = { format: self.parsed, bytes, position: 0 };
  return new PyStatefulIterator(unpackIteratorType, state, (s) => {
    if (s.position + s.format.size > s.bytes.length) return undefined;
    const values = unpackValues(s.format, s.bytes, s.position);
    s.position += s.format.size;
    return newTuple(values);
  });
}

defineNativeMethods(unpackIteratorType, {
  __length_hint__: ["", (self: PyStatefulIterator<UnpackState>) => {
    const s = self.state;
    return Math.max(0, Math.floor((s.bytes.length - s.position) / s.format.size));
  }],
});

defineNativeMethods(structType, {
  pack: ["*values", (self: PyStruct, values: PyValue[]) => pack(self, values)],
  pack_into: ["*args", (self: PyStruct, args: PyValue[]) => packInto(self, args)],
  unpack: ["buffer, /", unpack],
  unpack_from: ["buffer, offset=0", unpackFrom],
  iter_unpack: ["buffer, /", iterUnpack],
  __sizeof__: ["", (self: PyStruct) => 72 + 32 * (self.parsed.items.length + 1)],
});
defineGetSets(structType, {
  format: [(self: PyStruct) => self.format],
  size: [(self: PyStruct) => self.parsed.size],
});
documentType(structType, STRUCT_DOCS);

const DOC = `Functions to convert between Python values and C structs.
Python bytes objects are used to hold the data representing the C struct
and also as format strings (explained below) to describe the layout of data
in the C struct.

The optional first format char indicates byte order, size and alignment:
  @: native order, size & alignment (default)
  =: native order, std. size & alignment
  <: little-endian, std. size & alignment
  >: big-endian, std. size & alignment
  !: same as >

The remaining chars indicate types of args and must match exactly;
these can be preceded by a decimal repeat count:
  x: pad byte (no data); c:char; b:signed byte; B:unsigned byte;
  ?: _Bool (requires C99; if not available, char is used instead)
  h:short; H:unsigned short; i:int; I:unsigned int;
  l:long; L:unsigned long; f:float; d:double; e:half-float.
Special cases (preceding decimal count indicates length):
  s:string (array of char); p: pascal string (with count byte).
Special cases (only available in native format):
  n:ssize_t; N:size_t;
  P:an integer type that is wide enough to hold a pointer.
Special case (not in native mode unless 'long long' in platform C):
  q:long long; Q:unsigned long long
Whitespace between formats is ignored.

The variable struct.error is an exception raised on errors.
`;

function missingFormat(args: readonly PyValue[]): void {
  if (args.length === 0) throw pyError("TypeError", "missing format argument");
}

export function createStructModule(): PyModule {
  const module = newModule("_struct", DOC);
  addFunctions(module, {
    pack: ["*args", (args: PyValue[]) => {
      missingFormat(args);
      return pack(cachedStruct(args[0]), args.slice(1));
    }],
    pack_into: ["*args", (args: PyValue[]) => {
      missingFormat(args);
      return packInto(cachedStruct(args[0]), args.slice(1));
    }],
    unpack: [
      "format, buffer, /",
      (format: PyValue, buffer: PyValue) => unpack(cachedStruct(format), buffer),
    ],
    unpack_from: ["format, /, buffer, offset=0", (
      format: PyValue,
      buffer: PyValue,
      offset: PyValue,
    ) => unpackFrom(cachedStruct(format), buffer, offset)],
    iter_unpack: [
      "format, buffer, /",
      (format: PyValue, buffer: PyValue) => iterUnpack(cachedStruct(format), buffer),
    ],
    calcsize: ["format, /", (format: PyValue) => cachedStruct(format).parsed.size],
    _clearcache: ["", () => {
      cache.clear();
      return null;
    }],
  });
  for (const [name, doc] of Object.entries(FUNCTION_DOCS)) {
    (module.dict.getStr(name) as PyBuiltinFunction).doc = doc;
  }
  documentPlainFunctions(module.dict, PLAIN_FUNCTION_DOCS);
  addTypes(module, [structType]);
  addValues(module, { error: structErrorType });
  return module;
}
