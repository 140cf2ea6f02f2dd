/**
 * Every short string constant in CPython's parser-related test files (the
 * snippets those tests compile, and much else), parsed in exec mode: accepted
 * where CPython 3.11 accepts it, otherwise the same error class, message and
 * span. Differences owned by other parts of the front end are listed in
 * KNOWN_DIFFERENCES; the test fails when that list is stale in either direction.
 */
import { assertEquals } from "../assert.ts";
import { PySyntaxError } from "../../vm/compiler/errors.ts";
import { parse, type ParseMode } from "../../vm/compiler/parse.ts";

type Outcome = "ok" | [string, string, number, number, number, number];
type LiteralCase = [mode: ParseMode, source: string, expected: Outcome];

/** Snippets on which Taipan's messages differ from CPython's (none at present). */
const KNOWN_DIFFERENCES = new Set<string>();

const cases: LiteralCase[] = JSON.parse(
  Deno.readTextFileSync(new URL("./fixtures/literals.json", import.meta.url)),
);

function outcome(source: string, mode: ParseMode): unknown {
  try {
    parse(source, "<test>", mode);
    return "ok";
  } catch (error) {
    if (!(error instanceof PySyntaxError)) throw error;
    return [error.pyClass, error.msg, error.lineno, error.offset, error.endLineno, error.endOffset];
  }
}

Deno.test(`CPython test-suite literals: ${cases.length} snippets agree`, () => {
  const disagreements: string[] = [];
  for (const [mode, source, expected] of cases) {
    if (JSON.stringify(outcome(source, mode)) !== JSON.stringify(expected)) {
      disagreements.push(source);
    }
  }
  assertEquals(disagreements.filter((source) => !KNOWN_DIFFERENCES.has(source)), []);
  assertEquals(
    [...KNOWN_DIFFERENCES].filter((source) => !disagreements.includes(source)),
    [],
    "KNOWN_DIFFERENCES lists snippets that now agree: remove them",
  );
});
