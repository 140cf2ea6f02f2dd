/**
 * Uncaught-exception reports: for each program in scenarios.py, CPython 3.11's
 * stderr (cases.json, from make_cases.py) must equal what formatException
 * prints from the same exception chain and frame positions.
 */
import { assertEquals } from "../assert.ts";
import { type ExceptionReport, formatException } from "../../vm/runtime/traceback_format.ts";

interface Case {
  source: string;
  stderr: string;
  status: number;
  report: ExceptionReport | null;
}

const { cases } = JSON.parse(
  Deno.readTextFileSync(new URL("./cases.json", import.meta.url)),
) as { cases: Record<string, Case> };

for (const [name, testCase] of Object.entries(cases)) {
  if (testCase.report === null) continue;
  Deno.test(`traceback report equals CPython's: ${name}`, () => {
    const lines = testCase.source.split("\n");
    const readLine = (filename: string, lineno: number) =>
      filename === `{work}/${name}.py` ? lines[lineno - 1] ?? null : null;
    assertEquals(formatException(testCase.report!, readLine), testCase.stderr);
  });
}
