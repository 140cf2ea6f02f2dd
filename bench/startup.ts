/**
 * Start-up time: `-c pass`, `-c "import unittest"` and bench/programs/startup.py
 * under Taipan (with a warm compiled-code cache and, when the sources have not
 * changed since it was built, ./taipan's cached bundle) and CPython 3.11,
 * interleaved in one run: the median wall and CPU time (user + system, all
 * threads: the steadier figure on a loaded machine) of N runs each, through
 * bench/rusage.py, and the smallest CPU time.
 *
 *   deno task bench-startup [--runs N] [--taipan LABEL=LAUNCHER]...
 *
 * `--taipan` (repeatable) compares other checkouts' launchers, interleaved
 * with this one's (label "taipan"): e.g. `--taipan before=/tmp/base/taipan`.
 * Each checkout's bundle (its .cache/taipan) must be built before measuring.
 */
import { type Cost, processCost } from "./process_cost.ts";

const root = decodeURIComponent(new URL("../", import.meta.url).pathname);
const option = (name: string) =>
  Deno.args.flatMap((arg, i) => arg === name ? [Deno.args[i + 1]] : []);
const runs = Number(option("--runs")[0] ?? 10);
const cache = Deno.makeTempDirSync({ prefix: "taipan-startup-cache-" });
const resultFile = `${cache}/result.json`;

const env = { TAIPAN_CACHE_DIR: cache, PYTHONDONTWRITEBYTECODE: "" };
const interpreters = [
  ...option("--taipan").map((spec) => {
    const [name, launcher] = spec.split("=", 2);
    return { name, argv: [launcher] };
  }),
  { name: "taipan", argv: [`${root}taipan`] },
  { name: "python3.11", argv: ["/usr/bin/python3.11"] },
];
const programs = [["-c", "pass"], ["-c", "import unittest"], [
  `${root}bench/programs/startup.py`,
]];

const measure = (argv: string[]): Promise<Cost> => processCost(argv, env, resultFile);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1];
const seconds = (value: number) => `${value.toFixed(3)} s`;
const load = () => Deno.loadavg().map((value) => value.toFixed(1)).join(" ");

console.log(`load average ${load()}`);
console.log("| command | interpreter | wall / CPU (median) | CPU (min) | ratio CPU |");
console.log("|---|---|---:|---:|---:|");
for (const program of programs) {
  for (const interpreter of interpreters) await measure([...interpreter.argv, ...program]); // warm the cache
  const costs = interpreters.map(() => [] as Cost[]);
  for (let run = 0; run < runs; run++) {
    for (const [i, interpreter] of interpreters.entries()) {
      costs[i].push(await measure([...interpreter.argv, ...program]));
    }
  }
  const cpython = median(costs[costs.length - 1].map((cost) => cost.cpu));
  const shown = program[0] === "-c" ? program.join(" ") : "startup.py";
  for (const [i, interpreter] of interpreters.entries()) {
    const cpu = median(costs[i].map((cost) => cost.cpu));
    console.log(
      `| \`${shown}\` | ${interpreter.name} | ${
        seconds(median(costs[i].map((cost) => cost.wall)))
      } / ${seconds(cpu)} | ${seconds(Math.min(...costs[i].map((cost) => cost.cpu)))} | ${
        (cpu / cpython).toFixed(1)
      } |`,
    );
  }
}
console.log(`load average ${load()}`);
Deno.removeSync(cache, { recursive: true });
