import { assertEquals } from "../assert.ts";
import { compileModule } from "../../vm/compiler/compile.ts";
import { cpythonParse } from "./cpython_ast.ts";
import { cpythonFacts } from "./oracle.ts";
import { type CodeDump, dumpCode } from "./code_dump.ts";
import { CODE_SNIPPETS, SYMTABLE_SNIPPETS } from "./snippets.ts";

Deno.test("code object attributes match CPython on snippets", async () => {
  const sources = [...SYMTABLE_SNIPPETS, ...CODE_SNIPPETS];
  const expected = await cpythonFacts<CodeDump>(
    sources.map((source) => ({ what: "code", source })),
  );
  for (let i = 0; i < sources.length; i++) {
    const mod = await cpythonParse(sources[i]);
    const code = compileModule(mod, "<string>", "exec", { optimize: 0 });
    assertEquals(dumpCode(code), expected[i], sources[i]);
  }
});

Deno.test("code objects under -O and -OO match CPython (asserts, docstrings, __debug__)", async () => {
  const sources = [
    "'''module doc'''\nassert x, 'msg'\ndef f():\n    '''doc'''\n    assert y\n    return 1\n",
    "class C:\n    '''doc'''\n    def m(self):\n        '''m doc'''\n        if __debug__:\n          return lambda: 1\n",
    "if not __debug__:\n    def opt(): pass\nelse:\n    def dbg(): pass\n",
    "def f():\n    assert (lambda: 1)(), (lambda: 2)()\n",
  ];
  for (const optimize of [0, 1, 2] as const) {
    const expected = await cpythonFacts<CodeDump>(
      sources.map((source) => ({ what: "code", source, optimize })),
    );
    for (let i = 0; i < sources.length; i++) {
      const code = compileModule(await cpythonParse(sources[i]), "<string>", "exec", { optimize });
      assertEquals(dumpCode(code), expected[i], `-O${optimize}: ${sources[i]}`);
    }
  }
});

Deno.test("eval and single (interactive) modes match CPython", async () => {
  const jobs: { source: string; mode: "eval" | "single" }[] = [
    { source: "lambda x: [y for y in x]", mode: "eval" },
    { source: "(yield_ for yield_ in range(3))", mode: "eval" },
    { source: "x = 1", mode: "single" },
    { source: "x + 1", mode: "single" },
    { source: "def f(a):\n    return a\n", mode: "single" },
    { source: "for i in range(2): i\n", mode: "single" },
    { source: "y: int = 2", mode: "single" },
  ];
  const expected = await cpythonFacts<CodeDump>(
    jobs.map(({ source, mode }) => ({ what: "code", source, mode })),
  );
  for (let i = 0; i < jobs.length; i++) {
    const { source, mode } = jobs[i];
    const code = compileModule(await cpythonParse(source, mode), "<string>", mode, {
      optimize: 0,
    });
    assertEquals(dumpCode(code), expected[i], `${mode}: ${source}`);
  }
});

Deno.test("top-level await (PyCF_ALLOW_TOP_LEVEL_AWAIT) matches CPython", async () => {
  const ALLOW_TOP_LEVEL_AWAIT = 0x2000;
  const sources = [
    "await x\n",
    "async for a in b:\n    pass\n",
    "async with a as b:\n    pass\n",
    "[await y for y in z]\n",
    "x = 1\n",
  ];
  const expected = await cpythonFacts<CodeDump>(
    sources.map((source) => ({ what: "code", source, flags: ALLOW_TOP_LEVEL_AWAIT })),
  );
  for (let i = 0; i < sources.length; i++) {
    const code = compileModule(await cpythonParse(sources[i]), "<string>", "exec", {
      optimize: 0,
      allowTopLevelAwait: true,
    });
    assertEquals(dumpCode(code), expected[i], sources[i]);
  }
});
