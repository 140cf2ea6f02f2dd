/**
 * Full case mappings of Python 3.11 (Unicode 14.0), per code point.
 *
 * CPython's `_PyUnicode_ToLowerFull` and friends use, in order:
 *   1. the unconditional entries of SpecialCasing.txt (one character may map to
 *      several: 'ß'.upper() == 'SS', 'ŉ'.upper() == 'ʼN'); the language- and
 *      context-dependent entries are ignored, except the final sigma rule, which
 *      str.lower() applies itself (str_case.ts);
 *   2. otherwise the simple mapping of UnicodeData.txt (titlecase defaulting to
 *      uppercase when the title field is empty);
 *   3. otherwise the character itself.
 * casefold() uses CaseFolding.txt's C and F entries and otherwise leaves the
 * character alone (CPython's folding never falls back to lowercasing).
 *
 * The maps come from the npm package @unicode/unicode-14.0.0 and are loaded on
 * first use; ASCII is mapped without them, so ASCII text never loads them.
 */
import { requireFrom } from "../runtime/node_builtins.ts";

const PACKAGE = "@unicode/unicode-14.0.0/";

export type CaseKind = "lower" | "upper" | "title" | "fold";

interface CaseTables {
  special: Map<number, number[]>;
  simple: Map<number, number>;
  /** Only titlecase: the simple uppercase map used when no title entry exists. */
  fallback: Map<number, number> | null;
}

const FOLDER_OF: Record<Exclude<CaseKind, "fold">, string> = {
  lower: "Lowercase",
  upper: "Uppercase",
  title: "Titlecase",
};

const tables = new Map<CaseKind, CaseTables>();

function load(path: string) {
  return requireFrom(import.meta.url)(`${PACKAGE}${path}/code-points.mjs`).default;
}

function loadTables(kind: CaseKind): CaseTables {
  if (kind === "fold") {
    const full: Map<number, number[]> = load("Case_Folding/F");
    const common: Map<number, number> = load("Case_Folding/C");
    return { special: full, simple: common, fallback: null };
  }
  const folder = FOLDER_OF[kind];
  return {
    special: load(`Special_Casing/${folder}`),
    simple: load(`Simple_Case_Mapping/${folder}`),
    fallback: kind === "title" ? load("Simple_Case_Mapping/Uppercase") : null,
  };
}

/** Append the full `kind` mapping of a code point to `out`. */
export function appendCaseMapping(kind: CaseKind, codePoint: number, out: number[]): void {
  if (codePoint < 0x80) {
    out.push(asciiCaseMapping(kind, codePoint));
    return;
  }
  let table = tables.get(kind);
  if (table === undefined) {
    table = loadTables(kind);
    tables.set(kind, table);
  }
  const special = table.special.get(codePoint);
  if (special !== undefined) {
    for (const mapped of special) out.push(mapped);
    return;
  }
  out.push(table.simple.get(codePoint) ?? table.fallback?.get(codePoint) ?? codePoint);
}

function asciiCaseMapping(kind: CaseKind, codePoint: number): number {
  const isUpper = codePoint >= 0x41 && codePoint <= 0x5a;
  const isLower = codePoint >= 0x61 && codePoint <= 0x7a;
  if ((kind === "lower" || kind === "fold") && isUpper) return codePoint + 0x20;
  if ((kind === "upper" || kind === "title") && isLower) return codePoint - 0x20;
  return codePoint;
}
