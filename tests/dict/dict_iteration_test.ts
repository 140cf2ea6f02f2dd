import { assertEquals } from "../assert.ts";
import {
  decode,
  decodeAll,
  type Encoded,
  fixtures,
  installTestProtocols,
  listRepr,
} from "./helpers.ts";
import type { PyValue } from "../../vm/objects/object.ts";
import { isPyException } from "../../vm/objects/exceptions.ts";
import { PyDict } from "../../vm/objects/dict.ts";
import { PyDictIterator } from "../../vm/objects/dict_views.ts";

installTestProtocols();

interface IterationCase {
  initial: Encoded[];
  step: number;
  action: [string, Encoded | Encoded[]];
  seen: string;
  result: string;
}

function mutate(dict: PyDict, [kind, operand]: [string, Encoded | Encoded[]]): void {
  switch (kind) {
    case "del":
      dict.delete(decode(operand as Encoded));
      break;
    case "add":
      dict.set(decode(operand as Encoded), 1);
      break;
    case "set":
      dict.set(decode(operand as Encoded), 2);
      break;
    default: {
      const [removed, added] = (operand as Encoded[]).map(decode);
      dict.delete(removed);
      dict.set(added, 1);
    }
  }
}

Deno.test("mutating a dict while iterating it: CPython's outcomes and RuntimeErrors", () => {
  for (const iterationCase of fixtures.iteration_cases as IterationCase[]) {
    const dict = new PyDict();
    for (const key of decodeAll(iterationCase.initial)) dict.set(key, 0);
    const iterator = new PyDictIterator(dict, "keys", false);
    const seen: PyValue[] = [];
    let result = "ok";
    try {
      for (let index = 0;; index++) {
        const key = iterator.next();
        if (key === undefined) break;
        seen.push(key);
        if (index === iterationCase.step) mutate(dict, iterationCase.action);
      }
    } catch (error) {
      if (!isPyException(error)) throw error;
      result = `${error.cls.name}: ${error.args.items[0]}`;
    }
    const label = JSON.stringify([
      iterationCase.initial.length,
      iterationCase.step,
      iterationCase.action,
    ]);
    assertEquals(listRepr(seen), iterationCase.seen, label);
    assertEquals(result, iterationCase.result, label);
  }
});

Deno.test("a dict iterator that saw a size change stays broken (CPython's sticky state)", () => {
  const dict = new PyDict();
  dict.set(1, 1);
  const iterator = new PyDictIterator(dict, "keys", false);
  dict.set(2, 2);
  let errors = 0;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      iterator.next();
    } catch {
      errors++;
    }
  }
  dict.delete(2);
  try {
    iterator.next();
  } catch {
    errors++;
  }
  assertEquals(errors, 3);
});

interface ChurnCase {
  size: number;
  limit: number;
  kind: "int" | "str";
  seen: string;
  result: string;
  final: string;
}

Deno.test("replacing keys while iterating: CPython's entry layout and resize points", () => {
  for (const churn of fixtures.churn_cases as ChurnCase[]) {
    const make = (n: number): PyValue => churn.kind === "str" ? String(n) : n;
    const dict = new PyDict();
    for (let key = 0; key < churn.size; key++) dict.set(make(key), 0);
    const iterator = new PyDictIterator(dict, "keys", false);
    const seen: PyValue[] = [];
    let result = "ok";
    try {
      for (;;) {
        const key = iterator.next();
        if (key === undefined) break;
        seen.push(key);
        if (seen.length >= churn.limit) break;
        dict.delete(key);
        dict.set(make(1000 + seen.length), 0);
      }
    } catch (error) {
      if (!isPyException(error)) throw error;
      result = `${error.cls.name}: ${error.args.items[0]}`;
    }
    const label = `${churn.kind} keys, size ${churn.size}, limit ${churn.limit}`;
    assertEquals(
      [listRepr(seen), result, listRepr(dict.keys.filter((key) => key !== undefined) as PyValue[])],
      [churn.seen, churn.result, churn.final],
      label,
    );
  }
});
