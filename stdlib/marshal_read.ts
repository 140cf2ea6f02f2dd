/**
 * Reading the marshal format (CPython's r_object), from bytes (`loads`) or
 * from a file's readinto() (`load`, which consumes exactly the object's
 * bytes). Error types and messages are CPython's: EOFError "EOF read where
 * object expected" when a type code is missing, "marshal data too short"
 * (bytes) or "EOF read where not expected" (file) for other short reads,
 * ValueError "bad marshal data (...)" for malformed data.
 *
 * Back-references: an object read with FLAG_REF is appended to the ref list
 * before its items are read when it is mutable or a tuple (so recursive
 * structures come back recursive), after them for frozensets and code.
 */
import type { PyValue } from "../vm/objects/object.ts";
import { pyError } from "../vm/objects/exceptions.ts";
import { ExceptionType } from "../vm/objects/exceptions.ts";
import { PyFloat } from "../vm/objects/float.ts";
import { PyComplex } from "../vm/objects/complex.ts";
import { PyBytes } from "../vm/objects/bytes.ts";
import { PyByteArray } from "../vm/objects/bytearray.ts";
import { newTuple, PyTuple } from "../vm/objects/tuple.ts";
import { PyList } from "../vm/objects/list.ts";
import { PyDict } from "../vm/objects/dict.ts";
import { frozensetType, PySet } from "../vm/objects/set.ts";
import { strFromCodePoints } from "../vm/objects/str_wide.ts";
import { decodeBytes } from "../vm/objects/str_decode.ts";
import { parseFloatText } from "../vm/objects/float_text.ts";
import { Ellipsis } from "../vm/objects/singletons.ts";
import { normalizeBigInt } from "../vm/objects/int_value.ts";
import { typeOf } from "../vm/objects/typeof.ts";
import { bufferOf } from "../vm/objects/buffer.ts";
import { PyCode } from "../vm/runtime/code_object.ts";
import { callObject } from "../vm/runtime/call.ts";
import { getAttribute } from "../vm/runtime/attributes.ts";
import { decodeCodeObject } from "../vm/runtime/import/code_cache.ts";
import { COMPILER_FINGERPRINT } from "../vm/compiler/fingerprint.ts";
import * as T from "./marshal_format.ts";

/** Where the bytes come from. */
export interface ByteSource {
  /** The next byte, or -1 at the end. */
  byte(): number;
  /** Exactly `n` bytes (EOFError otherwise). */
  take(n: number): Uint8Array;
}

export class BytesSource implements ByteSource {
  position = 0;
  constructor(private readonly data: Uint8Array) {}

  byte(): number {
    return this.position < this.data.length ? this.data[this.position++] : -1;
  }

  take(n: number): Uint8Array {
    if (this.position + n > this.data.length) {
      throw pyError("EOFError", "marshal data too short");
    }
    const bytes = this.data.subarray(this.position, this.position + n);
    this.position += n;
    return bytes;
  }
}

/** A file read through its readinto(), as CPython's marshal.load does. */
export class FileSource implements ByteSource {
  constructor(private readonly file: PyValue) {}

  byte(): number {
    try {
      return this.take(1)[0];
    } catch (error) {
      if (typeOf(error as PyValue) === ExceptionType.EOFError) return -1;
      throw error;
    }
  }

  take(n: number): Uint8Array {
    if (n === 0) return new Uint8Array(0);
    const target = new PyByteArray(new Uint8Array(n));
    const read = callObject(getAttribute(this.file, "readinto"), [target], null);
    const count = typeof read === "number" ? read : 0;
    if (count !== n) {
      if (count > n) {
        throw pyError(
          "ValueError",
          `read() returned too much data: ${n} bytes requested, ${count} returned`,
        );
      }
      throw pyError("EOFError", "EOF read where not expected");
    }
    return bufferOf(target)!.slice(0, n);
  }
}

const PLACEHOLDER = Symbol("reserved reference");

export class MarshalReader {
  private readonly refs: (PyValue | typeof PLACEHOLDER)[] = [];
  private depth = 0;

  constructor(private readonly source: ByteSource) {}

