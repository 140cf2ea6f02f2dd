/**
 * CPU profile of one Taipan run split into windows of time, e.g. one per
 * benchmark iteration, to see what a warm-up iteration spends that a warm
 * one does not:
 *   MARKS=/tmp/marks.txt ./tools/deno run -A --config deno.json \
 *     --v8-flags=<./taipan's flags> tools/profile_iter.ts [-X jitlog=names] prog.py
 * where prog.py appends `mark <time.time()>` lines to $MARKS (at the end of
 * each iteration). Prints each window's self time per function, the top
 * $TOP (25) first. Like tools/profile.ts, the samples are of the main
 * thread only, in wall time.
 */
import { inspectorPost } from "./inspector_post.ts";
import { parseCommandLine } from "../cli/args.ts";
import { runProgram } from "../cli/run.ts";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

const root = new URL("../", import.meta.url).href;
const marks: number[] = [];
const post = inspectorPost();
await post("Profiler.enable");
await post("Profiler.setSamplingInterval", { interval: 100 });
const startEpochMs = Date.now();
await post("Profiler.start");
const commandLine = parseCommandLine(Deno.args);
if (commandLine.kind !== "run") throw new Error("profile_iter.ts needs a program to run");
runProgram(commandLine, "taipan", (text) => Deno.stderr.writeSync(new TextEncoder().encode(text)));
for (const m of Deno.readTextFileSync(Deno.env.get("MARKS")!).matchAll(/^mark ([0-9.]+)$/gm)) {
  marks.push(Number(m[1]) * 1000);
}
const { profile } = await post("Profiler.stop") as {
  profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[]; startTime: number };
};
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const top = Number(Deno.env.get("TOP") ?? "25");
const windows: Map<string, number>[] = [];
let t = 0;
for (let i = 0; i < profile.samples.length; i++) {
  t += profile.timeDeltas[i];
  const epoch = startEpochMs + t / 1000;
  let w = marks.findIndex((m) => epoch < m);
  if (w < 0) w = marks.length;
  const f = byId.get(profile.samples[i])!.callFrame;
  const key = `${f.functionName || "(anonymous)"} ${f.url.replace(root, "")}:${f.lineNumber + 1}`;
  const m = windows[w] ??= new Map();
  m.set(key, (m.get(key) ?? 0) + (profile.timeDeltas[i + 1] ?? 0));
}
windows.forEach((m, w) => {
  const total = [...m.values()].reduce((a, b) => a + b, 0);
  console.error(`--- window ${w}: ${(total / 1000).toFixed(0)} ms`);
  for (const [key, us] of [...m].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    console.error(`${(us / 1000).toFixed(1).padStart(7)} ms  ${key}`);
  }
});
