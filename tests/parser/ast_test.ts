/**
 * Our AST against CPython 3.11's for every snippet of tests/parser/snippets.py:
 * `ast.dump(tree, include_attributes=True, indent=3)` must be identical, in all
 * four modes (exec, eval, single, func_type) and with type comments on and off.
 * Regenerate the expectations with `/usr/bin/python3.11 tests/parser/gen_fixtures.py`.
 */
import { assertEquals } from "../assert.ts";
import { dump } from "../../vm/compiler/ast_dump.ts";
import { parse, type ParseMode } from "../../vm/compiler/parse.ts";

type AstCase = [mode: ParseMode, typeComments: boolean, source: string, expected: string];

const cases: AstCase[] = JSON.parse(
  Deno.readTextFileSync(new URL("./fixtures/ast.json", import.meta.url)),
);

for (const [mode, typeComments, source, expected] of cases) {
  Deno.test(`ast ${mode}${typeComments ? " +type_comments" : ""}: ${JSON.stringify(source)}`, () => {
    const tree = parse(source, "<test>", mode, { typeComments });
    assertEquals(dump(tree, { includeAttributes: true, indent: 3 }), expected);
  });
}
