/**
 * ast_dump.ts against CPython's own ast.dump, on trees that CPython built (via
 * tools/py_ast_json.py), so these tests do not depend on our parser.
 */
import { dump, type DumpOptions } from "../../vm/compiler/ast_dump.ts";
import { cpythonParseFiles } from "../compiler/cpython_ast.ts";
import { Ellipsis, PyBytes, PyComplex, PyFloat, singleton } from "../../vm/compiler/ast.ts";

const PYTHON = "/usr/bin/python3.11";
const SAMPLES = new URL("./dump_samples.py", import.meta.url).pathname;
const STDLIB_FILES = [
  "ast.py",
  "typing.py",
  "dataclasses.py",
  "asyncio/tasks.py",
  "json/decoder.py",
  "re/_parser.py",
  "test/test_grammar.py",
  "test/test_patma.py",
  "test/test_fstring.py",
  "test/test_string_literals.py",
  "test/test_unicode_identifiers.py",
  "test/test_complex.py",
  "test/test_float.py",
  "test/test_long.py",
  "test/test_bytes.py",
  "test/test_coroutines.py",
  "test/test_exceptions.py",
  "test/test_unpack_ex.py",
].map((name) => `/usr/lib/python3.11/${name}`);

/** ast.dump as CPython prints it for each file, with the given options. */
async function cpythonDumps(paths: string[], options: DumpOptions): Promise<string[]> {
  const script = [
    "import ast, json, sys",
    "attrs, indent = sys.argv[1] == '1', (None if sys.argv[2] == '' else int(sys.argv[2]))",
    "print(json.dumps([ast.dump(ast.parse(open(p, 'rb').read(), p), include_attributes=attrs,",
    "                  indent=indent) for p in sys.argv[3:]]))",
  ].join("\n");
  const args = ["-c", script, options.includeAttributes ? "1" : "0", String(options.indent ?? "")];
  const output = await new Deno.Command(PYTHON, { args: [...args, ...paths] }).output();
  if (!output.success) throw new Error(new TextDecoder().decode(output.stderr));
  return JSON.parse(new TextDecoder().decode(output.stdout));
}

function firstDifference(actual: string, expected: string): string {
  const actualLines = actual.split("\n");
  const expectedLines = expected.split("\n");
  for (let line = 0; line < Math.max(actualLines.length, expectedLines.length); line++) {
    if (actualLines[line] !== expectedLines[line]) {
      return `line ${line + 1}: want ${expectedLines[line]} got ${actualLines[line]}`;
    }
  }
  return "identical";
}

async function compareOnFiles(paths: string[], options: DumpOptions): Promise<void> {
  const [records, expected] = await Promise.all([
    cpythonParseFiles(paths),
    cpythonDumps(paths, options),
  ]);
  const failures: string[] = [];
  records.forEach((record, index) => {
    if (record.ast === undefined) throw new Error(`CPython rejects ${record.file}`);
    const ours = dump(record.ast, options);
    if (ours !== expected[index]) {
      failures.push(`${record.file}: ${firstDifference(ours, expected[index])}`);
    }
  });
  if (failures.length > 0) throw new Error(failures.join("\n"));
}

Deno.test("dump with attributes and indent 3 matches CPython on the samples", async () => {
  await compareOnFiles([SAMPLES], { includeAttributes: true, indent: 3 });
});

Deno.test("single-line dump without attributes matches CPython on the samples", async () => {
  await compareOnFiles([SAMPLES], {});
});

Deno.test("indent given as 0 and as 1 matches CPython", async () => {
  await compareOnFiles([SAMPLES], { indent: 0 });
  await compareOnFiles([SAMPLES], { includeAttributes: true, indent: 1 });
});

Deno.test("dump matches CPython on stdlib and test-suite files", async () => {
  await compareOnFiles(STDLIB_FILES, { includeAttributes: true, indent: 3 });
});

Deno.test("constants CPython's parser never makes are still printed as Python would", () => {
  // Expected strings from: ast.dump(ast.Constant(value=...)) in CPython 3.11.
  const constant = (value: unknown) => ({ _type: "Constant" as const, value, kind: null });
  const cases: Array<[unknown, string]> = [
    [[1, new PyFloat(2), new PyBytes(new Uint8Array([120]))], "Constant(value=(1, 2.0, b'x'))"],
    [[Ellipsis], "Constant(value=(Ellipsis,))"],
    [[], "Constant(value=())"],
    [new PyComplex(1, -2), "Constant(value=(1-2j))"],
    [2n ** 70n, "Constant(value=1180591620717411303424)"],
    [new PyFloat(-0), "Constant(value=-0.0)"],
  ];
  for (const [value, expected] of cases) {
    const actual = dump(constant(value) as Parameters<typeof dump>[0]);
    if (actual !== expected) throw new Error(`want ${expected} got ${actual}`);
  }
});

Deno.test("type comments and TypeIgnore print as CPython prints them", () => {
  // CPython: ast.dump(ast.parse("x = 1  # type: int\nimport a  # type: ignore[x]\n",
  //                             type_comments=True))
  const expected = "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(" +
    "value=1), type_comment='int'), Import(names=[alias(name='a')])], type_ignores=[" +
    "TypeIgnore(lineno=2, tag='[x]')])";
  const tree = {
    _type: "Module" as const,
    body: [
      {
        _type: "Assign",
        targets: [{ _type: "Name", id: "x", ctx: singleton("Store") }],
        value: { _type: "Constant", value: 1, kind: null },
        type_comment: "int",
      },
      { _type: "Import", names: [{ _type: "alias", name: "a", asname: null }] },
    ],
    type_ignores: [{ _type: "TypeIgnore", lineno: 2, tag: "[x]" }],
  };
  const actual = dump(tree as unknown as Parameters<typeof dump>[0]);
  if (actual !== expected) throw new Error(`want ${expected}\n got ${actual}`);
});
