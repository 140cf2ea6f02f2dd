/**
 * Writing values in the marshal format (CPython's w_object), versions 0-4.
 *
 * Two things CPython decides from its object model Taipan approximates:
 *   - FLAG_REF (version >= 3): CPython leaves it off objects whose reference
 *     count is 1 (temporaries); Taipan has no reference counts and flags every
 *     object that can carry the flag. Output equals CPython's when the dumped
 *     objects are also referenced elsewhere (variables, constants).
 *   - Interned strs: CPython writes its interned strs with the *_INTERNED
 *     codes. Taipan treats as interned exactly the strs CPython interns among
 *     code constants and names: ASCII letters, digits and underscores only.
 * Identity for back-references is JS identity: equal ints and strs are one
 * object to Taipan, so they may be shared where CPython writes two copies.
 */
import type { PyValue } from "../vm/objects/object.ts";
import { pyError } from "../vm/objects/exceptions.ts";
import { floatType, PyFloat } from "../vm/objects/float.ts";
import { complexType, PyComplex } from "../vm/objects/complex.ts";
import { bytesType, PyBytes } from "../vm/objects/bytes.ts";
import { bytearrayType } from "../vm/objects/bytearray.ts";
import { memoryviewType } from "../vm/objects/memoryview.ts";
import { bufferOf } from "../vm/objects/buffer.ts";
import { PyTuple, tupleType } from "../vm/objects/tuple.ts";
import { listType, PyList } from "../vm/objects/list.ts";
import { dictType, PyDict } from "../vm/objects/dict.ts";
import { frozensetType, PySet, setType } from "../vm/objects/set.ts";
import { PyWideStr } from "../vm/objects/str_wide.ts";
import { strEncode } from "../vm/objects/str_encode.ts";
import { Ellipsis } from "../vm/objects/singletons.ts";
import { ExceptionType } from "../vm/objects/exceptions.ts";
import { doubleToString } from "../vm/text/float_to_string.ts";
import { typeOf } from "../vm/objects/typeof.ts";
import { PyCode } from "../vm/runtime/code_object.ts";
import { encodeCodeObject } from "../vm/runtime/import/code_cache.ts";
import { COMPILER_FINGERPRINT } from "../vm/compiler/fingerprint.ts";
import * as T from "./marshal_format.ts";

const NAME_CHARS = /^[A-Za-z0-9_]*$/;
const INT32_MIN = -0x80000000;
const INT32_MAX = 0x7fffffff;

class NestedTooDeep {}

export class MarshalWriter {
  private buffer = new Uint8Array(64);
  private length = 0;
  private readonly refs: Map<unknown, number> | null;
  private depth = 0;

  constructor(private readonly version: number) {
    this.refs = version >= 3 ? new Map() : null;
  }

  /** The bytes of `value` (ValueError for what marshal cannot write). */
  static dump(value: PyValue, version: number): Uint8Array {
    const writer = new MarshalWriter(version);
    try {
      writer.object(value);
    } catch (error) {
      if (error instanceof NestedTooDeep) {
        throw pyError("ValueError", "object too deeply nested to marshal");
      }
      throw error;
    }
    return writer.buffer.slice(0, writer.length);
  }

  private reserve(n: number): void {
    if (this.length + n <= this.buffer.length) return;
    let size = this.buffer.length * 2;
    while (size < this.length + n) size *= 2;
    const grown = new Uint8Array(size);
    grown.set(this.buffer.subarray(0, this.length));
    this.buffer = grown;
  }

  private byte(b: number): void {
    this.reserve(1);
    this.buffer[this.length++] = b & 0xff;
  }

  private int32(n: number): void {
    this.reserve(4);
    new DataView(this.buffer.buffer).setInt32(this.length, n, true);
    this.length += 4;
  }

  private int16(n: number): void {
    this.reserve(2);
    new DataView(this.buffer.buffer).setUint16(this.length, n, true);
    this.length += 2;
  }

  private double(value: number): void {
    this.reserve(8);
    new DataView(this.buffer.buffer).setFloat64(this.length, value, true);
    this.length += 8;
  }

  private raw(bytes: Uint8Array): void {
    this.reserve(bytes.length);
    this.buffer.set(bytes, this.length);
    this.length += bytes.length;
  }

  private size(n: number): void {
    if (n > T.SIZE32_MAX) throw pyError("ValueError", "unmarshallable object");
    this.int32(n);
  }

  /** Bytes with a 4-byte length. */
  private pstring(bytes: Uint8Array): void {
    this.size(bytes.length);
    this.raw(bytes);
  }

  /** ASCII text with a 1-byte length (text floats, short ASCII strs). */
  private shortText(text: string): void {
    this.byte(text.length);
    for (let i = 0; i < text.length; i++) this.byte(text.charCodeAt(i));
  }

  object(value: PyValue): void {
    if (++this.depth > T.MAX_DEPTH) throw new NestedTooDeep();
    try {
      if (value === null) this.byte(T.TYPE_NONE);
      else if (value === true) this.byte(T.TYPE_TRUE);
      else if (value === false) this.byte(T.TYPE_FALSE);
      else if (value === Ellipsis) this.byte(T.TYPE_ELLIPSIS);
      else if (value === ExceptionType.StopIteration) this.byte(T.TYPE_STOPITER);
      else this.complexObject(value);
    } finally {
      this.depth--;
    }
  }

