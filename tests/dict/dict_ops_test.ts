import { assertEquals } from "../assert.ts";
import {
  callMethod,
  decode,
  type Encoded,
  fixtures,
  installTestProtocols,
  listRepr,
  outcome,
} from "./helpers.ts";
import type { PyValue } from "../../vm/objects/object.ts";
import { newTuple } from "../../vm/objects/tuple.ts";
import { PyList } from "../../vm/objects/list.ts";
import { PyDict } from "../../vm/objects/dict.ts";
import { PyFloat } from "../../vm/objects/float.ts";
import { PyDictIterator } from "../../vm/objects/dict_views.ts";

installTestProtocols();

interface DictCase {
  ops: [string, ...unknown[]][];
  outputs: string[];
}

function iterateAll(view: PyValue): PyValue[] {
  return Array.from(callMethod(view, "__iter__") as PyDictIterator);
}

function runOp(dict: PyDict, [op, ...operands]: [string, ...unknown[]]): PyValue {
  const [first, second] = operands.map((operand) =>
    op === "update" ? operand : decode(operand as Encoded)
  ) as PyValue[];
  switch (op) {
    case "set":
      return callMethod(dict, "__setitem__", first, second);
    case "del":
      return callMethod(dict, "__delitem__", first);
    case "getitem":
      return callMethod(dict, "__getitem__", first);
    case "get":
      return callMethod(dict, "get", first, "missing");
    case "pop":
      return callMethod(dict, "pop", first);
    case "pop_default":
      return callMethod(dict, "pop", first, "missing");
    case "popitem":
      return callMethod(dict, "popitem");
    case "setdefault":
      return callMethod(dict, "setdefault", first, second);
    case "update": {
      const pairs = (operands[0] as Encoded[][]).map(([k, v]) => newTuple([decode(k), decode(v)]));
      return callMethod(dict, "update", new PyList(pairs));
    }
    case "contains":
      return callMethod(dict, "__contains__", first);
    case "views": {
      const keys = new PyList(iterateAll(callMethod(dict, "keys")));
      const values = new PyList(iterateAll(callMethod(dict, "values")));
      const items = new PyList(iterateAll(callMethod(dict, "items")));
      const reversed = new PyList(Array.from(callMethod(dict, "__reversed__") as PyDictIterator));
      return newTuple([keys, values, items, reversed, callMethod(dict, "__len__")]);
    }
    case "copy":
      return callMethod(dict, "copy");
    case "clear":
      return callMethod(dict, "clear");
    default:
      return dict;
  }
}

Deno.test("dict operation sequences: results, errors and reprs equal CPython's", () => {
  for (const [caseIndex, dictCase] of (fixtures.dict_cases as DictCase[]).entries()) {
    const dict = new PyDict();
    dictCase.ops.forEach((op, step) => {
      assertEquals(
        outcome(() => runOp(dict, op)),
        dictCase.outputs[step],
        `case ${caseIndex} step ${step}: ${JSON.stringify(op)}`,
      );
    });
  }
});

Deno.test("dict strategies: str keys stay in the Map index until another key arrives", () => {
  const dict = new PyDict();
  dict.set("a", 1);
  dict.setStr("b", 2);
  assertEquals([dict.isGeneral, dict.getStr("a"), dict.getStr("b")], [false, 1, 2]);
  dict.get(newTuple([1]));
  dict.get(7);
  dict.get(new PyFloat(0.5));
  assertEquals(dict.isGeneral, false, "builtin values never equal a str");
  dict.set(2, 2);
  dict.set(true, 3);
  assertEquals([dict.isGeneral, dict.getStr("a"), dict.get(1)], [true, 1, 3]);
  dict.setStr("a", 4);
  assertEquals(dict.get("a"), 4);
  // CPython: d = {'a': 1, 'b': 2}; d[2] = 2; d[True] = 3; d['a'] = 4; list(d)
  assertEquals(
    listRepr(dict.keys.filter((key) => key !== undefined) as PyValue[]),
    "['a', 'b', 2, True]",
  );
});

Deno.test("dict version increases on every mutation, not on reads", () => {
  const dict = new PyDict();
  const versions = [dict.version];
  dict.set("x", 1);
  versions.push(dict.version);
  dict.set("x", 2);
  versions.push(dict.version);
  dict.get("x");
  dict.has("y");
  versions.push(dict.version);
  dict.delete("x");
  versions.push(dict.version);
  assertEquals(versions.map((version, i) => i === 0 || version > versions[i - 1]), [
    true,
    true,
    true,
    false,
    true,
  ]);
});
