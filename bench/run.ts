/**
 * The interpreter benchmark suite's harness (docs/performance-bench.md).
 *
 *   deno task bench [NAME...] [--runs N] [--vs python3.11,pypy3] [--jit off,on]
 *                   [--size quick|N] [--iterations N] [--timeout S]
 *                   [--warmup-curve] [--report] [--list] [--from RESULTS.json]
 *
 * Runs each program in bench/programs as a whole process under Taipan (once per
 * --jit mode, `./taipan -X jit=MODE`) and under the reference interpreters of
 * --vs that are installed (CPython is /usr/bin/python3.11; PyPy is used only
 * when present), interleaved A B A B, --runs times each. Reports the median CPU
 * time (user + system of the child, from wait4's rusage), median wall time and
 * peak RSS; checks every interpreter's output (the checksum) against CPython's;
 * prints ratio tables with geometric means; writes JSON and an SVG chart to
 * results/bench/. A program that fails, times out or prints a different
 * checksum is an error cell, not the end of the run.
 *
 * --warmup-curve also draws, per benchmark, the seconds of each kernel
 * iteration (programs print `iteration <s>` to stderr when
 * BENCH_ITERATION_TIMES is set; see bench/programs/_bench.py).
 * --report also writes docs/performance-bench.svg and the result tables into
 * docs/performance-bench.md (between its bench-results markers).
 * --from re-renders the tables, charts and report of an earlier run's JSON.
 */
import {
  CPYTHON,
  errorLine,
  geomean,
  isFailure,
  measure,
  median,
  versionOf,
  warmSeconds,
  which,
} from "./harness/measure.ts";
import { barChart, colour, lineChart, type Series } from "./harness/svg.ts";
import { markdownTables, replaceSection } from "./harness/report.ts";
import type { BenchResult, Comparison, Interpreter, Options, Results } from "./harness/types.ts";

const root = new URL("../", import.meta.url).pathname;
const programsDir = `${root}bench/programs`;

function usage(message?: string): never {
  if (message) console.error(`bench: ${message}`);
  console.error(
    "usage: deno task bench [NAME...] [--runs N] [--vs python3.11,pypy3] [--jit off,on]\n" +
      "                       [--size quick|N] [--iterations N] [--timeout S]\n" +
      "                       [--warmup-curve] [--report] [--list] [--from RESULTS.json]",
  );
  Deno.exit(2);
}

