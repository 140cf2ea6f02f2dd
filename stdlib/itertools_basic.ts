/**
 * The simple lazy iterators of itertools: count, cycle, repeat, accumulate,
 * chain, compress, dropwhile, takewhile, filterfalse, starmap, islice and
 * pairwise. Each is a native iterator over a state object, so `for` loops
 * over them take the interpreter's fast path, and each pulls from its source
 * only when asked, as CPython's do. All but pairwise pickle as in CPython
 * 3.11: `__reduce__` rebuilds the object from its sources, `__setstate__`
 * restores the position.
 */
import type { PyValue } from "../vm/objects/object.ts";
import type { PyType } from "../vm/objects/type.ts";
import { pyError } from "../vm/objects/exceptions.ts";
import { typeOf } from "../vm/objects/typeof.ts";
import { PyFloat } from "../vm/objects/float.ts";
import { PyComplex } from "../vm/objects/complex.ts";
import { newTuple, PyTuple } from "../vm/objects/tuple.ts";
import { defineNativeMethods, nativeFunction } from "../vm/objects/native_function.ts";
import { PyClassMethod } from "../vm/objects/descriptors.ts";
import { reprOf } from "../vm/objects/str_convert.ts";
import { toJsString } from "../vm/objects/str_wide.ts";
import { indexValue } from "../vm/objects/int_methods.ts";
import {
  arrayIterator,
  getIterator,
  iterateToArray,
  listIteratorType,
  nextOrUndefined,
  type PyIndexIterator,
  PyNativeIterator,
} from "../vm/runtime/iteration.ts";
import { PyList } from "../vm/objects/list.ts";
import { ssizeState } from "../vm/runtime/types/iterator_reduce.ts";
import { callObject } from "../vm/runtime/call.ts";
import { binaryOp, isTrue } from "../vm/runtime/operators.ts";
import { BINARY_OPERATOR_INDEX } from "../vm/compiler/opcodes.ts";
import { iteratorType, PyStatefulIterator, signatureConstructor } from "./native_type.ts";

const ADD = BINARY_OPERATOR_INDEX.Add;
const repr = (value: PyValue) => toJsString(reprOf(value));

export const countType = iteratorType("count", "itertools");
export const cycleType = iteratorType("cycle", "itertools");
export const repeatType = iteratorType("repeat", "itertools");
export const accumulateType = iteratorType("accumulate", "itertools");
export const chainType = iteratorType("chain", "itertools");
export const compressType = iteratorType("compress", "itertools");
export const dropwhileType = iteratorType("dropwhile", "itertools");
export const takewhileType = iteratorType("takewhile", "itertools");
export const filterfalseType = iteratorType("filterfalse", "itertools");
export const starmapType = iteratorType("starmap", "itertools");
export const isliceType = iteratorType("islice", "itertools");
export const pairwiseType = iteratorType("pairwise", "itertools");

// ---- count ---------------------------------------------------------------

interface CountState {
  current: PyValue;
  step: PyValue;
}

/** PyNumber_Check: ints, floats, complex, or anything with __index__/__int__/__float__. */
function isNumber(value: PyValue): boolean {
  if (typeof value === "number" || typeof value === "bigint" || typeof value === "boolean") {
    return true;
  }
  if (value instanceof PyFloat || value instanceof PyComplex) return true;
  const type = typeOf(value);
  return ["__index__", "__int__", "__float__"].some((name) => type.lookup(name) !== undefined);
}

signatureConstructor(countType, "count", "start=0, step=1", (cls, start, step) => {
  if (!isNumber(start) || !isNumber(step)) throw pyError("TypeError", "a number is required");
  return new PyStatefulIterator<CountState>(cls, { current: start, step }, (state) => {
    const value = state.current;
    state.current = binaryOp(ADD, value, state.step);
    return value;
  });
});

/** count's fast mode (an int counter stepping by 1) reduces to its start alone. */
function countIsFast({ current, step }: CountState): boolean {
  const isInt = (value: PyValue) => typeof value === "number" || typeof value === "bigint";
  return step === 1 && isInt(current) && BigInt(current as number) <= 2n ** 63n - 1n;
}

