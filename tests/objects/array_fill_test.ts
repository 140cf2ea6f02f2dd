/**
 * vm/objects/array_fill.ts: filling JS arrays must leave V8's initial array
 * maps stable. `Array.prototype.fill` over a whole array of another
 * elements kind marks the shared initial map unstable and V8 throws away
 * the optimized code of every function that relied on it ("dependent
 * prototype chain changed" in --trace-deopt): the json scanner clearing
 * its scratch stacks after the first document did, mid-run.
 */
import { assert, assertEquals } from "../assert.ts";
import { runTracingDeopts } from "../trace_deopt.ts";
import { runNativesProbe } from "../natives_probe.ts";
import {
  fillArray,
  filledArray,
  holeyTaggedCopy,
  taggedArray,
} from "../../vm/objects/array_fill.ts";

Deno.test("filledArray and fillArray", () => {
  assertEquals(filledArray(3, null), [null, null, null]);
  assertEquals(filledArray(0, "x"), []);
  const items: (string | undefined)[] = ["a", "b"];
  fillArray(items, undefined);
  assertEquals(items, [undefined, undefined]);
  const tagged = taggedArray<number | undefined>();
  tagged.push(undefined, 0);
  assertEquals(tagged, [undefined, 0]);
});

// Documents read after the scanner has been optimized; frame.clear() on a
// finished frame clears its locals the same way.
const PROGRAM = `
import json, sys
doc = '[' + '{"a": [1, 2.5, "x"], "b": {"c": null}},' * 3000 + '1]'
for _ in range(3):
    json.loads(doc)
def f():
    x = [1]
    return sys._getframe()
f().clear()
print(len(json.loads(doc)))
`;

Deno.test("the json scanner's code survives its first documents", async () => {
  const out = await runTracingDeopts(PROGRAM);
  assert(out.includes("3001\n"), out);
  const invalidated = out.split("\n").filter((line) =>
    /marking dependent code .*SharedFunctionInfo (pushValue|pushEntry|takeValues|object|array|dict)>.*prototype chain changed/
      .test(line)
  );
  assertEquals(invalidated, []);
});

// A native's int default beside a parameter without one ("string, pos=0,
// endpos=?"): in a double array (taggedArray) the 0 reached re's matcher as
// a heap number, after calls giving pos had compiled it for Smis.
const DEFAULTS_PROGRAM = `
import re
p = re.compile(r"\\d+")
n = 0
for i in range(3000):
    n += p.search("abc 123 def", 0).end()
for i in range(3000):
    n += p.search("abc 123 def").end()
print(n)
`;

Deno.test("a native's int default arrives as a small int", async () => {
  const out = await runTracingDeopts(DEFAULTS_PROGRAM);
  assert(out.includes("42000\n"), out);
  const matcher = /reason: not a Smi.*<JSFunction (begin|sreSearch|canStart|nextStart|newMatch) /;
  assertEquals(out.split("\n").filter((line) => matcher.test(line)), []);
});

Deno.test("holeyTaggedCopy gives one elements kind whatever it copies", async () => {
  assertEquals(
    await runNativesProbe(new URL("./array_fill_probe.ts", import.meta.url)),
    "object-holey object-holey object-holey object-holey object-holey true\n[2,1,1,3,1]\n",
  );
  assertEquals(holeyTaggedCopy([1, 2, 3, 4], 1, 2), [2, 3]);
});
