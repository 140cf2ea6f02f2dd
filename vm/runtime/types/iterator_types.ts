/**
 * The lazy iterator classes of builtins: enumerate, zip, map, filter,
 * reversed. Each is a real class (`type(zip())` is `zip`) whose instances are
 * native iterators, so `for` loops over them take the fast path.
 */
import type { PyValue } from "../../objects/object.ts";
import { PyType } from "../../objects/type.ts";
import { makeBuiltinType, strType } from "../../objects/core_types.ts";
import { defineNativeMethods } from "../../objects/native_function.ts";
import { newTuple } from "../../objects/tuple.ts";
import { ExceptionType, PyBaseException, pyError } from "../../objects/exceptions.ts";
import { typeOf } from "../../objects/typeof.ts";
import { indexValue } from "../../objects/slice.ts";
import { registerConstructor, registerInitializer } from "../call_type.ts";
import {
  getIterator,
  listIteratorType,
  listReverseIteratorType,
  nextOrUndefined,
  PyNativeIterator,
  sequenceIteratorType,
  strIteratorType,
  tupleIteratorType,
} from "../iteration.ts";
import { rangeIteratorType } from "./range_type.ts";
import { longRangeIteratorType } from "./range_long.ts";
import { callObject } from "../call.ts";
import { equals, isTrue } from "../operators.ts";
import { slotOf } from "../slots.ts";
import { lengthOf } from "../builtin_functions.ts";
import { dictType } from "../../objects/dict.ts";
import { NotImplemented } from "../../objects/singletons.ts";
import { binaryOp } from "../operators.ts";
import { BINARY_OPERATORS } from "../../compiler/opcodes.ts";

const ADD = BINARY_OPERATORS.findIndex(([kind]) => kind === "Add");

export const enumerateType = makeBuiltinType("enumerate");
export const zipType = makeBuiltinType("zip");
export const mapType = makeBuiltinType("map");
export const filterType = makeBuiltinType("filter");
export const reversedType = makeBuiltinType("reversed");
export const callableIteratorType = makeBuiltinType("callable_iterator", undefined, {
  subclassable: false,
});

/**
 * iter(callable, sentinel): calls `callable` until it returns something equal
 * to `sentinel` (or raises StopIteration), then stays exhausted.
 */
export function callableIterator(callable: PyValue, sentinel: PyValue): PyNativeIterator {
  if (typeOf(callable).lookup("__call__") === undefined && !(callable instanceof PyType)) {
    throw pyError("TypeError", "iter(v, w): v must be callable");
  }
  let done = false;
  return new PyNativeIterator(callableIteratorType, () => {
    if (done) return undefined;
    let value: PyValue;
    try {
      value = callObject(callable, [], null);
    } catch (error) {
      if (error instanceof PyBaseException && error.cls.isSubtypeOf(ExceptionType.StopIteration)) {
        done = true;
        return undefined;
      }
      throw error;
    }
    if (equals(value, sentinel)) {
      done = true;
      return undefined;
    }
    return value;
  });
}

/** Iterator protocol methods shared by every native iterator type. */
export function defineIteratorMethods(type: PyType): void {
  defineNativeMethods(type, {
    __iter__: ["", (self: PyNativeIterator) => self],
    __next__: ["", (self: PyNativeIterator) => {
      const value = self.advance();
      if (value === undefined) throw pyError("StopIteration");
      return value;
    }],
  });
  registerInitializer(type, () => {});
}

function keywordsRejected(name: string, kwnames: readonly string[] | null): void {
  if (kwnames !== null) throw pyError("TypeError", `${name}() takes no keyword arguments`);
}

/** enumerate(iterable, start=0), bound as CPython's enum_vectorcall does it by hand. */
function enumerateArguments(
  args: readonly PyValue[],
  kwnames: readonly string[] | null,
): [PyValue, PyValue] {
  const keywords = kwnames ?? [];
  const positional = args.length - keywords.length;
  const checkKeyword = (index: number, name: string) => {
    if (keywords[index] !== name) {
      throw pyError(
        "TypeError",
        `'${keywords[index]}' is an invalid keyword argument for enumerate()`,
      );
    }
  };
  if (args.length === 2) {
    if (keywords.length === 1) checkKeyword(0, "start");
    else if (keywords.length === 2) {
      if (keywords[0] === "start") {
        checkKeyword(1, "iterable");
        return [args[1], args[0]];
      }
      checkKeyword(0, "iterable");
      checkKeyword(1, "start");
    }
    return [args[0], args[1]];
  }
  if (args.length === 1) {
    if (keywords.length === 1) checkKeyword(0, "iterable");
    return [args[0], 0];
  }
  if (positional === 0) {
    throw pyError("TypeError", "enumerate() missing required argument 'iterable'");
  }
  throw pyError("TypeError", `enumerate() takes at most 2 arguments (${args.length} given)`);
}

