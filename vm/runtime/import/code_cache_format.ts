/**
 * The payload of a compiled-code cache entry (code_cache.ts): a code object
 * tree as 32-bit words, decoded without a text parser.
 *
 * Why not JSON: most of a module's code object is integer arrays (the
 * instruction words, four position words per instruction, the exception
 * table). As JSON text they were ~85% of the bytes and of JSON.parse's time,
 * and each array was copied again into an Int32Array. Here they are stored
 * as packed runs of 8-, 16- or 32-bit integers (the narrowest that holds the
 * array's range), widened into the Int32Array the interpreter uses by a plain
 * loop over one view of the whole payload (a typed-array view per array cost
 * more than the copying: most arrays are short). Importing unittest reads ~60
 * entries at start-up; this took JSON.parse plus the copies from ~40 ms to a
 * few.
 *
 * Layout, little-endian 32-bit words from a 4-aligned start:
 *
 *   [checksum, word count, string bytes]  word count counts everything,
 *                                         the checksum covers the words after it
 *   the string table: JSON array of strings, UTF-8, padded to a word
 *   the root code object
 *
 * Strings (names, str constants, filenames) are stored once per entry and
 * referred to by their index: a module's names repeat across its functions.
 * The table stays JSON: JSON.parse reads a flat array of strings quickly and
 * handles every escape.
 *
 * A code object: string indices of co_name, co_qualname, co_filename; the
 * six integer fields and co_flags; then four counted lists of string indices
 * (varnames, cellvars, freevars, names), the counted constants, and the four
 * integer arrays. A constant is a tag word (CONSTANT_TAG) and its data;
 * floats take two words (the float64's bits). An integer array is a header
 * word (length << 2 | width code) and its packed data, padded to a word.
 *
 * Decoding trusts the checksum, which code_cache.ts checks first; a malformed
 * payload that slips through still only throws (out-of-range reads, unknown
 * tags), and the caller treats that as a corrupt entry.
 */
import { type CodeConstant, CodeObject, FrozenSetConstant } from "../../compiler/code.ts";
import type { ConstantValue } from "../../compiler/ast.ts";
import { PyFloat } from "../../objects/float.ts";
import { PyComplex } from "../../objects/complex.ts";
import { PyBytes } from "../../objects/bytes.ts";
import { PyWideStr, strFromCodePoints } from "../../objects/str_wide.ts";
import { Ellipsis } from "../../objects/singletons.ts";

const CONSTANT_TAG = {
  none: 0,
  false: 1,
  true: 2,
  str: 3,
  number: 4,
  bigint: 5,
  tuple: 6,
  code: 7,
  frozenset: 8,
  float: 9,
  complex: 10,
  bytes: 11,
  wideStr: 12,
  ellipsis: 13,
} as const;

/** Integer array widths: the code in a header word's low two bits. */
const WIDTH_8 = 0;
const WIDTH_16 = 1;
const WIDTH_32 = 2;

const HEADER_WORDS = 3;

/** The checksum of words[from..]: FNV-1a over words, with a final mix. */
export function wordChecksum(words: Int32Array, from: number): number {
  let hash = 0x811c9dc5 ^ words.length;
  for (let i = from; i < words.length; i++) hash = Math.imul(hash ^ words[i], 0x01000193);
  hash ^= hash >>> 15;
  return Math.imul(hash, 0x2c1b3c6d) | 0;
}

class Writer {
  words: number[] = [];
  private readonly strings: string[] = [];
  private readonly stringIndex = new Map<string, number>();
  private readonly float = new Float64Array(1);
  private readonly floatWords = new Int32Array(this.float.buffer);

  string(text: string): void {
    let index = this.stringIndex.get(text);
    if (index === undefined) {
      index = this.strings.length;
      this.strings.push(text);
      this.stringIndex.set(text, index);
    }
    this.words.push(index);
  }