  private int32(): number {
    const bytes = this.source.take(4);
    return new DataView(bytes.buffer, bytes.byteOffset, 4).getInt32(0, true);
  }

  private size(what: string): number {
    const n = this.int32();
    if (n < 0) throw pyError("ValueError", `bad marshal data (${what} size out of range)`);
    return n;
  }

  private double(): number {
    const bytes = this.source.take(8);
    return new DataView(bytes.buffer, bytes.byteOffset, 8).getFloat64(0, true);
  }

  /** A one-byte length; a missing one is reported as a missing object, as CPython does. */
  private lengthByte(): number {
    const n = this.source.byte();
    if (n < 0) throw pyError("EOFError", "EOF read where object expected");
    return n;
  }

  private textFloat(): number {
    const n = this.lengthByte();
    const bytes = this.source.take(n);
    return parseFloatText(String.fromCharCode(...bytes));
  }

  private latin1(n: number): PyValue {
    return strFromCodePoints(this.source.take(n));
  }

  private register<V extends PyValue>(flag: boolean, value: V): V {
    if (flag) this.refs.push(value);
    return value;
  }

  private reserve(flag: boolean): number {
    if (!flag) return -1;
    this.refs.push(PLACEHOLDER);
    return this.refs.length - 1;
  }

  private fill<V extends PyValue>(index: number, value: V): V {
    if (index >= 0) this.refs[index] = value;
    return value;
  }

  /** The next object; undefined for TYPE_NULL (a dict's end marker). */
  object(): PyValue | undefined {
    const code = this.source.byte();
    if (code < 0) throw pyError("EOFError", "EOF read where object expected");
    if (++this.depth > T.MAX_DEPTH) {
      this.depth--;
      throw pyError("ValueError", "recursion limit exceeded");
    }
    try {
      return this.typed(code & ~T.FLAG_REF, (code & T.FLAG_REF) !== 0);
    } finally {
      this.depth--;
    }
  }

  /** An item that must be an object (TYPE_NULL is an error naming the container). */
  private item(what: string): PyValue {
    const value = this.object();
    if (value === undefined) {
      throw pyError("TypeError", `NULL object in marshal data for ${what}`);
    }
    return value;
  }

  top(): PyValue {
    return this.item("object");
  }

  private typed(type: number, flag: boolean): PyValue | undefined {
    switch (type) {
      case T.TYPE_NULL:
        return undefined;
      case T.TYPE_NONE:
        return null;
      case T.TYPE_STOPITER:
        return ExceptionType.StopIteration;
      case T.TYPE_ELLIPSIS:
        return Ellipsis;
      case T.TYPE_FALSE:
        return false;
      case T.TYPE_TRUE:
        return true;
      case T.TYPE_INT:
        return this.register(flag, this.int32());
      case T.TYPE_INT64: {
        const bytes = this.source.take(8);
        const view = new DataView(bytes.buffer, bytes.byteOffset, 8);
        return this.register(flag, normalizeBigInt(view.getBigInt64(0, true)));
      }
      case T.TYPE_LONG:
        return this.register(flag, this.long());
      case T.TYPE_FLOAT:
        return this.register(flag, new PyFloat(this.textFloat()));
      case T.TYPE_BINARY_FLOAT:
        return this.register(flag, new PyFloat(this.double()));
      case T.TYPE_COMPLEX: {
        const real = this.textFloat();
        return this.register(flag, new PyComplex(real, this.textFloat()));
      }
      case T.TYPE_BINARY_COMPLEX: {
        const real = this.double();
        return this.register(flag, new PyComplex(real, this.double()));
      }
      case T.TYPE_STRING: {
        const n = this.size("bytes object");
        return this.register(flag, new PyBytes(this.source.take(n).slice()));
      }
      case T.TYPE_ASCII_INTERNED:
      case T.TYPE_ASCII:
        return this.register(flag, this.latin1(this.size("string")));
      case T.TYPE_SHORT_ASCII_INTERNED:
      case T.TYPE_SHORT_ASCII:
        return this.register(flag, this.latin1(this.lengthByte()));
      case T.TYPE_INTERNED:
      case T.TYPE_UNICODE: {
        const bytes = this.source.take(this.size("string")).slice();
        return this.register(flag, decodeBytes(new PyBytes(bytes), "utf-8", "surrogatepass"));
      }
      case T.TYPE_SMALL_TUPLE:
        return this.tuple(this.lengthByte(), flag);
      case T.TYPE_TUPLE:
        return this.tuple(this.size("tuple"), flag);
      case T.TYPE_LIST: {
        const n = this.size("list");
        const list = this.register(flag, new PyList([]));
        for (let i = 0; i < n; i++) list.items.push(this.item("list"));
        return list;
      }
      case T.TYPE_DICT: {
        const dict = this.register(flag, new PyDict());
        for (;;) {
          const key = this.object();
          if (key === undefined) break;
          const value = this.object();
          if (value === undefined) break;
          dict.set(key, value);
        }
        return dict;
      }
      case T.TYPE_SET:
      case T.TYPE_FROZENSET:
        return this.set(type === T.TYPE_FROZENSET, flag);
      case T.TYPE_REF: {
        const index = this.int32();
        const value = index >= 0 && index < this.refs.length ? this.refs[index] : PLACEHOLDER;
        if (value === PLACEHOLDER || value === null) {
          throw pyError("ValueError", "bad marshal data (invalid reference)");
        }
        return value;
      }
      case T.TYPE_CODE:
        throw pyError(
          "ValueError",
          "bad marshal data (CPython code objects cannot be loaded by Taipan)",
        );
      case T.TYPE_TAIPAN_CODE:
        return this.code(flag);
      default:
        throw pyError("ValueError", "bad marshal data (unknown type code)");
    }
  }

