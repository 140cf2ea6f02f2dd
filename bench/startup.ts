/**
 * Start-up time: `-c pass` and `-c "import unittest"` under Taipan (with a
 * warm compiled-code cache) and CPython 3.11, interleaved in one run, median
 * wall time of N runs each.
 *
 *   deno task bench-startup [--runs N]
 */
const root = new URL("../", import.meta.url).pathname;
const runsArg = Deno.args.indexOf("--runs");
const runs = runsArg >= 0 ? Number(Deno.args[runsArg + 1]) : 10;
const cache = Deno.makeTempDirSync({ prefix: "taipan-startup-cache-" });

const env = { TAIPAN_CACHE_DIR: cache, PYTHONDONTWRITEBYTECODE: "" };
const interpreters = [
  { name: "taipan", argv: [`${root}taipan`] },
  { name: "python3.11", argv: ["/usr/bin/python3.11"] },
];
const programs = [["-c", "pass"], ["-c", "import unittest"]];

async function wall(argv: string[]): Promise<number> {
  const start = performance.now();
  const result = await new Deno.Command(argv[0], { args: argv.slice(1), env, stdout: "null" })
    .output();
  if (!result.success) throw new Error(`${argv.join(" ")} failed`);
  return (performance.now() - start) / 1000;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

console.log("| command | taipan s | python3.11 s | ratio |");
console.log("|---|---:|---:|---:|");
for (const program of programs) {
  for (const interpreter of interpreters) await wall([...interpreter.argv, ...program]); // warm the cache
  const times = interpreters.map(() => [] as number[]);
  for (let run = 0; run < runs; run++) {
    for (const [i, interpreter] of interpreters.entries()) {
      times[i].push(await wall([...interpreter.argv, ...program]));
    }
  }
  const [taipan, cpython] = times.map(median);
  console.log(
    `| \`${program.join(" ")}\` | ${taipan.toFixed(3)} | ${cpython.toFixed(3)} | ${
      (taipan / cpython).toFixed(1)
    } |`,
  );
}
Deno.removeSync(cache, { recursive: true });
