/**
 * Start-up time: `-c pass` and `-c "import unittest"` under Taipan (with a
 * warm compiled-code cache and, when the sources have not changed since it
 * was built, ./taipan's cached bundle) and CPython 3.11, interleaved in one
 * run: the median wall and CPU time (user + system, all threads: the steadier
 * figure on a loaded machine) of N runs each, through bench/rusage.py.
 *
 *   deno task bench-startup [--runs N]
 */
import { type Cost, processCost } from "./process_cost.ts";

const root = decodeURIComponent(new URL("../", import.meta.url).pathname);
const runsArg = Deno.args.indexOf("--runs");
const runs = runsArg >= 0 ? Number(Deno.args[runsArg + 1]) : 10;
const cache = Deno.makeTempDirSync({ prefix: "taipan-startup-cache-" });
const resultFile = `${cache}/result.json`;

const env = { TAIPAN_CACHE_DIR: cache, PYTHONDONTWRITEBYTECODE: "" };
const interpreters = [
  { name: "taipan", argv: [`${root}taipan`] },
  { name: "python3.11", argv: ["/usr/bin/python3.11"] },
];
const programs = [["-c", "pass"], ["-c", "import unittest"]];

const measure = (argv: string[]): Promise<Cost> => processCost(argv, env, resultFile);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1];
const seconds = (value: number) => `${value.toFixed(3)} s`;

console.log(`load average ${Deno.loadavg().map((load) => load.toFixed(1)).join(" ")}`);
console.log("| command | taipan wall / CPU | python3.11 wall / CPU | ratio wall / CPU |");
console.log("|---|---:|---:|---:|");
for (const program of programs) {
  for (const interpreter of interpreters) await measure([...interpreter.argv, ...program]); // warm the cache
  const costs = interpreters.map(() => [] as Cost[]);
  for (let run = 0; run < runs; run++) {
    for (const [i, interpreter] of interpreters.entries()) {
      costs[i].push(await measure([...interpreter.argv, ...program]));
    }
  }
  const [taipan, cpython] = costs.map((list) => ({
    wall: median(list.map((cost) => cost.wall)),
    cpu: median(list.map((cost) => cost.cpu)),
  }));
  console.log(
    `| \`${program.join(" ")}\` | ${seconds(taipan.wall)} / ${seconds(taipan.cpu)} | ${
      seconds(cpython.wall)
    } / ${seconds(cpython.cpu)} | ${(taipan.wall / cpython.wall).toFixed(1)} / ${
      (taipan.cpu / cpython.cpu).toFixed(1)
    } |`,
  );
}
Deno.removeSync(cache, { recursive: true });
