/**
 * A child of the bundle builder (cli/bundle_eager.ts explains why): runs a
 * bundle's `main` on a Python command line, its output discarded by the
 * caller, and writes the [start, end) offsets of the bundle's functions that
 * ran, as JSON, from V8's precise coverage through node:inspector.
 *
 *   deno run -A --no-code-cache cli/bundle_profile.ts BUNDLE RANGES_FILE ARG...
 *
 * With RANGES_FILE `-` it only runs the bundle, exiting with main's status:
 * the builder's check of a rewritten bundle.
 */
import inspector from "node:inspector";
import type { FunctionRange } from "./bundle_eager.ts";

interface ScriptCoverage {
  url: string;
  functions: { ranges: { startOffset: number; endOffset: number; count: number }[] }[];
}

const [bundle, rangesFile, ...args] = Deno.args;
const url = new URL("file:///");
url.pathname = bundle;
const session = new inspector.Session();
session.connect();
const post = (method: string, params: object = {}) =>
  new Promise<Record<string, unknown>>((resolve, reject) =>
    session.post(
      method,
      params,
      (error, result) => error ? reject(error) : resolve(result as Record<string, unknown>),
    )
  );
const profiling = rangesFile !== "-";
if (profiling) {
  await post("Profiler.enable");
  await post("Profiler.startPreciseCoverage", { callCount: false, detailed: false });
}
const { main } = await import(url.href) as typeof import("../main.ts");
const status = main(args);
if (profiling) {
  const { result } = await post("Profiler.takePreciseCoverage") as { result: ScriptCoverage[] };
  const ran: FunctionRange[] = [];
  for (const script of result) {
    if (script.url !== url.href) continue;
    for (const { ranges: [whole] } of script.functions) {
      if (whole.count > 0) ran.push([whole.startOffset, whole.endOffset]);
    }
  }
  Deno.writeTextFileSync(rangesFile, JSON.stringify(ran));
}
Deno.exit(status);
