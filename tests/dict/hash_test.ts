import { assert, assertEquals } from "../assert.ts";
import { decode, type Encoded, fixtures, installTestProtocols, list, outcome } from "./helpers.ts";
import { equalsForKey, hashOf } from "../../vm/runtime/hash.ts";
import { PyFloat } from "../../vm/objects/float.ts";
import { newTuple } from "../../vm/objects/tuple.ts";

installTestProtocols();

Deno.test("hash() of ints, floats, complex, tuples and frozensets equals CPython's", () => {
  const failures: string[] = [];
  for (const [encoded, expected] of fixtures.hashes as [Encoded, string][]) {
    const value = decode(encoded);
    if (JSON.stringify(encoded) === '{"s":""}' || JSON.stringify(encoded) === '{"y":[]}') {
      assertEquals(hashOf(value), 0);
      continue;
    }
    const actual = String(hashOf(value));
    if (actual !== expected) failures.push(`${JSON.stringify(encoded)}: ${actual} != ${expected}`);
  }
  assertEquals(failures, []);
});

Deno.test("hash() results are Python ints in normal form", () => {
  for (const [encoded] of fixtures.hashes as [Encoded, string][]) {
    const hash = hashOf(decode(encoded));
    if (typeof hash === "bigint") assert(!Number.isSafeInteger(Number(hash)), String(hash));
    else assert(Number.isSafeInteger(hash) && !Object.is(hash, -0));
  }
});

Deno.test("bytes hash like the latin-1 str with the same characters (as in CPython)", () => {
  for (const [text, bytes] of fixtures.bytes_equal_str as [Encoded, Encoded][]) {
    assertEquals(hashOf(decode(text)), hashOf(decode(bytes)));
  }
});

Deno.test("unhashable values raise CPython's TypeError", () => {
  assertEquals(outcome(() => hashOf(list([]))), `TypeError: "unhashable type: 'list'"`);
  assertEquals(
    outcome(() => hashOf(newTuple([1, list([])]))),
    `TypeError: "unhashable type: 'list'"`,
  );
});

Deno.test("equalsForKey: 1 == 1.0 == True, identity for NaN, value for tuples", () => {
  assert(equalsForKey(1, true));
  assert(equalsForKey(new PyFloat(1), 1));
  assert(equalsForKey(true, new PyFloat(1)));
  assert(!equalsForKey(2n ** 70n, new PyFloat(1)));
  assert(equalsForKey(2n ** 60n, new PyFloat(2 ** 60)));
  const nan = new PyFloat(NaN);
  assert(equalsForKey(nan, nan));
  assert(!equalsForKey(nan, new PyFloat(NaN)));
  assert(equalsForKey(newTuple([1, "a"]), newTuple([true, "a"])));
  assert(!equalsForKey(newTuple([1]), newTuple([1, 2])));
  assert(!equalsForKey("1", 1));
  assert(!equalsForKey(null, 0));
});
