/**
 * CPU profile of one Taipan run, through V8's inspector (node:inspector):
 *   ./tools/deno run -A --v8-flags=--stack-size=6000 tools/profile.ts prog.py [args]
 * prints the functions with the most self time, and writes the profile (loadable
 * in Chrome DevTools) to $TAIPAN_PROFILE_OUT, else /tmp/taipan-<pid>.cpuprofile,
 * so that profiles taken at the same time do not overwrite each other.
 */
import { inspectorPost } from "./inspector_post.ts";
import { parseCommandLine } from "../cli/args.ts";
import { runProgram } from "../cli/run.ts";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount: number;
}

const post = inspectorPost();
await post("Profiler.enable");
await post("Profiler.setSamplingInterval", { interval: 100 });
await post("Profiler.start");
const commandLine = parseCommandLine(Deno.args);
if (commandLine.kind !== "run") throw new Error("profile.ts needs a program to run");
runProgram(commandLine, "taipan", (text) => Deno.stderr.writeSync(new TextEncoder().encode(text)));
const { profile } = await post("Profiler.stop") as { profile: { nodes: ProfileNode[] } };
const profileFile = Deno.env.get("TAIPAN_PROFILE_OUT") ?? `/tmp/taipan-${Deno.pid}.cpuprofile`;
Deno.writeTextFileSync(profileFile, JSON.stringify(profile));
console.error(`profile written to ${profileFile}`);
const self = new Map<string, number>();
let total = 0;
for (const node of profile.nodes) {
  const f = node.callFrame;
  const key = `${f.functionName || "(anonymous)"} ${f.url.replace(/^.*\/main\//, "")}:${
    f.lineNumber + 1
  }`;
  self.set(key, (self.get(key) ?? 0) + node.hitCount);
  total += node.hitCount;
}
for (const [key, hits] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 40)) {
  console.error(`${(100 * hits / total).toFixed(1).padStart(5)}%  ${key}`);
}
