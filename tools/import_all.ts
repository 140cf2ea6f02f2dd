/**
 * Imports every top-level module of the standard library under Taipan, one
 * process per module (with a timeout), and reports which fail and why: the
 * measure behind "every module of the default stdlib source imports".
 *
 *   ./tools/deno run -A tools/import_all.ts [--stdlib DIR] [--jobs N] [--out FILE]
 *
 * Modules: the .py files and packages at the top of the stdlib (the bundled
 * zip by default, with the modules pyodide stripped from it that the
 * installed CPython 3.11 Lib supplies: stdlib_fallback.ts), minus test
 * packages and `__main__`-style scripts. With --out, the text above the
 * count in FILE (the hand-written reasons) is kept.
 */
import { ZipArchive } from "../vm/runtime/import/zip_archive.ts";
import {
  fallbackLibDirectory,
  STRIPPED_FROM_BUNDLED_STDLIB,
} from "../vm/runtime/import/stdlib_fallback.ts";

const root = new URL("../", import.meta.url).pathname;
const args = Deno.args;
const option = (name: string) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const stdlib = option("--stdlib");
const jobs = Number(option("--jobs") ?? 2);
const out = option("--out");
const zip = `${root}node_modules/pyodide/python_stdlib.zip`;

function topLevelNames(): string[] {
  const names = new Set<string>();
  const add = (entry: string) => {
    const first = entry.split("/")[0];
    if (entry.includes("/")) {
      if (entry === `${first}/__init__.py`) names.add(first);
    } else if (first.endsWith(".py")) names.add(first.slice(0, -3));
  };
  if (stdlib === undefined) {
    for (const name of new ZipArchive(zip).fileNames()) add(name);
    const fallback = fallbackLibDirectory();
    for (const name of fallback === null ? [] : STRIPPED_FROM_BUNDLED_STDLIB) {
      for (const file of [`${name}.py`, `${name}/__init__.py`]) {
        try {
          if (Deno.statSync(`${fallback}/${file}`).isFile) add(file);
        } catch {
          // not in this Lib
        }
      }
    }
  } else {
    for (const entry of Deno.readDirSync(stdlib)) {
      if (entry.isDirectory) {
        try {
          Deno.statSync(`${stdlib}/${entry.name}/__init__.py`);
          names.add(entry.name);
        } catch {
          // not a package
        }
      } else add(entry.name);
    }
  }
  const skip = new Set(["test", "idlelib", "this", "antigravity", "__main__", "__hello__"]);
  return [...names].filter((n) => !skip.has(n) && !n.startsWith("__phello")).sort();
}

async function tryImport(name: string): Promise<string | null> {
  const argv = [
    ...(stdlib ? ["--stdlib", stdlib] : []),
    "-c",
    `import importlib; importlib.import_module(${JSON.stringify(name)})`,
  ];
  const child = new Deno.Command(`${root}taipan`, {
    args: argv,
    stdout: "null",
    stderr: "piped",
    cwd: Deno.makeTempDirSync(),
  }).spawn();
  const timer = setTimeout(() => child.kill("SIGKILL"), 60_000);
  const result = await child.output();
  clearTimeout(timer);
  if (result.success) return null;
  const lines = new TextDecoder().decode(result.stderr).trim().split("\n");
  return lines.at(-1) ?? `exit ${result.code}`;
}

const names = topLevelNames();
const failures: [string, string][] = [];
let next = 0;
await Promise.all(Array.from({ length: jobs }, async () => {
  while (next < names.length) {
    const name = names[next++];
    const error = await tryImport(name);
    if (error !== null) failures.push([name, error]);
  }
}));
failures.sort((a, b) => a[0] < b[0] ? -1 : 1);
const lines = [
  `${names.length - failures.length} of ${names.length} top-level modules import; failing:`,
  "",
  "| module | error |",
  "|---|---|",
  ...failures.map(([name, error]) => `| ${name} | ${error.replaceAll("|", "\\|").slice(0, 140)} |`),
];
console.log(lines.join("\n"));
if (out) {
  let preamble = "";
  try {
    const previous = Deno.readTextFileSync(out);
    const count = previous.search(/^\d+ of \d+ top-level modules import/m);
    if (count > 0) preamble = previous.slice(0, count);
  } catch {
    // a new file
  }
  Deno.writeTextFileSync(out, preamble + lines.join("\n") + "\n");
  // (Formatted as the repository's `deno fmt --check` wants it: aligned table columns.)
  await new Deno.Command(Deno.execPath(), { args: ["fmt", "--quiet", out] }).output();
}
