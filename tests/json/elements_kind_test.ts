/**
 * stdlib/_json_arrays.ts: the arrays the json natives keep in fields (the
 * encoders' chain of containers, the indent encoder's lines, the scanner's
 * stacks) start with V8's generic elements kind. An empty `[]` or an
 * `[undefined]` (HOLEY_DOUBLE_ELEMENTS in V8 13+) changes map at its first
 * object, and code optimized for the changed map met the next encoding's
 * fresh array: "wrong map" deoptimizations of tryEnter and open, each
 * followed by another TurboFan compile.
 */
import { assert, assertEquals } from "../assert.ts";
import { runNativesProbe } from "../natives_probe.ts";
import { runTracingDeopts } from "../trace_deopt.ts";
import { genericArray } from "../../stdlib/_json_arrays.ts";

Deno.test("genericArray and holeyGenericArray keep their kind", async () => {
  assertEquals(
    await runNativesProbe(new URL("./elements_kind_probe.ts", import.meta.url)),
    "object object object true\nobject-holey object-holey object-holey true\n",
  );
});

Deno.test("genericArray is empty and takes anything", () => {
  const array = genericArray<unknown>();
  assertEquals(array.length, 0);
  array.push(1, "x", null, undefined, 2.5);
  assertEquals(array, [1, "x", null, undefined, 2.5]);
});

// One big document each way (the encoders optimized for the arrays it
// leaves), then many small ones, each with fresh arrays.
const PROGRAM = `
import json
docs = [{"a": [i, [i, None]], "b": {"c": "x%d" % i, "d": [i / 7.0]}} for i in range(20000)]
total = len(json.dumps(docs)) + len(json.dumps(docs, indent=2))
for d in docs[:3000]:
    total += len(json.dumps(d))
    total += len(json.dumps(d, indent=2))
print(total > 0)
`;

Deno.test("the json encoders' arrays keep one map", async () => {
  const out = await runTracingDeopts(PROGRAM);
  assert(out.includes("True\n"), out);
  const wrongMaps = out.split("\n").filter((line) =>
    /reason: (wrong map|not a Number)\): begin\. deoptimizing .*<JSFunction (tryEnter|encodeDict|open|lineAt) /
      .test(line)
  );
  assertEquals(wrongMaps, []);
});

// A big document, then many small ones: the scanner's stacks of keys and
// values serve every scan of the process (a spare scratch), and the dicts
// it makes are slices of them.
const SCANS = `
import json
docs = [{"id": i, "name": "r%d" % i, "nested": {"d": [i, [i, None]], "r": i / 7.0}, "e": {}}
        for i in range(20000)]
back = json.loads(json.dumps(docs))
again = json.loads(json.dumps(docs, indent=2))
lines = [json.dumps(d) for d in docs[:5000]]
parsed = [json.loads(line) for line in lines]
print(back == docs and again == docs and parsed == docs[:5000])
`;

Deno.test("the json scanner's stacks keep one map", async () => {
  const out = await runTracingDeopts(SCANS);
  assert(out.includes("True\n"), out);
  const wrongMaps = out.split("\n").filter((line) =>
    /reason: wrong map\): begin\. deoptimizing .*<JSFunction (object|dict|pushEntry|array) /
      .test(line)
  );
  assertEquals(wrongMaps, []);
});
