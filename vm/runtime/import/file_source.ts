/**
 * Files as the import system sees them: a path is either a plain file or a
 * file inside a zip archive, spelled as CPython's zipimport spells it
 * ("/x/python_stdlib.zip/json/__init__.py"). Archives are opened once and kept.
 */
import { expandStoredFile, looksLikeZip, type StoredFile, ZipArchive } from "./zip_archive.ts";
import type { CompilableSource } from "./cached_compile.ts";
import { bundledStdlibPath } from "./search_path.ts";

const archives = new Map<string, ZipArchive | null>();

/** The archive at `path` if that file is a zip, else null (cached). */
export function archiveAt(path: string): ZipArchive | null {
  let archive = archives.get(path);
  if (archive === undefined) {
    // The bundled standard library is read entry by entry (zip_archive.ts).
    archive = looksLikeZip(path) ? new ZipArchive(path, path === bundledStdlibPath()) : null;
    archives.set(path, archive);
  }
  return archive;
}

/**
 * Split a path that does not exist as such into an archive and the part of
 * the path inside it, by walking up until a file is found; null if that file
 * is not a zip (or nothing is found).
 */
export function splitArchivePath(path: string): { archive: ZipArchive; inner: string } | null {
  let head = path;
  let inner = "";
  while (head.length > 0) {
    let isFile: boolean | null = null;
    try {
      isFile = Deno.statSync(head).isFile;
    } catch {
      isFile = null;
    }
    if (isFile === true) {
      const archive = archiveAt(head);
      return archive === null ? null : { archive, inner };
    }
    if (isFile === false) return null;
    const slash = head.lastIndexOf("/");
    if (slash <= 0) return null;
    inner = inner === "" ? head.slice(slash + 1) : `${head.slice(slash + 1)}/${inner}`;
    head = head.slice(0, slash);
  }
  return null;
}

/** An archive already opened whose path is a prefix directory of `path`, or null. */
function openArchiveContaining(path: string): { archive: ZipArchive; inner: string } | null {
  for (const [archivePath, archive] of archives) {
    if (archive !== null && path.startsWith(archivePath) && path[archivePath.length] === "/") {
      return { archive, inner: path.slice(archivePath.length + 1) };
    }
  }
  return null;
}

/** The bytes of a module file (plain or inside a zip); undefined if unreadable. */
export function readModuleFile(path: string): Uint8Array | undefined {
  return openModuleFile(path)?.bytes();
}

/**
 * A module file as the code cache sees it: `cached` identifies its content
 * (a zip entry by its stored length and the central directory's CRC-32 and
 * size, so that a module whose code is cached is never inflated nor hashed)
 * and `bytes()` gives the source.
 */
export type ModuleFile = CompilableSource;

function storedModuleFile(archive: ZipArchive, stored: StoredFile): ModuleFile {
  let bytes: Uint8Array | null = null;
  return {
    // The central directory's CRC-32 and sizes stand for the content: hashing
    // the stored bytes was ~2 ms of CPU for the ~100 KB a start imports.
    cached: {
      kind: `zip entry, method ${stored.method}`,
      data: stored.data,
      digest: `crc32 ${stored.crc32.toString(16)}, size ${stored.size}`,
    },
    bytes: () => bytes ??= expandStoredFile(stored, archive.path),
  };
}

/** The module file at `path` (plain or inside a zip); undefined if unreadable. */
export function openModuleFile(path: string): ModuleFile | undefined {
  // Inside an archive already open (the stdlib zip): no failing stat of the path first.
  const inArchive = openArchiveContaining(path);
  if (inArchive !== null && inArchive.archive.hasFile(inArchive.inner)) {
    return storedModuleFile(inArchive.archive, inArchive.archive.readStored(inArchive.inner)!);
  }
  try {
    const bytes = Deno.readFileSync(path);
    return { cached: bytes, bytes: () => bytes };
  } catch {
    const located = splitArchivePath(path);
    if (located === null) return undefined;
    try {
      const stored = located.archive.readStored(located.inner);
      if (stored === undefined) return undefined;
      const file = storedModuleFile(located.archive, stored);
      file.bytes(); // an entry that cannot be expanded is unreadable, as a missing one
      return file;
    } catch {
      return undefined;
    }
  }
}