function parseArgs(args: string[]): Options {
  const o: Options = {
    names: [],
    runs: 3,
    vs: ["python3.11", "pypy3"],
    jit: ["off", "on"],
    timeout: 600,
    warmupCurve: false,
    report: false,
    list: false,
  };
  const value = (i: number) => {
    if (i >= args.length) usage(`${args[i - 1]} needs a value`);
    return args[i];
  };
  const list = (s: string) => s.split(",").map((x) => x.trim()).filter((x) => x);
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const eq = a.indexOf("=");
    const [flag, inline] = a.startsWith("--") && eq > 0 ? [a.slice(0, eq), a.slice(eq + 1)] : [
      a,
      undefined,
    ];
    const next = () => inline ?? value(++i);
    switch (flag) {
      case "--runs":
        o.runs = Number(next());
        if (!(o.runs >= 1)) usage("--runs must be at least 1");
        break;
      case "--vs":
        o.vs = list(next());
        break;
      case "--jit":
        o.jit = list(next());
        break;
      case "--size":
        o.size = next();
        break;
      case "--iterations":
        o.iterations = Number(next());
        break;
      case "--timeout":
        o.timeout = Number(next());
        break;
      case "--warmup-curve":
        o.warmupCurve = true;
        break;
      case "--report":
        o.report = true;
        break;
      case "--list":
        o.list = true;
        break;
      case "--from":
        o.from = next();
        break;
      case "-h":
      case "--help":
        usage();
        break;
      default:
        if (a.startsWith("-")) usage(`unknown option ${a}`);
        o.names.push(a.replace(/\.py$/, "").replace(/^.*\//, ""));
    }
  }
  return o;
}

function describe(name: string): string {
  const text = Deno.readTextFileSync(`${programsDir}/${name}.py`);
  const lines: string[] = [];
  for (const line of text.split("\n")) {
    if (!line.startsWith("#")) break;
    lines.push(line.replace(/^#\s?/, ""));
  }
  return lines.join(" ");
}

function interpretersFor(o: Options, notes: string[]): Interpreter[] {
  const out: Interpreter[] = [];
  for (const name of o.vs) {
    if (name === "python3.11" || name === "cpython") {
      out.push({ id: "python3.11", label: "CPython 3.11", argv: [CPYTHON], taipan: false });
    } else if (name === "pypy3" || name === "pypy") {
      const path = which("/usr/bin/pypy3") ?? which("pypy3");
      if (path) out.push({ id: "pypy3", label: "PyPy3", argv: [path], taipan: false });
      else notes.push("pypy3 is not installed: skipped");
    } else {
      const path = which(name);
      if (path) out.push({ id: name, label: name, argv: [path], taipan: false });
      else notes.push(`${name} is not installed: skipped`);
    }
  }
  // CPython first: its output is the checksum the others are compared with.
  out.sort((a, b) => (b.id === "python3.11" ? 1 : 0) - (a.id === "python3.11" ? 1 : 0));
  for (const mode of o.jit) {
    out.push({
      id: `taipan-jit-${mode}`,
      label: `Taipan jit=${mode}`,
      argv: [`${root}taipan`, "-X", `jit=${mode}`],
      taipan: true,
    });
  }
  return out;
}

function comparisonsFor(interps: Interpreter[]): Comparison[] {
  const refs = interps.filter((i) => !i.taipan);
  const base = refs.find((i) => i.id === "python3.11") ?? refs[0];
  const out: Comparison[] = [];
  const add = (a: Interpreter, b: Interpreter) =>
    out.push({
      key: `${a.id}/${b.id}`,
      label: `${a.label} / ${b.label}`,
      numerator: a.id,
      denominator: b.id,
    });
  if (base) { for (const i of interps) if (i !== base) add(i, base); }
  for (const t of interps.filter((i) => i.taipan)) {
    for (const r of refs) if (r !== base) add(t, r);
  }
  return out;
}

function ratioOf(measure: "cpu" | "warm") {
  return (b: BenchResult, c: Comparison): number | null => {
    const n = b.cells[c.numerator], d = b.cells[c.denominator];
    if (!n || !d || n.error || d.error) return null;
    const a = n[measure], z = d[measure];
    if (a === undefined || z === undefined) return null;
    return a / Math.max(z, 1e-6);
  };
}

/** Ratio of whole-process CPU times. */
const ratio = ratioOf("cpu");
/** Ratio of warm kernel iteration times. */
const warmRatio = ratioOf("warm");

function loadavg(): string {
  try {
    return Deno.readTextFileSync("/proc/loadavg").split(" ").slice(0, 3).join(" ");
  } catch {
    return "?";
  }
}

async function gitCommit(): Promise<string> {
  try {
    const out = await new Deno.Command("git", {
      args: ["rev-parse", "--short", "HEAD"],
      cwd: root,
      stdout: "piped",
      stderr: "null",
    }).output();
    return new TextDecoder().decode(out.stdout).trim();
  } catch {
    return "";
  }
}

function fmtSeconds(s: number): string {
  return s < 10 ? s.toFixed(3) : s.toFixed(1);
}

async function main() {
  const o = parseArgs(Deno.args);
  const available = [...Deno.readDirSync(programsDir)]
    .map((e) => e.name)
    .filter((n) => n.endsWith(".py") && !n.startsWith("_"))
    .map((n) => n.slice(0, -3))
    .sort();
  if (o.list) {
    for (const name of available) console.log(`${name.padEnd(16)} ${describe(name)}`);
    return;
  }
  if (o.from !== undefined) {
    // Re-render an earlier run's tables, charts and report from its JSON.
    const results: Results = JSON.parse(await Deno.readTextFile(o.from));
    await emit(
      results,
      { ...results.options, warmupCurve: o.warmupCurve, report: o.report },
      false,
    );
    return;
  }
  for (const n of o.names) if (!available.includes(n)) usage(`no benchmark named ${n}`);
  const programs = o.names.length ? available.filter((n) => o.names.includes(n)) : available;
  const notes: string[] = [];
  const interps = interpretersFor(o, notes);
  for (const n of notes) console.error(`bench: ${n}`);
  for (const i of interps) i.version = await versionOf(i.argv);
  const comparisons = comparisonsFor(interps);
  const programArgs: string[] = [];
  if (o.size !== undefined || o.iterations !== undefined) programArgs.push(o.size ?? "default");
  if (o.iterations !== undefined) programArgs.push(String(o.iterations));
  const results: Results = {
    date: new Date().toISOString(),
    commit: await gitCommit(),
    loadavgBefore: loadavg(),
    loadavgAfter: "",
    cpus: navigator.hardwareConcurrency,
    options: o,
    interpreters: interps,
    comparisons,
    benchmarks: [],
    geomeans: {},
    notes,
  };
  console.error(
    `bench: ${programs.length} programs x ${interps.length} interpreters x ${o.runs} runs ` +
      `(load average ${results.loadavgBefore})`,
  );
  const cpythonTimed = interps.some((i) => i.id === "python3.11");
  let referenceBroken = false;
  for (const [pi, name] of programs.entries()) {
    const program = `${name}.py`;
    const bench: BenchResult = { name, description: describe(name), cells: {} };
    for (const i of interps) bench.cells[i.id] = { samples: [] };
    let expected: string | null = null;
    if (!cpythonTimed) {
      const ref = await measure([CPYTHON, program, ...programArgs], programsDir, o.timeout);
      if (isFailure(ref)) {
        console.error(`bench: ${name}: CPython failed: ${ref.error}`);
        referenceBroken = true;
      } else expected = ref.stdout;
    }
    for (let run = 0; run < o.runs; run++) {
      for (const interp of interps) {
        const cell = bench.cells[interp.id];
        if (cell.error) continue;
        const r = await measure([...interp.argv, program, ...programArgs], programsDir, o.timeout);
        if (isFailure(r)) {
          cell.error = r.error;
          cell.stderrTail = r.stderr.split("\n").filter((l) => !l.startsWith("iteration "))
            .slice(-25).join("\n");
          if (interp.id === "python3.11") referenceBroken = true;
          continue;
        }
        if (interp.id === "python3.11" && expected === null) expected = r.stdout;
        if (expected !== null && r.stdout !== expected) {
          const got = errorLine(r.stdout).slice(0, 80);
          cell.error = `checksum differs from CPython's: got ${JSON.stringify(got)}`;
          continue;
        }
        const { stdout: _, ...sample } = r;
        cell.samples.push(sample);
      }
    }
    for (const cell of Object.values(bench.cells)) {
      if (cell.error || cell.samples.length === 0) continue;
      cell.cpu = median(cell.samples.map((s) => s.cpu));
      cell.wall = median(cell.samples.map((s) => s.wall));
      cell.rssKb = median(cell.samples.map((s) => s.rssKb));
      const warm = cell.samples.map((s) => warmSeconds(s.iterations));
      if (warm.every((w) => w !== undefined)) cell.warm = median(warm as number[]);
    }
    results.benchmarks.push(bench);
    const summary = interps.map((i) => {
      const c = bench.cells[i.id];
      return `${i.label} ${c.error ? "error" : `${fmtSeconds(c.cpu!)} s`}`;
    }).join(", ");
    console.error(`[${pi + 1}/${programs.length}] ${name}: ${summary}`);
  }
  results.loadavgAfter = loadavg();
  results.warmGeomeans = {};
  for (const c of comparisons) {
    for (
      const [means, of] of [[results.geomeans, ratio], [results.warmGeomeans, warmRatio]] as const
    ) {
      const rs = results.benchmarks.map((b) => of(b, c)).filter((r): r is number => r !== null);
      means[c.key] = rs.length ? geomean(rs) : null;
    }
  }

  await emit(results, o, true);
  if (referenceBroken) {
    console.error("bench: CPython itself failed on some program: the suite is broken");
    Deno.exit(1);
  }
}

/** Prints the tables and writes the JSON (when `fresh`), the charts and the report. */
async function emit(results: Results, o: Options, fresh: boolean) {
  const markdown = markdownTables(results, ratio, warmRatio);
  console.log(markdown);

  const outDir = `${root}results/bench`;
  await Deno.mkdir(outDir, { recursive: true });
  const stamp = results.date.replace(/[-:]/g, "").replace(/\..*$/, "").replace("T", "-");
  if (fresh) {
    const json = JSON.stringify(results, null, 1);
    await Deno.writeTextFile(`${outDir}/bench-${stamp}.json`, json);
    await Deno.writeTextFile(`${outDir}/latest.json`, json);
  }
  const svg = ratioChart(results);
  if (svg) {
    await Deno.writeTextFile(`${outDir}/bench-${stamp}.svg`, svg);
    await Deno.writeTextFile(`${outDir}/latest.svg`, svg);
  }
  console.error(`bench: wrote results/bench/bench-${stamp}${fresh ? ".json, " : ""}.svg`);
  if (o.warmupCurve) {
    const dir = `${outDir}/warmup-${stamp}`;
    await Deno.mkdir(dir, { recursive: true });
    for (const b of results.benchmarks) {
      await Deno.writeTextFile(`${dir}/${b.name}.svg`, warmupChart(results, b));
    }
    console.error(`bench: wrote warm-up curves to results/bench/warmup-${stamp}/`);
  }
  if (o.report) {
    if (svg) await Deno.writeTextFile(`${root}docs/performance-bench.svg`, svg);
    const doc = `${root}docs/performance-bench.md`;
    let text = "";
    try {
      text = await Deno.readTextFile(doc);
    } catch {
      text = "# Benchmark suite\n";
    }
    await Deno.writeTextFile(doc, replaceSection(text, markdown));
    // Align the tables as `deno fmt` would, so the tree stays formatted.
    await new Deno.Command(Deno.execPath(), {
      args: ["fmt", "--quiet", `--config=${root}deno.json`, doc],
      stdout: "null",
      stderr: "inherit",
    }).output().catch(() => {});
    console.error("bench: wrote docs/performance-bench.svg and docs/performance-bench.md");
  }
}

function ratioChart(r: Results): string | null {
  const comps = r.comparisons.filter((c) => c.denominator === "python3.11");
  if (comps.length === 0 || r.benchmarks.length === 0) return null;
  const series: Series[] = comps.map((c, i) => ({
    label: c.label,
    colour: colour(c.numerator, i),
  }));
  const groups = r.benchmarks.map((b) => ({
    label: b.name,
    values: comps.map((c) => ratio(b, c)),
  }));
  groups.push({ label: "geometric mean", values: comps.map((c) => r.geomeans[c.key] ?? null) });
  return barChart(
    "CPU time relative to CPython 3.11 (lower is faster)",
    `${
      r.date.slice(0, 16).replace("T", " ")
    } UTC, commit ${r.commit}, median of ${r.options.runs} ` +
      `runs, load average ${r.loadavgBefore}; × = error`,
    "CPU time / CPython's (log scale)",
    series,
    groups,
  );
}

function warmupChart(r: Results, b: BenchResult): string {
  const lines = r.interpreters.map((interp, i) => {
    const cell = b.cells[interp.id];
    const runs = cell.error ? [] : cell.samples.map((s) => s.iterations);
    const n = Math.max(0, ...runs.map((x) => x.length));
    const values: number[] = [];
    for (let k = 0; k < n; k++) {
      const at = runs.map((x) => x[k]).filter((v) => v !== undefined);
      values.push(median(at));
    }
    const label = cell.error ? `${interp.label} (error)` : interp.label;
    return { label, colour: colour(interp.id, i), values };
  });
  return lineChart(
    `${b.name}: seconds per iteration`,
    `median over ${r.options.runs} runs per iteration index; ${r.date.slice(0, 10)}`,
    lines,
  );
}

if (import.meta.main) await main();