defineNativeMethods(countType, {
  __reduce__: ["", (self: PyStatefulIterator<CountState>) => {
    const { current, step } = self.state;
    const args = countIsFast(self.state) ? [current] : [current, step];
    return newTuple([self.cls, newTuple(args)]);
  }],
  __repr__: ["", (self: PyStatefulIterator<CountState>) => {
    const { current, step } = self.state;
    const isOne = step === 1 || step === true;
    return isOne
      ? `${self.cls.name}(${repr(current)})`
      : `${self.cls.name}(${repr(current)}, ${repr(step)})`;
  }],
});

// ---- cycle, repeat -------------------------------------------------------

interface CycleState {
  /** The source, until exhausted. */
  iterator: PyValue | null;
  saved: PyList;
  /** Items from the source are already in `saved` (an unpickled cycle). */
  firstPass: boolean;
  index: number;
}

signatureConstructor(cycleType, "cycle", "iterable, /", (cls, iterable) => {
  const state: CycleState = {
    iterator: getIterator(iterable),
    saved: new PyList([]),
    firstPass: false,
    index: 0,
  };
  return new PyStatefulIterator(cls, state, (state) => {
    if (state.iterator !== null) {
      const value = nextOrUndefined(state.iterator);
      if (value !== undefined) {
        if (!state.firstPass) state.saved.items.push(value);
        return value;
      }
      state.iterator = null;
    }
    const saved = state.saved.items;
    if (saved.length === 0) return undefined;
    const value = saved[state.index];
    state.index = (state.index + 1) % saved.length;
    return value;
  });
}, "positional");

defineNativeMethods(cycleType, {
  __reduce__: ["", (self: PyStatefulIterator<CycleState>) => {
    const { iterator, saved, firstPass, index } = self.state;
    if (iterator !== null) {
      return newTuple([self.cls, newTuple([iterator]), newTuple([saved, firstPass])]);
    }
    const rest = arrayIterator(listIteratorType, saved) as PyIndexIterator;
    rest.index = index;
    return newTuple([self.cls, newTuple([rest]), newTuple([saved, true])]);
  }],
  __setstate__: ["state, /", (self: PyStatefulIterator<CycleState>, state: PyValue) => {
    if (!(state instanceof PyTuple)) throw pyError("TypeError", "state is not a tuple");
    const [saved, firstPass] = state.items;
    if (state.items.length !== 2 || !(saved instanceof PyList)) {
      throw pyError("TypeError", "cycle state must be (list, int)");
    }
    self.state.saved = saved;
    self.state.firstPass = indexValue(firstPass) !== 0; // an int, as PyArg's "i"
    self.state.index = 0;
    return null;
  }],
});

interface RepeatState {
  object: PyValue;
  /** Remaining repetitions; -1 forever. */
  remaining: number;
}

signatureConstructor(repeatType, "repeat", "object, times=?", (cls, object, times) => {
  let remaining = -1;
  if (times !== undefined) {
    const n = indexValue(times);
    remaining = n < 0 ? 0 : Number(n);
  }
  return new PyStatefulIterator<RepeatState>(cls, { object, remaining }, (state) => {
    if (state.remaining === 0) return undefined;
    if (state.remaining > 0) state.remaining--;
    return state.object;
  });
});

defineNativeMethods(repeatType, {
  __reduce__: ["", (self: PyStatefulIterator<RepeatState>) => {
    const { object, remaining } = self.state;
    const args = remaining < 0 ? [object] : [object, remaining];
    return newTuple([self.cls, newTuple(args)]);
  }],
  __repr__: ["", (self: PyStatefulIterator<RepeatState>) => {
    const { object, remaining } = self.state;
    return remaining < 0
      ? `${self.cls.name}(${repr(object)})`
      : `${self.cls.name}(${repr(object)}, ${remaining})`;
  }],
  __length_hint__: ["", (self: PyStatefulIterator<RepeatState>) => {
    if (self.state.remaining < 0) throw pyError("TypeError", "len() of unsized object");
    return self.state.remaining;
  }],
});

// ---- accumulate, chain ---------------------------------------------------