  /** The type byte, or a back-reference (true: nothing more to write). */
  private typeOrRef(code: number, value: unknown): boolean {
    if (this.refs === null) {
      this.byte(code);
      return false;
    }
    const index = this.refs.get(value);
    if (index !== undefined) {
      this.byte(T.TYPE_REF);
      this.int32(index);
      return true;
    }
    this.refs.set(value, this.refs.size);
    this.byte(code | T.FLAG_REF);
    return false;
  }

  private complexObject(value: PyValue): void {
    if (typeof value === "number" || typeof value === "bigint") return this.int(value);
    if (typeof value === "string") return this.str(value, value);
    const cls = typeOf(value);
    if (value instanceof PyWideStr && cls === value.cls) return this.str(value, null);
    if (value instanceof PyFloat && cls === floatType) {
      if (this.version > 1) {
        if (!this.typeOrRef(T.TYPE_BINARY_FLOAT, value)) this.double(value.value);
      } else if (!this.typeOrRef(T.TYPE_FLOAT, value)) this.textFloat(value.value);
      return;
    }
    if (value instanceof PyComplex && cls === complexType) {
      if (this.version > 1) {
        if (this.typeOrRef(T.TYPE_BINARY_COMPLEX, value)) return;
        this.double(value.real);
        this.double(value.imag);
      } else {
        if (this.typeOrRef(T.TYPE_COMPLEX, value)) return;
        this.textFloat(value.real);
        this.textFloat(value.imag);
      }
      return;
    }
    if (value instanceof PyBytes && cls === bytesType) {
      if (!this.typeOrRef(T.TYPE_STRING, value)) this.pstring(value.bytes);
      return;
    }
    if (value instanceof PyTuple && cls === tupleType) {
      const items = value.items;
      if (this.version >= 4 && items.length < 256) {
        if (this.typeOrRef(T.TYPE_SMALL_TUPLE, value)) return;
        this.byte(items.length);
      } else {
        if (this.typeOrRef(T.TYPE_TUPLE, value)) return;
        this.size(items.length);
      }
      for (const item of items) this.object(item);
      return;
    }
    if (value instanceof PyList && cls === listType) {
      if (this.typeOrRef(T.TYPE_LIST, value)) return;
      const items = [...value.items];
      this.size(items.length);
      for (const item of items) this.object(item);
      return;
    }
    if (value instanceof PyDict && cls === dictType) {
      if (this.typeOrRef(T.TYPE_DICT, value)) return;
      const keys = [...value.keys];
      const values = [...value.values];
      for (let i = 0; i < keys.length; i++) {
        if (keys[i] === undefined) continue;
        this.object(keys[i] as PyValue);
        this.object(values[i] as PyValue);
      }
      this.byte(T.TYPE_NULL);
      return;
    }
    if (value instanceof PySet && (cls === setType || cls === frozensetType)) {
      if (this.typeOrRef(cls === setType ? T.TYPE_SET : T.TYPE_FROZENSET, value)) return;
      const items = value.keyList();
      this.size(items.length);
      for (const item of items) this.object(item);
      return;
    }
    if (value instanceof PyCode) {
      if (this.typeOrRef(T.TYPE_TAIPAN_CODE, value)) return;
      const json = JSON.stringify([COMPILER_FINGERPRINT, encodeCodeObject(value.code)]);
      this.pstring(new TextEncoder().encode(json));
      return;
    }
    if (cls === bytearrayType || cls === memoryviewType) {
      const bytes = bufferOf(value);
      if (bytes !== undefined) {
        if (!this.typeOrRef(T.TYPE_STRING, value)) this.pstring(bytes.slice());
        return;
      }
    }
    throw pyError("ValueError", "unmarshallable object");
  }

  private int(value: number | bigint): void {
    if (typeof value === "number" && value >= INT32_MIN && value <= INT32_MAX) {
      if (!this.typeOrRef(T.TYPE_INT, value)) this.int32(value);
      return;
    }
    if (this.typeOrRef(T.TYPE_LONG, value)) return;
    let magnitude = BigInt(value);
    const negative = magnitude < 0n;
    if (negative) magnitude = -magnitude;
    const digits: number[] = [];
    while (magnitude > 0n) {
      digits.push(Number(magnitude & 0x7fffn));
      magnitude >>= 15n;
    }
    if (digits.length > T.SIZE32_MAX) throw pyError("ValueError", "unmarshallable object");
    this.int32(negative ? -digits.length : digits.length); // the sign is the count's
    for (const digit of digits) this.int16(digit);
  }

  private str(value: string | PyWideStr, text: string | null): void {
    if (this.version >= 4 && text !== null && isAscii(text)) {
      const interned = NAME_CHARS.test(text);
      if (text.length < 256) {
        const code = interned ? T.TYPE_SHORT_ASCII_INTERNED : T.TYPE_SHORT_ASCII;
        if (!this.typeOrRef(code, value)) this.shortText(text);
      } else {
        const code = interned ? T.TYPE_ASCII_INTERNED : T.TYPE_ASCII;
        if (this.typeOrRef(code, value)) return;
        this.size(text.length);
        for (let i = 0; i < text.length; i++) this.byte(text.charCodeAt(i));
      }
      return;
    }
    const interned = this.version >= 3 && text !== null && NAME_CHARS.test(text);
    if (this.typeOrRef(interned ? T.TYPE_INTERNED : T.TYPE_UNICODE, value)) return;
    this.pstring(strEncode(value, "utf-8", "surrogatepass").bytes);
  }

  /** Version 0/1 float text: repr-free '%.17g', as CPython's w_float_str. */
  private textFloat(value: number): void {
    this.shortText(doubleToString(value, "g", 17));
  }
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
}
