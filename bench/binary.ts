/**
 * The single binary against ./taipan and CPython 3.11: size on disk, and
 * start-up of `-c pass` and `-c "import unittest"` (median wall and CPU time
 * of N interleaved runs each, through bench/rusage.py, with warm caches: the
 * binary's runtime extracted and the compiled-code cache filled). Also the
 * binary's first run, `-S -c pass`, which extracts the runtime (and runs
 * no Python code, so that the compiled-code cache does not count).
 *
 *   deno task compile && deno task bench-binary [--runs N] [--binary PATH]
 */
import { type Cost, processCost } from "./process_cost.ts";

const root = decodeURIComponent(new URL("../", import.meta.url).pathname);
const option = (name: string) => {
  const at = Deno.args.indexOf(name);
  return at >= 0 ? Deno.args[at + 1] : undefined;
};
const runs = Number(option("--runs") ?? 10);
const binary = option("--binary") ?? `${root}dist/taipan`;
const python = "/usr/bin/python3.11";

try {
  Deno.statSync(binary);
} catch {
  console.error(`bench-binary: no ${binary}: build it with \`deno task compile\``);
  Deno.exit(1);
}

const cache = Deno.makeTempDirSync({ prefix: "taipan-bench-binary-" });
const resultFile = `${cache}/result.json`;
const env = { TAIPAN_CACHE_DIR: cache, PYTHONDONTWRITEBYTECODE: "" };

const measure = (argv: string[]): Promise<Cost> => processCost(argv, env, resultFile);

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1];
const mebibytes = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MiB`;
const sizeOf = (path: string) => Deno.statSync(path).size;

function directorySize(path: string): number {
  let total = 0;
  for (const entry of Deno.readDirSync(path)) {
    const child = `${path}/${entry.name}`;
    total += entry.isDirectory ? directorySize(child) : entry.isFile ? sizeOf(child) : 0;
  }
  return total;
}

const interpreters = [
  { name: "dist/taipan", argv: [binary] },
  { name: "./taipan", argv: [`${root}taipan`] },
  { name: "python3.11", argv: [python] },
];
const programs = [["-c", "pass"], ["-c", "import unittest"]];

try {
  const firstRun = await measure([binary, "-S", "-c", "pass"]);
  const runtimes = `${cache}/runtime`;
  const extracted = [...Deno.readDirSync(runtimes)].find((entry) => !entry.name.startsWith("."));
  console.log("| what | size |");
  console.log("|---|---:|");
  console.log(`| dist/taipan (one file) | ${mebibytes(sizeOf(binary))} |`);
  if (extracted) {
    console.log(
      `| its runtime, extracted on first run | ${
        mebibytes(directorySize(`${runtimes}/${extracted.name}`))
      } |`,
    );
  }
  console.log(`| Deno runtime used by ./taipan | ${mebibytes(sizeOf(Deno.execPath()))} |`);
  console.log(`| python3.11 executable | ${mebibytes(sizeOf(python))} |`);
  console.log();
  console.log(
    `First run of dist/taipan, \`-S -c pass\` (extracts the runtime): ${
      firstRun.wall.toFixed(3)
    } s wall, ` +
      `${firstRun.cpu.toFixed(3)} s CPU.`,
  );
  console.log();
  console.log(`Median of ${runs} interleaved runs, warm caches (wall s / CPU s):`);
  console.log();
  console.log(`| command | ${interpreters.map((i) => i.name).join(" | ")} | dist/./taipan wall |`);
  console.log(`|---|${interpreters.map(() => "---:|").join("")}---:|`);
  for (const program of programs) {
    for (const interpreter of interpreters) await measure([...interpreter.argv, ...program]);
    const costs = interpreters.map(() => [] as Cost[]);
    for (let run = 0; run < runs; run++) {
      for (const [i, interpreter] of interpreters.entries()) {
        costs[i].push(await measure([...interpreter.argv, ...program]));
      }
    }
    const walls = costs.map((list) => median(list.map((cost) => cost.wall)));
    const cpus = costs.map((list) => median(list.map((cost) => cost.cpu)));
    const cells = walls.map((wall, i) => `${wall.toFixed(3)} / ${cpus[i].toFixed(3)}`);
    console.log(
      `| \`${program.join(" ")}\` | ${cells.join(" | ")} | ${(walls[0] / walls[1]).toFixed(2)} |`,
    );
  }
} finally {
  Deno.removeSync(cache, { recursive: true });
}
