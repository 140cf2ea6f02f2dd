/**
 * Syntax errors against CPython 3.11: for each invalid snippet of
 * tests/parser/snippets.py, the exception class, message, line, offset and
 * end position that `compile(src, "<test>", mode, ast.PyCF_ONLY_AST)` raises.
 */
import { assertEquals } from "../assert.ts";
import { PySyntaxError } from "../../vm/compiler/errors.ts";
import { parse, type ParseMode } from "../../vm/compiler/parse.ts";

type Expected = [
  cls: string,
  msg: string,
  lineno: number,
  offset: number,
  endLineno: number,
  endOffset: number,
];
type ErrorCase = [mode: ParseMode, typeComments: boolean, source: string, expected: Expected];

const cases: ErrorCase[] = JSON.parse(
  Deno.readTextFileSync(new URL("./fixtures/errors.json", import.meta.url)),
);

function describe(source: string, mode: ParseMode, typeComments: boolean): unknown[] | string {
  try {
    parse(source, "<test>", mode, { typeComments });
    return "accepted";
  } catch (error) {
    if (!(error instanceof PySyntaxError)) throw error;
    return [error.pyClass, error.msg, error.lineno, error.offset, error.endLineno, error.endOffset];
  }
}

for (const [mode, typeComments, source, expected] of cases) {
  const label = source.length > 60 ? source.slice(0, 57) + "..." : source;
  const flags = typeComments ? " +type_comments" : "";
  Deno.test(`error ${mode}${flags}: ${JSON.stringify(label)}`, () => {
    assertEquals(describe(source, mode, typeComments), expected);
  });
}
