/**
 * Fuzzes parse() with mutated stdlib sources: random truncations, byte flips,
 * byte and line insertions, deletions and duplications. Whatever the input,
 * parse() must return a Module or throw PySyntaxError; any other exception (a
 * TypeError, a RangeError from stack overflow, ...) is a bug.
 *
 * Cases run in a worker; one that takes longer than FUZZ_HANG_SECONDS (default
 * 5) counts as a hang, and the run goes on in a fresh worker.
 *
 * Reproducible: the PRNG is seeded. A failure prints the seed and case number;
 * rerun one case with `FUZZ_SEED=S FUZZ_CASE=N deno test -A tests/frontend/fuzz_test.ts`.
 * FUZZ_CASES changes the number of cases (default 5000).
 */
import type { WorkerReady } from "../../tools/ast_diff_protocol.ts";
import type { FuzzRequest, FuzzResult } from "./fuzz_worker.ts";

const WORKER = new URL("./fuzz_worker.ts", import.meta.url);

/** Runs the cases, restarting the worker after a hang; returns the failures. */
function runCases(seed: number, indices: number[], hangSeconds: number): Promise<string[]> {
  const failures: string[] = [];
  let next = 0;
  return new Promise((resolve) => {
    const start = () => {
      if (next >= indices.length) return resolve(failures);
      const worker = new Worker(WORKER, { type: "module" });
      let timer: ReturnType<typeof setTimeout> | undefined;
      const arm = () => {
        clearTimeout(timer);
        timer = setTimeout(() => {
          worker.terminate();
          failures.push(
            `FUZZ_SEED=${seed} FUZZ_CASE=${indices[next]}: no result in ${hangSeconds} s`,
          );
          next++;
          start();
        }, hangSeconds * 1000);
      };
      worker.onmessage = ({ data }: MessageEvent<FuzzResult | WorkerReady>) => {
        if ("ready" in data) {
          // Loading (and type-checking) the parser does not count against a case.
          arm();
          worker.postMessage({ seed, indices: indices.slice(next) } satisfies FuzzRequest);
          return;
        }
        if (data.problem !== null) {
          failures.push(
            `FUZZ_SEED=${seed} FUZZ_CASE=${data.index}: ${data.problem}\n` +
              `    source: ${data.preview}`,
          );
        }
        next++;
        if (next < indices.length) return arm();
        clearTimeout(timer);
        worker.terminate();
        resolve(failures);
      };
    };
    start();
  });
}

Deno.test("parse() only returns a Module or throws PySyntaxError on mutated sources", async () => {
  const seed = Number(Deno.env.get("FUZZ_SEED") ?? "20261126");
  const cases = Number(Deno.env.get("FUZZ_CASES") ?? "5000");
  const hangSeconds = Number(Deno.env.get("FUZZ_HANG_SECONDS") ?? "5");
  const only = Deno.env.get("FUZZ_CASE");
  const indices = only === undefined ? [...Array(cases).keys()] : [Number(only)];
  const failures = await runCases(seed, indices, hangSeconds);
  if (failures.length > 0) {
    throw new Error(
      `${failures.length} of ${indices.length} cases failed:\n` + failures.slice(0, 15).join("\n"),
    );
  }
});
