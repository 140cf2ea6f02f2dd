/**
 * Items of a memoryview: CPython 3.11's native single-character formats
 * (get_native_fmtchar; 'e' only arrived in 3.12) and their unpack_single /
 * pack_single, with memoryview's error conversions: a wrong type is
 * "memoryview: invalid type for format 'X'" (TypeError), a value out of
 * range "memoryview: invalid value for format 'X'" (ValueError).
 * Comparisons also read byte-order-prefixed single items ('<i', '>d'),
 * which CPython unpacks through the struct module.
 */
import type { PyValue } from "../../objects/object.ts";
import { PyBaseException, pyError } from "../../objects/exceptions.ts";
import { PyBytes } from "../../objects/bytes.ts";
import { PyFloat } from "../../objects/float.ts";
import { intOperand, type IntValue, normalizeBigInt } from "../../objects/int_value.ts";
import { typeOf } from "../../objects/typeof.ts";
import { late } from "../late_protocols.ts";
import { isTrue } from "../operators.ts";

/** Sizes of the native formats on x86_64 Linux. */
// deno-fmt-ignore
export const NATIVE_SIZES: Readonly<Record<string, number>> = {
  c: 1, b: 1, B: 1, "?": 1, h: 2, H: 2, i: 4, I: 4, l: 8, L: 8,
  q: 8, Q: 8, n: 8, N: 8, f: 4, d: 8, P: 8,
};
/** Sizes with a byte-order prefix ('<', '>', '=', '!'): struct's standard sizes. */
// deno-fmt-ignore
const STANDARD_SIZES: Readonly<Record<string, number>> = {
  c: 1, b: 1, B: 1, "?": 1, h: 2, H: 2, i: 4, I: 4, l: 4, L: 4, q: 8, Q: 8, f: 4, d: 8,
};

/** Integer ranges of the integer formats: [min, max]. */
const INT_RANGES: Readonly<Record<number, readonly [bigint, bigint]>> = {
  1: [-(2n ** 7n), 2n ** 7n - 1n],
  2: [-(2n ** 15n), 2n ** 15n - 1n],
  4: [-(2n ** 31n), 2n ** 31n - 1n],
  8: [-(2n ** 63n), 2n ** 63n - 1n],
};

const SIGNED = "bhilqn";
const UNSIGNED = "BHILQN";

/** get_native_fmtchar: the format character of a native single-item format, or undefined. */
export function nativeChar(format: string): string | undefined {
  const char = format[0] === "@" ? format.slice(1) : format;
  return char.length === 1 && Object.hasOwn(NATIVE_SIZES, char) ? char : undefined;
}

/** adjust_fmt: the single character of the view's format, or NotImplementedError. */
export function itemChar(format: string): string {
  const char = format[0] === "@" ? format.slice(1) : format;
  if (char.length === 1) return char;
  throw pyError("NotImplementedError", `memoryview: unsupported format ${format}`);
}

const invalidType = (char: string) =>
  pyError("TypeError", `memoryview: invalid type for format '${char}'`);
const invalidValue = (char: string) =>
  pyError("ValueError", `memoryview: invalid value for format '${char}'`);
const unsupported = (char: string) =>
  pyError("NotImplementedError", `memoryview: format ${char} not supported`);

export function dataView(memory: Uint8Array): DataView {
  return new DataView(memory.buffer, memory.byteOffset, memory.byteLength);
}

/** unpack_single. */
export function unpackItem(view: DataView, at: number, char: string, little = true): PyValue {
  switch (char) {
    case "B":
      return view.getUint8(at);
    case "b":
      return view.getInt8(at);
    case "c":
      return new PyBytes(new Uint8Array([view.getUint8(at)]));
    case "?":
      return view.getUint8(at) !== 0;
    case "h":
      return view.getInt16(at, little);
    case "H":
      return view.getUint16(at, little);
    case "i":
      return view.getInt32(at, little);
    case "I":
      return view.getUint32(at, little);
    case "l":
    case "q":
    case "n":
      return normalizeBigInt(view.getBigInt64(at, little));
    case "L":
    case "Q":
    case "N":
    case "P":
      return normalizeBigInt(view.getBigUint64(at, little));
    case "f":
      return new PyFloat(view.getFloat32(at, little));
    case "d":
      return new PyFloat(view.getFloat64(at, little));
  }
  throw unsupported(char);
}

