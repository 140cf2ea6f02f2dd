/**
 * `-X jitlog=names` (jit/log.ts traceFunctionName): each generated function
 * is named after its trace, so that V8's own logs tell the traces apart;
 * without it they are all `loop`, `bridge` and `fromLabel`, as the tests and
 * tools that read V8's logs expect by default.
 */
import { assert } from "../assert.ts";
import { runWithV8Log } from "../trace_deopt.ts";

const PROGRAM = `
def run(n):
    t = 0
    for i in range(n):
        t += i
    return t
print(run(400000))
`;

/** The names of the functions V8's --trace-opt says it compiled. */
function compiled(log: string): Set<string> {
  return new Set([...log.matchAll(/completed compiling \S+ <JSFunction (\S+) /g)].map((m) => m[1]));
}

Deno.test("jitlog=names: V8's log names each trace function after its trace", async () => {
  const named = await runWithV8Log(PROGRAM, "--trace-opt", ["-X", "jitlog=names"]);
  assert(named.includes("79999800000"), named);
  const names = [...compiled(named)];
  assert(names.some((name) => /^loop_run_4_\d+$/.test(name)), names.join(" "));
  assert(!names.includes("loop"), names.join(" "));
  const plain = await runWithV8Log(PROGRAM, "--trace-opt");
  assert(compiled(plain).has("loop"), [...compiled(plain)].join(" "));
});
