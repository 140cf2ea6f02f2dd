/**
 * The simple lazy iterators of itertools: count, cycle, repeat, accumulate,
 * chain, compress, dropwhile, takewhile, filterfalse, starmap, islice and
 * pairwise. Each is a native iterator (a closure over its state), so `for`
 * loops over them take the interpreter's fast path, and each pulls from its
 * source only when asked, as CPython's do.
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
  getIterator,
  iterateToArray,
  nextOrUndefined,
  PyNativeIterator,
} from "../vm/runtime/iteration.ts";
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

defineNativeMethods(countType, {
  __repr__: ["", (self: PyStatefulIterator<CountState>) => {
    const { current, step } = self.state;
    const isOne = step === 1 || step === true;
    return isOne
      ? `${self.cls.name}(${repr(current)})`
      : `${self.cls.name}(${repr(current)}, ${repr(step)})`;
  }],
});

// ---- cycle, repeat -------------------------------------------------------

signatureConstructor(cycleType, "cycle", "iterable, /", (cls, iterable) => {
  const iterator = getIterator(iterable);
  const saved: PyValue[] = [];
  let exhausted = false;
  let index = 0;
  return new PyNativeIterator(cls, () => {
    if (!exhausted) {
      const value = nextOrUndefined(iterator);
      if (value !== undefined) {
        saved.push(value);
        return value;
      }
      exhausted = true;
    }
    if (saved.length === 0) return undefined;
    const value = saved[index];
    index = (index + 1) % saved.length;
    return value;
  });
}, "positional");

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

signatureConstructor(
  accumulateType,
  "accumulate",
  "iterable, func=None, *, initial=None",
  (cls, iterable, func, initial) => {
    const iterator = getIterator(iterable);
    let total: PyValue | undefined = undefined;
    let pendingInitial = initial !== null;
    return new PyNativeIterator(cls, () => {
      if (pendingInitial) {
        pendingInitial = false;
        total = initial;
        return initial;
      }
      const value = nextOrUndefined(iterator);
      if (value === undefined) return undefined;
      total = total === undefined
        ? value
        : func === null
        ? binaryOp(ADD, total, value)
        : callObject(func, [total, value], null);
      return total;
    });
  },
);

function chainOf(cls: PyType, sources: PyValue): PyNativeIterator {
  const outer = getIterator(sources);
  let inner: PyValue | null = null;
  return new PyNativeIterator(cls, () => {
    for (;;) {
      if (inner === null) {
        const next = nextOrUndefined(outer);
        if (next === undefined) return undefined;
        inner = getIterator(next);
      }
      const value = nextOrUndefined(inner);
      if (value !== undefined) return value;
      inner = null;
    }
  });
}

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

signatureConstructor(compressType, "compress", "data, selectors", (cls, data, selectors) => {
  const values = getIterator(data);
  const flags = getIterator(selectors);
  return new PyNativeIterator(cls, () => {
    for (;;) {
      const value = nextOrUndefined(values);
      if (value === undefined) return undefined;
      const flag = nextOrUndefined(flags);
      if (flag === undefined) return undefined;
      if (isTrue(flag)) return value;
    }
  });
});

signatureConstructor(
  dropwhileType,
  "dropwhile",
  "predicate, iterable, /",
  (cls, predicate, iterable) => {
    const iterator = getIterator(iterable);
    let dropping = true;
    return new PyNativeIterator(cls, () => {
      for (;;) {
        const value = nextOrUndefined(iterator);
        if (value === undefined || !dropping) return value;
        if (!isTrue(callObject(predicate, [value], null))) {
          dropping = false;
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
    const iterator = getIterator(iterable);
    let done = false;
    return new PyNativeIterator(cls, () => {
      if (done) return undefined;
      const value = nextOrUndefined(iterator);
      if (value === undefined) return undefined;
      if (isTrue(callObject(predicate, [value], null))) return value;
      done = true;
      return undefined;
    });
  },
);

signatureConstructor(
  filterfalseType,
  "filterfalse",
  "function, iterable, /",
  (cls, func, iterable) => {
    const iterator = getIterator(iterable);
    return new PyNativeIterator(cls, () => {
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
  const iterator = getIterator(iterable);
  return new PyNativeIterator(cls, () => {
    const args = nextOrUndefined(iterator);
    if (args === undefined) return undefined;
    return callObject(func, args instanceof PyTuple ? args.items : iterateToArray(args), null);
  });
});

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
    let iterator: PyValue | null = getIterator(iterable);
    let count = 0;
    let next = start;
    return new PyNativeIterator(cls, () => {
      if (iterator === null) return undefined;
      while (count < next) {
        if (nextOrUndefined(iterator) === undefined) {
          iterator = null;
          return undefined;
        }
        count++;
      }
      if (stop !== -1 && count >= stop) {
        iterator = null;
        return undefined;
      }
      const value = nextOrUndefined(iterator);
      if (value === undefined) {
        iterator = null;
        return undefined;
      }
      count++;
      next += step;
      if (stop !== -1 && next > stop) next = stop;
      return value;
    });
  },
);

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
