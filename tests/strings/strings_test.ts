/**
 * Differential test of string atoms against CPython 3.11: values, node
 * positions, warnings and errors of every snippet in tests/strings/snippets.py,
 * as recorded in cases.json by gen_cases.py.
 */
import { assertEquals } from "../assert.ts";
import { dump } from "../../vm/compiler/ast_dump.ts";
import { parseStringTokens } from "../../vm/compiler/parser/strings.ts";
import { FakeHost, FakeSyntaxError, makeToken } from "./fake_host.ts";

interface Case {
  source: string;
  tokens: [string, number, number, number, number][];
  next: [number, number, number, number];
  dump: string | null;
  error: [string, number, number, number, number] | null;
  warnings: [string, string, number][];
}

const CASES: Case[] = JSON.parse(
  Deno.readTextFileSync(new URL("./cases.json", import.meta.url)),
);

/** What our side produced for one case, in the fixture's terms. */
function run(testCase: Case): Pick<Case, "dump" | "error" | "warnings"> {
  const host = new FakeHost();
  let result: string | null = null;
  let error: Case["error"] = null;
  try {
    const node = parseStringTokens(host, testCase.tokens.map(makeToken));
    result = dump(node, { includeAttributes: true });
  } catch (exc) {
    if (!(exc instanceof FakeSyntaxError)) throw exc;
    // Every string error of CPython 3.11 is located at the token after the atom.
    const where = exc.at === "current" ? testCase.next : [0, 0, 0, 0];
    error = [exc.msg, where[0], where[1], where[2], where[3]];
  }
  const warnings = host.warnings.map((w): [string, string, number] => [
    w.category,
    w.message,
    w.lineno,
  ]);
  return { dump: result, error, warnings };
}

Deno.test("string atoms match CPython 3.11 (values, positions, warnings, errors)", () => {
  const failures: string[] = [];
  for (const testCase of CASES) {
    const expected = { dump: testCase.dump, error: testCase.error, warnings: testCase.warnings };
    let actual;
    try {
      actual = run(testCase);
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
