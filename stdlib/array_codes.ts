/**
 * The typecodes of `array` (CPython's arraymodule.c descriptors): item
 * size, the JS typed array holding the items, the buffer format, the
 * machine format code used by pickling, and the range checks of each
 * setitem function with CPython 3.11's OverflowError messages (the checks
 * run in order: first the C conversion PyArg_Parse/PyLong_As* performs,
 * then the narrower check of the typecode itself).
 */
import type { PyValue } from "../vm/objects/object.ts";
import { pyError } from "../vm/objects/exceptions.ts";
import { PyFloat } from "../vm/objects/float.ts";
import { intOperand, type IntValue, normalizeBigInt } from "../vm/objects/int_value.ts";
import { intToFloat } from "../vm/objects/int_float.ts";
import { typeOf } from "../vm/objects/typeof.ts";
import { isStr, strCodePointAt, strFromCodePoint, strLength } from "../vm/objects/str_wide.ts";
import { late } from "../vm/runtime/late_protocols.ts";

export type ItemArray =
  | Int8Array
  | Uint8Array
  | Int16Array
  | Uint16Array
  | Int32Array
  | Uint32Array
  | BigInt64Array
  | BigUint64Array
  | Float32Array
  | Float64Array;

/**
 * [min, max, message below min, message above max, min and max as doubles
 * (±Infinity when open)]; null bounds are open. A safe integer compares with
 * the double bound exactly as with the bigint: the bounds past 2**53
 * (2**63 - 1, 2**64 - 1) round to neighbours still past every safe integer.
 */
type RangeCheck = readonly [bigint | null, bigint | null, string, string, number, number];

function range(min: bigint | null, max: bigint | null, low: string, high: string): RangeCheck {
  return [
    min,
    max,
    low,
    high,
    min === null ? -Infinity : Number(min),
    max === null ? Infinity : Number(max),
  ];
}

export interface TypeCode {
  readonly code: string;
  readonly itemsize: number;
  readonly kind: "int" | "bigint" | "float" | "unicode";
  /** The struct-style format of the exported buffer. */
  readonly format: string;
  /** CPython's machine_format_code for pickling. */
  readonly machineFormat: number;
  readonly make: (length: number) => ItemArray;
  readonly checks: readonly RangeCheck[];
}

const LONG_MESSAGE = "Python int too large to convert to C long";
const LONG = range(-(2n ** 63n), 2n ** 63n - 1n, LONG_MESSAGE, LONG_MESSAGE);
const SHORT = range(
  -32768n,
  32767n,
  "signed short integer is less than minimum",
  "signed short integer is greater than maximum",
);
const INT = range(
  -(2n ** 31n),
  2n ** 31n - 1n,
  "signed integer is less than minimum",
  "signed integer is greater than maximum",
);
const NEGATIVE_UNSIGNED = range(
  0n,
  null,
  "can't convert negative value to unsigned int",
  "",
);
const ULONG = range(
  null,
  2n ** 64n - 1n,
  "",
  "Python int too large to convert to C unsigned long",
);

