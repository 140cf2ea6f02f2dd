/**
 * String atoms through the real front end (vm/compiler/parse.ts) against
 * CPython 3.11: whole-module dumps, SyntaxErrors and warnings of every snippet
 * in snippets.py, as recorded in module_cases.json by gen_module_cases.py. Here
 * replacement fields may hold any expression, and sub-parser errors count too.
 */
import { assertEquals } from "../assert.ts";
import { dump } from "../../vm/compiler/ast_dump.ts";
import { PySyntaxError } from "../../vm/compiler/errors.ts";
import { parseWithWarnings } from "../../vm/compiler/parse.ts";

interface Case {
  source: string;
  dump: string | null;
  error: [string, number, number, number, number] | null;
  warnings: [string, string, number][];
}

const CASES: Case[] = JSON.parse(
  Deno.readTextFileSync(new URL("./module_cases.json", import.meta.url)),
);

function run(source: string): Omit<Case, "source"> {
  try {
    const { mod, warnings } = parseWithWarnings(source, "<unknown>", "exec");
    return {
      dump: dump(mod, { includeAttributes: true }),
      error: null,
      warnings: warnings.map((w): [string, string, number] => [w.category, w.message, w.lineno]),
    };
  } catch (exc) {
    if (!(exc instanceof PySyntaxError)) throw exc;
    // Warnings emitted before an error are not compared: the parser drops them with the tree.
    return {
      dump: null,
      error: [exc.msg, exc.lineno, exc.offset, exc.endLineno, exc.endOffset],
      warnings: [],
    };
  }
}

Deno.test("string atoms in whole modules match CPython 3.11", () => {
  const failures: string[] = [];
  for (const testCase of CASES) {
    const expected = {
      dump: testCase.dump,
      error: testCase.error,
      warnings: testCase.error === null ? testCase.warnings : [],
    };
    let actual;
    try {
      actual = run(testCase.source);
    } catch (exc) {
      failures.push(`${JSON.stringify(testCase.source)}\n  crashed: ${exc}`);
      continue;
    }
    if (JSON.stringify(actual) !== JSON.stringify(expected)) {
      failures.push(
        `${JSON.stringify(testCase.source)}\n  actual:   ${JSON.stringify(actual)}\n  expected: ${
          JSON.stringify(expected)
        }`,
      );
    }
  }
  assertEquals(failures.join("\n"), "");
});
