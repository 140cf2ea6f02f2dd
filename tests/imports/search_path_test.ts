/**
 * The initial sys.path (vm/runtime/import/search_path.ts) as CPython builds
 * it: the program's place, PYTHONPATH, then the standard library — the
 * bundled zip, or `--stdlib DIR` / TAIPAN_STDLIB. The modules pyodide
 * stripped from the zip come from a CPython 3.11 Lib (stdlib_fallback.ts):
 * only those names, only a Lib that is 3.11's, only while the bundled zip is
 * the stdlib; without one, importing them says why and how to fix it.
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

/** A fake Lib: 3.11's marker files, a stripped module and a module the zip has. */
function fallbackLib(name: string, markers: boolean): string {
  const lib = `${work}/${name}`;
  Deno.mkdirSync(`${lib}/tomllib`, { recursive: true });
  if (markers) {
    Deno.writeTextFileSync(`${lib}/tomllib/__init__.py`, "");
    Deno.writeTextFileSync(`${lib}/asynchat.py`, "");
  }
  Deno.writeTextFileSync(`${lib}/_pydecimal.py`, `WHERE = ${JSON.stringify(name)}\n`);
  Deno.writeTextFileSync(`${lib}/keyword.py`, "iskeyword = 'fake'\n");
  return lib;
}
const lib311 = fallbackLib("Lib311", true);
const libOther = fallbackLib("LibOther", false);

/** The last line a run printed (an error's message). */
async function lastLine(args: string[], env: Record<string, string> = {}): Promise<string> {
  return (await sysPath(args, env)).trim().split("\n").at(-1)!;
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

const showFallback =
  "import _pydecimal, keyword, sys; print(_pydecimal.WHERE, keyword.__file__ == " +
  "sys.path[-1] + '/keyword.py', _pydecimal.__file__ == sys.path[-1] + '/_pydecimal.py')";

Deno.test("fallback: a 3.11 Lib supplies only the stripped names, under -I too", async () => {
  const env = { TAIPAN_STDLIB_FALLBACK: lib311 };
  assertEquals(await lastLine(["-c", showFallback], env), "Lib311 True False");
  assertEquals(await lastLine(["-I", "-c", showFallback], env), "Lib311 True False");
  assertEquals(
    await lastLine(["-c", "import _pydecimal; print(_pydecimal.__file__)"], env),
    `${lib311}/_pydecimal.py`,
  );
});

const hint = (where: string) =>
  `ModuleNotFoundError: No module named '_pydecimal': pyodide's python_stdlib.zip, ` +
  `Taipan's default standard library, leaves it out, and ${where}; install CPython 3.11, ` +
  `or pass --stdlib DIR (or set TAIPAN_STDLIB or TAIPAN_STDLIB_FALLBACK) to a CPython 3.11 ` +
  `Lib directory`;

Deno.test("fallback: without a 3.11 Lib, the import error says why and how to fix it", async () => {
  assertEquals(
    await lastLine(["-c", "import decimal"], { TAIPAN_STDLIB_FALLBACK: libOther }),
    hint(`no CPython 3.11 Lib directory was found (looked in ${libOther})`),
  );
  assertEquals(
    await lastLine(["-c", "import decimal"], { TAIPAN_STDLIB_FALLBACK: "" }),
    hint("TAIPAN_STDLIB_FALLBACK is empty"),
  );
  assertEquals(
    await lastLine(["-c", "import importlib.util as u; print(u.find_spec('_pydecimal'))"], {
      TAIPAN_STDLIB_FALLBACK: "",
    }),
    "None",
  );
});

Deno.test("fallback: --stdlib replaces the zip and its fallback", async () => {
  const code = "import sys, _pydecimal; print(_pydecimal.WHERE, sys.path[-1])";
  assertEquals(
    await lastLine(["-S", "--stdlib", libOther, "-c", code], { TAIPAN_STDLIB_FALLBACK: lib311 }),
    `LibOther ${libOther}`,
  );
  // A name the zip lacks: CPython's plain message once the zip is not the stdlib.
  assertEquals(
    await lastLine(["-S", "--stdlib", `${work}/none`, "-c", "import lzma"]),
    "ModuleNotFoundError: No module named 'lzma'",
  );
});
