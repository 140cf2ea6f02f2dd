/**
 * Finding a module on a search path (CPython's PathFinder with FileFinder and
 * zipimporter as the path-entry finders). Each entry of sys.path or of a
 * package's `__path__` is a directory, a zip archive, or a directory inside a
 * zip archive ("/x/python_stdlib.zip/json"). For the last part `name` of a
 * module name, an entry offers, in this order:
 *   - a regular package: `name/__init__.py`;
 *   - a module: `name.py`;
 *   - a namespace portion: a directory `name` without `__init__.py`.
 * The first entry with a package or module wins. Namespace portions are
 * collected from every entry and make a namespace package only if no entry
 * has a package or module (PEP 420).
 *
 * Only source files are found: no bytecode (.pyc) and no extension modules.
 * The finder for each entry is cached by its absolute path, as
 * sys.path_importer_cache would be (an entry that is neither a directory nor
 * a zip stays unusable, as CPython's cached None does); that cache is internal
 * (sys.path_importer_cache stays empty). Directory contents are not cached, so
 * files created while the program runs are found without invalidate_caches().
 */
import { archiveAt, splitArchivePath } from "./file_source.ts";
import type { ZipArchive } from "./zip_archive.ts";

export type Found =
  | { kind: "module"; origin: string; searchLocation: string | null }
  | { kind: "namespace"; portion: string };

interface EntryFinder {
  find(name: string): Found | null;
}

class DirectoryFinder implements EntryFinder {
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

class ZipFinder implements EntryFinder {
  constructor(readonly archive: ZipArchive, readonly prefix: string) {}

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

function statKind(path: string): "file" | "directory" | null {
  try {
    const info = Deno.statSync(path);
    return info.isFile ? "file" : info.isDirectory ? "directory" : null;
  } catch {
    return null;
  }
}

const finders = new Map<string, EntryFinder | null>();

/** The finder for a path entry, cached by its absolute path ('' follows the current directory). */
function finderFor(entry: string): EntryFinder | null {
  const path = absolutePath(entry);
  let finder = finders.get(path);
  if (finder !== undefined) return finder;
  const kind = statKind(path);
  if (kind === "directory") finder = new DirectoryFinder(path);
  else if (kind === "file") {
    const archive = archiveAt(path);
    finder = archive === null ? null : new ZipFinder(archive, "");
  } else {
    const located = splitArchivePath(path);
    finder = located === null ? null : new ZipFinder(located.archive, located.inner);
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

export type SearchResult =
  | { kind: "module"; origin: string; searchLocation: string | null }
  | { kind: "namespace"; portions: string[] }
  | null;

/** Look for the module whose last name part is `name` along `entries`. */
export function searchPath(name: string, entries: readonly string[]): SearchResult {
  const portions: string[] = [];
  for (const entry of entries) {
    const found = finderFor(entry)?.find(name) ?? null;
    if (found === null) continue;
    if (found.kind === "module") return found;
    portions.push(found.portion);
  }
  return portions.length > 0 ? { kind: "namespace", portions } : null;
}
