/**
 * The lazy iterator classes of builtins: enumerate, zip, map, filter,
 * reversed. Each is a real class (`type(zip())` is `zip`) whose instances are
 * native iterators, so `for` loops over them take the fast path.
 */
import type { PyValue } from "../../objects/object.ts";
import { PyType } from "../../objects/type.ts";
import { makeBuiltinType, strType } from "../../objects/core_types.ts";
import { defineNativeMethods } from "../../objects/native_function.ts";
import { newTuple, PyTuple, tupleType } from "../../objects/tuple.ts";
import { ExceptionType, PyBaseException, pyError } from "../../objects/exceptions.ts";
import { typeOf } from "../../objects/typeof.ts";
import { indexValue } from "../../objects/slice.ts";
import { positionalOnlyArguments, registerConstructor, registerInitializer } from "../call_type.ts";
import {
  getItemSequence,
  getIterator,
  listIteratorType,
  listReverseIteratorType,
  nextOrUndefined,
  PyIndexIterator,
  PyNativeIterator,
  reversedArrayIterator,
  sequenceIteratorType,
  strAsciiIteratorType,
  strIteratorType,
  tupleIteratorType,
} from "../iteration.ts";
import { rangeIteratorType } from "./range_type.ts";
import {
  builtinNamed,
  clampForward,
  clampReverse,
  defineIndexIteratorPickling,
  emptyList,
  emptyTuple,
} from "./iterator_reduce.ts";
import { longRangeIteratorType } from "./range_long.ts";
import { callFromNative, callObject } from "../call.ts";
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
  return new PyCallableIterator(callable, sentinel);
}

/** iter(callable, sentinel)'s state: both are dropped once it is exhausted, as in CPython. */
class PyCallableIterator extends PyNativeIterator {
  constructor(public callable: PyValue | undefined, public sentinel: PyValue | undefined) {
    super(callableIteratorType, advanceCallable);
  }
}

function advanceCallable(this: PyCallableIterator): PyValue | undefined {
  const callable = this.callable;
  if (callable === undefined) return undefined;
  let value: PyValue;
  try {
    value = callObject(callable, [], null);
  } catch (error) {
    if (error instanceof PyBaseException && error.cls.isSubtypeOf(ExceptionType.StopIteration)) {
      this.callable = this.sentinel = undefined;
      return undefined;
    }
    throw error;
  }
  if (equals(value, this.sentinel as PyValue)) {
    this.callable = this.sentinel = undefined;
    return undefined;
  }
  return value;
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
  const count: PyValue = indexValue(
    start,
    () => `'${typeOf(start).tpName}' object cannot be interpreted as an integer`,
  );
  return new PyEnumerate(cls, getIterator(iterable), count);
});

export class PyEnumerate extends PyNativeIterator {
  constructor(cls: PyType, readonly iterator: PyValue, public count: PyValue) {
    super(cls, advanceEnumerate);
  }
}

function advanceEnumerate(this: PyEnumerate): PyValue | undefined {
  const value = nextOrUndefined(this.iterator);
  if (value === undefined) return undefined;
  const pair = newTuple([this.count, value]);
  this.count = binaryOp(ADD, this.count, 1);
  return pair;
}

registerConstructor(zipType, (cls, args, kwnames) => {
  const positional = args.length - (kwnames?.length ?? 0);
  let strict = false;
  kwnames?.forEach((name, i) => {
    if (name !== "strict") {
      throw pyError("TypeError", `zip() got an unexpected keyword argument '${name}'`);
    }
    strict = isTrue(args[positional + i]);
  });
  return new PyZip(cls, args.slice(0, positional).map(getIterator), strict);
});

export class PyZip extends PyNativeIterator {
  done: boolean;
  constructor(cls: PyType, readonly iterators: PyValue[], public strict: boolean) {
    super(cls, advanceZip);
    this.done = iterators.length === 0;
  }
}

function advanceZip(this: PyZip): PyValue | undefined {
  if (this.done) return undefined;
  const iterators = this.iterators;
  const items: PyValue[] = [];
  for (let i = 0; i < iterators.length; i++) {
    const value = nextOrUndefined(iterators[i]);
    if (value === undefined) {
      this.done = true;
      if (this.strict) checkStrict(iterators, i);
      return undefined;
    }
    items.push(value);
  }
  return newTuple(items);
}

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

registerConstructor(mapType, (cls, allArgs, kwnames) => {
  const args = positionalOnlyArguments("map", cls, mapType, "__init__", allArgs, kwnames);
  if (args.length < 2) throw pyError("TypeError", "map() must have at least two arguments.");
  return new PyMap(cls, args[0], args.slice(1).map(getIterator));
});

class PyMap extends PyNativeIterator {
  constructor(cls: PyType, readonly func: PyValue, readonly iterators: PyValue[]) {
    super(cls, advanceMap);
  }
}

