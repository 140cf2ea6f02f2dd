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
  if (typeof value === "bigint") return value;
  // The last numbers converted, by their low bits: an expression mixing a
  // number with a big int (`(state * 1103515245 + 12345) & 0x7FFFFFFF` once
  // the product passes 2**53) converts its constants again every time.
  const slot = value & BIG_MEMO_MASK;
  if (bigMemoNumbers[slot] === value) return bigMemoValues[slot];
  const big = BigInt(value);
  bigMemoNumbers[slot] = value;
  bigMemoValues[slot] = big;
  return big;
}

const BIG_MEMO_MASK = 15;
const bigMemoNumbers = new Float64Array(BIG_MEMO_MASK + 1).fill(0.5);
const bigMemoValues: bigint[] = Array.from({ length: BIG_MEMO_MASK + 1 }, () => 0n);

export function isZero(value: IntValue): boolean {
  return value === 0 || value === 0n;
}

/** Past this, bitLengthOfBig searches with shifts instead of printing hex. */
const HEX_LIMIT = 1n << 16384n;

/**
 * The number of bits of |value| (0 for 0). JS has no bit length of a
 * bigint. Below 2**16384 the hex text's length gives it (linear, but
 * cheap). Above, a binary search for the shift that leaves fewer than 1024
 * bits (so Number() of it is finite) costs about one copy of the value:
 * V8 answers `x >> s` in time proportional to the result, every probe at or
 * past the length gives 0n at once, and the probes below it copy less and
 * less. For 100,000 bits that is 0.6 us against 10 us for the hex.
 */
export function bitLengthOfBig(value: bigint): number {
  const magnitude = value < 0n ? -value : value;
  if (magnitude < HEX_LIMIT) {
    if (magnitude === 0n) return 0;
    const hex = magnitude.toString(16);
    return (hex.length - 1) * 4 + (32 - Math.clz32(parseInt(hex[0], 16)));
  }
  let low = 0;
  let high = MAX_BIGINT_BITS + 64;
  for (;;) {
    const middle = Math.floor((low + high) / 2);
    const top = magnitude >> BigInt(middle);
    if (top === 0n) {
      high = middle;
      continue;
    }
    const approximation = Number(top);
    if (approximation !== Infinity) return middle + bitLengthNear(top, approximation);
    low = middle;
  }
}

/**
 * The bit length of a positive `top` below 2**1024 from its double (rounding
 * can carry it up to the next power of two, and log2 can round up: the shifts
 * settle it).
 */
function bitLengthNear(top: bigint, approximation: number): number {
  let bits = Math.floor(Math.log2(approximation)) + 1;
  while (top >> BigInt(bits) !== 0n) bits++;
  while (bits > 1 && top >> BigInt(bits - 1) === 0n) bits--;
  return bits;
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
