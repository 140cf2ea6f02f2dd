/**
 * Our unparser against the strings CPython 3.11 stores in __annotations__
 * under `from __future__ import annotations` (its C unparser), on a list of
 * tricky expressions and on every annotation in the standard library.
 */
import { assertEquals } from "../assert.ts";
import type { Expr } from "../../vm/compiler/ast.ts";
import { unparseAnnotation } from "../../vm/compiler/unparse.ts";
import { decodeAstNode } from "./cpython_ast.ts";
import { pythonFilesUnder } from "./corpus.ts";

const SCRIPT = new URL("./oracle/annotation_strings.py", import.meta.url).pathname;

interface Sample {
  source: string;
  ast: unknown;
  stored: string;
}

async function samples(args: string[]): Promise<Sample[]> {
  const output = await new Deno.Command("/usr/bin/python3.11", { args: [SCRIPT, ...args] })
    .output();
  if (!output.success) throw new Error(new TextDecoder().decode(output.stderr));
  return new TextDecoder().decode(output.stdout).split("\n").filter((line) => line !== "")
    .map((line) => JSON.parse(line) as Sample);
}

function mismatches(list: Sample[]): string[] {
  const out: string[] = [];
  for (const sample of list) {
    const ours = unparseAnnotation(decodeAstNode<Expr>(sample.ast));
    if (ours !== sample.stored) {
      out.push(
        `${JSON.stringify(sample.source)}: ours ${JSON.stringify(ours)}, CPython ${
          JSON.stringify(sample.stored)
        }`,
      );
    }
  }
  return out;
}

const EXPRESSIONS = [
  "int",
  "list[int]",
  "dict[str, list[tuple[int, ...]]]",
  "int | None",
  "'forward'",
  '"it\'s"',
  "a.b.c",
  "Callable[[int, str], bool]",
  "Literal[1, -1, 1.5, 1e400, -1e400, 2j, 1+2j, b'x\\x00', 'a\\nb', True, None, ...]",
  "(1,)",
  "()",
  "(a, b)",
  "[a, *b]",
  "{a: b, **c}",
  "{a, b}",
  "lambda: 1",
  "lambda x, /, y=1, *z, w, v=2, **k: x",
  "lambda *a: a",
  "lambda *, a: a",
  "a if b else c",
  "(a if b else c) if d else e",
  "a or b and not c",
  "(a or b) and c",
  "not (a and b)",
  "a < b <= c is not d in e not in f",
  "(a < b) < c",
  "-a ** -b",
  "(-a) ** b",
  "a ** b ** c",
  "(a ** b) ** c",
  "a - (b - c)",
  "(a - b) - c",
  "a * (b + c) @ d // e % f",
  "~a | b ^ c & d << e >> f",
  "f(a, *b, c=d, **e)",
  "f(x for x in y)",
  "f((x for x in y), z)",
  "[x for x in y if x for z in w]",
  "{k: v async for k, v in w}",
  "{x for x in y}",
  "x[1:2, ::3]",
  "x[a:b:c]",
  "x[()]",
  "x[(a, b)]",
  "x[*a]",
  "f'{x}'",
  "f'{x!r:>{width}} and {{braces}}'",
  "f'{ {1: 2}[1] }'",
  'f"{x!a}{y!s}"',
  "f'{a}' 'b' f'{c:{d}}'",
  "(walrus := 1)",
  "1 .real",
  "1.5.real",
  "'a' 'b'",
  "u'unicode'",
  "0x10",
  "1_000_000",
  "10**20",
  "0.1",
  "1e16",
  "1e-5",
  "123456789012345678.0",
  "3.14159e-10",
  "'\\u2028\\xa0\\u00e9\\U0001f600'",
  "'\\x7f\\x80'",
  "b'\\xff\"\\''",
  "'\\\\'",
];

Deno.test("unparsed annotations match CPython's stored strings (expressions)", async () => {
  const list = await samples(["-c", ...EXPRESSIONS.filter((text) => text !== "")]);
  assertEquals(list.length > 50, true);
  assertEquals(mismatches(list), []);
});

Deno.test("unparsed annotations match CPython's stored strings (stdlib)", async () => {
  const files = pythonFilesUnder("/usr/lib/python3.11").filter((file) => {
    try {
      return Deno.readTextFileSync(file).includes(") -> ");
    } catch {
      return false;
    }
  });
  const list = await samples(files);
  assertEquals(list.length > 300, true, `only ${list.length} annotations found`);
  assertEquals(mismatches(list), []);
});
