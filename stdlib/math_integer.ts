/**
 * The integer functions of `math`: gcd, lcm, isqrt, factorial, comb, perm.
 * Arguments go through `__index__`; results are exact ints in the normal
 * form (JS number while safe, bigint beyond). Large products are formed by
 * binary splitting, so the multiplications stay balanced.
 */
import type { PyValue } from "../vm/objects/object.ts";
import { pyError } from "../vm/objects/exceptions.ts";
import {
  bigIntLimitError,
  type IntValue,
  normalizeBigInt,
  toBigInt,
} from "../vm/objects/int_value.ts";
import { indexValue } from "../vm/objects/int_methods.ts";

const LLONG_MAX = 9223372036854775807n;

function abs(value: bigint): bigint {
  return value < 0n ? -value : value;
}

function gcdBig(a: bigint, b: bigint): bigint {
  let x = abs(a);
  let y = abs(b);
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

function gcdSmall(a: number, b: number): number {
  let x = Math.abs(a);
  let y = Math.abs(b);
  while (y !== 0) [x, y] = [y, x % y];
  return x;
}

function gcdPair(a: IntValue, b: IntValue): IntValue {
  if (typeof a === "number" && typeof b === "number") return gcdSmall(a, b);
  return normalizeBigInt(gcdBig(toBigInt(a), toBigInt(b)));
}

export function gcd(args: PyValue[]): IntValue {
  const values = args.map(indexValue);
  let result: IntValue = 0;
  for (const value of values) result = gcdPair(result, value);
  return result;
}

export function lcm(args: PyValue[]): IntValue {
  const values = args.map(indexValue);
  if (values.length === 0) return 1;
  let result = abs(toBigInt(values[0]));
  for (const value of values.slice(1)) {
    const b = toBigInt(value);
    if (result === 0n || b === 0n) {
      result = 0n;
      continue;
    }
    result = abs(result / gcdBig(result, b) * b);
  }
  return normalizeBigInt(result);
}

export function isqrt(arg: PyValue): IntValue {
  const n = indexValue(arg);
  if (n < 0) throw pyError("ValueError", "isqrt() argument must be nonnegative");
  if (typeof n === "number") {
    let root = Math.floor(Math.sqrt(n));
    while (root * root > n) root--;
    while ((root + 1) * (root + 1) <= n) root++;
    return root;
  }
  // Newton's iteration from above, starting at a power of two >= sqrt(n).
  let x = 1n << BigInt(Math.ceil(n.toString(2).length / 2));
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) break;
    x = y;
  }
  return normalizeBigInt(x);
}

/** The product of the integers in [low, high), by binary splitting. */
function rangeProduct(low: bigint, high: bigint): bigint {
  const count = high - low;
  if (count <= 0n) return 1n;
  if (count <= 16n) {
    let product = low;
    for (let i = low + 1n; i < high; i++) product *= i;
    return product;
  }
  const middle = (low + high) >> 1n;
  return rangeProduct(low, middle) * rangeProduct(middle, high);
}

function checked(compute: () => bigint): IntValue {
  try {
    return normalizeBigInt(compute());
  } catch (error) {
    throw bigIntLimitError(error);
  }
}

export function factorial(arg: PyValue): IntValue {
  const n = indexValue(arg);
  if (n < 0) throw pyError("ValueError", "factorial() not defined for negative values");
  if (toBigInt(n) > LLONG_MAX) {
    throw pyError("OverflowError", "factorial() argument should not exceed 9223372036854775807");
  }
  return checked(() => rangeProduct(1n, toBigInt(n) + 1n));
}

function nonNegative(n: IntValue, name: string): bigint {
  if (n < 0) throw pyError("ValueError", `${name} must be a non-negative integer`);
  return toBigInt(n);
}

export function perm(nArg: PyValue, kArg: PyValue): IntValue {
  if (kArg === null) return factorial(nArg);
  const n = nonNegative(indexValue(nArg), "n");
  const k = nonNegative(indexValue(kArg), "k");
  if (k > n) return 0;
  if (k > LLONG_MAX) throw pyError("OverflowError", "k must not exceed 9223372036854775807");
  return checked(() => rangeProduct(n - k + 1n, n + 1n));
}

export function comb(nArg: PyValue, kArg: PyValue): IntValue {
  const n = nonNegative(indexValue(nArg), "n");
  let k = nonNegative(indexValue(kArg), "k");
  if (k > n) return 0;
  if (n - k < k) k = n - k;
  if (k > LLONG_MAX) {
    throw pyError("OverflowError", "min(n - k, k) must not exceed 9223372036854775807");
  }
  return checked(() => {
    if (k <= 64n) {
      // Each partial quotient is itself a binomial coefficient, so division is exact.
      let result = 1n;
      for (let i = 0n; i < k; i++) result = result * (n - i) / (i + 1n);
      return result;
    }
    return rangeProduct(n - k + 1n, n + 1n) / rangeProduct(1n, k + 1n);
  });
}
