import { assertEquals } from "../assert.ts";
import { binaryOp, callMethod, fixtures, installTestProtocols, list, outcome } from "./helpers.ts";
import type { PyValue } from "../../vm/objects/object.ts";
import { newTuple, type PyTuple } from "../../vm/objects/tuple.ts";
import { PyFloat } from "../../vm/objects/float.ts";
import { PyComplex } from "../../vm/objects/complex.ts";
import { dictType, PyDict } from "../../vm/objects/dict.ts";
import { dictFromKeys, dictUpdate } from "../../vm/objects/dict_methods.ts";
import { frozensetType, setType } from "../../vm/objects/set.ts";
import { newFrozenSet, newSet } from "../../vm/objects/set_methods.ts";
import { hashOf } from "../../vm/runtime/hash.ts";

installTestProtocols();

const tuple = (...items: PyValue[]) => newTuple(items);
const set = (...items: PyValue[]) => newSet(setType, tuple(...items));
const frozen = (...items: PyValue[]) => newSet(frozensetType, tuple(...items));
function dict(...pairs: [PyValue, PyValue][]): PyDict {
  const result = new PyDict();
  for (const [key, value] of pairs) result.set(key, value);
  return result;
}
const float = (value: number) => new PyFloat(value);

const CASES: Record<string, () => PyValue> = {
  "getitem missing": () => callMethod(dict(), "__getitem__", 1),
  "getitem missing tuple": () => callMethod(dict(), "__getitem__", tuple(1, 2)),
  "getitem unhashable": () => callMethod(dict(), "__getitem__", list([1])),
  "getitem unhashable dict": () => callMethod(dict([1, 2]), "__getitem__", dict()),
  "getitem unhashable in tuple": () => callMethod(dict([1, 2]), "__getitem__", tuple(1, list([2]))),
  "setitem unhashable set": () => callMethod(dict(), "__setitem__", set(), 1),
  "popitem empty": () => callMethod(dict(), "popitem"),
  "pop missing": () => callMethod(dict(), "pop", "k"),
  "update length 3": () => callMethod(dict(), "update", list([tuple(1, 2, 3)])),
  "update length 1": () => callMethod(dict(), "update", list([tuple(1, 2), list([3])])),
  "update not a sequence": () => callMethod(dict(), "update", list([tuple(1, 2), 5])),
  "update string pairs": () => {
    const result = dict();
    dictUpdate(result, list(["ab", "cd"]), undefined);
    return result;
  },
  "update dict": () => {
    const result = dict();
    dictUpdate(result, dict([1, 2]), new Map([["a", 3]]));
    return result;
  },
  "update two args": () => callMethod(dict(), "update", 1, 2),
  "fromkeys": () => dictFromKeys(dictType, list([3, 1, 2, 1]), 0),
  "fromkeys default": () => dictFromKeys(dictType, "abca", null),
  "set pop empty": () => callMethod(set(), "pop"),
  "set remove missing": () => callMethod(set(1), "remove", 2),
  "set remove missing tuple": () => callMethod(set(1), "remove", tuple(1, 2)),
  "set add unhashable": () => callMethod(set(), "add", list([])),
  "set contains set": () => callMethod(set(frozen()), "__contains__", set()),
  "set remove set": () => {
    callMethod(set(frozen(1)), "remove", set(1));
    return "ok";
  },
  "set of list of lists": () => newSet(setType, list([list([1])])),
  "hash list": () => hashOf(list([])),
  "hash set": () => hashOf(set()),
  "hash dict": () => hashOf(dict()),
  "hash tuple with list": () => hashOf(tuple(1, list([]))),
  "dict or": () => binaryOp(dict([1, 1], [2, 2]), "or", dict([2, 3], [4, 4])),
  "dict ior pairs": () => {
    const result = dict([1, 2]);
    callMethod(result, "__ior__", list([tuple(5, 6)]));
    return result;
  },
  "dict or list": () => callMethod(dict([1, 1]), "__or__", list([tuple(1, 2)])),
  "dict eq order": () => callMethod(dict([1, 2], [3, 4]), "__eq__", dict([3, 4], [1, 2])),
  "dict eq values": () => callMethod(dict([1, 2]), "__eq__", dict([1, 3])),
  "dict eq int float": () => callMethod(dict([1, float(2)]), "__eq__", dict([float(1), 2])),
  "dict eq other": () => callMethod(dict(), "__eq__", list([])),
  "self repr": () => {
    const result = dict();
    result.set("self", result);
    return result;
  },
  "keys repr": () => callMethod(dict([1, 2], ["a", tuple(3)]), "keys"),
  "values repr": () => callMethod(dict([1, 2], ["a", tuple(3)]), "values"),
  "items repr": () => callMethod(dict([1, 2], ["a", tuple(3)]), "items"),
  "items contains": () =>
    callMethod(callMethod(dict([1, 2]), "items"), "__contains__", tuple(1, 2)),
  "items contains wrong": () =>
    callMethod(callMethod(dict([1, 2]), "items"), "__contains__", tuple(1, 3)),
  "items contains unhashable": () =>
    callMethod(callMethod(dict([1, 2]), "items"), "__contains__", tuple(list([]), 3)),
  "keys eq set": () => callMethod(callMethod(dict([1, 0], [2, 0]), "keys"), "__eq__", set(2, 1)),
  "keys lt set": () => callMethod(callMethod(dict([1, 0]), "keys"), "__lt__", set(2, 1)),
  "items and": () => binaryOp(callMethod(dict([1, 2], [3, 4]), "items"), "and", set(tuple(1, 2))),
  "list sub keys": () => binaryOp(list([1, 2, 5]), "sub", callMethod(dict([1, 0]), "keys")),
  "set or keys": () => binaryOp(set(9), "or", callMethod(dict([1, 0]), "keys")),
  "keys isdisjoint": () => callMethod(callMethod(dict([1, 0]), "keys"), "isdisjoint", list([2, 3])),
  "true key keeps": () => {
    const result = dict([true, "t"]);
    result.set(1, "one");
    return result;
  },
  "float key keeps": () => {
    const result = dict([1, "i"]);
    result.set(float(1), "f");
    return result;
  },
  "complex key": () => callMethod(dict([new PyComplex(2, 0), "c"]), "__getitem__", 2),
  "nan key": () => {
    const nan = float(NaN);
    return callMethod(dict([nan, 1]), "__getitem__", nan);
  },
  "nan key fresh": () => callMethod(dict([float(NaN), 1]), "get", float(NaN)),
  "bigint float key": () => callMethod(dict([2n ** 60n, "big"]), "__getitem__", float(2 ** 60)),
  "neg zero": () => callMethod(dict([0, "z"]), "__getitem__", float(-0)),
  "set repr sub": () => binaryOp(frozen(1, 2), "sub", set(2)),
  "set eq frozenset": () => callMethod(set(1, 2), "__eq__", frozen(2, 1)),
  "set or list": () => callMethod(set(1), "__or__", list([2])),
  "frozenset hash eq": () => hashOf(frozen(1, 2)) === hashOf(frozen(2, 1)),
  "set in set of frozenset": () => callMethod(set(frozen(1, 2)), "__contains__", set(1, 2)),
  "dict keywords": () => {
    const result = dict();
    dictUpdate(result, undefined, new Map([["a", 1], ["b", 2]]));
    return result;
  },
  "dict pairs and keywords": () => {
    const result = dict();
    dictUpdate(result, list([tuple(1, 2)]), new Map([["x", 3]]));
    return result;
  },
  "frozenset of frozenset": () => {
    const frozenSet = frozen(1);
    return newFrozenSet(frozenSet) === frozenSet;
  },
  "hash keys view": () => hashOf(callMethod(dict(), "keys")),
  "hash items view": () => hashOf(callMethod(dict(), "items")),
  "set reduce": () => tuple(...(callMethod(set(3, 1), "__reduce__") as PyTuple).items.slice(1)),
  "get arguments": () => callMethod(dict(), "get"),
  "pop arguments": () => callMethod(dict(), "pop", 1, 2, 3),
  "popitem arguments": () => callMethod(dict(), "popitem", 1),
  "set add arguments": () => callMethod(set(), "add"),
};

Deno.test("dict and set edge cases and error messages equal CPython's", () => {
  const names = new Set<string>();
  for (const { name, expected } of fixtures.errors as { name: string; expected: string }[]) {
    names.add(name);
    const thunk = CASES[name];
    if (thunk === undefined) throw new Error(`no TypeScript case for fixture "${name}"`);
    assertEquals(outcome(thunk), expected, name);
  }
  assertEquals(Object.keys(CASES).filter((name) => !names.has(name)), []);
});