interface AccumulateState {
  iterator: PyValue;
  func: PyValue;
  /** The running total; undefined before the first item. */
  total: PyValue | undefined;
  /** `initial`, until it has been produced. */
  initial: PyValue;
}

signatureConstructor(
  accumulateType,
  "accumulate",
  "iterable, func=None, *, initial=None",
  (cls, iterable, func, initial) => {
    const state: AccumulateState = {
      iterator: getIterator(iterable),
      func,
      total: undefined,
      initial,
    };
    return new PyStatefulIterator(cls, state, (state) => {
      if (state.initial !== null) {
        state.total = state.initial;
        state.initial = null;
        return state.total;
      }
      const value = nextOrUndefined(state.iterator);
      if (value === undefined) return undefined;
      const total = state.total;
      state.total = total === undefined
        ? value
        : state.func === null
        ? binaryOp(ADD, total, value)
        : callObject(state.func, [total, value], null);
      return state.total;
    });
  },
);

defineNativeMethods(accumulateType, {
  // accumulate_reduce: a pending initial value (or a None total) is chained in front.
  __reduce__: ["", (self: PyStatefulIterator<AccumulateState>) => {
    const { iterator, func, total, initial } = self.state;
    if (initial !== null) {
      const chained = chainOf(chainType, newTuple([newTuple([initial]), iterator]));
      return newTuple([self.cls, newTuple([chained, func]), null]);
    }
    if (total === null) {
      // A None total cannot be a state (pickle skips a None state): the object
      // rebuilt is islice(accumulate(chain((None,), rest), func), 1, None).
      const chained = chainOf(chainType, newTuple([newTuple([total]), iterator]));
      const again = callObject(self.cls, [chained, func], null);
      return newTuple([isliceType, newTuple([again, 1, null])]);
    }
    return newTuple([self.cls, newTuple([iterator, func]), total ?? null]);
  }],
  __setstate__: ["state, /", (self: PyStatefulIterator<AccumulateState>, state: PyValue) => {
    self.state.total = state;
    return null;
  }],
});

interface ChainState {
  /** The iterator over the iterables, until exhausted. */
  source: PyValue | null;
  /** The iterator being drained. */
  active: PyValue | null;
}

function chainOf(cls: PyType, sources: PyValue): PyNativeIterator {
  const state: ChainState = { source: getIterator(sources), active: null };
  return new PyStatefulIterator(cls, state, (state) => {
    for (;;) {
      if (state.active === null) {
        if (state.source === null) return undefined;
        const next = nextOrUndefined(state.source);
        if (next === undefined) {
          state.source = null;
          return undefined;
        }
        state.active = getIterator(next);
      }
      const value = nextOrUndefined(state.active);
      if (value !== undefined) return value;
      state.active = null;
    }
  });
}

/** PyIter_Check, for chain's state. */
function requireIterator(value: PyValue): void {
  if (value instanceof PyNativeIterator || typeOf(value).lookup("__next__") !== undefined) return;
  throw pyError("TypeError", "Arguments must be iterators.");
}

defineNativeMethods(chainType, {
  __reduce__: ["", (self: PyStatefulIterator<ChainState>) => {
    const { source, active } = self.state;
    if (source === null) return newTuple([self.cls, newTuple([])]);
    const state = active === null ? [source] : [source, active];
    return newTuple([self.cls, newTuple([]), newTuple(state)]);
  }],
  __setstate__: ["state, /", (self: PyStatefulIterator<ChainState>, state: PyValue) => {
    if (!(state instanceof PyTuple)) throw pyError("TypeError", "state is not a tuple");
    const [source, active] = state.items;
    if (state.items.length < 1 || state.items.length > 2) {
      throw pyError("TypeError", `chain state takes 1 or 2 items (${state.items.length} given)`);
    }
    requireIterator(source);
    if (active !== undefined) requireIterator(active);
    self.state.source = source;
    self.state.active = active ?? null;
    return null;
  }],
});

signatureConstructor(chainType, "chain", "*iterables", (cls, iterables: PyValue[]) => {
  if (iterables === undefined) return chainOf(cls, newTuple([]));
  return chainOf(cls, newTuple(iterables));
});
chainType.dict.set(
  "from_iterable",
  new PyClassMethod(
    nativeFunction(
      "from_iterable",
      "iterable, /",
      (cls: PyType, iterable: PyValue) => chainOf(cls, iterable),
      { style: "onearg" },
    ),
  ),
);

