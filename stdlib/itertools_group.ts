/**
 * itertools.groupby, tee and zip_longest: the iterators that share state
 * between several objects or several sources.
 *
 * groupby hands out `_grouper` iterators that read from the groupby's own
 * source; a grouper stops as soon as the groupby has moved on to another
 * group (CPython's `currgrouper` check), so an old group iterated late is
 * simply empty.
 *
 * groupby, its groupers and zip_longest pickle as in CPython 3.11 (tee does
 * not: its shared buffer has no Python-visible type here).
 *
 * tee's iterators share a singly linked list of fetched values: each
 * iterator holds the link it will read next, and the link at the end is
 * filled from the source by whichever iterator gets there first. Links
 * behind the slowest iterator become garbage, so memory follows the gap
 * between the iterators, as with CPython's teedataobject chain.
 */
import { PyObject, type PyValue } from "../vm/objects/object.ts";
import type { PyType } from "../vm/objects/type.ts";
import { pyError } from "../vm/objects/exceptions.ts";
import { newTuple, PyTuple } from "../vm/objects/tuple.ts";
import { defineNativeMethods } from "../vm/objects/native_function.ts";
import { indexValue } from "../vm/objects/int_methods.ts";
import { getIterator, nextOrUndefined } from "../vm/runtime/iteration.ts";
import { builtinNamed } from "../vm/runtime/types/iterator_reduce.ts";
import { callObject } from "../vm/runtime/call.ts";
import { equals } from "../vm/runtime/operators.ts";
import { registerConstructor } from "../vm/runtime/call_type.ts";
import { typeOf } from "../vm/objects/typeof.ts";
import { bindDescriptor } from "../vm/runtime/attributes.ts";
import { iteratorType, PyStatefulIterator, signatureConstructor } from "./native_type.ts";

export const groupbyType = iteratorType("groupby", "itertools");
export const grouperType = iteratorType("_grouper", "itertools");
export const teeType = iteratorType("_tee", "itertools");
export const zipLongestType = iteratorType("zip_longest", "itertools");

// ---- groupby -------------------------------------------------------------

interface GroupState {
  iterator: PyValue;
  keyFunction: PyValue;
  targetKey: PyValue | undefined;
  currentKey: PyValue | undefined;
  currentValue: PyValue | undefined;
  currentGrouper: PyObject | null;
}

/** Fetch the next value and its key; false when the source is exhausted. */
function step(state: GroupState): boolean {
  const value = nextOrUndefined(state.iterator);
  if (value === undefined) return false;
  state.currentKey = state.keyFunction === null
    ? value
    : callObject(state.keyFunction, [value], null);
  state.currentValue = value;
  return true;
}

signatureConstructor(groupbyType, "groupby", "iterable, key=None", (cls, iterable, key) => {
  const state: GroupState = {
    iterator: getIterator(iterable),
    keyFunction: key,
    targetKey: undefined,
    currentKey: undefined,
    currentValue: undefined,
    currentGrouper: null,
  };
  const groupby: PyStatefulIterator<GroupState> = new PyStatefulIterator(cls, state, (state) => {
    state.currentGrouper = null;
    // Skip what is left of the current group.
    for (;;) {
      if (state.currentKey !== undefined) {
        if (state.targetKey === undefined) break;
        if (!equals(state.targetKey, state.currentKey)) break;
      }
      if (!step(state)) return undefined;
    }
    const groupKey = state.currentKey!;
    state.targetKey = groupKey;
    return newTuple([groupKey, newGrouper(groupby, groupKey)]);
  });
  return groupby;
});

interface GrouperState {
  parent: PyStatefulIterator<GroupState>;
  key: PyValue;
}

/** A group's iterator; it becomes the groupby's current one, as _grouper_create makes it. */
function newGrouper(
  parent: PyStatefulIterator<GroupState>,
  key: PyValue,
): PyStatefulIterator<GrouperState> {
  const grouper: PyStatefulIterator<GrouperState> = new PyStatefulIterator(
    grouperType,
    { parent, key },
    ({ parent, key }) => {
      const state = parent.state;
      if (state.currentGrouper !== grouper) return undefined;
      if (state.currentValue === undefined && !step(state)) return undefined;
      if (!equals(key, state.currentKey!)) return undefined;
      const value = state.currentValue;
      state.currentValue = undefined;
      state.currentKey = undefined;
      return value;
    },
  );
  parent.state.currentGrouper = grouper;
  return grouper;
}

registerConstructor(grouperType, (_cls, args, kwnames) => {
  if (kwnames !== null && kwnames.length > 0) {
    throw pyError("TypeError", "_grouper() takes no keyword arguments");
  }
  const [parent, key] = args;
  if (args.length !== 2) {
    throw pyError("TypeError", `_grouper expected 2 arguments, got ${args.length}`);
  }
  if (!(parent instanceof PyStatefulIterator) || !parent.cls.isSubtypeOf(groupbyType)) {
    throw pyError(
      "TypeError",
      `_grouper() argument 1 must be itertools.groupby, not ${typeOf(parent).tpName}`,
    );
  }
  return newGrouper(parent as PyStatefulIterator<GroupState>, key);
});