  stringList(list: readonly string[]): void {
    this.words.push(list.length);
    for (const text of list) this.string(text);
  }

  float64(value: number): void {
    this.float[0] = value;
    this.words.push(this.floatWords[0], this.floatWords[1]);
  }

  integers(array: ArrayLike<number>): void {
    let low = 0;
    let high = 0;
    for (let i = 0; i < array.length; i++) {
      if (array[i] < low) low = array[i];
      if (array[i] > high) high = array[i];
    }
    const width = low >= -0x80 && high < 0x80
      ? WIDTH_8
      : low >= -0x8000 && high < 0x8000
      ? WIDTH_16
      : WIDTH_32;
    this.words.push(array.length * 4 + width);
    const packed = width === WIDTH_8
      ? Int8Array.from(array)
      : width === WIDTH_16
      ? Int16Array.from(array)
      : Int32Array.from(array);
    const padded = new Uint8Array((packed.byteLength + 3) & ~3);
    padded.set(new Uint8Array(packed.buffer, 0, packed.byteLength));
    for (const word of new Int32Array(padded.buffer)) this.words.push(word);
  }

  bytes(data: Uint8Array): void {
    this.words.push(data.length);
    const padded = new Uint8Array((data.length + 3) & ~3);
    padded.set(data);
    for (const word of new Int32Array(padded.buffer)) this.words.push(word);
  }

  constant(value: CodeConstant): void {
    const words = this.words;
    if (value === null) words.push(CONSTANT_TAG.none);
    else if (value === false) words.push(CONSTANT_TAG.false);
    else if (value === true) words.push(CONSTANT_TAG.true);
    else if (typeof value === "string") {
      words.push(CONSTANT_TAG.str);
      this.string(value);
    } else if (typeof value === "number") {
      words.push(CONSTANT_TAG.number);
      this.float64(value);
    } else if (typeof value === "bigint") {
      words.push(CONSTANT_TAG.bigint);
      this.string(value.toString());
    } else if (Array.isArray(value)) {
      words.push(CONSTANT_TAG.tuple, value.length);
      for (const item of value) this.constant(item);
    } else if (value instanceof CodeObject) {
      words.push(CONSTANT_TAG.code);
      this.code(value);
    } else if (value instanceof FrozenSetConstant) {
      words.push(CONSTANT_TAG.frozenset, value.items.length);
      for (const item of value.items) this.constant(item);
    } else if (value instanceof PyFloat) {
      words.push(CONSTANT_TAG.float);
      this.float64(value.value);
    } else if (value instanceof PyComplex) {
      words.push(CONSTANT_TAG.complex);
      this.float64(value.real);
      this.float64(value.imag);
    } else if (value instanceof PyBytes) {
      words.push(CONSTANT_TAG.bytes);
      this.bytes(value.bytes);
    } else if (value instanceof PyWideStr) {
      words.push(CONSTANT_TAG.wideStr);
      this.integers(value.codePoints);
    } else if (value === Ellipsis) words.push(CONSTANT_TAG.ellipsis);
    else throw new Error(`code cache: cannot encode constant ${String(value)}`);
  }

  code(code: CodeObject): void {
    this.string(code.co_name);
    this.string(code.co_qualname);
    this.string(code.co_filename);
    this.words.push(
      code.co_firstlineno,
      code.co_argcount,
      code.co_posonlyargcount,
      code.co_kwonlyargcount,
      code.co_flags,
      code.co_stacksize,
    );
    this.stringList(code.co_varnames);
    this.stringList(code.co_cellvars);
    this.stringList(code.co_freevars);
    this.stringList(code.co_names);
    this.words.push(code.co_consts.length);
    for (const constant of code.co_consts) this.constant(constant);
    this.integers(code.code);
    this.integers(code.exceptionTable);
    this.integers(code.positions);
    this.integers(code.cellParameterIndex);
  }

