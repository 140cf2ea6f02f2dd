import { assertEquals } from "../assert.ts";
import {
  callMethod,
  fixtures,
  installTestProtocols,
  listRepr,
  outcome,
  TestKey,
  testKeyCalls,
} from "./helpers.ts";
import { dictUpdateFrom } from "../../vm/objects/dict_methods.ts";
import { frozensetType, setType } from "../../vm/objects/set.ts";
import { newSet } from "../../vm/objects/set_methods.ts";
import type { PyValue } from "../../vm/objects/object.ts";
import { pyError } from "../../vm/objects/exceptions.ts";
import { newTuple } from "../../vm/objects/tuple.ts";
import { PyDict } from "../../vm/objects/dict.ts";
import { PySet } from "../../vm/objects/set.ts";
import { reprValue } from "../../vm/objects/dict_repr.ts";
import { hashOf, strHash } from "../../vm/runtime/hash.ts";

installTestProtocols();

const range = (count: number) => newTuple(Array.from({ length: count }, (_, i) => i));
const boom = () => {
  throw pyError("ValueError", "boom");
};

const SCENARIOS: Record<string, () => [string, string]> = {
  "dict eq clears": () => {
    const dict = new PyDict();
    dict.set(new TestKey(1, "a", () => dict.clear()), "x");
    return [
      outcome(() => callMethod(dict, "get", new TestKey(1, "b"), "default")),
      reprValue(dict),
    ];
  },
  "dict eq resizes": () => {
    const dict = new PyDict();
    const grow = () => {
      for (let i = 0; i < 20; i++) dict.set(i, i);
    };
    dict.set(new TestKey(1, "a", grow), "x");
    return [outcome(() => callMethod(dict, "get", new TestKey(1, "a"))), String(dict.size)];
  },
  "dict eq raises": () => {
    const dict = new PyDict();
    dict.set(new TestKey(1, "a", boom), "x");
    return [outcome(() => callMethod(dict, "__getitem__", new TestKey(1, "a"))), reprValue(dict)];
  },
  "dict eq inserts": () => {
    const dict = new PyDict();
    dict.set(new TestKey(1, "a"), 1);
    dict.set(new TestKey(1, "b", () => dict.set(new TestKey(2, "z"), 5)), 2);
    return [
      outcome(() => callMethod(dict, "get", new TestKey(1, "c"), "default")),
      reprValue(dict),
    ];
  },
  "dict eq deletes": () => {
    const dict = new PyDict();
    dict.set(new TestKey(1, "a", () => dict.delete(2)), 1);
    dict.set(2, 2);
    return [outcome(() => callMethod(dict, "setdefault", new TestKey(1, "b"), 3)), reprValue(dict)];
  },
  "set eq clears": () => {
    const set = new PySet();
    set.add(new TestKey(1, "a", () => set.clear()));
    return [outcome(() => callMethod(set, "__contains__", new TestKey(1, "b"))), reprValue(set)];
  },
  "set eq resizes": () => {
    const set = new PySet();
    set.add(new TestKey(1, "a", () => callMethod(set, "update", range(20))));
    return [outcome(() => callMethod(set, "__contains__", new TestKey(1, "a"))), String(set.used)];
  },
  "set eq raises": () => {
    const set = new PySet();
    set.add(new TestKey(1, "a", boom));
    return [outcome(() => callMethod(set, "add", new TestKey(1, "b"))), String(set.used)];
  },
  "user key in primitive dict": () => {
    const dict = new PyDict();
    dict.set("x", 1);
    dict.set(2, 2);
    const found = outcome(() => callMethod(dict, "get", new TestKey(strHash("x"), "x"), "no"));
    assertEquals(dict.isGeneral, true, "a user-defined key may equal a str: general lookup");
    return [found, listRepr(dict.keys.filter((key) => key !== undefined) as PyValue[])];
  },
};

Deno.test("keys whose __eq__ mutates the container or raises: CPython's outcomes", () => {
  const expected = fixtures.eq_scenarios as Record<string, [string, string]>;
  assertEquals(Object.keys(SCENARIOS).sort(), Object.keys(expected).sort());
  for (const [name, run] of Object.entries(SCENARIOS)) assertEquals(run(), expected[name], name);
});

function counted(run: () => unknown): [number, number] {
  testKeyCalls.hash = 0;
  testKeyCalls.eq = 0;
  run();
  return [testKeyCalls.hash, testKeyCalls.eq];
}

function collidingDict(): PyDict {
  const dict = new PyDict();
  dict.set(new TestKey(1, "a"), 1);
  dict.set(new TestKey(1, "b"), 2);
  dict.set(new TestKey(1, "c"), 3);
  dict.set(new TestKey(2, "d"), 4);
  return dict;
}

Deno.test("__hash__ and __eq__ are called as often as in CPython", () => {
  const actual: Record<string, [number, number]> = {};
  actual["dict build"] = counted(collidingDict);
  const dict = collidingDict();
  actual["dict setdefault present"] = counted(() =>
    callMethod(dict, "setdefault", new TestKey(1, "c"), 0)
  );
  actual["dict setdefault absent"] = counted(() =>
    callMethod(dict, "setdefault", new TestKey(1, "e"), 0)
  );
  actual["dict setitem present"] = counted(() =>
    callMethod(dict, "__setitem__", new TestKey(1, "b"), 0)
  );
  actual["dict contains"] = counted(() => callMethod(dict, "__contains__", new TestKey(1, "z")));
  actual["dict pop"] = counted(() => callMethod(dict, "pop", new TestKey(1, "a")));
  actual["dict copy"] = counted(() => callMethod(dict, "copy"));
  actual["dict eq"] = counted(() => {
    const copy = new PyDict();
    dictUpdateFrom(copy, dict);
    return callMethod(dict, "__eq__", copy);
  });
  actual["dict update from dict"] = counted(() => callMethod(new PyDict(), "update", dict));
  actual["set from dict"] = counted(() => newSet(setType, dict));
  const set = newSet(setType, dict);
  actual["set copy"] = counted(() => callMethod(set, "copy"));
  actual["set add present"] = counted(() => callMethod(set, "add", new TestKey(1, "c")));
  actual["set discard"] = counted(() => callMethod(set, "discard", new TestKey(2, "d")));
  actual["set union"] = counted(() => {
    const other = new PySet();
    other.add(new TestKey(3, "x"));
    return callMethod(set, "__or__", other);
  });
  actual["frozenset hash"] = counted(() => hashOf(newSet(frozensetType, set)));
  assertEquals(actual, fixtures.call_counts);
});
