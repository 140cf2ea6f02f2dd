/**
 * The native path-entry finders (CPython's FileFinder and zipimporter): each
 * entry of sys.path or of a package's `__path__` is a directory, a zip
 * archive, or a directory inside a zip archive ("/x/python_stdlib.zip/json").
 * For the last part `name` of a module name, an entry offers, in this order:
 *   - a regular package: `name/__init__.py`;
 *   - a module: `name.py`;
 *   - a namespace portion: a directory `name` without `__init__.py`.
 * path_entries.ts walks the entries (through sys.path_importer_cache and
 * sys.path_hooks, as PathFinder does) and decides between packages, modules
 * and namespace portions.
 *
 * The bundled stdlib zip also offers the modules pyodide stripped from it
 * (stdlib_fallback.ts).
 *
 * Only source files are found: no bytecode (.pyc) and no extension modules.
 * One finder per absolute path is kept here, whichever path entry spelling
 * led to it. A directory's listing is re-read when its modification time
 * changes (as FileFinder does), and invalidate() forgets it.
 */
import { archiveAt, splitArchivePath } from "./file_source.ts";
import type { ZipArchive } from "./zip_archive.ts";
import { bundledStdlibPath } from "./search_path.ts";
import { fallbackLibDirectory, strippedFromBundledStdlib } from "./stdlib_fallback.ts";

export type Found =
  | { kind: "module"; origin: string; searchLocation: string | null }
  | { kind: "namespace"; portion: string };

export interface EntryFinder {
  find(name: string): Found | null;
  /** (name, is a package) for each module the entry offers, as pkgutil lists them. */
  iterModules(): [string, boolean][];
  invalidate(): void;
}

/** inspect.getmodulename for Taipan's suffixes ('.pyc', '.py'; no extension modules). */
export function moduleNameOf(file: string): string | null {
  if (file.endsWith(".pyc")) return file.slice(0, -4);
  if (file.endsWith(".py")) return file.slice(0, -3);
  return null;
}

export class DirectoryFinder implements EntryFinder {
  /** The directory's entries (name -> is a directory) as of `listedAt`, its mtime then. */
  private entries: Map<string, boolean> | null = null;
  private listedAt = -1;

  constructor(readonly directory: string) {}

  find(name: string): Found | null {
    const entries = this.listing();
    if (entries === null) return null;
    const base = `${this.directory}/${name}`;
    const isDirectory = entries.get(name) === true;
    if (isDirectory && statKind(`${base}/__init__.py`) === "file") {
      return { kind: "module", origin: `${base}/__init__.py`, searchLocation: base };
    }
    if (entries.get(`${name}.py`) === false && statKind(`${base}.py`) === "file") {
      return { kind: "module", origin: `${base}.py`, searchLocation: null };
    }
    return isDirectory ? { kind: "namespace", portion: base } : null;
  }

  invalidate(): void {
    this.entries = null;
  }

  /** pkgutil's _iter_file_finder_modules: sorted names, packages need an `__init__`. */
  iterModules(): [string, boolean][] {
    let names: string[];
    try {
      names = [...Deno.readDirSync(this.directory)].map((entry) => entry.name).sort(
        compareCodeUnits,
      );
    } catch {
      return [];
    }
    const result: [string, boolean][] = [];
    const seen = new Set<string>();
    for (const file of names) {
      let name = moduleNameOf(file);
      if (name === "__init__" || (name !== null && seen.has(name))) continue;
      let isPackage = false;
      if (name === null && !file.includes(".") && isDirectoryPath(`${this.directory}/${file}`)) {
        let contents: string[] = [];
        try {
          contents = [...Deno.readDirSync(`${this.directory}/${file}`)].map((entry) => entry.name);
        } catch {
          // unreadable: not a package
        }
        if (!contents.some((inner) => moduleNameOf(inner) === "__init__")) continue;
        name = file;
        isPackage = true;
      }
      if (name !== null && !name.includes(".")) {
        seen.add(name);
        result.push([name, isPackage]);
      }
    }
    return result;
  }

  /**
   * The directory's contents, re-read when its modification time changed (as
   * CPython's FileFinder): names that are not there cost no failing stat.
   */
  private listing(): Map<string, boolean> | null {
    let mtime: number;
    try {
      mtime = Deno.statSync(this.directory).mtime?.getTime() ?? -1;
    } catch {
      return null;
    }
    if (this.entries === null || mtime !== this.listedAt || mtime < 0) {
      const entries = new Map<string, boolean>();
      try {
        for (const entry of Deno.readDirSync(this.directory)) {
          // A symlink may point to a directory: ask stat when the name is looked up.
          entries.set(
            entry.name,
            entry.isDirectory ||
              (entry.isSymlink && isDirectoryPath(`${this.directory}/${entry.name}`)),
          );
        }
      } catch {
        return null;
      }
      this.entries = entries;
      this.listedAt = mtime;
    }
    return this.entries;
  }
}

function isDirectoryPath(path: string): boolean {
  return statKind(path) === "directory";
}

export class ZipFinder implements EntryFinder {
  constructor(readonly archive: ZipArchive, readonly prefix: string) {}

  invalidate(): void {}

