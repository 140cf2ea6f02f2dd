/**
 * vm/unicode/names.ts against CPython 3.11: the code point `"\N{name}"` gives for
 * each name in names_cases.json (written by gen_names.py), or rejection.
 */
import { assertEquals } from "../assert.ts";
import { lookupCharacterName } from "../../vm/unicode/names.ts";

const CASES: [string, number | null][] = JSON.parse(
  Deno.readTextFileSync(new URL("./names_cases.json", import.meta.url)),
);

Deno.test("\\N{...} names resolve as in CPython 3.11", () => {
  const failures = CASES.filter(([name, expected]) =>
    (lookupCharacterName(name) ?? null) !== expected
  ).map(([name, expected]) =>
    `${JSON.stringify(name)}: ${lookupCharacterName(name)} != ${expected}`
  );
  assertEquals(failures.slice(0, 20).join("\n"), "");
  assertEquals(CASES.length > 2000, true);
});
