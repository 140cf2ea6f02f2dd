/**
 * `deno task ast` against tools/ast_oracle.py (CPython) on small inputs: a file
 * using every construct, type comments, and files rejected with each
 * SyntaxError class.
 */
const DENO = Deno.execPath();
const PYTHON = "/usr/bin/python3.11";
const ROOT = new URL("../../", import.meta.url).pathname;
const SAMPLES = new URL("./dump_samples.py", import.meta.url).pathname;

const INPUTS: Record<string, string> = {
  "type_comments.py": "def f(a,  # type: int\n      b):\n    # type: (...) -> None\n" +
    "    x = []  # type: list[int]\n    for i in x:  # type: int\n        pass\n" +
    "import os  # type: ignore[attr]\n",
  "syntax_error.py": "x = (1,\ny = 2\nprint(x y)\n",
  "indentation_error.py": "if True:\nx = 1\n",
  "tab_error.py": "if True:\n        x = 1\n\ty = 2\n",
  "bad_string.py": "s = 'abc\n",
  "latin1.py": "# -*- coding: latin-1 -*-\ns = '\xe9'\n",
};

async function run(command: string, args: string[]): Promise<{ code: number; stdout: string }> {
  const output = await new Deno.Command(command, { args, cwd: ROOT }).output();
  return { code: output.code, stdout: new TextDecoder().decode(output.stdout) };
}

Deno.test("deno task ast prints what CPython's ast module prints", async () => {
  const directory = Deno.makeTempDirSync();
  try {
    const files = [SAMPLES];
    for (const [name, text] of Object.entries(INPUTS)) {
      const path = `${directory}/${name}`;
      // latin1.py must hold the byte 0xE9, not its UTF-8 encoding.
      const bytes = name === "latin1.py"
        ? Uint8Array.from(text, (char) => char.charCodeAt(0))
        : new TextEncoder().encode(text);
      Deno.writeFileSync(path, bytes);
      files.push(path);
    }
    const [ours, cpython] = await Promise.all([
      run(DENO, ["run", "-A", "tools/ast_cli.ts", ...files]),
      run(PYTHON, ["tools/ast_oracle.py", ...files]),
    ]);
    if (ours.code !== 0) throw new Error(`ast_cli exited with ${ours.code}`);
    const ourBlocks = ours.stdout.split(/^(?===> )/m);
    const cpythonBlocks = cpython.stdout.split(/^(?===> )/m);
    const differing = cpythonBlocks.filter((block, index) => ourBlocks[index] !== block);
    if (differing.length > 0 || ourBlocks.length !== cpythonBlocks.length) {
      const names = differing.map((block) => block.split("\n")[0]);
      throw new Error(`blocks differ from CPython's: ${names.join(", ")}`);
    }
  } finally {
    Deno.removeSync(directory, { recursive: true });
  }
});

Deno.test("deno task ast reports a missing file without a JS stack", async () => {
  const result = await new Deno.Command(DENO, {
    args: ["run", "-A", "tools/ast_cli.ts", "/nonexistent/file.py"],
    cwd: ROOT,
  }).output();
  const stderr = new TextDecoder().decode(result.stderr);
  if (result.code === 0) throw new Error("expected a non-zero exit status");
  if (stderr.includes("    at ")) throw new Error(`stack trace printed:\n${stderr}`);
});
