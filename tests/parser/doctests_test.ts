/**
 * Every `>>>` example of CPython's own syntax tests (test_syntax.py,
 * test_genexps.py, ...), parsed in exec and single mode: accepted where
 * CPython 3.11 accepts it, otherwise the same error class, message and span.
 */
import { assertEquals } from "../assert.ts";
import { PySyntaxError } from "../../vm/compiler/errors.ts";
import { parse, type ParseMode } from "../../vm/compiler/parse.ts";

type Outcome = "ok" | [string, string, number, number, number, number];
type DoctestCase = [mode: ParseMode, source: string, expected: Outcome];

const cases: DoctestCase[] = JSON.parse(
  Deno.readTextFileSync(new URL("./fixtures/doctests.json", import.meta.url)),
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

Deno.test(`CPython syntax doctests: ${cases.length} examples agree`, () => {
  const disagreements: string[] = [];
  for (const [mode, source, expected] of cases) {
    const actual = outcome(source, mode);
    if (JSON.stringify(actual) !== JSON.stringify(expected)) {
      disagreements.push(`${mode} ${JSON.stringify(source)}: ${JSON.stringify(actual)}`);
    }
  }
  assertEquals(disagreements, []);
});