// ---- compress, dropwhile, takewhile, filterfalse, starmap ----------------

interface CompressState {
  data: PyValue;
  selectors: PyValue;
}

signatureConstructor(compressType, "compress", "data, selectors", (cls, data, selectors) => {
  const state: CompressState = { data: getIterator(data), selectors: getIterator(selectors) };
  return new PyStatefulIterator(cls, state, ({ data, selectors }) => {
    for (;;) {
      const value = nextOrUndefined(data);
      if (value === undefined) return undefined;
      const flag = nextOrUndefined(selectors);
      if (flag === undefined) return undefined;
      if (isTrue(flag)) return value;
    }
  });
});

/** The state of dropwhile and takewhile: `flag` is "has started" or "has stopped". */
interface WhileState {
  predicate: PyValue;
  iterator: PyValue;
  flag: boolean;
}

signatureConstructor(
  dropwhileType,
  "dropwhile",
  "predicate, iterable, /",
  (cls, predicate, iterable) => {
    const state: WhileState = { predicate, iterator: getIterator(iterable), flag: false };
    return new PyStatefulIterator(cls, state, (state) => {
      for (;;) {
        const value = nextOrUndefined(state.iterator);
        if (value === undefined || state.flag) return value;
        if (!isTrue(callObject(state.predicate, [value], null))) {
          state.flag = true;
          return value;
        }
      }
    });
  },
);

signatureConstructor(
  takewhileType,
  "takewhile",
  "predicate, iterable, /",
  (cls, predicate, iterable) => {
    const state: WhileState = { predicate, iterator: getIterator(iterable), flag: false };
    return new PyStatefulIterator(cls, state, (state) => {
      if (state.flag) return undefined;
      const value = nextOrUndefined(state.iterator);
      if (value === undefined) return undefined;
      if (isTrue(callObject(state.predicate, [value], null))) return value;
      state.flag = true;
      return undefined;
    });
  },
);

for (const type of [dropwhileType, takewhileType]) {
  defineNativeMethods(type, {
    __reduce__: ["", (self: PyStatefulIterator<WhileState>) => {
      const { predicate, iterator, flag } = self.state;
      return newTuple([self.cls, newTuple([predicate, iterator]), flag ? 1 : 0]); // a C int
    }],
    __setstate__: ["state, /", (self: PyStatefulIterator<WhileState>, state: PyValue) => {
      self.state.flag = isTrue(state);
      return null;
    }],
  });
}

/** The state of filterfalse and starmap. */
interface MappingState {
  func: PyValue;
  iterator: PyValue;
}

signatureConstructor(
  filterfalseType,
  "filterfalse",
  "function, iterable, /",
  (cls, func, iterable) => {
    const state: MappingState = { func, iterator: getIterator(iterable) };
    return new PyStatefulIterator(cls, state, ({ func, iterator }) => {
      for (;;) {
        const value = nextOrUndefined(iterator);
        if (value === undefined) return undefined;
        const verdict = func === null ? value : callObject(func, [value], null);
        if (!isTrue(verdict)) return value;
      }
    });
  },
);

signatureConstructor(starmapType, "starmap", "function, iterable, /", (cls, func, iterable) => {
  const state: MappingState = { func, iterator: getIterator(iterable) };
  return new PyStatefulIterator(cls, state, ({ func, iterator }) => {
    const args = nextOrUndefined(iterator);
    if (args === undefined) return undefined;
    return callObject(func, args instanceof PyTuple ? args.items : iterateToArray(args), null);
  });
});

defineNativeMethods(compressType, {
  __reduce__: [
    "",
    (self: PyStatefulIterator<CompressState>) =>
      newTuple([self.cls, newTuple([self.state.data, self.state.selectors])]),
  ],
});
for (const type of [filterfalseType, starmapType]) {
  defineNativeMethods(type, {
    __reduce__: [
      "",
      (self: PyStatefulIterator<MappingState>) =>
        newTuple([self.cls, newTuple([self.state.func, self.state.iterator])]),
    ],
  });
}

