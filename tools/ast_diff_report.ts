/**
 * Classifies each file of the AST differential test and writes the report:
 * totals by outcome, the most common kinds of first difference, and every
 * failing file with its first differing line (plus a truncated excerpt).
 */

export type Outcome =
  | "identical" // both accept, dumps equal
  | "same-error" // both reject with the same error line
  | "reject-same-line" // both reject, same class and line, other message
  | "reject-other" // both reject, different class or line
  | "dump-differs" // both accept, dumps differ
  | "we-reject" // CPython accepts, we reject
  | "we-accept" // CPython rejects, we accept
  | "internal"; // our side crashed or timed out

export const OUTCOME_LABELS: Record<Outcome, string> = {
  "identical": "identical dumps",
  "same-error": "both reject, identical error line",
  "reject-same-line": "both reject, same class and line, other message",
  "reject-other": "both reject, different class or line",
  "dump-differs": "both accept, dumps differ",
  "we-reject": "CPython accepts, we reject",
  "we-accept": "CPython rejects, we accept",
  "internal": "internal error or timeout on our side",
};

/** Outcomes that count as agreeing with CPython for the ratchet. */
export const AGREEING: readonly Outcome[] = ["identical", "same-error", "reject-same-line"];

export interface SideAnswer {
  sha256: string | null;
  error: string | null;
  internal?: string | null;
}

export interface FirstDifference {
  line: number;
  want: string | null;
  got: string | null;
  category: string;
  excerpt: string;
}

export interface FileReport {
  file: string;
  outcome: Outcome;
  cpythonError: string | null;
  ourError: string | null;
  milliseconds: number;
  difference?: FirstDifference;
}

interface ErrorLine {
  pyClass: string;
  lineno: number | null;
}

function parseErrorLine(line: string): ErrorLine {
  const match = /^(\w+): .*\(.*, line (\d+)\)$/.exec(line);
  if (match !== null) return { pyClass: match[1], lineno: Number(match[2]) };
  return { pyClass: line.split(":")[0], lineno: null };
}

export function classify(cpython: SideAnswer, ours: SideAnswer): Outcome {
  if (ours.internal) return "internal";
  if (cpython.sha256 === ours.sha256) return cpython.error === null ? "identical" : "same-error";
  if (cpython.error !== null && ours.error !== null) {
    const theirs = parseErrorLine(cpython.error);
    const mine = parseErrorLine(ours.error);
    const sameLine = theirs.pyClass === mine.pyClass && theirs.lineno === mine.lineno;
    return sameLine ? "reject-same-line" : "reject-other";
  }
  if (cpython.error !== null) return "we-accept";
  if (ours.error !== null) return "we-reject";
  return "dump-differs";
}

const CONTEXT_LINES = 4;
const EXCERPT_LINES = 8;

/** Locates the first differing line of two dumps and names what differs there. */
export function firstDifference(want: string, got: string): FirstDifference {
  const wantLines = want.split("\n");
  const gotLines = got.split("\n");
  let line = 0;
  while (line < wantLines.length && line < gotLines.length && wantLines[line] === gotLines[line]) {
    line++;
  }
  const context = wantLines.slice(Math.max(0, line - CONTEXT_LINES), line).map((l) => "  " + l);
  const excerpt = [
    ...context,
    ...wantLines.slice(line, line + EXCERPT_LINES).map((l) => "- " + l),
    ...gotLines.slice(line, line + EXCERPT_LINES).map((l) => "+ " + l),
  ].join("\n");
  return {
    line: line + 1,
    want: wantLines[line] ?? null,
    got: gotLines[line] ?? null,
    category: categorize(wantLines, gotLines, line),
    excerpt,
  };
}

/**
 * A short name for what differs: `Node.field` from CPython's side (the field on
 * the differing line and the node it belongs to), e.g. `Constant.end_col_offset`.
 */
