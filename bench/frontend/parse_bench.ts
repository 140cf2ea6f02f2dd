/**
 * Front-end benchmark: parses the same corpus with our parser and with
 * CPython's ast.parse, one run each, timing only the parsing (files are read
 * into memory first, trees are discarded), and prints both times and the ratio.
 *
 *   deno run -A bench/frontend/parse_bench.ts [DIR|FILE...]   (default /usr/lib/python3.11)
 */
import { parse } from "../../vm/compiler/parse.ts";
import { PySyntaxError } from "../../vm/compiler/errors.ts";
import { collectPythonFiles } from "../../tools/python_files.ts";

const PYTHON = "/usr/bin/python3.11";
const CPYTHON_SCRIPT = new URL("./cpython_parse.py", import.meta.url).pathname;

interface Timing {
  files: number;
  bytes: number;
  seconds: number;
  /** CPU time of the whole process (all threads), less skewed by other load than wall time. */
  cpuSeconds: number;
  rejected: number;
}

/** Deno provides Node's `process.cpuUsage()` (microseconds); its types are not installed. */
const nodeProcess = (globalThis as unknown as {
  process: { cpuUsage(): { user: number; system: number } };
}).process;

function cpuSecondsNow(): number {
  const usage = nodeProcess.cpuUsage();
  return (usage.user + usage.system) / 1e6;
}

async function timeCpython(files: string[]): Promise<Timing> {
  const child = new Deno.Command(PYTHON, {
    args: [CPYTHON_SCRIPT],
    stdin: "piped",
    stdout: "piped",
  }).spawn();
  const writer = child.stdin.getWriter();
  await writer.write(new TextEncoder().encode(files.join("\n") + "\n"));
  await writer.close();
  const output = await child.output();
  if (!output.success) throw new Error("cpython_parse.py failed");
  return JSON.parse(new TextDecoder().decode(output.stdout));
}

function timeOurs(files: string[]): Timing {
  const sources = files.map((file) => ({ file, source: Deno.readFileSync(file) }));
  let rejected = 0;
  const started = performance.now();
  const cpuStarted = cpuSecondsNow();
  for (const { file, source } of sources) {
    try {
      parse(source, file, "exec");
    } catch (error) {
      if (!(error instanceof PySyntaxError)) throw error;
      rejected++;
    }
  }
  const seconds = (performance.now() - started) / 1000;
  const cpuSeconds = cpuSecondsNow() - cpuStarted;
  const bytes = sources.reduce((sum, { source }) => sum + source.length, 0);
  return { files: sources.length, bytes, seconds, cpuSeconds, rejected };
}

const places = Deno.args.length > 0 ? Deno.args : ["/usr/lib/python3.11"];
const [loadBefore] = Deno.loadavg();
const files = collectPythonFiles(places);
const cpython = await timeCpython(files);
const ours = timeOurs(files);
const megabytes = (cpython.bytes / 1e6).toFixed(1);
console.log(`corpus: ${files.length} files, ${megabytes} MB (${places.join(" ")})`);
const describe = (timing: Timing) =>
  `${timing.seconds.toFixed(2)} s wall, ${timing.cpuSeconds.toFixed(2)} s CPU ` +
  `(${timing.rejected} rejected)`;
console.log(`CPython ast.parse: ${describe(cpython)}`);
console.log(`Taipan parse():    ${describe(ours)}`);
const wallRatio = (ours.seconds / cpython.seconds).toFixed(2);
const cpuRatio = (ours.cpuSeconds / cpython.cpuSeconds).toFixed(2);
console.log(`ratio Taipan / CPython: ${wallRatio}x wall, ${cpuRatio}x CPU`);
const load = Math.max(loadBefore, Deno.loadavg()[0]);
if (load > 1.5) {
  console.log(`warning: load average ${load.toFixed(1)}: other work skews these times`);
}
