import { assertEquals, assertThrows } from "../assert.ts";
import { compileModule, CompilerRecursionError } from "../../vm/compiler/compile.ts";
import { parse } from "../../vm/compiler/parse.ts";
import { PySyntaxError } from "../../vm/compiler/errors.ts";
import { cpythonParse } from "./cpython_ast.ts";
import { cpythonFacts } from "./oracle.ts";
import { ERROR_SNIPPETS } from "./error_snippets.ts";

type ErrorFact = { error: [string, string, number, number] } | null;

Deno.test("compile errors match CPython's compile()", async () => {
  const expected = await cpythonFacts<ErrorFact>(
    ERROR_SNIPPETS.map((source) => ({ what: "error", source })),
  );
  const mismatches: string[] = [];
  for (let i = 0; i < ERROR_SNIPPETS.length; i++) {
    const source = ERROR_SNIPPETS[i];
    const want = expected[i];
    if (want === null) {
      mismatches.push(`CPython compiles ${JSON.stringify(source)}: not an error snippet`);
      continue;
    }
    const mod = await cpythonParse(source);
    let got: unknown = null;
    try {
      compileModule(mod, "<string>", "exec", { optimize: 0, source });
    } catch (error) {
      if (!(error instanceof PySyntaxError)) throw error;
      got = [error.pyClass, error.msg, error.lineno, error.offset];
    }
    if (JSON.stringify(got) !== JSON.stringify(want.error)) {
      mismatches.push(
        `${JSON.stringify(source)}: ours ${JSON.stringify(got)}, CPython ${
          JSON.stringify(want.error)
        }`,
      );
    }
  }
  assertEquals(mismatches, []);
});

Deno.test("too deeply nested expressions raise RecursionError, as in CPython", async () => {
  const deep = "x = " + Array(5000).fill("1").join(" + ") + "\n";
  const fine = "x = " + Array(1000).fill("1").join(" + ") + "\n";
  const [deepFact, fineFact] = await cpythonFacts<unknown>([
    { what: "error", source: deep },
    { what: "error", source: fine },
  ]);
  assertEquals(fineFact, null);
  assertEquals(deepFact !== null, true);
  const error = assertThrows(
    () => compileModule(parse(deep, "<string>", "exec"), "<string>", "exec", { optimize: 0 }),
    CompilerRecursionError,
  ) as CompilerRecursionError;
  assertEquals(error.msg, "maximum recursion depth exceeded during compilation");
  compileModule(parse(fine, "<string>", "exec"), "<string>", "exec", { optimize: 0 });
});

Deno.test("compile-time SyntaxWarnings match CPython's", async () => {
  const sources = [
    "x is 1\n",
    "x is not 'a'\n",
    "if x is () or y is -1: pass\n",
    "x is None or x is True or x is ...\n",
    "1 is x is 2\n",
    "[(1, 2) (3, 4)]\n",
    "f'{x}'()\n",
    "{1}[0]\n",
    "(x for x in y)[0]\n",
    "(lambda: 1)[0]\n",
    "5[0]\n",
    "'abc'[1]\n",
    "[1, 2]['a']\n",
    "(1, 2)[1.5]\n",
    "[x][:]\n",
    "assert (x, 'msg')\n",
    "assert ()\n",
    "def f():\n    assert (1, 2)\n",
    "obj.meth(1)\n",
  ].filter((source) => source !== "");
  const expected = await cpythonFacts<[string, string, number][]>(
    sources.map((source) => ({ what: "warnings", source })),
  );
  const mismatches: string[] = [];
  sources.forEach((source, i) => {
    const ours: [string, string, number][] = [];
    compileModule(parse(source, "<string>", "exec"), "<string>", "exec", {
      optimize: 0,
      onWarning: (warning) => {
        ours.push([warning.category, warning.message, warning.lineno]);
        return false;
      },
    });
    if (JSON.stringify(ours) !== JSON.stringify(expected[i])) {
      mismatches.push(
        `${JSON.stringify(source)}: ours ${JSON.stringify(ours)}, CPython ${
          JSON.stringify(expected[i])
        }`,
      );
    }
  });
  assertEquals(mismatches, []);
  const error = assertThrows(
    () =>
      compileModule(parse("x is 1\n", "<string>", "exec"), "<string>", "exec", {
        optimize: 0,
        onWarning: () => true,
      }),
    PySyntaxError,
  ) as PySyntaxError;
  assertEquals([error.msg, error.lineno, error.offset], [
    '"is" with a literal. Did you mean "=="?',
    1,
    1,
  ]);
});