function categorize(wantLines: string[], gotLines: string[], line: number): string {
  const reference = wantLines[line];
  if (reference === undefined || gotLines[line] === undefined) return "length";
  const warning = /^(\w+Warning): /.exec(reference) ?? /^(\w+Warning): /.exec(gotLines[line]);
  if (warning !== null) return `warning: ${warning[1]}`;
  const field = /^\s*(\w+)=/.exec(reference)?.[1] ?? /^\s*(\w+)\(/.exec(reference)?.[1] ?? "?";
  const indent = reference.length - reference.trimStart().length;
  for (let index = line - 1; index >= 0; index--) {
    const text = wantLines[index];
    if (text.length - text.trimStart().length < indent) {
      const owner = /(\w+)\($/.exec(text)?.[1] ?? /(\w+)=\[$/.exec(text)?.[1] ?? "?";
      return `${owner}.${field}`;
    }
  }
  return field;
}

export interface Totals {
  files: number;
  byOutcome: Record<Outcome, number>;
  agreeing: number;
  agreeingPercent: number;
}

export function totalsOf(reports: FileReport[]): Totals {
  const byOutcome = Object.fromEntries(
    Object.keys(OUTCOME_LABELS).map((outcome) => [outcome, 0]),
  ) as Record<Outcome, number>;
  for (const report of reports) byOutcome[report.outcome]++;
  const agreeing = AGREEING.reduce((sum, outcome) => sum + byOutcome[outcome], 0);
  const agreeingPercent = reports.length === 0 ? 100 : (100 * agreeing) / reports.length;
  return { files: reports.length, byOutcome, agreeing, agreeingPercent };
}

/** Counts how often each kind of failure occurs, most common first. */
export function failureCategories(reports: FileReport[]): Array<[string, number]> {
  const counts = new Map<string, number>();
  for (const report of reports) {
    let key: string | null = null;
    if (report.outcome === "dump-differs") key = `dump: ${report.difference?.category}`;
    else if (report.outcome === "we-reject") key = `we reject: ${messageOf(report.ourError)}`;
    else if (report.outcome === "we-accept") key = `we accept: ${messageOf(report.cpythonError)}`;
    else if (report.outcome === "internal") key = `internal: ${report.ourError}`;
    else if (report.outcome === "reject-other") {
      key = `both reject, CPython: ${messageOf(report.cpythonError)}`;
    }
    if (key !== null) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1]);
}

/** An error line without its location and numbers, so similar messages group together. */
function messageOf(line: string | null): string {
  return (line ?? "").replace(/ \([^()]*, line \d+\)$/, "").replace(/0x[0-9a-f]+/g, "0x..")
    .replace(/ \d+\b/g, " N").slice(0, 120);
}

export function renderMarkdown(reports: FileReport[], command: string, seconds: number): string {
  const totals = totalsOf(reports);
  const lines = [
    "# AST differential test against CPython 3.11",
    "",
    `Command: \`${command}\` (${seconds.toFixed(0)} s)`,
    "",
    `Agreeing with CPython: **${totals.agreeing} / ${totals.files} files ` +
    `(${totals.agreeingPercent.toFixed(2)} %)**`,
    "",
    "| outcome | files |",
    "| --- | ---: |",
    ...Object.entries(OUTCOME_LABELS).map(([outcome, label]) =>
      `| ${label} | ${totals.byOutcome[outcome as Outcome]} |`
    ),
    "",
    "## Most common failures",
    "",
    "| failure | files |",
    "| --- | ---: |",
    ...failureCategories(reports).slice(0, 40).map(([key, count]) =>
      `| ${key.replaceAll("|", "\\|")} | ${count} |`
    ),
    "",
    "## Slowest files on our side (parse + dump)",
    "",
    ...[...reports].sort((a, b) => b.milliseconds - a.milliseconds).slice(0, 10).map((report) =>
      `- ${report.file}: ${report.milliseconds.toFixed(0)} ms`
    ),
    "",
    "## Failing files",
    "",
  ];
  for (const report of reports) {
    if (AGREEING.includes(report.outcome)) continue;
    const detail = report.difference !== undefined
      ? `line ${report.difference.line}: want \`${report.difference.want?.trim()}\`` +
        ` got \`${report.difference.got?.trim()}\``
      : `CPython: ${report.cpythonError ?? "accepts"}; ours: ${report.ourError ?? "accepts"}`;
    lines.push(`- ${report.file} — ${report.outcome} — ${detail.slice(0, 300)}`);
  }
  return lines.join("\n") + "\n";
}
