/**
 * The AST differential test: `deno task ast-diff [options] [DIR|FILE...]`.
 *
 * Parses every .py file under the given places (default /usr/lib/python3.11)
 * with our parser and with CPython 3.11, and compares the two `ast.dump(...,
 * include_attributes=True, indent=3)` outputs (or error lines) per file. Dumps
 * run to gigabytes in all, so each side only reports a SHA-256 per file;
 * CPython's answers are cached in results/ by content hash, and full dumps are
 * fetched again only for mismatches, to find and excerpt the first differing line.
 *
 * Options:
 *   --jobs=N           render workers on our side and CPython processes (default 2)
 *   --timeout=S        seconds one file may take on our side (default 60)
 *   --min-agree=PCT    exit 1 when fewer files (percent) agree: the CI ratchet
 *   --details=N        excerpt at most N failing dumps (default 300)
 *   --self-check       our side prints CPython's own trees: tests ast_dump alone
 *   --warnings         also compare the parser's warnings (DeprecationWarning for
 *                      invalid escapes, ...), listed after each dump
 *   --out=DIR          report directory (default results/ast_diff)
 *   --failed           only the files that did not agree in DIR/report.json (the
 *                      previous run), for quick iteration on a fix
 */
import { oracleBody, OracleCache, oracleHashes } from "./ast_oracle_client.ts";
import {
  AGREEING,
  classify,
  failureCategories,
  type FileReport,
  firstDifference,
  OUTCOME_LABELS,
  renderMarkdown,
  totalsOf,
} from "./ast_diff_report.ts";
import { RenderPool } from "./ast_worker_pool.ts";
import { describeInternalError, sha256Hex } from "./ast_render.ts";
import { collectPythonFiles } from "./python_files.ts";

interface Options {
  places: string[];
  jobs: number;
  timeoutSeconds: number;
  minAgree: number | null;
  details: number;
  selfCheck: boolean;
  warnings: boolean;
  failedOnly: boolean;
  out: string;
}

function parseOptions(args: string[]): Options {
  const options: Options = {
    places: [],
    jobs: 2,
    timeoutSeconds: 60,
    minAgree: null,
    details: 300,
    selfCheck: false,
    warnings: false,
    failedOnly: false,
    out: "results/ast_diff",
  };
  for (const arg of args) {
    const [name, value] = arg.split(/=(.*)/s, 2);
    if (name === "--jobs") options.jobs = Number(value);
    else if (name === "--timeout") options.timeoutSeconds = Number(value);
    else if (name === "--min-agree") options.minAgree = Number(value);
    else if (name === "--details") options.details = Number(value);
    else if (name === "--self-check") options.selfCheck = true;
    else if (name === "--warnings") options.warnings = true;
    else if (name === "--failed") options.failedOnly = true;
    else if (name === "--out") options.out = value;
    else if (arg.startsWith("--")) throw new Error(`unknown option ${arg}`);
    else options.places.push(arg);
  }
  if (options.places.length === 0) options.places.push("/usr/lib/python3.11");
  return options;
}

/** The files that did not agree in the last report written to `out`. */
function previouslyFailed(out: string): string[] {
  const reports = JSON.parse(Deno.readTextFileSync(`${out}/report.json`)) as FileReport[];
  return reports.filter((report) => !AGREEING.includes(report.outcome)).map((report) =>
    report.file
  );
}

function progress(text: string): void {
  Deno.stderr.writeSync(new TextEncoder().encode(text + "\n"));
}

async function cpythonAnswers(files: string[], options: Options) {
  const cache = OracleCache.load(
    options.warnings ? "results/ast_oracle_cache_warnings.json" : "results/ast_oracle_cache.json",
  );
  const contentHashes = new Map<string, string>();
  const missing: string[] = [];
  for (const file of files) {
    const contentSha256 = await sha256Hex(Deno.readFileSync(file));
    contentHashes.set(file, contentSha256);
    if (cache.get(file, contentSha256) === undefined) missing.push(file);
  }
  if (missing.length > 0) {
    progress(
      `asking CPython about ${missing.length} files (${files.length - missing.length} cached)`,
    );
    const fresh = await oracleHashes(missing, options.jobs, oracleArgs(options));
    for (const [file, answer] of fresh) {
      cache.set(file, { contentSha256: contentHashes.get(file)!, ...answer });
    }
    cache.save();
  }
  return new Map(files.map((file) => [file, cache.get(file, contentHashes.get(file)!)!]));
}

