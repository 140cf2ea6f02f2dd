/**
 * itertools.product, permutations, combinations and
 * combinations_with_replacement. Each reads its input into a pool when
 * created (as CPython does) and then steps an index vector lazily, yielding
 * tuples in lexicographic order of the pool positions. They pickle as in
 * CPython 3.11: the pools and `r` rebuild the object, the index vectors
 * (clamped to valid values) restore its position.
 */
import type { PyValue } from "../vm/objects/object.ts";
import type { PyType } from "../vm/objects/type.ts";
import { pyError } from "../vm/objects/exceptions.ts";
import { newTuple, PyTuple } from "../vm/objects/tuple.ts";
import { defineNativeMethods } from "../vm/objects/native_function.ts";
import { indexValue } from "../vm/objects/int_methods.ts";
import { asSize } from "../vm/objects/str_args.ts";
import { iterateToArray, type PyNativeIterator } from "../vm/runtime/iteration.ts";
import { ssizeState } from "../vm/runtime/types/iterator_reduce.ts";
import { registerConstructor } from "../vm/runtime/call_type.ts";
import { iteratorType, PyStatefulIterator, signatureConstructor } from "./native_type.ts";
import { filledArray } from "../vm/objects/array_fill.ts";

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

/**
 * The state the combinatoric iterators share: `started` once the first tuple
 * was produced (CPython's result != NULL), `stopped` once exhausted.
 */
interface Stepping {
  started: boolean;
  stopped: boolean;
  /** Pool positions of the current tuple. */
  indices: number[];
}

/**
 * The first call yields `current()` as set up (unless `empty` says there is
 * nothing); each later call `advance`s the index state first and ends the
 * iteration for good once `advance` reports there is nothing left.
 */
function steppingIterator<State extends Stepping>(
  cls: PyType,
  state: State,
  advance: (state: State) => boolean,
  current: (state: State) => PyValue,
  empty: (state: State) => boolean = () => false,
): PyNativeIterator {
  return new PyStatefulIterator(cls, state, (state) => {
    if (state.stopped) return undefined;
    if (!state.started) {
      if (empty(state)) {
        state.stopped = true;
        return undefined;
      }
      state.started = true;
    } else if (!advance(state)) {
      state.stopped = true;
      return undefined;
    }
    return current(state);
  });
}

/** An index vector from `__setstate__`, each entry clamped by `clamp(value, position)`. */
function indexState(
  value: PyValue,
  length: number,
  clamp: (index: number, position: number) => number,
): number[] {
  if (!(value instanceof PyTuple)) throw pyError("TypeError", "state is not a tuple");
  if (value.items.length !== length) throw pyError("ValueError", "invalid arguments");
  return value.items.map((item, position) => clamp(ssizeState(item), position));
}

const clampTo = (low: number, high: number) => (index: number) =>
  index < low ? low : index > high ? high : index;

interface ProductState extends Stepping {
  pools: PyValue[][];
}

/** product's keywords, parsed as by PyArg_ParseTupleAndKeywords "|n:product". */
function productRepeat(values: readonly PyValue[], kwnames: readonly string[]): number {
  if (kwnames.length > 1) {
    throw pyError(
      "TypeError",
      `product() takes at most 1 keyword argument (${kwnames.length} given)`,
    );
  }
  if (kwnames.length === 0) return 1;
  if (kwnames[0] !== "repeat") {
    throw pyError("TypeError", `'${kwnames[0]}' is an invalid keyword argument for product()`);
  }
  const repeat = asSize(values[0]);
  if (repeat < 0) throw pyError("ValueError", "repeat argument cannot be negative");
  return repeat;
}

registerConstructor(productType, (cls, args, kwnames) => {
  const positional = args.length - (kwnames?.length ?? 0);
  const repeat = productRepeat(args.slice(positional), kwnames ?? []);
  // npools = nargs * repeat must fit an array of Py_ssize_t (product_new).
  if (repeat > 0 && positional > Math.floor((2 ** 60 - 1) / repeat)) {
    throw pyError("OverflowError", "repeat argument too large");
  }
  const base = repeat === 0 ? [] : args.slice(0, positional).map(iterateToArray);
  const pools: PyValue[][] = [];
  for (let r = 0; base.length > 0 && r < repeat; r++) pools.push(...base);
  const state: ProductState = {
    started: false,
    stopped: false,
    indices: pools.map(() => 0),
    pools,
  };
  return steppingIterator(
    cls,
    state,
    ({ pools, indices }) => {
      // Odometer: advance the rightmost index that can move, reset those after it.
      let i = pools.length - 1;
      while (i >= 0 && indices[i] === pools[i].length - 1) indices[i--] = 0;
      if (i < 0) return false;
      indices[i]++;
      return true;
    },
    ({ pools, indices }) => newTuple(indices.map((index, i) => pools[i][index])),
    // An empty pool is found on the first call, as CPython's product_next does.
    ({ pools }) => pools.some((pool) => pool.length === 0),
  );
});

