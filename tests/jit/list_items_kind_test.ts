/**
 * vm/objects/list_items.ts: the lists compiled traces make have the items
 * arrays' kind the interpreter's have (HOLEY_ELEMENTS). A trace made an
 * empty list as `[]` (PACKED_SMI_ELEMENTS) and a short one, appending, as
 * a literal of its values: a trace function V8 had compiled for the
 * interpreter's lists deoptimised ("wrong map") at the first list a trace
 * made, and was compiled again.
 */
import { assert, assertEquals } from "../assert.ts";
import { runNativesProbe } from "../natives_probe.ts";
import { runWithV8Log } from "../trace_deopt.ts";

Deno.test("lists' items arrays made for traces have the interpreter's map", async () => {
  assertEquals(
    await runNativesProbe(new URL("./list_items_kind_probe.ts", import.meta.url)),
    "object-holey object-holey object-holey object-holey object-holey\ntrue\n",
  );
});

// walk's trace runs long over lists the interpreter made (the JIT off
// while they are built), then over lists build's traces made.
const PROGRAM = `
import taipanjit

class Var:
    def __init__(self, name):
        self.name = name
        self.edges = []

def build(n):
    vs = [Var(i) for i in range(n)]
    for i in range(1, n, 3):
        vs[i].edges.append(vs[i - 1])
    return vs

def walk(vs):
    total = 0
    for v in vs:
        for e in v.edges:
            total += 1
    return total

total = 0
taipanjit.disable()
first = build(20000)
taipanjit.enable()
for k in range(30):
    total += walk(first)
for k in range(10):
    total += walk(build(4000))
print(total)
`;

Deno.test("a trace function reads lists the interpreter and traces made with one map", async () => {
  const out = await runWithV8Log(PROGRAM, "--trace-deopt", ["-X", "jitlog=names"]);
  assert(out.includes("213340\n"), out.slice(-300));
  const wrongMaps = out.split("\n").filter((line) =>
    /reason: wrong map\): begin\. deoptimizing .*<JSFunction loop_walk_/.test(line)
  );
  assertEquals(wrongMaps, []);
});
