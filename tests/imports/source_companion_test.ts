/**
 * Source companions (vm/runtime/import/source_companions.ts): json.encoder's
 * `_make_iterencode` becomes the native twin (stdlib/_json_iterencode.ts)
 * when the file is CPython 3.11's own, from pyodide's zip or from a CPython
 * Lib directory, and stays the Python function in a changed copy.
 */
import { assertEquals } from "../assert.ts";

const root = new URL("../../", import.meta.url).pathname;
const taipan = `${root}taipan`;
const decoder = new TextDecoder();
const SHOW = "import json.encoder as e; print(type(e._make_iterencode).__name__)";

async function kindOf(args: string[], env: Record<string, string> = {}): Promise<string> {
  const result = await new Deno.Command(taipan, {
    args: [...args, "-c", SHOW],
    env: { TAIPAN_BUNDLE: "0", ...env },
    stdout: "piped",
    stderr: "piped",
  }).output();
  assertEquals(decoder.decode(result.stderr), "", "stderr");
  return decoder.decode(result.stdout).trim();
}

Deno.test("json.encoder from the bundled zip gets the twin", async () => {
  assertEquals(await kindOf([]), "builtin_function_or_method");
});

const cpythonLib = "/usr/lib/python3.11";
const hasCPythonLib = (() => {
  try {
    return Deno.statSync(`${cpythonLib}/json/encoder.py`).isFile;
  } catch {
    return false;
  }
})();

Deno.test({
  name: "json.encoder from a CPython 3.11 Lib gets the twin",
  ignore: !hasCPythonLib,
  fn: async () =>
    assertEquals(await kindOf(["--stdlib", cpythonLib]), "builtin_function_or_method"),
});

Deno.test({
  name: "a changed json/encoder.py keeps its Python _make_iterencode",
  ignore: !hasCPythonLib,
  fn: async () => {
    const directory = Deno.makeTempDirSync();
    try {
      Deno.mkdirSync(`${directory}/json`);
      for (const name of ["__init__.py", "decoder.py", "scanner.py", "encoder.py"]) {
        Deno.copyFileSync(`${cpythonLib}/json/${name}`, `${directory}/json/${name}`);
      }
      const encoder = `${directory}/json/encoder.py`;
      Deno.writeTextFileSync(encoder, Deno.readTextFileSync(encoder) + "\n# changed\n");
      assertEquals(await kindOf([], { PYTHONPATH: directory }), "function");
    } finally {
      Deno.removeSync(directory, { recursive: true });
    }
  },
});