registerConstructor(enumerateType, (cls, args, kwnames) => {
  const [iterable, start] = enumerateArguments(args, kwnames);
  let count: PyValue = indexValue(
    start,
    () => `'${typeOf(start).name}' object cannot be interpreted as an integer`,
  );
  const iterator = getIterator(iterable);
  return new PyNativeIterator(cls, () => {
    const value = nextOrUndefined(iterator);
    if (value === undefined) return undefined;
    const pair = newTuple([count, value]);
    count = binaryOp(ADD, count, 1);
    return pair;
  });
});

registerConstructor(zipType, (cls, args, kwnames) => {
  const positional = args.length - (kwnames?.length ?? 0);
  let strict = false;
  kwnames?.forEach((name, i) => {
    if (name !== "strict") {
      throw pyError("TypeError", `zip() got an unexpected keyword argument '${name}'`);
    }
    strict = isTrue(args[positional + i]);
  });
  const iterators = args.slice(0, positional).map(getIterator);
  let done = iterators.length === 0;
  return new PyNativeIterator(cls, () => {
    if (done) return undefined;
    const items: PyValue[] = [];
    for (let i = 0; i < iterators.length; i++) {
      const value = nextOrUndefined(iterators[i]);
      if (value === undefined) {
        done = true;
        if (strict) checkStrict(iterators, i);
        return undefined;
      }
      items.push(value);
    }
    return newTuple(items);
  });
});

function checkStrict(iterators: PyValue[], exhausted: number): void {
  if (exhausted > 0) {
    const plural = exhausted === 1 ? " " : "s 1-";
    throw pyError(
      "ValueError",
      `zip() argument ${exhausted + 1} is shorter than argument${plural}${exhausted}`,
    );
  }
  for (let i = 1; i < iterators.length; i++) {
    if (nextOrUndefined(iterators[i]) !== undefined) {
      const plural = i === 1 ? " " : "s 1-";
      throw pyError("ValueError", `zip() argument ${i + 1} is longer than argument${plural}${i}`);
    }
  }
}

registerConstructor(mapType, (cls, args, kwnames) => {
  keywordsRejected("map", kwnames);
  if (args.length < 2) throw pyError("TypeError", "map() must have at least two arguments.");
  const func = args[0];
  const iterators = args.slice(1).map(getIterator);
  return new PyNativeIterator(cls, () => {
    const items: PyValue[] = [];
    for (const iterator of iterators) {
      const value = nextOrUndefined(iterator);
      if (value === undefined) return undefined;
      items.push(value);
    }
    return callObject(func, items, null);
  });
});

registerConstructor(filterType, (cls, args, kwnames) => {
  keywordsRejected("filter", kwnames);
  if (args.length !== 2) {
    throw pyError("TypeError", `filter expected 2 arguments, got ${args.length}`);
  }
  const [predicate, iterable] = args;
  const iterator = getIterator(iterable);
  return new PyNativeIterator(cls, () => {
    for (;;) {
      const value = nextOrUndefined(iterator);
      if (value === undefined) return undefined;
      const keep = predicate === null
        ? isTrue(value)
        : isTrue(callObject(predicate, [value], null));
      if (keep) return value;
    }
  });
});

registerConstructor(reversedType, (cls, args, kwnames) => {
  keywordsRejected("reversed", kwnames);
  if (args.length !== 1) {
    throw pyError("TypeError", `reversed expected 1 argument, got ${args.length}`);
  }
  const sequence = args[0];
  const type = typeOf(sequence);
  const notReversible = () => pyError("TypeError", `'${type.name}' object is not reversible`);
  if (type.lookup("__reversed__") === null) throw notReversible(); // `__reversed__ = None`
  const reversedSlot = slotOf(type, "__reversed__");
  if (reversedSlot !== undefined) return reversedSlot(sequence);
  // PySequence_Check: a __getitem__ that is not a dict's.
  const getitem = slotOf(type, "__getitem__");
  if (getitem === undefined || type.isSubtypeOf(dictType)) throw notReversible();
  let index = Number(lengthOf(sequence)) - 1;
  return new PyNativeIterator(cls, () => {
    if (index < 0) return undefined;
    try {
      return getitem(sequence, index--);
    } catch (error) {
      if (error instanceof PyBaseException && error.cls.isSubtypeOf(ExceptionType.IndexError)) {
        index = -1;
        return undefined;
      }
      throw error;
    }
  }, () => index + 1);
});

for (
  const type of [
    enumerateType,
    zipType,
    mapType,
    filterType,
    reversedType,
    listIteratorType,
    listReverseIteratorType,
    tupleIteratorType,
    strIteratorType,
    sequenceIteratorType,
    rangeIteratorType,
    longRangeIteratorType,
    callableIteratorType,
  ]
) defineIteratorMethods(type); // deno-fmt-ignore

// str's own __iter__ (the interpreter's for loops take getIterator's fast path).
defineNativeMethods(strType, { __iter__: ["", (self: PyValue) => getIterator(self)] });

for (
  const type of [
    listIteratorType,
    listReverseIteratorType,
    tupleIteratorType,
    strIteratorType,
    rangeIteratorType,
    longRangeIteratorType,
    reversedType,
  ]
) {
  defineNativeMethods(type, {
    __length_hint__: ["", (self: PyNativeIterator) => self.lengthHint?.() ?? NotImplemented],
  });
}
