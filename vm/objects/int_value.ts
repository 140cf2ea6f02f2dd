/**
 * The int representation and its normal form (docs/ARCHITECTURE.md, values):
 * a JS number while the value is a safe integer (never -0), a bigint beyond.
 * Every producer of an int result passes bigints through `normalizeBigInt`, so
 * a bigint inside the safe range never escapes; equality and dict lookups then
 * need no cross-representation checks.
 *
 * bool is a subclass of int: `true`/`false` act as 1/0 wherever an int
 * operand is accepted. Instances of Python subclasses of int are
 * `PyBoxedInt` objects carrying the value.
 */
import { PyObject, type PyValue } from "./object.ts";
import type { PyType } from "./type.ts";
import { pyError } from "./exceptions.ts";

export type IntValue = number | bigint;

/** An instance of a Python-defined subclass of int (`class Flags(int): ...`). */
export class PyBoxedInt extends PyObject {
  constructor(readonly value: IntValue, cls: PyType) {
    super(cls);
  }
}

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);
const MIN_SAFE = -MAX_SAFE;

/** The normal form of an int computed as a bigint. */
export function normalizeBigInt(value: bigint): IntValue {
  return value >= MIN_SAFE && value <= MAX_SAFE ? Number(value) : value;
}

/**
 * The int value of an int-like operand (int, bool, int subclass instance), or
 * undefined when the value is not an int: the "is this my type" test of every
 * int slot.
 */
export function intOperand(value: PyValue): IntValue | undefined {
  switch (typeof value) {
    case "number":
    case "bigint":
      return value;
    case "boolean":
      return value ? 1 : 0;
    case "object":
      return value instanceof PyBoxedInt ? value.value : undefined;
    default:
      return undefined;
  }
}

export function toBigInt(value: IntValue): bigint {
  return typeof value === "bigint" ? value : BigInt(value);
}

export function isZero(value: IntValue): boolean {
  return value === 0 || value === 0n;
}

/** The number of bits of |value| (0 for 0). */
export function bitLengthOfBig(value: bigint): number {
  const magnitude = value < 0n ? -value : value;
  if (magnitude === 0n) return 0;
  // toString(16) is linear; the leading hex digit's bits are counted exactly.
  const hex = magnitude.toString(16);
  return (hex.length - 1) * 4 + (32 - Math.clz32(parseInt(hex[0], 16)));
}

/**
 * V8 refuses bigints above 2**30 bits with a RangeError; CPython would go on
 * until memory runs out. Producers of possibly huge results check first and
 * raise MemoryError instead, so no raw JS error escapes.
 */
export const MAX_BIGINT_BITS = 2 ** 30;

/** Turn V8's "Maximum BigInt size exceeded" RangeError into Python's MemoryError. */
export function bigIntLimitError(error: unknown): unknown {
  return error instanceof RangeError ? pyError("MemoryError") : error;
}
