/**
 * V8's main-thread cost of compiling the JIT's generated trace functions,
 * their loop function compiled eagerly (jit/backend/js.ts wraps it in
 * parentheses) against lazily (pre-parsed with the outer function, parsed
 * again at its first call):
 *
 *   ./taipan -X jitlog=js PROGRAM.py 2> /tmp/traces.txt
 *   ./tools/deno run -A bench/micro/trace_compile.ts /tmp/traces.txt [rounds]
 *
 * Each round compiles every trace source of the dump in both forms (each
 * made unique, so V8's compilation cache cannot answer) and calls the loop
 * function once with empty inputs (it throws at once, having been compiled),
 * then prints the milliseconds each form took.
 */
const [dump, roundsText] = Deno.args;
if (dump === undefined) throw new Error("usage: trace_compile.ts JITLOG_JS_DUMP [rounds]");
const EAGER = /return \[\(function (loop|bridge|fromLabel)\(/;

/** The trace sources of a `-X jitlog=js` dump, in the eager form. */
function sources(text: string): string[] {
  return text.split("[jit] JavaScript of ").slice(1).map((part) => {
    const lines = part.split("\n").slice(1);
    const end = lines.findIndex((line) => line.startsWith("}), (run) =>") || line === "});");
    const source = lines.slice(0, end + 1).join("\n");
    return source;
  });
}

function lazy(source: string): string {
  return source.replace(EAGER, "return [function $1(").replace(
    /\n}\), \(run\) =>/,
    "\n}, (run) =>",
  );
}

/** Every helper name the sources destructure from RT is some value; the call only compiles. */
const RUNTIME = new Proxy({}, { get: () => undefined, has: () => true });

function compileAll(all: string[]): number {
  const started = performance.now();
  for (const source of all) {
    const unique = `${source}\n// ${Math.random()}`;
    const [loop] = new Function("K", "RT", unique)(new Array(10000).fill(null), RUNTIME);
    try {
      loop([], null, { error: null }, null);
    } catch (_) {
      // (The empty inputs make it throw: it has been compiled by then.)
    }
  }
  return performance.now() - started;
}

const eager = sources(Deno.readTextFileSync(dump));
const lazySources = eager.map(lazy);
const kb = Math.round(eager.reduce((n, s) => n + s.length, 0) / 1000);
console.log(`${eager.length} trace functions, ${kb} KB of JavaScript`);
for (let round = 0; round < Number(roundsText ?? 5); round++) {
  const lazyMs = compileAll(lazySources);
  const eagerMs = compileAll(eager);
  console.log(`lazy ${lazyMs.toFixed(0)} ms   eager ${eagerMs.toFixed(0)} ms`);
}
