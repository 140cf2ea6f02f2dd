/**
 * Files as the import system sees them: a path is either a plain file or a
 * file inside a zip archive, spelled as CPython's zipimport spells it
 * ("/x/python_stdlib.zip/json/__init__.py"). Archives are opened once and kept.
 */
import { looksLikeZip, ZipArchive } from "./zip_archive.ts";

const archives = new Map<string, ZipArchive | null>();

/** The archive at `path` if that file is a zip, else null (cached). */
export function archiveAt(path: string): ZipArchive | null {
  let archive = archives.get(path);
  if (archive === undefined) {
    archive = looksLikeZip(path) ? new ZipArchive(path) : null;
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
  // Inside an archive already open (the stdlib zip): no failing stat of the path first.
  const inArchive = openArchiveContaining(path);
  if (inArchive !== null && inArchive.archive.hasFile(inArchive.inner)) {
    return inArchive.archive.read(inArchive.inner);
  }
  try {
    return Deno.readFileSync(path);
  } catch {
    const located = splitArchivePath(path);
    if (located === null) return undefined;
    try {
      return located.archive.read(located.inner);
    } catch {
      return undefined;
    }
  }
}