defineNativeMethods(productType, {
  __reduce__: ["", (self: PyStatefulIterator<ProductState>) => {
    const { started, stopped, indices, pools } = self.state;
    if (stopped) return newTuple([self.cls, newTuple([newTuple([])])]);
    const poolTuples = newTuple(pools.map((pool) => newTuple(pool)));
    if (!started) return newTuple([self.cls, poolTuples]);
    return newTuple([self.cls, poolTuples, newTuple(indices)]);
  }],
  __setstate__: ["state, /", (self: PyStatefulIterator<ProductState>, value: PyValue) => {
    const state = self.state;
    if (state.pools.some((pool) => pool.length === 0)) {
      state.stopped = true;
      return null;
    }
    state.indices = indexState(
      value,
      state.pools.length,
      (index, i) => clampTo(0, state.pools[i].length - 1)(index),
    );
    state.started = true;
    return null;
  }],
});

interface CombinationState extends Stepping {
  pool: PyValue[];
  r: number;
  /** permutations only. */
  cycles: number[];
}

/** pickling of combinations, combinations_with_replacement and permutations. */
function reduceCombinations(self: PyStatefulIterator<CombinationState>): PyValue {
  const { started, stopped, pool, r, indices, cycles } = self.state;
  if (!started) return newTuple([self.cls, newTuple([newTuple(pool), r])]);
  if (stopped) return newTuple([self.cls, newTuple([newTuple([]), r])]);
  const position = self.cls.isSubtypeOf(permutationsType)
    ? newTuple([newTuple(indices), newTuple(cycles)])
    : newTuple(indices);
  return newTuple([self.cls, newTuple([newTuple(pool), r]), position]);
}

function combinationState(pool: PyValue[], r: number, stopped: boolean): CombinationState {
  return { started: false, stopped, indices: [], pool, r, cycles: [] };
}

signatureConstructor(
  combinationsType,
  "combinations",
  "iterable, r",
  (cls, iterable, rArg) => {
    const pool = iterateToArray(iterable);
    const r = lengthArgument(rArg);
    const state = combinationState(pool, r, r > pool.length);
    state.indices = Array.from({ length: r }, (_, i) => i);
    return steppingIterator(cls, state, ({ indices, pool, r }) => {
      const n = pool.length;
      let i = r - 1;
      while (i >= 0 && indices[i] === i + n - r) i--;
      if (i < 0) return false;
      indices[i]++;
      for (let j = i + 1; j < r; j++) indices[j] = indices[j - 1] + 1;
      return true;
    }, ({ indices, pool }) => newTuple(indices.map((index) => pool[index])));
  },
);

signatureConstructor(
  combinationsWithReplacementType,
  "combinations_with_replacement",
  "iterable, r",
  (cls, iterable, rArg) => {
    const pool = iterateToArray(iterable);
    const r = lengthArgument(rArg);
    const state = combinationState(pool, r, pool.length === 0 && r > 0);
    state.indices = filledArray(r, 0);
    return steppingIterator(cls, state, ({ indices, pool, r }) => {
      let i = r - 1;
      while (i >= 0 && indices[i] === pool.length - 1) i--;
      if (i < 0) return false;
      const value = indices[i] + 1;
      for (let j = i; j < r; j++) indices[j] = value;
      return true;
    }, ({ indices, pool }) => newTuple(indices.map((index) => pool[index])));
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
    const state = combinationState(pool, r, r > n);
    state.indices = Array.from({ length: n }, (_, i) => i);
    state.cycles = Array.from({ length: r }, (_, i) => n - i);
    return steppingIterator(cls, state, ({ indices, cycles, r }) => {
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
    }, ({ indices, pool, r }) => newTuple(indices.slice(0, r).map((index) => pool[index])));
  },
);

defineNativeMethods(combinationsType, {
  __reduce__: ["", reduceCombinations],
  __setstate__: ["state, /", (self: PyStatefulIterator<CombinationState>, value: PyValue) => {
    const state = self.state;
    const n = state.pool.length;
    state.indices = indexState(value, state.r, (index, i) => clampTo(0, i + n - state.r)(index));
    state.started = true;
    return null;
  }],
});
defineNativeMethods(combinationsWithReplacementType, {
  __reduce__: ["", reduceCombinations],
  __setstate__: ["state, /", (self: PyStatefulIterator<CombinationState>, value: PyValue) => {
    const state = self.state;
    state.indices = indexState(value, state.r, clampTo(0, state.pool.length - 1));
    state.started = true;
    return null;
  }],
});
defineNativeMethods(permutationsType, {
  __reduce__: ["", reduceCombinations],
  __setstate__: ["state, /", (self: PyStatefulIterator<CombinationState>, value: PyValue) => {
    const state = self.state;
    const n = state.pool.length;
    if (!(value instanceof PyTuple)) throw pyError("TypeError", "state is not a tuple");
    const [indices, cycles] = value.items;
    if (value.items.length !== 2 || !(indices instanceof PyTuple) || !(cycles instanceof PyTuple)) {
      throw pyError("TypeError", "permutations state must be two tuples");
    }
    if (indices.items.length !== n || cycles.items.length !== state.r) {
      throw pyError("ValueError", "invalid arguments");
    }
    state.indices = indexState(indices, n, clampTo(0, n - 1));
    state.cycles = indexState(cycles, state.r, (index, i) => clampTo(1, n - i)(index));
    state.started = true;
    return null;
  }],
});