  /** pkgutil's iter_zipimport_modules over the archive's sorted names. */
  iterModules(): [string, boolean][] {
    const prefix = this.prefix === "" ? "" : `${this.prefix}/`;
    const result: [string, boolean][] = [];
    const seen = new Set<string>();
    for (const file of this.archive.fileNames().sort(compareCodeUnits)) {
      if (!file.startsWith(prefix)) continue;
      const parts = file.slice(prefix.length).split("/");
      if (parts.length === 2 && parts[1].startsWith("__init__.py") && !seen.has(parts[0])) {
        seen.add(parts[0]);
        result.push([parts[0], true]);
      }
      if (parts.length !== 1) continue;
      const name = moduleNameOf(parts[0]);
      if (name === null || name === "__init__" || name.includes(".") || seen.has(name)) continue;
      seen.add(name);
      result.push([name, false]);
    }
    return result;
  }

  find(name: string): Found | null {
    const inner = this.prefix === "" ? name : `${this.prefix}/${name}`;
    const shown = `${this.archive.path}/${inner}`;
    if (this.archive.hasFile(`${inner}/__init__.py`)) {
      return { kind: "module", origin: `${shown}/__init__.py`, searchLocation: shown };
    }
    if (this.archive.hasFile(`${inner}.py`)) {
      return { kind: "module", origin: `${shown}.py`, searchLocation: null };
    }
    return this.archive.hasDirectory(inner) ? { kind: "namespace", portion: shown } : null;
  }
}

/**
 * The finder of the bundled stdlib zip and of its package directories: what
 * pyodide stripped from the zip comes from an installed CPython 3.11's Lib
 * (stdlib_fallback.ts), and only that.
 */
class BundledStdlibFinder extends ZipFinder {
  private fallback: DirectoryFinder | null | undefined;

  private fallbackFinder(): DirectoryFinder | null {
    if (this.fallback === undefined) {
      const directory = fallbackLibDirectory();
      this.fallback = directory === null
        ? null
        : new DirectoryFinder(this.prefix === "" ? directory : `${directory}/${this.prefix}`);
    }
    return this.fallback;
  }

  private stripped(name: string): boolean {
    return strippedFromBundledStdlib(this.prefix === "" ? name : `${this.prefix}/${name}`);
  }

  override find(name: string): Found | null {
    const found = super.find(name);
    if (found !== null || !this.stripped(name)) return found;
    return this.fallbackFinder()?.find(name) ?? null;
  }

  override iterModules(): [string, boolean][] {
    const own = super.iterModules();
    const fallback = this.fallbackFinder();
    if (fallback === null) return own;
    const stripped = fallback.iterModules().filter(([name]) => this.stripped(name));
    return [...own, ...stripped].sort((a, b) => compareCodeUnits(a[0], b[0]));
  }
}

function statKind(path: string): "file" | "directory" | null {
  try {
    const info = Deno.statSync(path);
    return info.isFile ? "file" : info.isDirectory ? "directory" : null;
  } catch {
    return null;
  }
}

const finders = new Map<string, EntryFinder | null>();

function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The native finder for a path entry, cached by its absolute path ('' follows the current directory). */
export function nativeEntryFinder(entry: string): EntryFinder | null {
  const path = absolutePath(entry);
  let finder = finders.get(path);
  if (finder !== undefined) return finder;
  const kind = statKind(path);
  if (kind === "directory") finder = new DirectoryFinder(path);
  else if (kind === "file") {
    const archive = archiveAt(path);
    if (archive === null) finder = null;
    else if (path === bundledStdlibPath()) finder = new BundledStdlibFinder(archive, "");
    else finder = new ZipFinder(archive, "");
  } else {
    const located = splitArchivePath(path);
    if (located === null) finder = null;
    else if (located.archive.path === bundledStdlibPath()) {
      finder = new BundledStdlibFinder(located.archive, located.inner);
    } else finder = new ZipFinder(located.archive, located.inner);
  }
  finders.set(path, finder);
  return finder;
}

/** An absolute form of a search-path entry; '' and '.' mean the current directory. */
export function absolutePath(entry: string): string {
  if (entry === "" || entry === ".") return Deno.cwd();
  if (entry.startsWith("/")) return entry.replace(/\/+$/, "") || "/";
  return `${Deno.cwd()}/${entry}`.replace(/\/\.(?=\/|$)/g, "").replace(/\/+$/, "");
}

/** Forget the entries that had no finder (invalidate_caches: they may exist now). */
export function forgetMissingEntries(): void {
  for (const [path, finder] of finders) if (finder === null) finders.delete(path);
}

export type NativeSearchResult =
  | { kind: "module"; origin: string; searchLocation: string | null }
  | { kind: "namespace"; portions: string[] }
  | null;

/**
 * Look for the module whose last name part is `name` along `entries` with
 * the native finders only (no sys.path_hooks): the search path_entries.ts
 * does when the hooks are Taipan's own.
 */
export function searchPath(name: string, entries: readonly string[]): NativeSearchResult {
  const portions: string[] = [];
  for (const entry of entries) {
    const found = nativeEntryFinder(entry)?.find(name) ?? null;
    if (found === null) continue;
    if (found.kind === "module") return found;
    portions.push(found.portion);
  }
  return portions.length > 0 ? { kind: "namespace", portions } : null;
}
