/**
 * codeop's question, "is this interactive input complete?": fragments parsed
 * with allowIncompleteInput and dontImplyDedent (PyCF_ALLOW_INCOMPLETE_INPUT |
 * PyCF_DONT_IMPLY_DEDENT) in single and exec mode give CPython 3.11's answer:
 * a tree, "incomplete input", or the real error, at the same position.
 */
import { assertEquals } from "../assert.ts";
import { PySyntaxError } from "../../vm/compiler/errors.ts";
import { parse, type ParseMode } from "../../vm/compiler/parse.ts";

type Outcome = "ok" | [string, string, number, number, number, number];
type IncompleteCase = [mode: ParseMode, source: string, expected: Outcome];

const cases: IncompleteCase[] = JSON.parse(
  Deno.readTextFileSync(new URL("./fixtures/incomplete.json", import.meta.url)),
);

function outcome(source: string, mode: ParseMode): unknown {
  try {
    parse(source, "<input>", mode, { allowIncompleteInput: true, dontImplyDedent: true });
    return "ok";
  } catch (error) {
    if (!(error instanceof PySyntaxError)) throw error;
    return [error.pyClass, error.msg, error.lineno, error.offset, error.endLineno, error.endOffset];
  }
}

for (const [mode, source, expected] of cases) {
  Deno.test(`incomplete ${mode}: ${JSON.stringify(source)}`, () => {
    assertEquals(outcome(source, mode), expected);
  });
}
