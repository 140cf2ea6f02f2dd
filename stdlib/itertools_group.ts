/**
 * itertools.groupby and zip_longest: the iterators that share state between
 * several objects or several sources (tee is in itertools_tee.ts).
 *
 * groupby hands out `_grouper` iterators that read from the groupby's own
 * source; a grouper stops as soon as the groupby has moved on to another
 * group (CPython's `currgrouper` check), so an old group iterated late is
 * simply empty.
 *
 * groupby, its groupers and zip_longest pickle as in CPython 3.11.
 */
import { PyObject, type PyValue } from "../vm/objects/object.ts";
import { pyError } from "../vm/objects/exceptions.ts";
import { newTuple, PyTuple } from "../vm/objects/tuple.ts";
import { defineNativeMethods } from "../vm/objects/native_function.ts";
import { getIterator, nextOrUndefined } from "../vm/runtime/iteration.ts";
import { builtinNamed } from "../vm/runtime/types/iterator_reduce.ts";
import { callObject } from "../vm/runtime/call.ts";
import { equals } from "../vm/runtime/operators.ts";
import { registerConstructor } from "../vm/runtime/call_type.ts";
import { typeOf } from "../vm/objects/typeof.ts";
import {
  iteratorType,
  noKeywords,
  PyStatefulIterator,
  signatureConstructor,
} from "./native_type.ts";

export const groupbyType = iteratorType("groupby", "itertools");
export const grouperType = iteratorType("_grouper", "itertools", { subclassable: false });
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
  noKeywords("_grouper", kwnames);
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