  /** The finished payload: header, string table and the words written. */
  finish(): Uint8Array {
    const table = new TextEncoder().encode(JSON.stringify(this.strings));
    const tableWords = (table.length + 3) >> 2;
    const out = new Int32Array(HEADER_WORDS + tableWords + this.words.length);
    new Uint8Array(out.buffer).set(table, HEADER_WORDS * 4);
    out.set(this.words, HEADER_WORDS + tableWords);
    out[1] = out.length;
    out[2] = table.length;
    out[0] = wordChecksum(out, 1);
    return new Uint8Array(out.buffer);
  }
}

/** The payload for `code` (see the module comment). */
export function encodePayload(code: CodeObject): Uint8Array {
  const writer = new Writer();
  writer.code(code);
  return writer.finish();
}

class Reader {
  position: number;
  private readonly view: DataView;
  /** The payload as 8- and 16-bit integers, for packed arrays. */
  private readonly octets: Int8Array;
  private readonly halves: Int16Array;

  constructor(
    private readonly words: Int32Array,
    private readonly strings: readonly string[],
    start: number,
  ) {
    this.position = start;
    this.view = new DataView(words.buffer, words.byteOffset, words.byteLength);
    this.octets = new Int8Array(words.buffer, words.byteOffset, words.byteLength);
    this.halves = new Int16Array(words.buffer, words.byteOffset, words.byteLength >> 1);
  }

  word(): number {
    if (this.position >= this.words.length) throw new RangeError("code cache: truncated payload");
    return this.words[this.position++];
  }

  string(): string {
    const text = this.strings[this.word()];
    if (text === undefined) throw new RangeError("code cache: bad string index");
    return text;
  }

  stringList(): string[] {
    const count = this.word();
    const list = new Array<string>(count);
    for (let i = 0; i < count; i++) list[i] = this.string();
    return list;
  }

  float64(): number {
    const value = this.view.getFloat64(this.position * 4, true);
    this.position += 2;
    return value;
  }

  /** A packed integer array, widened (see the module comment). */
  integers(): Int32Array {
    const header = this.word();
    const length = header >>> 2;
    const width = header & 3;
    const start = this.skipIntegers(length, width);
    return widen(
      width === WIDTH_8 ? this.octets : width === WIDTH_16 ? this.halves : this.words,
      start,
      length,
    );
  }

  /**
   * A packed integer array as a function that widens it when first called:
   * the payload stays referenced until then.
   */
  lazyIntegers(): () => Int32Array {
    const header = this.word();
    const length = header >>> 2;
    const width = header & 3;
    const start = this.skipIntegers(length, width);
    const packed = width === WIDTH_8 ? this.octets : width === WIDTH_16 ? this.halves : this.words;
    return () => widen(packed, start, length);
  }

  /** Checks that an array of `length` packed at `width` fits, steps over it and gives its index in the packed view. */
  private skipIntegers(length: number, width: number): number {
    const start = width === WIDTH_8
      ? this.position * 4
      : width === WIDTH_16
      ? this.position * 2
      : this.position;
    const viewLength = width === WIDTH_8
      ? this.octets.length
      : width === WIDTH_16
      ? this.halves.length
      : this.words.length;
    if (width > WIDTH_32 || start + length > viewLength) {
      throw new RangeError("code cache: truncated payload");
    }
    this.position += ((length << width) + 3) >> 2;
    return start;
  }

  bytes(): Uint8Array {
    const length = this.word();
    const start = this.words.byteOffset + this.position * 4;
    const data = new Uint8Array(this.words.buffer.slice(start, start + length));
    if (data.length !== length) throw new RangeError("code cache: truncated payload");
    this.position += (length + 3) >> 2;
    return data;
  }

  constants(count: number): ConstantValue[] {
    const list = new Array<ConstantValue>(count);
    for (let i = 0; i < count; i++) list[i] = this.constant() as ConstantValue;
    return list;
  }

