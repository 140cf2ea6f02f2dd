/**
 * The initial sys.path (vm/runtime/import/search_path.ts) as CPython builds
 * it: the program's place, PYTHONPATH, then the standard library — the
 * bundled zip, or `--stdlib DIR` / TAIPAN_STDLIB.
 */
import { assertEquals } from "../assert.ts";
import { bundledStdlibPath } from "../../vm/runtime/import/search_path.ts";

const root = new URL("../../", import.meta.url).pathname;
const taipan = `${root}taipan`;
const zip = bundledStdlibPath();
const work = Deno.realPathSync(Deno.makeTempDirSync());
const fakeLib = `${work}/Lib`;
Deno.mkdirSync(fakeLib);
Deno.writeTextFileSync(`${fakeLib}/keyword.py`, "iskeyword = 'fake keyword module'\n");
Deno.mkdirSync(`${work}/scripts`);
Deno.writeTextFileSync(`${work}/scripts/show.py`, "import sys\nprint(sys.path)\n");
Deno.symlinkSync(`${work}/scripts/show.py`, `${work}/link.py`);

async function sysPath(args: string[], env: Record<string, string> = {}): Promise<string> {
  const result = await new Deno.Command(taipan, {
    args,
    cwd: work,
    env: { PYTHONPATH: "", TAIPAN_STDLIB: "", ...env },
    stdout: "piped",
    stderr: "piped",
  }).output();
  return new TextDecoder().decode(result.stdout) + new TextDecoder().decode(result.stderr);
}

const show = "import sys; print(sys.path)";
const list = (...entries: string[]) => `[${entries.map((e) => `'${e}'`).join(", ")}]\n`;

Deno.test("sys.path: -c, PYTHONPATH (an empty entry is the current directory)", async () => {
  assertEquals(
    await sysPath(["-c", show], { PYTHONPATH: "/a::/b" }),
    list("", "/a", work, "/b", zip),
  );
});

Deno.test("sys.path: -E ignores PYTHONPATH, -P drops the program's place, -I both", async () => {
  assertEquals(await sysPath(["-E", "-c", show], { PYTHONPATH: "/a" }), list("", zip));
  assertEquals(await sysPath(["-P", "-c", show], { PYTHONPATH: "/a" }), list("/a", zip));
  assertEquals(await sysPath(["-I", "-c", show], { PYTHONPATH: "/a" }), list(zip));
});

Deno.test("sys.path: a script's real directory; the current directory for -m", async () => {
  assertEquals(await sysPath(["link.py"]), list(`${work}/scripts`, zip));
  assertEquals(await sysPath(["-m", "scripts.show"]), list(work, zip));
});

Deno.test("sys.path: --stdlib and TAIPAN_STDLIB replace the bundled zip", async () => {
  // -S: the fake Lib has no _sitebuiltins for site's builtins (CPython would not start at all).
  const code =
    "import sys, keyword; print(sys.path[-1] == keyword.__file__[:-11], keyword.iskeyword)";
  const expected = "True fake keyword module\n";
  assertEquals(await sysPath(["-S", "--stdlib", fakeLib, "-c", code]), expected);
  assertEquals(await sysPath(["-S", "-c", code], { TAIPAN_STDLIB: "Lib" }), expected);
  assertEquals(await sysPath(["-S", "--stdlib", fakeLib, "-c", show]), list("", fakeLib));
});