/** PyNumber_Index then a C conversion, with memoryview's errors. */
function intItem(value: PyValue, char: string): bigint {
  let int: IntValue | undefined = intOperand(value);
  if (int === undefined) {
    // PyLong_AsVoidPtr takes ints only, no __index__.
    if (char === "P") throw invalidType(char);
    if (value !== null && typeof value === "object" && typeOf(value).lookup("__index__")) {
      int = late.index(value);
    } else {
      throw invalidType(char);
    }
  }
  return BigInt(int);
}

/**
 * pack_single: write `value` as one item of `char` at `at`. The memory is
 * fetched after the conversion, which may run Python code (`__index__`,
 * `__float__`, `__bool__`) that releases the view.
 */
export function packItem(
  memory: () => DataView,
  at: number,
  char: string,
  value: PyValue,
): void {
  const size = NATIVE_SIZES[char];
  if (SIGNED.includes(char) || UNSIGNED.includes(char) || char === "P") {
    const int = intItem(value, char);
    const [min, max] = INT_RANGES[size];
    const ok = char === "P"
      ? int >= min && int <= 2n * max + 1n
      : SIGNED.includes(char)
      ? int >= min && int <= max
      : int >= 0n && int <= 2n * max + 1n;
    if (!ok) throw invalidValue(char);
    const view = memory();
    switch (size) {
      case 1:
        view.setUint8(at, Number(BigInt.asUintN(8, int)));
        return;
      case 2:
        view.setUint16(at, Number(BigInt.asUintN(16, int)), true);
        return;
      case 4:
        view.setUint32(at, Number(BigInt.asUintN(32, int)), true);
        return;
      default:
        view.setBigUint64(at, BigInt.asUintN(64, int), true);
        return;
    }
  }
  switch (char) {
    case "f":
    case "d": {
      let x: number;
      try {
        x = value instanceof PyFloat ? value.value : late.toFloat(value);
      } catch (error) {
        if (error instanceof PyBaseException) {
          const name = typeOf(error).name;
          if (name === "TypeError") throw invalidType(char);
          if (name === "OverflowError" || name === "ValueError") throw invalidValue(char);
        }
        throw error;
      }
      if (char === "f") memory().setFloat32(at, x, true);
      else memory().setFloat64(at, x, true);
      return;
    }
    case "?": {
      const truth = isTrue(value);
      memory().setUint8(at, truth ? 1 : 0);
      return;
    }
    case "c":
      if (!(value instanceof PyBytes)) throw invalidType(char);
      if (value.bytes.length !== 1) throw invalidValue(char);
      memory().setUint8(at, value.bytes[0]);
      return;
  }
  throw unsupported(char);
}

/**
 * A reader of one item for comparisons: native single characters, or a
 * byte-order prefix and one character (struct's standard sizes); undefined
 * for anything else (CPython: struct cannot unpack it, the views differ).
 */
export function comparisonReader(
  format: string,
  itemsize: number,
): ((view: DataView, at: number) => PyValue) | undefined {
  const native = nativeChar(format);
  if (native !== undefined) return (view, at) => unpackItem(view, at, native);
  if (format.length !== 2 || !"<>=!".includes(format[0])) return undefined;
  const char = format[1];
  const size = STANDARD_SIZES[char];
  if (size === undefined || size !== itemsize) return undefined;
  const little = format[0] === "<" || format[0] === "=";
  const standard = size === 4 && (char === "l" || char === "L") ? (char === "l" ? "i" : "I") : char;
  return (view, at) => unpackItem(view, at, standard, little);
}
