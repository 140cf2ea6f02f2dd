/**
 * itertools.groupby, tee and zip_longest: the iterators that share state
 * between several objects or several sources.
 *
 * groupby hands out `_grouper` iterators that read from the groupby's own
 * source; a grouper stops as soon as the groupby has moved on to another
 * group (CPython's `currgrouper` check), so an old group iterated late is
 * simply empty.
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
import { newTuple } from "../vm/objects/tuple.ts";
import { defineNativeMethods } from "../vm/objects/native_function.ts";
import { indexValue } from "../vm/objects/int_methods.ts";
import { getIterator, nextOrUndefined, PyNativeIterator } from "../vm/runtime/iteration.ts";
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
  return new PyStatefulIterator<GroupState>(cls, state, (state) => {
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
    const grouper = newGrouper(state, groupKey);
    state.currentGrouper = grouper;
    return newTuple([groupKey, grouper]);
  });
});

function newGrouper(parent: GroupState, key: PyValue): PyNativeIterator {
  const grouper: PyNativeIterator = new PyNativeIterator(grouperType, () => {
    if (parent.currentGrouper !== grouper) return undefined;
    if (parent.currentValue === undefined && !step(parent)) return undefined;
    if (!equals(key, parent.currentKey!)) return undefined;
    const value = parent.currentValue;
    parent.currentValue = undefined;
    parent.currentKey = undefined;
    return value;
  });
  return grouper;
}

// ---- tee -----------------------------------------------------------------

interface TeeLink {
  value: PyValue | undefined;
  /** null until this link is filled. */
  next: TeeLink | null;
}

interface TeeState {
  source: PyValue;
  link: TeeLink;
}

function newTee(cls: PyType, source: PyValue, link: TeeLink): PyStatefulIterator<TeeState> {
  return new PyStatefulIterator<TeeState>(cls, { source, link }, (state) => {
    const link = state.link;
    if (link.next === null) {
      const value = nextOrUndefined(state.source);
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
  let active = iterators.length;
  return new PyNativeIterator(cls, () => {
    if (iterators.length === 0 || active === 0) return undefined;
    const row: PyValue[] = [];
    for (let i = 0; i < iterators.length; i++) {
      const iterator = iterators[i];
      let value: PyValue | undefined = undefined;
      if (iterator !== null) {
        value = nextOrUndefined(iterator);
        if (value === undefined) {
          iterators[i] = null;
          active--;
          if (active === 0) return undefined;
        }
      }
      row.push(value === undefined ? fill : value);
    }
    return newTuple(row);
  });
});
