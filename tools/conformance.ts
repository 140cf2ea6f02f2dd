/**
 * The conformance harness: runs CPython's own test modules under Taipan and
 * measures how many of their tests pass.
 *
 *   deno task conformance [--all] [--jobs N] [--timeout S] [--cpython | --cpython-only]
 *                         [--check BASELINE] [--write-baseline BASELINE]
 *                         [--report NAME [--merge]] [MODULE...]
 *
 * Each module runs in its own process (tools/conformance_driver.py under
 * `./taipan --stdlib /usr/lib/python3.11`), with a timeout, writing one JSON
 * line per test outcome; a timeout or a crash keeps the outcomes recorded so
 * far. Modules: the arguments, else the core list (tools/conformance_modules.ts),
 * or with --all every test module of the installed test suite.
 *
 * Output: results/conformance/<report>.json (every module's counts and status)
 * and, with --report, docs/<report>.md (a table) and docs/<report>.svg (pass
 * rate per module), docs/<report>.json; each module's outcome lines and stderr
 * are kept under results/conformance/<report>/. With --merge, only the given
 * modules run (none: the report is redrawn, e.g. after a --cpython-only run)
 * and their rows replace those in the existing report. --cpython also runs each module under
 * CPython 3.11 for the reference counts (kept in tests/conformance/cpython.json). --check fails
 * (exit 1) when a module passes fewer tests than the baseline records: the
 * baseline is a ratchet, raised with --write-baseline when things improve.
 */
import { CORE_MODULES } from "./conformance_modules.ts";
import { renderChart, renderTable, summaryLines } from "./conformance_report.ts";

const root = new URL("../", import.meta.url).pathname;
const LIB = "/usr/lib/python3.11";
const CPYTHON = "/usr/bin/python3.11";
const DRIVER = `${root}tools/conformance_driver.py`;

export type Status = "passed" | "failures" | "load-error" | "skipped" | "crashed" | "timeout";

export interface ModuleResult {
  module: string;
  status: Status;
  passed: number;
  failed: number;
  errors: number;
  skipped: number;
  ran: number;
  seconds: number;
  loadError?: string;
  crash?: string;
  cpythonPassed?: number;
  /** Tests whose error was a JS-level error turned into SystemError ("Taipan internal error"). */
  internalErrors?: number;
  /** The first JS-level error: from a test's outcome, or escaping the process (stderr). */
  jsError?: string;
}

interface Options {
  all: boolean;
  jobs: number;
  timeout: number;
  cpython: boolean;
  cpythonOnly: boolean;
  check: string | null;
  writeBaseline: string | null;
  report: string | null;
  /** Rerun only the given modules (or none) and merge them into the existing report. */
  merge: boolean;
  modules: string[];
  /** Options given to taipan before the driver (`--taipan-option -X --taipan-option jit=off`). */
  taipanOptions: string[];
}

function parseOptions(args: string[]): Options {
  const options: Options = {
    all: false,
    jobs: 2,
    timeout: 300,
    cpython: false,
    cpythonOnly: false,
    check: null,
    writeBaseline: null,
    report: null,
    merge: false,
    modules: [],
    taipanOptions: [],
  };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === "--all") options.all = true;
    else if (arg === "--jobs") options.jobs = Number(args[++i]);
    else if (arg === "--timeout") options.timeout = Number(args[++i]);
    else if (arg === "--cpython") options.cpython = true;
    else if (arg === "--cpython-only") options.cpython = options.cpythonOnly = true;
    else if (arg === "--check") options.check = args[++i];
    else if (arg === "--write-baseline") options.writeBaseline = args[++i];
    else if (arg === "--report") options.report = args[++i];
    else if (arg === "--merge") options.merge = true;
    else if (arg === "--taipan-option") options.taipanOptions.push(args[++i]);
    else if (arg.startsWith("-")) throw new Error(`unknown option ${arg}`);
    else options.modules.push(arg.replace(/^test\./, ""));
  }
  return options;
}

/** Every test module of the installed suite: test_*.py files and test_* packages. */
function allTestModules(): string[] {
  const names: string[] = [];
  for (const entry of Deno.readDirSync(`${LIB}/test`)) {
    if (!entry.name.startsWith("test_")) continue;
    if (entry.isFile && entry.name.endsWith(".py")) names.push(entry.name.slice(0, -3));
    else if (entry.isDirectory) names.push(entry.name);
  }
  return names.sort();
}

interface Outcome {
  test?: string;
  outcome?: string;
  detail?: string;
  load_error?: string;
  done?: boolean;
  ran?: number;
}

