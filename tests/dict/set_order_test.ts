import "../../vm/runtime/bootstrap.ts"; // (the set iterator is a runtime type: set_iterator.ts)
import { assertEquals } from "../assert.ts";
import {
  binaryOp,
  callMethod,
  decode,
  decodeAll,
  type Encoded,
  fixtures,
  installTestProtocols,
  listRepr,
  outcome,
} from "./helpers.ts";
import type { PyValue } from "../../vm/objects/object.ts";
import { newTuple } from "../../vm/objects/tuple.ts";
import { PyList } from "../../vm/objects/list.ts";
import { frozensetType, PySet, setType } from "../../vm/objects/set.ts";
import { newSet, setRepr } from "../../vm/objects/set_methods.ts";
import { PySetIterator } from "../../vm/runtime/types/set_iterator.ts";
import { PyDict } from "../../vm/objects/dict.ts";
import { dictFromKeys } from "../../vm/objects/dict_methods.ts";
import { dictType } from "../../vm/objects/dict.ts";
import { reprValue } from "../../vm/objects/dict_repr.ts";

installTestProtocols();

interface SetCase {
  ops: [string, unknown?][];
  outputs: (string | null)[];
}

Deno.test("set iteration order after add/discard/pop/update sequences equals CPython's", () => {
  let checked = 0;
  for (const [caseIndex, setCase] of (fixtures.set_cases as SetCase[]).entries()) {
    const set = new PySet();
    setCase.ops.forEach(([op, operand], step) => {
      let output: string;
      switch (op) {
        case "add":
          callMethod(set, "add", decode(operand as Encoded));
          output = listRepr(set.keyList());
          break;
        case "discard":
          callMethod(set, "discard", decode(operand as Encoded));
          output = listRepr(set.keyList());
          break;
        case "pop":
          output = reprValue(callMethod(set, "pop"));
          break;
        default:
          callMethod(set, "update", newTuple(decodeAll(operand as Encoded[])));
          output = listRepr(set.keyList());
      }
      const expected = setCase.outputs[step];
      if (expected !== null) {
        assertEquals(output, expected, `case ${caseIndex} step ${step} (${op})`);
        checked++;
      }
    });
  }
  assertEquals(checked > 1000, true);
});

const OPERATORS: Record<string, string> = { or: "or", and: "and", sub: "sub", xor: "xor" };

function runAlgebra(op: string, a: PySet, b: PySet): PyValue {
  const bList = () => new PyList(b.keyList());
  if (op in OPERATORS) return binaryOp(a, OPERATORS[op], b);
  switch (op) {
    case "union_list":
      return callMethod(a, "union", bList(), new PyList([7, 8]));
    case "intersection_list":
      return callMethod(a, "intersection", bList());
    case "intersection_multi":
      return callMethod(a, "intersection", b, new PyList(a.keyList()));
    case "difference_list":
      return callMethod(a, "difference", bList());
    case "difference_multi":
      return callMethod(a, "difference", b, new PyList([1, 2]));
    case "symmetric_difference_list":
      return callMethod(a, "symmetric_difference", bList());
    case "intersection_update":
    case "difference_update":
    case "symmetric_difference_update":
      callMethod(a, op, b);
      return a;
    case "update":
      callMethod(a, "update", b, new PyList([99]));
      return a;
    case "ior":
    case "iand":
    case "isub":
    case "ixor":
      return callMethod(a, `__${op}__`, b);
    case "issuperset":
      return callMethod(a, "issuperset", bList());
    case "issubset":
    case "isdisjoint":
      return callMethod(a, op, b);
    case "eq":
    case "le":
    case "lt":
    case "ge":
    case "gt":
      return callMethod(a, `__${op}__`, b);
    case "copy":
      return callMethod(a, "copy");
    case "frozen_or":
      return binaryOp(newSet(frozensetType, a), "or", b);
    case "frozen_and":
      return binaryOp(newSet(frozensetType, a), "and", b);
    case "set_of_set":
      return newSet(setType, a);
    case "frozenset_of_set":
      return newSet(frozensetType, b);
    case "set_of_dict":
      return newSet(setType, dictFromKeys(dictType, b, null));
  }
  const keys = callMethod(dictFromKeys(dictType, a, null) as PyDict, "keys");
  const name = op.slice("dict_keys_".length);
  return binaryOp(keys, name, b);
}

Deno.test("set algebra results (values and iteration order) equal CPython's", () => {
  for (const algebra of fixtures.algebra_cases) {
    const aItems = decodeAll(algebra.a);
    const bItems = decodeAll(algebra.b);
    const a = newSet(setType, newTuple(aItems));
    const b = newSet(setType, newTuple(bItems));
    const result = runAlgebra(algebra.op, a, b);
    const actual = result instanceof PySet ? listRepr(result.keyList()) : reprValue(result);
    assertEquals(
      actual,
      algebra.result,
      `${algebra.op} a=${listRepr(aItems)} b=${listRepr(bItems)}`,
    );
    if (result instanceof PySet) assertEquals(result.cls.name, algebra.type, algebra.op);
  }
});

Deno.test("set and frozenset reprs equal CPython's", () => {
  for (const { kind, items, repr } of fixtures.reprs) {
    const set = newSet(kind === "set" ? setType : frozensetType, newTuple(decodeAll(items)));
    assertEquals(setRepr(set), repr);
  }
});

Deno.test("adding to a set while iterating it: CPython's RuntimeError", () => {
  for (const { initial, step, key, seen, result } of fixtures.set_iteration_cases) {
    const set = newSet(setType, newTuple(decodeAll(initial)));
    const iterator = new PySetIterator(set);
    const yielded: PyValue[] = [];
    const status = outcome(() => {
      for (let index = 0;; index++) {
        const item = iterator.next();
        if (item === undefined) return "ok";
        yielded.push(item);
        if (index === step) set.add(decode(key));
      }
    });
    assertEquals(listRepr(yielded), seen);
    assertEquals(status === "'ok'" ? "ok" : status.replace(": '", ": ").replace(/'$/, ""), result);
  }
});
