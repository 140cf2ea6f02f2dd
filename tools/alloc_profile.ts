/**
 * Allocation profile of one Taipan run, through V8's sampling heap profiler
 * (node:inspector, HeapProfiler.startSampling with objects collected by GC
 * kept in the sample):
 *   ./tools/deno run -A --v8-flags=--stack-size=6000 tools/alloc_profile.ts prog.py [args]
 * prints the allocating functions with the most sampled bytes (self), and
 * their callers one level up.
 */
import { inspectorPost } from "./inspector_post.ts";
import { parseCommandLine } from "../cli/args.ts";
import { runProgram } from "../cli/run.ts";

interface SampleNode {
  callFrame: { functionName: string; url: string; lineNumber: number };
  selfSize: number;
  children: SampleNode[];
}

const post = inspectorPost();
await post("HeapProfiler.enable");
await post("HeapProfiler.startSampling", {
  samplingInterval: 4096,
  includeObjectsCollectedByMajorGC: true,
  includeObjectsCollectedByMinorGC: true,
});
const commandLine = parseCommandLine(Deno.args);
if (commandLine.kind !== "run") throw new Error("alloc_profile.ts needs a program to run");
runProgram(commandLine, "taipan", (text) => Deno.stderr.writeSync(new TextEncoder().encode(text)));
const { profile } = await post("HeapProfiler.stopSampling") as { profile: { head: SampleNode } };

const name = (n: SampleNode) =>
  `${n.callFrame.functionName || "(anonymous)"} ${
    n.callFrame.url.replace(/^.*\/(jit|vm|stdlib|cli)\//, "$1/")
  }:${n.callFrame.lineNumber + 1}`;
const self = new Map<string, number>();
const callers = new Map<string, Map<string, number>>();
let total = 0;
const walk = (node: SampleNode, parent: string) => {
  const key = name(node);
  if (node.selfSize > 0) {
    self.set(key, (self.get(key) ?? 0) + node.selfSize);
    const by = callers.get(key) ?? new Map<string, number>();
    by.set(parent, (by.get(parent) ?? 0) + node.selfSize);
    callers.set(key, by);
    total += node.selfSize;
  }
  for (const child of node.children) walk(child, key);
};
walk(profile.head, "(root)");
for (const [key, bytes] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 30)) {
  console.error(`${(100 * bytes / total).toFixed(1).padStart(5)}%  ${key}`);
  const top = [...callers.get(key)!].sort((a, b) => b[1] - a[1]).slice(0, 3);
  for (const [caller, b] of top) {
    console.error(`         ${(100 * b / total).toFixed(1)}% from ${caller}`);
  }
}
console.error(`total sampled ${(total / 1e6).toFixed(1)} MB`);
