/**
 * The modules pyodide leaves out of its python_stdlib.zip, from an installed
 * CPython 3.11.
 *
 * Taipan's default standard library is pyodide's zip: CPython 3.11.3's Lib
 * minus what pyodide strips or ships as separate packages. Most of that is
 * pure Python that runs here (`_pydecimal`, which decimal, fractions and
 * statistics need since there is no native `_decimal`; `lzma` over the
 * native `_lzma`; `pydoc_data`; `dbm`), the rest stops at a C module Taipan
 * lacks just as a CPython built without it would (`ssl` at `_ssl`). When the
 * bundled zip is the stdlib, its finder (path_finder.ts) also offers the
 * top-level names of STRIPPED_FROM_BUNDLED_STDLIB and the STRIPPED_TEST_SUITES
 * (`test`, `unittest.test`) from a CPython 3.11 Lib directory found on the
 * machine, and only those: everything else still comes from the zip, and
 * sys.path is unchanged.
 *
 * The directory is TAIPAN_STDLIB_FALLBACK if set (empty: no fallback), else
 * the first candidate of LIB_CANDIDATES (and `<prefix>/lib/python3.11` for a
 * python3.11 found on PATH) holding the VERSION_MARKERS files, so a 3.10 or
 * 3.12 Lib, or a directory with only site-packages, is not taken. Like the
 * bundled zip itself this does not depend on -E/-I (no PYTHON* variable is
 * read); `--stdlib DIR` / TAIPAN_STDLIB replace the zip and the fallback.
 * It is looked up once, on the first import of one of these names.
 */
import { bundledStdlibPath } from "./search_path.ts";

/**
 * Top-level modules and packages of CPython 3.11.3's Lib that are not in
 * pyodide 0.25.1's python_stdlib.zip, less `test` (CPython's own test
 * suite). Measured by comparing the zip's listing with /usr/lib/python3.11.
 */
export const STRIPPED_FROM_BUNDLED_STDLIB: ReadonlySet<string> = new Set([
  "_aix_support",
  "_osx_support",
  "_pydecimal",
  "curses",
  "dbm",
  "distutils",
  "ensurepip",
  "idlelib",
  "lib2to3",
  "lzma",
  "pydoc_data",
  "sqlite3",
  "ssl",
  "tkinter",
  "turtle",
  "turtledemo",
  "venv",
]);

/**
 * The test suites pyodide strips, as paths inside the Lib directory:
 * CPython's own (`test`, which the others import) and those of packages the
 * zip keeps, so that the zip's `unittest` still offers `unittest.test`.
 * Programs that run them (`python -m unittest` in Lib/unittest/test) find
 * them as in a CPython whose test suite is installed.
 */
const STRIPPED_TEST_SUITES: ReadonlySet<string> = new Set(["test", "ctypes/test", "unittest/test"]);

/** Is `path` ("lzma", "unittest/test") a module or package the bundled zip lacks? */
export function strippedFromBundledStdlib(path: string): boolean {
  return STRIPPED_FROM_BUNDLED_STDLIB.has(path) || STRIPPED_TEST_SUITES.has(path);
}

/** Where CPython 3.11 installs its Lib directory, most specific first. */
const LIB_CANDIDATES = [
  "/usr/local/lib/python3.11",
  "/usr/lib/python3.11",
  "/opt/homebrew/opt/python@3.11/Frameworks/Python.framework/Versions/3.11/lib/python3.11",
  "/usr/local/opt/python@3.11/Frameworks/Python.framework/Versions/3.11/lib/python3.11",
  "/Library/Frameworks/Python.framework/Versions/3.11/lib/python3.11",
] as const;

/** Files of a 3.11 Lib: tomllib is new in 3.11, asynchat was removed in 3.12. */
const VERSION_MARKERS = ["tomllib/__init__.py", "asynchat.py"] as const;

export const FALLBACK_VARIABLE = "TAIPAN_STDLIB_FALLBACK";

function isFile(path: string): boolean {
  try {
    return Deno.statSync(path).isFile;
  } catch {
    return false;
  }
}

function isPython311Lib(directory: string): boolean {
  return VERSION_MARKERS.every((marker) => isFile(`${directory}/${marker}`));
}

/** `<prefix>/lib/python3.11` for each python3.11 executable on PATH (symbolic links resolved). */
function candidatesFromPath(): string[] {
  const found: string[] = [];
  for (const directory of (Deno.env.get("PATH") ?? "").split(":")) {
    if (directory === "") continue;
    try {
      const executable = Deno.realPathSync(`${directory}/python3.11`);
      const prefix = executable.split("/").slice(0, -2).join("/");
      found.push(`${prefix}/lib/python3.11`);
    } catch {
      // no python3.11 here
    }
  }
  return found;
}

/** The candidates looked at, in order (for the error message as well). */
export function fallbackCandidates(): string[] {
  const chosen = Deno.env.get(FALLBACK_VARIABLE);
  if (chosen !== undefined) return chosen === "" ? [] : [chosen];
  return [...new Set([...LIB_CANDIDATES, ...candidatesFromPath()])];
}

let located: string | null | undefined;

/** The CPython 3.11 Lib directory the stripped modules come from, or null. */
export function fallbackLibDirectory(): string | null {
  if (located === undefined) {
    located = fallbackCandidates().find(isPython311Lib) ?? null;
  }
  return located;
}

/**
 * The ModuleNotFoundError message for top-level module `name` that the path
 * search along `searched` did not find: CPython's, plus why and how to get
 * it when it is one pyodide stripped and no fallback directory exists.
 */
export function moduleNotFoundMessage(name: string, searched: readonly string[]): string {
  const plain = `No module named '${name}'`;
  if (
    !STRIPPED_FROM_BUNDLED_STDLIB.has(name) || fallbackLibDirectory() !== null ||
    !searched.includes(bundledStdlibPath())
  ) return plain;
  const looked = fallbackCandidates();
  const where = looked.length === 0
    ? `${FALLBACK_VARIABLE} is empty`
    : `no CPython 3.11 Lib directory was found (looked in ${looked.join(", ")})`;
  return `${plain}: pyodide's python_stdlib.zip, Taipan's default standard library, ` +
    `leaves it out, and ${where}; install CPython 3.11, or pass --stdlib DIR (or set ` +
    `TAIPAN_STDLIB or ${FALLBACK_VARIABLE}) to a CPython 3.11 Lib directory`;
}