  private long(): PyValue {
    const count = this.int32();
    if (count < -T.SIZE32_MAX) {
      throw pyError("ValueError", "bad marshal data (long size out of range)");
    }
    const n = Math.abs(count);
    const digits = this.source.take(2 * n);
    let magnitude = 0n;
    for (let i = n - 1; i >= 0; i--) {
      const digit = digits[2 * i] | (digits[2 * i + 1] << 8);
      if (digit >= 0x8000) {
        throw pyError("ValueError", "bad marshal data (digit out of range in long)");
      }
      if (i === n - 1 && digit === 0) {
        throw pyError("ValueError", "bad marshal data (unnormalized long data)");
      }
      magnitude = (magnitude << 15n) | BigInt(digit);
    }
    return normalizeBigInt(count < 0 ? -magnitude : magnitude);
  }

  private tuple(n: number, flag: boolean): PyValue {
    if (n === 0) return this.register(flag, newTuple([]));
    const items: PyValue[] = [];
    const tuple = this.register(flag, new PyTuple(items));
    for (let i = 0; i < n; i++) items.push(this.item("tuple"));
    return tuple;
  }

  private set(frozen: boolean, flag: boolean): PyValue {
    const n = this.size("set");
    if (frozen) {
      const index = this.reserve(flag);
      const set = new PySet(frozensetType);
      for (let i = 0; i < n; i++) set.add(this.item("set"));
      return this.fill(index, set);
    }
    const set = this.register(flag, new PySet());
    for (let i = 0; i < n; i++) set.add(this.item("set"));
    return set;
  }

  private code(flag: boolean): PyValue {
    const index = this.reserve(flag);
    const bytes = this.source.take(this.size("code object"));
    let record: unknown;
    try {
      record = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
    } catch {
      throw pyError("ValueError", "bad marshal data (malformed Taipan code object)");
    }
    if (!Array.isArray(record) || record.length !== 2) {
      throw pyError("ValueError", "bad marshal data (malformed Taipan code object)");
    }
    if (record[0] !== COMPILER_FINGERPRINT) {
      throw pyError(
        "ValueError",
        "bad marshal data (code object compiled by another version of Taipan)",
      );
    }
    let code;
    try {
      code = decodeCodeObject(record[1]);
    } catch {
      throw pyError("ValueError", "bad marshal data (malformed Taipan code object)");
    }
    return this.fill(index, PyCode.wrap(code));
  }
}