defineNativeMethods(groupbyType, {
  // Rebuilt from the source and key function, then `__setstate__` restores the keys.
  __reduce__: ["", (self: PyStatefulIterator<GroupState>) => {
    const { iterator, keyFunction, targetKey, currentKey, currentValue } = self.state;
    const rebuild = newTuple([iterator, keyFunction]);
    if (targetKey === undefined || currentKey === undefined || currentValue === undefined) {
      return newTuple([self.cls, rebuild]);
    }
    return newTuple([self.cls, rebuild, newTuple([currentKey, currentValue, targetKey])]);
  }],
  __setstate__: ["state, /", (self: PyStatefulIterator<GroupState>, value: PyValue) => {
    if (!(value instanceof PyTuple)) throw pyError("TypeError", "state is not a tuple");
    if (value.items.length !== 3) {
      throw pyError("TypeError", `groupby state takes 3 items (${value.items.length} given)`);
    }
    [self.state.currentKey, self.state.currentValue, self.state.targetKey] = value.items;
    return null;
  }],
});

defineNativeMethods(grouperType, {
  __reduce__: ["", (self: PyStatefulIterator<GrouperState>) => {
    const { parent, key } = self.state;
    if (parent.state.currentGrouper !== self) {
      return newTuple([builtinNamed("iter"), newTuple([newTuple([])])]);
    }
    return newTuple([self.cls, newTuple([parent, key])]);
  }],
});

// ---- tee -----------------------------------------------------------------

interface TeeLink {
  value: PyValue | undefined;
  /** null until this link is filled. */
  next: TeeLink | null;
  /** The source is being asked for this link's value (CPython's teedataobject.running). */
  filling?: boolean;
}

interface TeeState {
  source: PyValue;
  link: TeeLink;
}

function newTee(cls: PyType, source: PyValue, link: TeeLink): PyStatefulIterator<TeeState> {
  return new PyStatefulIterator<TeeState>(cls, { source, link }, (state) => {
    const link = state.link;
    if (link.next === null) {
      // The source's __next__ may advance another of the tee's iterators.
      if (link.filling) throw pyError("RuntimeError", "cannot re-enter the tee iterator");
      link.filling = true;
      let value: PyValue | undefined;
      try {
        value = nextOrUndefined(state.source);
      } finally {
        link.filling = false;
      }
      if (value === undefined) return undefined;
      link.value = value;
      link.next = { value: undefined, next: null };
    }
    state.link = link.next;
    return link.value;
  });
}

registerConstructor(teeType, (_cls, args, kwnames) => {
  if (kwnames !== null && kwnames.length > 0) {
    throw pyError("TypeError", "_tee() takes no keyword arguments");
  }
  if (args.length !== 1) throw pyError("TypeError", `_tee expected 1 argument, got ${args.length}`);
  return teeOf(args[0]);
});

function teeOf(iterable: PyValue): PyStatefulIterator<TeeState> {
  const iterator = getIterator(iterable);
  if (iterator instanceof PyStatefulIterator && iterator.cls === teeType) {
    const state = iterator.state as TeeState;
    return newTee(teeType, state.source, state.link);
  }
  return newTee(teeType, iterator, { value: undefined, next: null });
}

defineNativeMethods(teeType, {
  __copy__: [
    "",
    (self: PyStatefulIterator<TeeState>) => newTee(self.cls, self.state.source, self.state.link),
  ],
});

/** itertools.tee(iterable, n=2). */
export function tee(iterable: PyValue, count: PyValue): PyValue {
  const n = indexValue(count);
  if (n < 0) throw pyError("ValueError", "n must be >= 0");
  if (n === 0) return newTuple([]);
  const iterator = getIterator(iterable);
  const copy = typeOf(iterator).lookup("__copy__");
  const first = copy === undefined ? teeOf(iterator) : iterator;
  const result: PyValue[] = [first];
  const copier = typeOf(first).lookup("__copy__")!;
  for (let i = 1; i < Number(n); i++) {
    result.push(callObject(bindDescriptor(copier, first, typeOf(first)), [], null));
  }
  return newTuple(result);
}

// ---- zip_longest ---------------------------------------------------------

interface ZipLongestState {
  /** The sources; an exhausted one is null (all but the last to run out). */
  iterators: (PyValue | null)[];
  active: number;
  fill: PyValue;
}

registerConstructor(zipLongestType, (cls, args, kwnames) => {
  const positional = args.length - (kwnames?.length ?? 0);
  let fill: PyValue = null;
  kwnames?.forEach((name, i) => {
    if (name !== "fillvalue") {
      throw pyError("TypeError", "zip_longest() got an unexpected keyword argument");
    }
    fill = args[positional + i];
  });
  const iterators: (PyValue | null)[] = args.slice(0, positional).map(getIterator);
  const state: ZipLongestState = { iterators, active: iterators.length, fill };
  return new PyStatefulIterator(cls, state, (state) => {
    const iterators = state.iterators;
    if (iterators.length === 0 || state.active === 0) return undefined;
    const row: PyValue[] = [];
    for (let i = 0; i < iterators.length; i++) {
      const iterator = iterators[i];
      let value: PyValue | undefined = undefined;
      if (iterator !== null) {
        value = nextOrUndefined(iterator);
        if (value === undefined) {
          if (--state.active === 0) return undefined;
          iterators[i] = null;
        }
      }
      row.push(value === undefined ? state.fill : value);
    }
    return newTuple(row);
  });
});

defineNativeMethods(zipLongestType, {
  // The sources (an exhausted one as an empty tuple), then the fill value as the state.
  __reduce__: ["", (self: PyStatefulIterator<ZipLongestState>) => {
    const { iterators, fill } = self.state;
    const sources = iterators.map((iterator) => iterator ?? newTuple([]));
    return newTuple([self.cls, newTuple(sources), fill]);
  }],
  __setstate__: ["state, /", (self: PyStatefulIterator<ZipLongestState>, state: PyValue) => {
    self.state.fill = state;
    return null;
  }],
});
