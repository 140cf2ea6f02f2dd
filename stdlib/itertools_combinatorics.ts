/**
 * itertools.product, permutations, combinations and
 * combinations_with_replacement. Each reads its input into a pool when
 * created (as CPython does) and then steps an index vector lazily, yielding
 * tuples in lexicographic order of the pool positions.
 */
import type { PyValue } from "../vm/objects/object.ts";
import type { PyType } from "../vm/objects/type.ts";
import { pyError } from "../vm/objects/exceptions.ts";
import { newTuple } from "../vm/objects/tuple.ts";
import { indexValue } from "../vm/objects/int_methods.ts";
import { iterateToArray, PyNativeIterator } from "../vm/runtime/iteration.ts";
import { registerConstructor } from "../vm/runtime/call_type.ts";
import { iteratorType, signatureConstructor } from "./native_type.ts";

export const productType = iteratorType("product", "itertools");
export const permutationsType = iteratorType("permutations", "itertools");
export const combinationsType = iteratorType("combinations", "itertools");
export const combinationsWithReplacementType = iteratorType(
  "combinations_with_replacement",
  "itertools",
);

function lengthArgument(value: PyValue): number {
  const n = indexValue(value);
  if (n < 0) throw pyError("ValueError", "r must be non-negative");
  return n > 2 ** 31 ? 2 ** 31 : Number(n);
}

registerConstructor(productType, (cls, args, kwnames) => {
  const positional = args.length - (kwnames?.length ?? 0);
  let repeat = 1;
  kwnames?.forEach((name, i) => {
    if (name !== "repeat") {
      throw pyError("TypeError", `product() got an unexpected keyword argument '${name}'`);
    }
    const n = indexValue(args[positional + i]);
    if (n < 0) throw pyError("ValueError", "repeat argument cannot be negative");
    repeat = Number(n);
  });
  const base = args.slice(0, positional).map(iterateToArray);
  const pools: PyValue[][] = [];
  for (let r = 0; r < repeat; r++) pools.push(...base);
  const indices = pools.map(() => 0);
  return steppingIterator(
    cls,
    pools.some((pool) => pool.length === 0),
    () => {
      // Odometer: advance the rightmost index that can move, reset those after it.
      let i = pools.length - 1;
      while (i >= 0 && indices[i] === pools[i].length - 1) indices[i--] = 0;
      if (i < 0) return false;
      indices[i]++;
      return true;
    },
    () => newTuple(indices.map((index, i) => pools[i][index])),
  );
});

/**
 * The shape the combinatoric iterators share: the first call yields
 * `current()` as set up; each later call `advance`s the index state first and
 * ends the iteration for good once `advance` reports there is nothing left.
 */
function steppingIterator(
  cls: PyType,
  exhaustedAtStart: boolean,
  advance: () => boolean,
  current: () => PyValue,
): PyNativeIterator {
  let first = true;
  let done = exhaustedAtStart;
  return new PyNativeIterator(cls, () => {
    if (done) return undefined;
    if (first) first = false;
    else if (!advance()) {
      done = true;
      return undefined;
    }
    return current();
  });
}

signatureConstructor(
  combinationsType,
  "combinations",
  "iterable, r",
  (cls, iterable, rArg) => {
    const pool = iterateToArray(iterable);
    const r = lengthArgument(rArg);
    const n = pool.length;
    const indices = Array.from({ length: r }, (_, i) => i);
    return steppingIterator(cls, r > n, () => {
      let i = r - 1;
      while (i >= 0 && indices[i] === i + n - r) i--;
      if (i < 0) return false;
      indices[i]++;
      for (let j = i + 1; j < r; j++) indices[j] = indices[j - 1] + 1;
      return true;
    }, () => newTuple(indices.map((index) => pool[index])));
  },
);

signatureConstructor(
  combinationsWithReplacementType,
  "combinations_with_replacement",
  "iterable, r",
  (cls, iterable, rArg) => {
    const pool = iterateToArray(iterable);
    const r = lengthArgument(rArg);
    const n = pool.length;
    const indices = new Array<number>(r).fill(0);
    return steppingIterator(cls, n === 0 && r > 0, () => {
      let i = r - 1;
      while (i >= 0 && indices[i] === n - 1) i--;
      if (i < 0) return false;
      const value = indices[i] + 1;
      for (let j = i; j < r; j++) indices[j] = value;
      return true;
    }, () => newTuple(indices.map((index) => pool[index])));
  },
);

signatureConstructor(
  permutationsType,
  "permutations",
  "iterable, r=None",
  (cls, iterable, rArg) => {
    const pool = iterateToArray(iterable);
    const n = pool.length;
    const r = rArg === null ? n : lengthArgument(rArg);
    const indices = Array.from({ length: n }, (_, i) => i);
    const cycles = Array.from({ length: r }, (_, i) => n - i);
    return steppingIterator(cls, r > n, () => {
      // The algorithm of the itertools documentation's rough equivalent.
      for (let i = r - 1; i >= 0; i--) {
        cycles[i]--;
        if (cycles[i] === 0) {
          const moved = indices[i];
          indices.splice(i, 1);
          indices.push(moved);
          cycles[i] = n - i;
        } else {
          const j = cycles[i];
          [indices[i], indices[n - j]] = [indices[n - j], indices[i]];
          return true;
        }
      }
      return false;
    }, () => newTuple(indices.slice(0, r).map((index) => pool[index])));
  },
);
