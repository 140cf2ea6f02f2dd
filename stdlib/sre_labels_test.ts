/**
 * The `_sre` engine's `case` labels are literal numbers with their table
 * name beside them (`case 16 /* Op.LITERAL *\/:`): V8 compiles a switch
 * over literal numbers to a jump table, but a switch over `Op.LITERAL`
 * property loads to a chain of loads and compares (vm/runtime/eval.ts does
 * the same for its opcodes). The tables in sre_constants.ts and sre_engine.ts
 * stay the one truth: this test checks the labels against them, and
 *   ./tools/deno run -A stdlib/sre_labels_test.ts
 * rewrites them (from `case Op.X:` or stale numbers) after a table changes.
 */
import { assertEquals } from "../tests/assert.ts";
import { At, Category, Op } from "./sre_constants.ts";
import { Resume } from "./sre_engine.ts";

const TABLES: Record<string, Record<string, number>> = { Op, At, Category, Resume };
const FILES = ["sre_engine.ts", "sre_single.ts", "sre_ops.ts", "sre_chars.ts", "sre_search.ts"];
const here = new URL(".", import.meta.url).pathname;

function valueOf(table: string, name: string): number {
  const value = TABLES[table][name];
  if (value === undefined) throw new Error(`unknown label ${table}.${name}`);
  return value;
}

export function numberLabels(source: string): string {
  return source
    .replace(
      /case (Op|At|Category|Resume)\.(\w+):/g,
      (_, table, name) => `case ${valueOf(table, name)} /* ${table}.${name} */:`,
    )
    .replace(
      /case \d+ \/\* (Op|At|Category|Resume)\.(\w+) \*\/:/g,
      (_, table, name) => `case ${valueOf(table, name)} /* ${table}.${name} */:`,
    );
}

Deno.test("_sre case labels match the opcode, AT, category and resume tables", () => {
  let labels = 0;
  for (const file of FILES) {
    const source = Deno.readTextFileSync(here + file);
    assertEquals(/case (Op|At|Category|Resume)\.\w+:/.test(source), false, `${file}: unnumbered`);
    assertEquals(numberLabels(source) === source, true, `${file}: stale labels`);
    labels += (source.match(/case \d+ \/\* \w+\.\w+ \*\/:/g) ?? []).length;
  }
  assertEquals(labels > 100, true, "numbered labels found");
});

if (import.meta.main) {
  for (const file of FILES) {
    const path = here + file;
    Deno.writeTextFileSync(path, numberLabels(Deno.readTextFileSync(path)));
  }
}