/** How long stderr is read after the driver exits. */
const STDERR_GRACE_MS = 2000;

function concatBytes(chunks: Uint8Array[]): Uint8Array {
  const all = new Uint8Array(chunks.reduce((n, chunk) => n + chunk.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    all.set(chunk, at);
    at += chunk.length;
  }
  return all;
}

/** What a JS-level error looks like in a test's detail or on stderr. */
const INTERNAL_ERROR = "Taipan internal error";
const JS_ESCAPE = /error: Uncaught|Taipan internal error|panicked at|^\s+at .*\.(ts|js):\d+/m;

/**
 * Run one module under `argv` (the interpreter's command line) and count its
 * outcomes. With `keep`, the module's outcome lines and stderr are kept there.
 */
async function runModule(
  module: string,
  argv: string[],
  timeout: number,
  keep?: string,
): Promise<ModuleResult> {
  const outfile = await Deno.makeTempFile({ prefix: `conformance-${module}-` });
  const start = performance.now();
  const child = new Deno.Command(argv[0], {
    args: [...argv.slice(1), DRIVER, `test.${module}`, outfile],
    cwd: Deno.makeTempDirSync({ prefix: "conformance-cwd-" }),
    stdout: "null",
    stderr: "piped",
    stdin: "null",
    env: { PYTHONHASHSEED: "0", NO_COLOR: "1" },
  }).spawn();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    try {
      child.kill("SIGKILL");
    } catch {
      // already gone
    }
  }, timeout * 1000);
  // A test's own child processes (a multiprocessing forkserver) may outlive
  // the driver and keep its stderr open: read it only until shortly after exit.
  const chunks: Uint8Array[] = [];
  const reading = (async () => {
    for await (const chunk of child.stderr) chunks.push(chunk);
  })();
  const { code } = await child.status;
  clearTimeout(timer);
  const seconds = (performance.now() - start) / 1000;
  await Promise.race([reading, new Promise((done) => setTimeout(done, STDERR_GRACE_MS))]);
  const stderrText = new TextDecoder().decode(concatBytes(chunks));
  const lines = Deno.readTextFileSync(outfile).split("\n").filter((line) => line !== "");
  if (keep !== undefined) {
    Deno.writeTextFileSync(`${keep}/${module}.jsonl`, lines.join("\n") + "\n");
    Deno.writeTextFileSync(`${keep}/${module}.stderr`, stderrText.slice(-20000));
  }
  Deno.removeSync(outfile);
  const result: ModuleResult = {
    module,
    status: "passed",
    passed: 0,
    failed: 0,
    errors: 0,
    skipped: 0,
    ran: 0,
    seconds: Math.round(seconds * 10) / 10,
  };
  let done = false;
  for (const line of lines) {
    let record: Outcome;
    try {
      record = JSON.parse(line);
    } catch {
      continue; // a line cut short by a kill
    }
    if (record.load_error !== undefined) result.loadError = record.load_error;
    if (record.detail?.includes(INTERNAL_ERROR)) {
      result.internalErrors = (result.internalErrors ?? 0) + 1;
      result.jsError ??= `${record.test}: ${record.detail}`.slice(0, 300);
    }
    if (record.done) {
      done = true;
      result.ran = record.ran ?? 0;
    }
    switch (record.outcome) {
      case "pass":
      case "xfail":
        result.passed++;
        break;
      case "fail":
      case "xpass":
        result.failed++;
        break;
      case "error":
        result.errors++;
        break;
      case "skip":
        result.skipped++;
        break;
    }
  }
  const escape = JS_ESCAPE.exec(stderrText);
  if (escape !== null) {
    const at = stderrText.lastIndexOf("\n", Math.max(0, escape.index - 1));
    result.jsError = `stderr: ${stderrText.slice(at + 1, at + 301).trim()}`;
  }
  if (timedOut) result.status = "timeout";
  else if (!done) {
    result.status = "crashed";
    const text = stderrText.trim().split("\n");
    result.crash = `exit ${code}: ${text.slice(-3).join(" | ").slice(0, 300)}`;
  } else if (result.loadError?.startsWith("unittest.case.SkipTest") && result.passed === 0) {
    result.status = "skipped";
  } else if (result.loadError !== undefined && result.passed === 0) result.status = "load-error";
  else if (result.failed + result.errors > 0) result.status = "failures";
  return result;
}

/** Run `work` over `items` with at most `jobs` in flight, keeping the input order. */
async function pool<T, R>(items: T[], jobs: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, jobs) }, worker));
  return results;
}

