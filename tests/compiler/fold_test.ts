/**
 * Constant folding: the co_consts CPython 3.11 produces for small
 * expressions (its ast_opt folding plus our compiler) must equal ours, which
 * shows both what gets folded and what must not be (anything that raises or
 * exceeds CPython's size limits).
 */
import { assertEquals } from "../assert.ts";
import { compileModule } from "../../vm/compiler/compile.ts";
import { constantDisplay } from "../../vm/compiler/dis.ts";
import { cpythonParse } from "./cpython_ast.ts";
import { cpythonFacts } from "./oracle.ts";

const EXPRESSIONS = [
  "'abc'[1]",
  "(1, 2)[0]",
  "b'ab'[0]",
  "'abc'[5]",
  "-(1)",
  "- 0",
  "-0.0",
  "+1.5",
  "not 1",
  "~True",
  "~5",
  "2**200",
  "2**100",
  "2**64",
  "(-2)**63",
  "1 << 200",
  "1 << 100",
  "3 >> 1",
  "-7 >> 1",
  "'ab'*3000",
  "'ab'*3",
  "3*'ab'",
  "(1, 2)*3",
  "(1,)*300",
  "b'a' + b'b'",
  "'a' + 'b'",
  "(1,) + (2,)",
  "'%s' % 1",
  "1/0",
  "1 % 0",
  "7 // -2",
  "-7 % 3",
  "7 % -3",
  "2 ** -1",
  "0 ** -1",
  "1.5 * 2",
  "1 + 2j",
  "3 - 1j",
  "2j * 3",
  "True + True",
  "5 & 3 | 8 ^ 1",
  "10**20",
  "10**40",
  "5.5 % 2",
  "-5.5 % 2",
  "5 // 0.0",
  "1 / 3",
  "0.0 ** -1",
  "x in [1, 2]",
  "x not in (1, 2)",
  "x in {1}",
  "[1, 2, 3]",
  "[x, 1, 2]",
  "(1, (2, 3), 'a')",
  "not x in y",
  "not x is y",
  "1 if __debug__ else 2",
  "'%s=%r' % (a, b)",
  "'%-5s|%5.2r|%a' % (a, b, c)",
  "'%d' % (a,)",
  "'%s %s' % (a,)",
  "'%%s%s' % (a,)",
  "'%.s' % (a,)",
  "'%123s' % (a,)",
  "'%s' % (*a,)",
  "{'a': 1, 'b': 2}",
  "{'a': x, 'b': y}",
  "f(a=1, b=2)",
  "f(*a, b=2, **c)",
  "x[1:2]",
  "(-1) ** 2",
  "1e308 * 10",
  "2.0 ** -25 + 2.0 ** -35",
  "(-2.0) ** 3",
  "0.5 ** 2",
  "2.0 ** 2000",
  "2.0 ** -2000",
  "2 ** -3",
  "8 ** -1",
  "'%s' % ('a', 'b')",
];

Deno.test("constant folding matches CPython's co_consts", async () => {
  const sources = EXPRESSIONS.filter((text) => text !== "");
  const expected = await cpythonFacts<string[]>(
    sources.map((source) => ({ what: "consts", source, mode: "eval" })),
  );
  const mismatches: string[] = [];
  for (let i = 0; i < sources.length; i++) {
    const mod = await cpythonParse(sources[i], "eval");
    const code = compileModule(mod, "<string>", "eval", { optimize: 0 });
    const ours = code.co_consts.map(constantDisplay);
    if (JSON.stringify(ours) !== JSON.stringify(expected[i])) {
      mismatches.push(
        `${sources[i]}: ours ${JSON.stringify(ours)}, CPython ${JSON.stringify(expected[i])}`,
      );
    }
  }
  assertEquals(mismatches, []);
});