function oracleArgs(options: Options): string[] {
  return options.warnings ? ["--warnings"] : [];
}

async function run(options: Options): Promise<number> {
  const started = performance.now();
  const files = options.failedOnly
    ? previouslyFailed(options.out)
    : collectPythonFiles(options.places);
  progress(`${files.length} files`);
  const workerUrl = new URL(
    options.selfCheck ? "./ast_selfcheck_worker.ts" : "./ast_diff_worker.ts",
    import.meta.url,
  );
  const pool = new RenderPool(
    workerUrl,
    options.jobs,
    options.timeoutSeconds * 1000,
    options.warnings,
  );
  try {
    let done = 0;
    const oursPromise = Promise.all(files.map((file) =>
      pool.render(file).then((result) => {
        if (++done % 200 === 0) progress(`ours: ${done} / ${files.length}`);
        return result;
      })
    ));
    const [cpython, ours] = await Promise.all([cpythonAnswers(files, options), oursPromise]);

    const reports: FileReport[] = ours.map((mine) => {
      const theirs = cpython.get(mine.file)!;
      return {
        file: mine.file,
        outcome: classify(theirs, mine),
        cpythonError: theirs.error,
        ourError: mine.internal ?? mine.error,
        milliseconds: mine.milliseconds,
      };
    });

    const toExcerpt = reports.filter((report) => report.outcome === "dump-differs")
      .slice(0, options.details);
    progress(`excerpting ${toExcerpt.length} differing dumps`);
    for (const report of toExcerpt) {
      const [want, got] = await Promise.all([
        oracleBody(report.file, oracleArgs(options)),
        pool.render(report.file, true),
      ]);
      if (got.body !== null) report.difference = firstDifference(want, got.body);
    }

    const seconds = (performance.now() - started) / 1000;
    writeReports(reports, options, seconds);
    return verdict(reports, options);
  } finally {
    pool.close();
  }
}

function writeReports(reports: FileReport[], options: Options, seconds: number): void {
  const command = ["deno task ast-diff", ...Deno.args].join(" ");
  Deno.mkdirSync(options.out, { recursive: true });
  Deno.writeTextFileSync(`${options.out}/report.md`, renderMarkdown(reports, command, seconds));
  Deno.writeTextFileSync(`${options.out}/report.json`, JSON.stringify(reports, null, 1));
  const excerpts = reports.filter((report) => report.difference !== undefined).map((report) =>
    `==> ${report.file} (line ${report.difference!.line}, ${report.difference!.category})\n` +
    report.difference!.excerpt
  );
  Deno.writeTextFileSync(`${options.out}/excerpts.txt`, excerpts.join("\n\n") + "\n");

  const totals = totalsOf(reports);
  console.log(`files: ${totals.files}   (${seconds.toFixed(0)} s)`);
  for (const [outcome, label] of Object.entries(OUTCOME_LABELS)) {
    console.log(`  ${label}: ${totals.byOutcome[outcome as keyof typeof OUTCOME_LABELS]}`);
  }
  console.log(
    `agreeing (${AGREEING.join(" + ")}): ${totals.agreeing} ` +
      `(${totals.agreeingPercent.toFixed(2)} %)`,
  );
  console.log("most common failures:");
  for (const [key, count] of failureCategories(reports).slice(0, 15)) {
    console.log(`  ${String(count).padStart(5)}  ${key}`);
  }
  console.log(`report: ${options.out}/report.md, excerpts: ${options.out}/excerpts.txt`);
}

function verdict(reports: FileReport[], options: Options): number {
  const { agreeingPercent } = totalsOf(reports);
  if (options.minAgree !== null && agreeingPercent < options.minAgree) {
    console.log(
      `FAIL: ${agreeingPercent.toFixed(2)} % agree, below --min-agree=${options.minAgree}`,
    );
    return 1;
  }
  return 0;
}

try {
  Deno.exit(await run(parseOptions(Deno.args)));
} catch (error) {
  console.error(`ast-diff: ${describeInternalError(error)}`);
  Deno.exit(2);
}