function readJson<T>(path: string, fallback: T): T {
  try {
    return JSON.parse(Deno.readTextFileSync(path));
  } catch {
    return fallback;
  }
}

/** What results/conformance/<report>.json and docs/<report>.json hold. */
export interface Report {
  generated: string;
  /** The command that produced the report. */
  command: string;
  /** Modules rerun afterwards with --merge. */
  rerun: string[];
  modules: ModuleResult[];
}

/** Baseline: module -> minimum passed count. */
type Baseline = Record<string, number>;

function checkBaseline(results: ModuleResult[], baseline: Baseline): string[] {
  const drops: string[] = [];
  for (const result of results) {
    const floor = baseline[result.module];
    if (floor !== undefined && result.passed < floor) {
      drops.push(`${result.module}: ${result.passed} passed, baseline ${floor} (${result.status})`);
    }
  }
  return drops;
}

async function main(): Promise<number> {
  const options = parseOptions(Deno.args);
  const modules = options.modules.length > 0 || options.merge
    ? options.modules
    : options.all
    ? allTestModules()
    : [...CORE_MODULES];
  const taipan = [`${root}taipan`, ...options.taipanOptions, "--stdlib", LIB];
  const resultsDir = `${root}results/conformance`;
  Deno.mkdirSync(resultsDir, { recursive: true });

  const cpythonCache = `${root}tests/conformance/cpython.json`;
  const cpython: Record<string, number> = readJson(cpythonCache, {});
  if (options.cpython) {
    const missing = modules.filter((m) => cpython[m] === undefined);
    // The cache is written after each module, so that a cut-short run keeps its counts.
    await pool(missing, options.jobs, async (m) => {
      cpython[m] = (await runModule(m, [CPYTHON], options.timeout)).passed;
      Deno.writeTextFileSync(cpythonCache, JSON.stringify(cpython, null, 1) + "\n");
    });
    if (options.cpythonOnly) return 0;
  }

  const name = options.report ?? "last";
  const keep = `${resultsDir}/${name}`;
  Deno.mkdirSync(keep, { recursive: true });
  const fresh = await pool(modules, options.jobs, async (module) => {
    const result = await runModule(module, taipan, options.timeout, keep);
    const note = result.loadError ?? result.crash ?? result.jsError ?? "";
    console.log(
      `${module.padEnd(28)} ${result.status.padEnd(10)} passed ${result.passed}` +
        (cpython[module] !== undefined ? `/${cpython[module]}` : "") +
        `, failed ${result.failed}, errors ${result.errors}, skipped ${result.skipped}` +
        ` (${result.seconds}s)${note ? `  ${note.split("\n").at(-1)!.slice(0, 120)}` : ""}`,
    );
    return result;
  });

  // --merge: the fresh results replace their modules' rows in the existing report.
  const previous = options.merge ? readJson<Report | null>(`${root}docs/${name}.json`, null) : null;
  const report: Report = {
    generated: new Date().toISOString(),
    command: previous?.command ?? `deno task conformance ${Deno.args.join(" ")}`,
    rerun: [...new Set([...(previous?.rerun ?? []), ...(previous ? modules : [])])],
    modules: previous === null
      ? fresh
      : previous.modules.map((old) => fresh.find((r) => r.module === old.module) ?? old),
  };
  const results = report.modules;
  for (const r of results) {
    if (cpython[r.module] !== undefined) r.cpythonPassed = cpython[r.module];
  }
  console.log("\n" + summaryLines(results).join("\n"));

  Deno.writeTextFileSync(`${resultsDir}/${name}.json`, JSON.stringify(report, null, 1) + "\n");
  if (options.report !== null) {
    Deno.writeTextFileSync(`${root}docs/${name}.json`, JSON.stringify(report, null, 1) + "\n");
    Deno.writeTextFileSync(`${root}docs/${name}.md`, renderTable(name, report));
    Deno.writeTextFileSync(`${root}docs/${name}.svg`, renderChart(results));
  }
  if (options.writeBaseline !== null) {
    const baseline: Baseline = readJson(options.writeBaseline, {});
    for (const r of results) baseline[r.module] = Math.max(baseline[r.module] ?? 0, r.passed);
    Deno.writeTextFileSync(options.writeBaseline, JSON.stringify(baseline, null, 1) + "\n");
  }
  if (options.check !== null) {
    const drops = checkBaseline(results, readJson(options.check, {}));
    for (const drop of drops) console.error(`conformance regression: ${drop}`);
    if (drops.length > 0) return 1;
  }
  return 0;
}

if (import.meta.main) Deno.exit(await main());
