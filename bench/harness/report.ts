/** Markdown tables of a benchmark run, for the console and docs/performance-bench.md. */
import type { BenchResult, Comparison, Results } from "./types.ts";

export const SECTION_START = "<!-- bench-results:start (written by deno task bench --report) -->";
export const SECTION_END = "<!-- bench-results:end -->";

function seconds(s: number | undefined): string {
  if (s === undefined) return "";
  return s < 1 ? s.toFixed(3) : s < 10 ? s.toFixed(2) : s.toFixed(1);
}

function ratioText(r: number | null): string {
  return r === null ? "–" : `${r.toFixed(2)}x`;
}

function table(header: string[], rows: string[][]): string {
  const lines = [`| ${header.join(" | ")} |`, `|${header.map(() => "---").join("|")}|`];
  for (const row of rows) lines.push(`| ${row.join(" | ")} |`);
  return lines.join("\n");
}

export function markdownTables(
  r: Results,
  ratio: (b: BenchResult, c: Comparison) => number | null,
  warmRatio: (b: BenchResult, c: Comparison) => number | null,
): string {
  const out: string[] = [];
  out.push(
    `Measured ${r.date.slice(0, 16).replace("T", " ")} UTC at commit ${r.commit || "?"}, ` +
      `${r.cpus} CPUs, load average ${r.loadavgBefore} before and ${r.loadavgAfter} after; ` +
      `median of ${r.options.runs} run(s) per interpreter, interleaved` +
      (r.options.size ? `, size ${r.options.size}` : ", default sizes") +
      ". Interpreters: " +
      r.interpreters.map((i) => `${i.label} (${i.version || "version unknown"})`).join("; ") +
      ".",
  );
  for (const n of r.notes) out.push(`Note: ${n}.`);
  out.push("");
  out.push("CPU seconds (user + system, median) and CPU-time ratios:");
  out.push("");
  const header = [
    "benchmark",
    ...r.interpreters.map((i) => `${i.label} s`),
    ...r.comparisons.map((c) => c.label),
  ];
  const rows = r.benchmarks.map((b) => [
    b.name,
    ...r.interpreters.map((i) => (b.cells[i.id].error ? "error" : seconds(b.cells[i.id].cpu))),
    ...r.comparisons.map((c) => ratioText(ratio(b, c))),
  ]);
  rows.push([
    "**geometric mean**",
    ...r.interpreters.map(() => ""),
    ...r.comparisons.map((c) => `**${ratioText(r.geomeans[c.key] ?? null)}**`),
  ]);
  out.push(table(header, rows));
  if (r.warmGeomeans !== undefined) {
    out.push("");
    out.push(
      "Warm kernel seconds per iteration (the median of the second half of each run's " +
        "iterations: the kernel alone, without start-up, imports and JIT warm-up; median " +
        "over runs) and their ratios:",
    );
    out.push("");
    const warmRows = r.benchmarks.map((b) => [
      b.name,
      ...r.interpreters.map((i) => (b.cells[i.id].error ? "error" : seconds(b.cells[i.id].warm))),
      ...r.comparisons.map((c) => ratioText(warmRatio(b, c))),
    ]);
    warmRows.push([
      "**geometric mean**",
      ...r.interpreters.map(() => ""),
      ...r.comparisons.map((c) => `**${ratioText(r.warmGeomeans![c.key] ?? null)}**`),
    ]);
    out.push(table(header, warmRows));
  }
  out.push("");
  out.push("Wall seconds and peak RSS (MB), medians:");
  out.push("");
  out.push(table(
    ["benchmark", ...r.interpreters.flatMap((i) => [`${i.label} wall s`, `${i.label} MB`])],
    r.benchmarks.map((b) => [
      b.name,
      ...r.interpreters.flatMap((i) => {
        const c = b.cells[i.id];
        if (c.error) return ["error", ""];
        return [seconds(c.wall), c.rssKb === undefined ? "" : (c.rssKb / 1024).toFixed(0)];
      }),
    ]),
  ));
  const errors = r.benchmarks.flatMap((b) =>
    r.interpreters.filter((i) => b.cells[i.id].error).map((i) =>
      `- ${b.name} under ${i.label}: \`${b.cells[i.id].error!.replace(/`/g, "'")}\``
    )
  );
  if (errors.length) {
    out.push("");
    out.push("Errors:");
    out.push("");
    out.push(...errors);
  }
  return out.join("\n") + "\n";
}

/** Replaces the marked results section of a Markdown document (appends one if missing). */
export function replaceSection(doc: string, body: string): string {
  const section = `${SECTION_START}\n\n${body}\n${SECTION_END}`;
  const start = doc.indexOf(SECTION_START);
  const end = doc.indexOf(SECTION_END);
  if (start >= 0 && end > start) {
    return doc.slice(0, start) + section + doc.slice(end + SECTION_END.length);
  }
  return doc.trimEnd() + "\n\n## Results\n\n" + section + "\n";
}