// deno-fmt-ignore
export const TYPECODES: Readonly<Record<string, TypeCode>> = {
  b: { code: "b", itemsize: 1, kind: "int", format: "b", machineFormat: 1, make: (n) => new Int8Array(n),
    checks: [LONG, SHORT, range(-128n, 127n, "signed char is less than minimum", "signed char is greater than maximum")] },
  B: { code: "B", itemsize: 1, kind: "int", format: "B", machineFormat: 0, make: (n) => new Uint8Array(n),
    checks: [LONG, range(0n, 255n, "unsigned byte integer is less than minimum", "unsigned byte integer is greater than maximum")] },
  u: { code: "u", itemsize: 4, kind: "unicode", format: "w", machineFormat: 20, make: (n) => new Uint32Array(n),
    checks: [] },
  h: { code: "h", itemsize: 2, kind: "int", format: "h", machineFormat: 4, make: (n) => new Int16Array(n),
    checks: [LONG, SHORT] },
  H: { code: "H", itemsize: 2, kind: "int", format: "H", machineFormat: 2, make: (n) => new Uint16Array(n),
    checks: [LONG, INT, range(0n, 65535n, "unsigned short is less than minimum", "unsigned short is greater than maximum")] },
  i: { code: "i", itemsize: 4, kind: "int", format: "i", machineFormat: 8, make: (n) => new Int32Array(n),
    checks: [LONG, INT] },
  I: { code: "I", itemsize: 4, kind: "int", format: "I", machineFormat: 6, make: (n) => new Uint32Array(n),
    checks: [NEGATIVE_UNSIGNED, ULONG, range(null, 2n ** 32n - 1n, "", "unsigned int is greater than maximum")] },
  l: { code: "l", itemsize: 8, kind: "bigint", format: "l", machineFormat: 12, make: (n) => new BigInt64Array(n),
    checks: [LONG] },
  L: { code: "L", itemsize: 8, kind: "bigint", format: "L", machineFormat: 10, make: (n) => new BigUint64Array(n),
    checks: [NEGATIVE_UNSIGNED, ULONG] },
  q: { code: "q", itemsize: 8, kind: "bigint", format: "q", machineFormat: 12, make: (n) => new BigInt64Array(n),
    checks: [range(-(2n ** 63n), 2n ** 63n - 1n, "int too big to convert", "int too big to convert")] },
  Q: { code: "Q", itemsize: 8, kind: "bigint", format: "Q", machineFormat: 10, make: (n) => new BigUint64Array(n),
    checks: [range(0n, null, "can't convert negative int to unsigned", ""), range(null, 2n ** 64n - 1n, "", "int too big to convert")] },
  f: { code: "f", itemsize: 4, kind: "float", format: "f", machineFormat: 14, make: (n) => new Float32Array(n),
    checks: [] },
  d: { code: "d", itemsize: 8, kind: "float", format: "d", machineFormat: 16, make: (n) => new Float64Array(n),
    checks: [] },
};

export const TYPECODE_LIST = "bBuhHiIlLqQfd";

/** PyNumber_Index with the message PyArg_Parse gives. */
function intArgument(value: PyValue): IntValue {
  const int = intOperand(value);
  if (int !== undefined) return int;
  if (value !== null && typeof value === "object" && typeOf(value).lookup("__index__")) {
    return late.index(value);
  }
  throw pyError(
    "TypeError",
    `'${typeOf(value).tpName}' object cannot be interpreted as an integer`,
  );
}

/** The JS value to store for `value` (number, bigint or code point), checked. */
export function storable(type: TypeCode, value: PyValue): number | bigint {
  switch (type.kind) {
    case "float":
      if (value instanceof PyFloat) return value.value;
      if (typeof value === "number" || typeof value === "bigint" || typeof value === "boolean") {
        return intToFloat(intOperand(value)!);
      }
      return late.toFloat(value);
    case "unicode":
      if (isStr(value) && strLength(value) === 1) return strCodePointAt(value, 0);
      throw pyError("TypeError", "array item must be unicode character");
  }
  if (typeof value === "number") {
    // A small int (the common case) needs no bigint (RangeCheck's doubles).
    for (const check of type.checks) {
      if (value < check[4]) throw pyError("OverflowError", check[2]);
      if (value > check[5]) throw pyError("OverflowError", check[3]);
    }
    return type.kind === "bigint" ? BigInt(value) : value;
  }
  const int = intArgument(value);
  const big = typeof int === "bigint" ? int : BigInt(int);
  for (const [min, max, low, high] of type.checks) {
    if (min !== null && big < min) throw pyError("OverflowError", low);
    if (max !== null && big > max) throw pyError("OverflowError", high);
  }
  return type.kind === "bigint" ? big : Number(big);
}

/** The Python value of a stored item. */
export function loadable(type: TypeCode, raw: number | bigint): PyValue {
  switch (type.kind) {
    case "int":
      return raw as number;
    case "bigint":
      return normalizeBigInt(raw as bigint);
    case "float":
      return new PyFloat(raw as number);
    default: {
      const code = raw as number;
      if (code > 0x10ffff) {
        throw pyError("ValueError", "chr() arg not in range(0x110000)");
      }
      return strFromCodePoint(code);
    }
  }
}

export function badTypecode(): never {
  throw pyError(
    "ValueError",
    "bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)",
  );
}
