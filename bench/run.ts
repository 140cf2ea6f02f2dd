/**
 * The interpreter benchmark: runs each program in bench/programs under
 * Taipan, CPython 3.11 (/usr/bin/python3.11) and, when installed, PyPy, in the
 * same run, interleaved, and prints the best wall time of each and Taipan's
 * ratio to CPython. Machines here are noisy: only ratios measured in one run
 * mean anything. Every program's output must be the same under all of them,
 * or the run fails.
 *
 *   deno task bench [--runs N] [--jit off] [NAME...]
 */
const root = new URL("../", import.meta.url).pathname;
const programsDir = `${root}bench/programs`;

interface Interpreter {
  name: string;
  argv: string[];
}

function parseArgs(args: string[]): { runs: number; extra: string[]; names: string[] } {
  let runs = 3;
  const extra: string[] = [];
  const names: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === "--runs") runs = Number(args[++i]);
    else if (args[i] === "--jit") extra.push("-X", `jit=${args[++i]}`);
    else names.push(args[i].replace(/\.py$/, ""));
  }
  return { runs, extra, names };
}

function exists(path: string): boolean {
  try {
    Deno.statSync(path);
    return true;
  } catch {
    return false;
  }
}

async function timeRun(argv: string[], cwd: string): Promise<{ seconds: number; out: string }> {
  const start = performance.now();
  const result = await new Deno.Command(argv[0], {
    args: argv.slice(1),
    cwd,
    stdout: "piped",
    stderr: "piped",
  }).output();
  const seconds = (performance.now() - start) / 1000;
  const out = new TextDecoder().decode(result.stdout);
  if (result.code !== 0) {
    throw new Error(
      `${argv.join(" ")} exited ${result.code}:\n${new TextDecoder().decode(result.stderr)}`,
    );
  }
  return { seconds, out };
}

const { runs, extra, names } = parseArgs(Deno.args);
const interpreters: Interpreter[] = [
  { name: "taipan", argv: [`${root}taipan`, ...extra] },
  { name: "cpython", argv: ["/usr/bin/python3.11"] },
];
if (exists("/usr/bin/pypy3")) interpreters.push({ name: "pypy", argv: ["/usr/bin/pypy3"] });

const programs = [...Deno.readDirSync(programsDir)]
  .map((e) => e.name)
  .filter((n) => n.endsWith(".py") && (names.length === 0 || names.includes(n.slice(0, -3))))
  .sort();

const header = ["program", ...interpreters.map((i) => `${i.name} s`), "taipan/cpython"];
if (interpreters.length > 2) header.push("taipan/pypy");
console.log(`| ${header.join(" | ")} |`);
console.log(`|${header.map(() => "---").join("|")}|`);
const ratios: number[] = [];
let failed = false;
for (const program of programs) {
  const best = interpreters.map(() => Infinity);
  const outputs: string[] = [];
  for (let run = 0; run < runs; run++) {
    for (const [k, interp] of interpreters.entries()) {
      const { seconds, out } = await timeRun([...interp.argv, program], programsDir);
      best[k] = Math.min(best[k], seconds);
      outputs[k] = out;
    }
  }
  const differs = outputs.some((o) => o !== outputs[1]);
  if (differs) failed = true;
  const ratio = best[0] / best[1];
  ratios.push(ratio);
  const row = [program, ...best.map((s) => s.toFixed(2)), ratio.toFixed(2)];
  if (interpreters.length > 2) row.push((best[0] / best[2]).toFixed(2));
  console.log(`| ${row.join(" | ")} |${differs ? " OUTPUT DIFFERS" : ""}`);
}
const geomean = Math.exp(ratios.reduce((a, r) => a + Math.log(r), 0) / ratios.length);
console.log(`\ngeometric mean taipan/cpython: ${geomean.toFixed(2)} (best of ${runs} runs each)`);
if (failed) {
  console.error("some program's output differs from CPython's");
  Deno.exit(1);
}
