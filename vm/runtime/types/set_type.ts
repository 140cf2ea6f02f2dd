/**
 * Native slots of set and frozenset for the interpreter's dispatch
 * (slots.ts): `x in s`, `len(s)` and the set iterator's `__next__` reach
 * the table directly instead of through the method descriptors' wrappers (`p in
 * seen` of a tuple in a breadth-first search: 123 -> 114 ms a run). A
 * subclass defining either method in Python still gets its own (slotOf
 * finds the subclass's namespace entry first). The Python-visible methods
 * are set_methods.ts's.
 */
import type { PyValue } from "../../objects/object.ts";
import { frozensetType, type PySet, setType } from "../../objects/set.ts";
import { setContains } from "../../objects/set_methods.ts";
import { registerNativeSlots } from "../slots.ts";
import { nextKey, type PySetIterator, setIteratorType } from "./set_iterator.ts";

const SET_SLOTS = {
  __contains__: (self: PyValue, key: PyValue) => setContains(self as PySet, key),
  __len__: (self: PyValue) => (self as PySet).used,
};

registerNativeSlots(setType, SET_SLOTS);
registerNativeSlots(frozensetType, SET_SLOTS);
// (list(s) of 1500 ints: 100 -> 33 us; set_iterator.ts says why not faster)
registerNativeSlots(setIteratorType, { __next__: (self) => nextKey(self as PySetIterator) });