function advanceMap(this: PyMap): PyValue | undefined {
  const iterators = this.iterators;
  if (iterators.length === 1) { // map(f, xs): the argument array made at its size
    const value = nextOrUndefined(iterators[0]);
    return value === undefined ? undefined : callFromNative(this.func, [value]);
  }
  const items: PyValue[] = [];
  for (let i = 0; i < iterators.length; i++) {
    const value = nextOrUndefined(iterators[i]);
    if (value === undefined) return undefined;
    items.push(value);
  }
  return callFromNative(this.func, items);
}

registerConstructor(filterType, (cls, allArgs, kwnames) => {
  const args = positionalOnlyArguments("filter", cls, filterType, "__init__", allArgs, kwnames);
  if (args.length !== 2) {
    throw pyError("TypeError", `filter expected 2 arguments, got ${args.length}`);
  }
  return new PyFilter(cls, args[0], getIterator(args[1]));
});

class PyFilter extends PyNativeIterator {
  constructor(cls: PyType, readonly predicate: PyValue, readonly iterator: PyValue) {
    super(cls, advanceFilter);
  }
}

function advanceFilter(this: PyFilter): PyValue | undefined {
  const predicate = this.predicate;
  for (;;) {
    const value = nextOrUndefined(this.iterator);
    if (value === undefined) return undefined;
    const keep = predicate === null ? isTrue(value) : isTrue(callFromNative(predicate, [value]));
    if (keep) return value;
  }
}

/** Pickling (CPython's __reduce__/__setstate__ of these types): their arguments, rebuilt. */
defineNativeMethods(enumerateType, {
  __reduce__: [
    "",
    (self: PyEnumerate) => newTuple([self.cls, newTuple([self.iterator, self.count])]),
  ],
});
defineNativeMethods(zipType, {
  __reduce__: [
    "",
    (self: PyZip) =>
      self.strict
        ? newTuple([self.cls, newTuple(self.iterators), true])
        : newTuple([self.cls, newTuple(self.iterators)]),
  ],
  __setstate__: ["state, /", (self: PyZip, state: PyValue) => {
    self.strict = isTrue(state);
    return null;
  }],
});
defineNativeMethods(mapType, {
  __reduce__: ["", (self: PyMap) => newTuple([self.cls, newTuple([self.func, ...self.iterators])])],
});
defineNativeMethods(filterType, {
  __reduce__: [
    "",
    (self: PyFilter) => newTuple([self.cls, newTuple([self.predicate, self.iterator])]),
  ],
});
defineNativeMethods(callableIteratorType, {
  __reduce__: [
    "",
    (self: PyCallableIterator) =>
      self.callable === undefined
        ? newTuple([builtinNamed("iter"), newTuple([newTuple([])])])
        : newTuple([builtinNamed("iter"), newTuple([self.callable, self.sentinel as PyValue])]),
  ],
});

registerConstructor(reversedType, (cls, args, kwnames) => {
  keywordsRejected("reversed", kwnames);
  if (args.length !== 1) {
    throw pyError("TypeError", `reversed expected 1 argument, got ${args.length}`);
  }
  const sequence = args[0];
  const type = typeOf(sequence);
  const notReversible = () => pyError("TypeError", `'${type.tpName}' object is not reversible`);
  if (type.lookup("__reversed__") === null) throw notReversible(); // `__reversed__ = None`
  const reversedSlot = slotOf(type, "__reversed__");
  if (reversedSlot !== undefined) return reversedSlot(sequence);
  // An exact tuple's items are read directly (its __getitem__ cannot change).
  if (sequence instanceof PyTuple && type === tupleType) {
    return reversedArrayIterator(cls, sequence);
  }
  // PySequence_Check: a __getitem__ that is not a dict's.
  const getitem = slotOf(type, "__getitem__");
  if (getitem === undefined || type.isSubtypeOf(dictType)) throw notReversible();
  const access = getItemSequence(getitem, (value) => Number(lengthOf(value)));
  return new PyIndexIterator(cls, sequence, access.size(sequence) - 1, access, -1);
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
    strAsciiIteratorType,
    strIteratorType,
    sequenceIteratorType,
    rangeIteratorType,
    longRangeIteratorType,
    callableIteratorType,
  ]
) defineIteratorMethods(type); // deno-fmt-ignore

const strEmpty = () => "";
const pickling = [
  [listIteratorType, "iter", emptyList, clampForward],
  [listReverseIteratorType, "reversed", emptyList, clampReverse],
  [tupleIteratorType, "iter", emptyTuple, clampForward],
  [strAsciiIteratorType, "iter", strEmpty, clampForward],
  [strIteratorType, "iter", strEmpty, clampForward],
  [sequenceIteratorType, "iter", emptyTuple, (index: number) => Math.max(0, index)],
] as const;
for (const [type, live, empty, clamp] of pickling) {
  defineIndexIteratorPickling(type, { live, empty, clamp });
}
defineIndexIteratorPickling(reversedType, {
  live: "type",
  empty: emptyTuple,
  exhaustedByType: true,
  clamp: clampReverse,
});

// str's own __iter__ (the interpreter's for loops take getIterator's fast path).
defineNativeMethods(strType, { __iter__: ["", (self: PyValue) => getIterator(self)] });

for (
  const type of [
    listIteratorType,
    listReverseIteratorType,
    tupleIteratorType,
    strAsciiIteratorType,
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
