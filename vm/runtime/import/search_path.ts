/**
 * The initial sys.path, in CPython's order:
 *   1. the program's own place, unless -P/-I: the script's directory (symbolic
 *      links resolved), the directory or zip named as the script, the current
 *      directory for -m, '' for -c and stdin;
 *   2. PYTHONPATH entries (an empty one means the current directory), unless
 *      -E/-I;
 *   3. the standard library: `--stdlib DIR` or TAIPAN_STDLIB (a CPython 3.11
 *      `Lib` directory), else pyodide's python_stdlib.zip from the npm
 *      dependency, shown as a path entry as CPython's zipimport shows
 *      python311.zip.
 */

export type ProgramPlace =
  | { kind: "file"; path: string }
  /** A directory or zip file run as the script: it is searched for `__main__`. */
  | { kind: "path-entry"; path: string }
  | { kind: "module" }
  | { kind: "code" }
  | { kind: "stdin" };

export interface SearchPathOptions {
  program: ProgramPlace;
  /** `--stdlib DIR`, if given. */
  stdlib: string | null;
  ignoreEnvironment: boolean;
  safePath: boolean;
}

/** The single binary's copy of the zip, extracted beside its runtime (cli/embedded.ts). */
let embeddedStdlib: string | null = null;

export function setEmbeddedStdlib(path: string): void {
  embeddedStdlib = path;
}

const STDLIB_ZIP = "node_modules/pyodide/python_stdlib.zip";

/**
 * pyodide's python_stdlib.zip inside node_modules (CPython 3.11.3's pure-Python
 * library): in the nearest directory above this module that has it, as Node
 * resolves packages, so that a bundle of Taipan finds it wherever it sits
 * (./taipan's cached bundle is in node_modules/.cache/taipan: cli/bundle_cache.ts).
 */
export function bundledStdlibPath(): string {
  if (embeddedStdlib !== null) return embeddedStdlib;
  return locatedStdlib ??= locateStdlib();
}

/**
 * bundledStdlibPath's answer, looked for once per run: each miss on the way
 * up is a thrown NotFound (~0.1 ms cold), and the search is asked for again
 * by every new path-entry finder.
 */
let locatedStdlib: string | null = null;

function locateStdlib(): string {
  let directory = new URL(".", import.meta.url);
  for (;;) {
    const candidate = decodeURIComponent(new URL(STDLIB_ZIP, directory).pathname);
    try {
      if (Deno.statSync(candidate).isFile) return candidate;
    } catch {
      // not here: look one level up
    }
    const parent = new URL("..", directory);
    if (parent.href === directory.href) return candidate;
    directory = parent;
  }
}

export function stdlibLocation(option: string | null): string {
  const chosen = option ?? Deno.env.get("TAIPAN_STDLIB") ?? null;
  if (chosen === null || chosen === "") return bundledStdlibPath();
  const absolute = chosen.startsWith("/") ? chosen : `${Deno.cwd()}/${chosen}`;
  return absolute.length > 1 ? absolute.replace(/\/+$/, "") : absolute;
}

export function initialSearchPath(options: SearchPathOptions): string[] {
  const path: string[] = [];
  if (!options.safePath) path.push(programDirectory(options.program));
  if (!options.ignoreEnvironment) {
    const extra = Deno.env.get("PYTHONPATH");
    if (extra !== undefined && extra !== "") {
      for (const entry of extra.split(":")) {
        path.push(entry === "" ? Deno.cwd() : entry);
      }
    }
  }
  path.push(stdlibLocation(options.stdlib));
  return path;
}

function programDirectory(program: ProgramPlace): string {
  switch (program.kind) {
    case "code":
    case "stdin":
      return "";
    case "module":
      return Deno.cwd();
    case "path-entry":
      return program.path;
    case "file": {
      let real = program.path;
      try {
        real = Deno.realPathSync(program.path);
      } catch {
        // an unreadable script is reported by the caller; keep the path as given
      }
      const slash = real.lastIndexOf("/");
      return slash < 0 ? Deno.cwd() : slash === 0 ? "/" : real.slice(0, slash);
    }
  }
}
