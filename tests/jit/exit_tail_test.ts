/**
 * The EXIT TAIL of generated trace functions (jit/backend/js.ts): an exit
 * taken for the first time after V8 has optimized the trace's function
 * must not deoptimize it for want of feedback. The program's loop runs long
 * enough in one call for V8 to compile its trace function (on-stack
 * replacement), and only then leaves: at its end, then at a guard that
 * failed nowhere before. V8's own log (--trace-deopt) says whether it
 * threw the code away; before the tail, each such exit's stores to X did
 * ("Insufficient type feedback for generic keyed access").
 */
import { assert, assertEquals } from "../assert.ts";
import { runTracingDeopts } from "../trace_deopt.ts";

const PROGRAM = `
def run(n, k):
    t = 0
    for i in range(n):
        if i == k:
            t += 1
        t += i
    return t
print(run(300000, -1), run(300000, 250000), run(300000, 299999))
`;

Deno.test("exits first taken in optimized trace code keep it", async () => {
  const out = await runTracingDeopts(PROGRAM);
  assert(out.includes("44999850000 44999850001 44999850001"), out);
  const feedbackDeopts = out.split("\n").filter((line) =>
    /bailout .*Insufficient type feedback.*JSFunction (loop|bridge|fromLabel) /.test(line)
  );
  assertEquals(feedbackDeopts, []);
});
