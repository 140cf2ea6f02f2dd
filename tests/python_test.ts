/**
 * Python-level tests: every program under tests/python/ is run with ./taipan
 * from its own directory; stdout, stderr and the exit status must equal what
 * CPython 3.11 produced (NAME.expected.json, from tests/python/make_expected.py).
 * A folder named `lib` holds modules that tests import, not tests.
 */
import { assertEquals } from "./assert.ts";

const root = new URL("../", import.meta.url).pathname;
const taipan = `${root}taipan`;
const decoder = new TextDecoder();
// One compiled-code cache for the whole run, so that tests also exercise it:
// the first program to import a module writes its entry, the others read it.
const codeCache = Deno.makeTempDirSync({ prefix: "taipan-test-cache-" });
globalThis.addEventListener("unload", () => Deno.removeSync(codeCache, { recursive: true }));

function* programs(dir: string): Generator<string> {
  for (const entry of [...Deno.readDirSync(dir)].sort((a, b) => a.name < b.name ? -1 : 1)) {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory && entry.name !== "lib") yield* programs(path);
    else if (entry.name.endsWith(".py") && entry.name !== "make_expected.py") yield path;
  }
}

for (const program of programs(`${root}tests/python`)) {
  const name = program.slice(`${root}tests/python/`.length);
  Deno.test(`python: ${name}`, async () => {
    const expected = JSON.parse(Deno.readTextFileSync(program.replace(/\.py$/, ".expected.json")));
    const dir = program.slice(0, program.lastIndexOf("/"));
    const result = await new Deno.Command(taipan, {
      args: [program.slice(dir.length + 1)],
      cwd: dir,
      stdout: "piped",
      stderr: "piped",
      env: { PYTHONHASHSEED: "0", TAIPAN_CACHE_DIR: codeCache, PYTHONDONTWRITEBYTECODE: "" },
    }).output();
    const normalise = (bytes: Uint8Array) => decoder.decode(bytes).replaceAll(dir, "{dir}");
    assertEquals(normalise(result.stderr), expected.stderr, "stderr");
    assertEquals(normalise(result.stdout), expected.stdout, "stdout");
    assertEquals(result.code, expected.status, "exit status");
  });
}