// ---- islice, pairwise ----------------------------------------------------

/** Counts beyond 2**53 are unreachable in practice; sys.maxsize bounds the arguments. */
const MAXSIZE = Number.MAX_SAFE_INTEGER;
const SYS_MAXSIZE = 2n ** 63n - 1n;

function sliceBound(value: PyValue, message: string): number {
  if (value === null) return -1;
  let n: number | bigint;
  try {
    n = indexValue(value);
  } catch {
    throw pyError("ValueError", message);
  }
  if (n < 0 || n > SYS_MAXSIZE) throw pyError("ValueError", message);
  return n > MAXSIZE ? MAXSIZE : Number(n);
}

const STOP_MESSAGE =
  "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
const START_MESSAGE = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.";

signatureConstructor(
  isliceType,
  "islice",
  "iterable, start, stop=?, step=?, /",
  (cls, iterable, first, second, third) => {
    let start = 0;
    let stop: number;
    let step = 1;
    if (second === undefined) stop = sliceBound(first, STOP_MESSAGE);
    else {
      start = first === null ? 0 : sliceBound(first, START_MESSAGE);
      stop = sliceBound(second, STOP_MESSAGE);
      if (third !== undefined && third !== null) {
        let n: number | bigint;
        try {
          n = indexValue(third);
        } catch {
          n = -1;
        }
        if (n <= 0 || n > SYS_MAXSIZE) {
          throw pyError("ValueError", "Step for islice() must be a positive integer or None.");
        }
        step = n > MAXSIZE ? MAXSIZE : Number(n);
      }
    }
    const state: IsliceState = {
      iterator: getIterator(iterable),
      count: 0,
      next: start,
      stop,
      step,
    };
    return new PyStatefulIterator(cls, state, (state) => {
      const iterator = state.iterator;
      if (iterator === null) return undefined;
      const stop = state.stop;
      while (state.count < state.next) {
        if (nextOrUndefined(iterator) === undefined) {
          state.iterator = null;
          return undefined;
        }
        state.count++;
      }
      if (stop !== -1 && state.count >= stop) {
        state.iterator = null;
        return undefined;
      }
      const value = nextOrUndefined(iterator);
      if (value === undefined) {
        state.iterator = null;
        return undefined;
      }
      state.count++;
      state.next += state.step;
      if (stop !== -1 && state.next > stop) state.next = stop;
      return value;
    });
  },
);

interface IsliceState {
  /** The source, until exhausted. */
  iterator: PyValue | null;
  /** Items read from the source. */
  count: number;
  /** The index of the next item to produce. */
  next: number;
  stop: number;
  step: number;
}

defineNativeMethods(isliceType, {
  // Rebuilt with the next index as start, then `__setstate__` restores the count.
  __reduce__: ["", (self: PyStatefulIterator<IsliceState>) => {
    const { iterator, count, next, stop, step } = self.state;
    if (iterator === null) {
      const empty = arrayIterator(listIteratorType, new PyList([]));
      return newTuple([self.cls, newTuple([empty, 0]), 0]);
    }
    return newTuple([
      self.cls,
      newTuple([iterator, next, stop === -1 ? null : stop, step]),
      count,
    ]);
  }],
  __setstate__: ["state, /", (self: PyStatefulIterator<IsliceState>, state: PyValue) => {
    self.state.count = ssizeState(state);
    return null;
  }],
});

signatureConstructor(pairwiseType, "pairwise", "iterable, /", (cls, iterable) => {
  let iterator: PyValue | null = getIterator(iterable);
  let previous: PyValue | undefined = undefined;
  return new PyNativeIterator(cls, () => {
    if (iterator === null) return undefined;
    if (previous === undefined) {
      previous = nextOrUndefined(iterator);
      if (previous === undefined) {
        iterator = null;
        return undefined;
      }
    }
    const value = nextOrUndefined(iterator);
    if (value === undefined) {
      iterator = null;
      previous = undefined;
      return undefined;
    }
    const pair = newTuple([previous, value]);
    previous = value;
    return pair;
  });
}, "positional");