  constant(): CodeConstant {
    switch (this.word()) {
      case CONSTANT_TAG.none:
        return null;
      case CONSTANT_TAG.false:
        return false;
      case CONSTANT_TAG.true:
        return true;
      case CONSTANT_TAG.str:
        return this.string();
      case CONSTANT_TAG.number:
        return this.float64();
      case CONSTANT_TAG.bigint:
        return BigInt(this.string());
      case CONSTANT_TAG.tuple:
        return this.constants(this.word());
      case CONSTANT_TAG.code:
        return this.code();
      case CONSTANT_TAG.frozenset:
        return new FrozenSetConstant(this.constants(this.word()));
      case CONSTANT_TAG.float:
        return new PyFloat(this.float64());
      case CONSTANT_TAG.complex: {
        const real = this.float64();
        return new PyComplex(real, this.float64());
      }
      case CONSTANT_TAG.bytes:
        return new PyBytes(this.bytes());
      case CONSTANT_TAG.wideStr:
        return strFromCodePoints(this.integers()) as ConstantValue;
      case CONSTANT_TAG.ellipsis:
        return Ellipsis;
      default:
        throw new RangeError("code cache: unknown constant tag");
    }
  }

  code(): CodeObject {
    const name = this.string();
    const qualname = this.string();
    const filename = this.string();
    const firstlineno = this.word();
    const argcount = this.word();
    const posonlyargcount = this.word();
    const kwonlyargcount = this.word();
    const flags = this.word();
    const stacksize = this.word();
    const varnames = this.stringList();
    const cellvars = this.stringList();
    const freevars = this.stringList();
    const names = this.stringList();
    const constCount = this.word();
    const consts = new Array<CodeConstant>(constCount);
    for (let i = 0; i < constCount; i++) consts[i] = this.constant();
    return new CodeObject(
      name,
      qualname,
      filename,
      firstlineno,
      argcount,
      posonlyargcount,
      kwonlyargcount,
      varnames,
      cellvars,
      freevars,
      names,
      consts,
      flags,
      stacksize,
      this.integers(),
      this.integers(),
      this.lazyIntegers(),
      this.integers(),
    );
  }
}

/** `packed[start..start + length]` as a new Int32Array. */
function widen(
  packed: Int8Array | Int16Array | Int32Array,
  start: number,
  length: number,
): Int32Array {
  if (packed instanceof Int32Array) return packed.slice(start, start + length);
  const out = new Int32Array(length);
  for (let i = 0; i < length; i++) out[i] = packed[start + i];
  return out;
}

/**
 * The code object of the payload at `bytes[start..]`, or null when its
 * length or checksum is wrong; throws on a malformed payload.
 */
export function decodePayload(bytes: Uint8Array, start: number): CodeObject | null {
  if ((bytes.byteOffset + start) % 4 !== 0) {
    bytes = bytes.slice(start);
    start = 0;
  }
  const byteOffset = bytes.byteOffset + start;
  const available = (bytes.length - start) >> 2;
  if (available < HEADER_WORDS) return null;
  const head = new Int32Array(bytes.buffer, byteOffset, HEADER_WORDS);
  if (head[1] !== available || (bytes.length - start) % 4 !== 0) return null;
  const words = new Int32Array(bytes.buffer, byteOffset, available);
  if (wordChecksum(words, 1) !== words[0]) return null;
  const tableBytes = words[2];
  if (tableBytes < 0 || tableBytes > (available - HEADER_WORDS) * 4) return null;
  const table = new TextDecoder().decode(
    bytes.subarray(start + HEADER_WORDS * 4, start + HEADER_WORDS * 4 + tableBytes),
  );
  const strings = JSON.parse(table);
  if (!Array.isArray(strings)) return null;
  const reader = new Reader(words, strings, HEADER_WORDS + ((tableBytes + 3) >> 2));
  const code = reader.code();
  return reader.position === available ? code : null;
}
