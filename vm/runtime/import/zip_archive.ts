/**
 * A read-only ZIP archive reader, enough for importing modules from a zip
 * (CPython's zipimport): the standard library ships as pyodide's
 * `python_stdlib.zip`.
 *
 * The end-of-central-directory record is found by scanning backwards from the
 * end of the file (it may be followed by a comment of up to 64 KiB); the
 * central directory then lists every entry with its compression method, sizes
 * and the offset of its local header. Entry data starts after the local header,
 * whose name and extra-field lengths may differ from the central directory's,
 * so they are read from the local header itself. Methods: 0 (stored) and 8
 * (deflate, through node:zlib's raw inflate). ZIP64 archives are not read.
 *
 * The file is read once, on first use, and the directory is indexed by name;
 * directories are known both from explicit "dir/" entries and from the paths
 * of the files inside them.
 *
 * A lazy archive (the bundled standard library, which every start opens) reads
 * only its end, where the central directory is (~35 KB of pyodide's 2.3 MB;
 * reading the whole file was 3-10 ms of a start), and each entry when asked
 * for, after checking that the file is still the one whose directory it read
 * (size, mtime, ctime, inode): if it is not, it reads the whole file as it is
 * now, as a fresh archive would.
 */
import { nodeBuiltin } from "../node_builtins.ts";

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;

interface Entry {
  method: number;
  crc32: number;
  compressedSize: number;
  size: number;
  localHeaderOffset: number;
}

export class ZipFormatError extends Error {}

/**
 * A file's bytes as the archive stores them: `method` says how to expand
 * them; `crc32` and `size` are the central directory's CRC-32 and length of
 * the expanded bytes.
 */
export interface StoredFile {
  method: number;
  data: Uint8Array;
  crc32: number;
  size: number;
}

/** The uncompressed bytes of a stored file. */
export function expandStoredFile(file: StoredFile, archivePath: string): Uint8Array {
  if (file.method === STORED) return file.data;
  if (file.method === DEFLATED) {
    const { inflateRawSync } = nodeBuiltin<typeof import("node:zlib")>("node:zlib");
    return new Uint8Array(inflateRawSync(file.data));
  }
  throw new ZipFormatError(`unsupported compression method ${file.method} in ${archivePath}`);
}

/** What identifies a file's version (a lazy archive checks it before reading an entry). */
interface FileVersion {
  size: number;
  mtime: number | undefined;
  ctime: number | undefined;
  ino: number | null;
}

function versionOf(info: Deno.FileInfo): FileVersion {
  return {
    size: info.size,
    mtime: info.mtime?.getTime(),
    ctime: info.ctime?.getTime(),
    ino: info.ino,
  };
}

function sameVersion(a: FileVersion, b: FileVersion): boolean {
  return a.size === b.size && a.mtime === b.mtime && a.ctime === b.ctime && a.ino === b.ino;
}

/** `length` bytes of `file` from `offset`; throws ZipFormatError when the file ends first. */
function readAt(file: Deno.FsFile, offset: number, length: number, path: string): Uint8Array {
  const out = new Uint8Array(length);
  file.seekSync(offset, Deno.SeekMode.Start);
  for (let filled = 0; filled < length;) {
    const count = file.readSync(out.subarray(filled));
    if (count === null || count === 0) throw new ZipFormatError(`truncated zip file: ${path}`);
    filled += count;
  }
  return out;
}

export class ZipArchive {
  /** The whole file, once read (always, unless the archive is lazy). */
  private data: Uint8Array | null = null;
  /** A lazy archive's file as it was when its directory was read. */
  private version: FileVersion | null = null;
  private entries = new Map<string, Entry>();
  private directories = new Set<string>();

  /** `lazy`: read entries from the file when asked for (see the module comment). */
  constructor(readonly path: string, private readonly lazy = false) {}

  /** True if `name` ("pkg/mod.py") is a file in the archive. */
  hasFile(name: string): boolean {
    this.load();
    return this.entries.has(name);
  }

  /** True if `name` ("pkg" or "pkg/sub") is a directory in the archive. */
  hasDirectory(name: string): boolean {
    this.load();
    return this.directories.has(name);
  }

  /** The names of the archive's files, in directory order. */
  fileNames(): string[] {
    this.load();
    return [...this.entries.keys()];
  }

  /** The uncompressed bytes of file `name`; undefined if there is no such file. */
  read(name: string): Uint8Array | undefined {
    const stored = this.readStored(name);
    return stored === undefined ? undefined : expandStoredFile(stored, this.path);
  }

  /** File `name` as stored, still compressed; undefined if there is no such file. */
  readStored(name: string): StoredFile | undefined {
    this.load();
    if (this.data === null) {
      let stored: StoredFile | undefined | null = null;
      try {
        stored = this.readStoredFromFile(name);
      } catch (error) {
        if (error instanceof ZipFormatError) throw error;
        // unreadable now (gone?): as a changed file, read whole below
      }
      if (stored !== null) return stored;
      this.loadWhole(); // the file changed since its directory was read
    }
    const entry = this.entries.get(name);
    if (entry === undefined) return undefined;
    const data = this.data!;
    const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
    const at = entry.localHeaderOffset;
    if (at + 30 > data.length || view.getUint32(at, true) !== LOCAL_HEADER) {
      throw new ZipFormatError(`bad local file header in ${this.path}`);
    }
    const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
    return storedFile(entry, data.subarray(start, start + entry.compressedSize));
  }

  /** A lazy archive's entry read from its file; null when the file is not the version read. */
  private readStoredFromFile(name: string): StoredFile | undefined | null {
    const file = Deno.openSync(this.path);
    try {
      if (!sameVersion(versionOf(file.statSync()), this.version!)) return null;
      const entry = this.entries.get(name);
      if (entry === undefined) return undefined;
      const header = readAt(file, entry.localHeaderOffset, 30, this.path);
      const view = new DataView(header.buffer);
      if (view.getUint32(0, true) !== LOCAL_HEADER) {
        throw new ZipFormatError(`bad local file header in ${this.path}`);
      }
      const start = entry.localHeaderOffset + 30 + view.getUint16(26, true) +
        view.getUint16(28, true);
      return storedFile(entry, readAt(file, start, entry.compressedSize, this.path));
    } finally {
      file.close();
    }
  }

  private load(): void {
    if (this.data !== null || this.version !== null) return;
    if (!this.lazy || !this.loadDirectory()) this.loadWhole();
  }

  /** Read the whole file and index its directory. */
  private loadWhole(): void {
    const data = Deno.readFileSync(this.path);
    this.entries.clear();
    this.directories.clear();
    this.version = null;
    const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
    const end = findEndRecord(view);
    if (end < 0) throw new ZipFormatError(`not a zip file: ${this.path}`);
    this.index(data, view.getUint32(end + 16, true), view.getUint16(end + 10, true));
    this.data = data;
  }

  /**
   * A lazy archive's directory, read from the end of the file; false (nothing
   * read) for an archive whose directory is not where its end record says,
   * such as one with data in front: the whole file is read then.
   */
  private loadDirectory(): boolean {
    const file = Deno.openSync(this.path);
    try {
      const version = versionOf(file.statSync());
      const tailStart = Math.max(0, version.size - 22 - 0xffff);
      const tail = readAt(file, tailStart, version.size - tailStart, this.path);
      const tailView = new DataView(tail.buffer);
      const end = findEndRecord(tailView);
      if (end < 0) return false;
      const count = tailView.getUint16(end + 10, true);
      const size = tailView.getUint32(end + 12, true);
      const offset = tailView.getUint32(end + 16, true);
      if (offset + size !== tailStart + end) return false;
      const directory = offset >= tailStart
        ? tail.subarray(offset - tailStart, end)
        : readAt(file, offset, size, this.path);
      this.index(directory, 0, count);
      this.version = version;
      return true;
    } finally {
      file.close();
    }
  }

  /** Index the `count` central directory entries at `data[at..]`. */
  private index(data: Uint8Array, at: number, count: number): void {
    const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
    const decoder = new TextDecoder();
    for (let i = 0; i < count; i++) {
      if (view.getUint32(at, true) !== CENTRAL_DIRECTORY_ENTRY) {
        throw new ZipFormatError(`bad central directory in ${this.path}`);
      }
      const nameLength = view.getUint16(at + 28, true);
      const extraLength = view.getUint16(at + 30, true);
      const commentLength = view.getUint16(at + 32, true);
      const name = decoder.decode(data.subarray(at + 46, at + 46 + nameLength));
      if (name.endsWith("/")) this.addDirectories(name.slice(0, -1));
      else {
        this.entries.set(name, {
          method: view.getUint16(at + 10, true),
          crc32: view.getUint32(at + 16, true),
          compressedSize: view.getUint32(at + 20, true),
          size: view.getUint32(at + 24, true),
          localHeaderOffset: view.getUint32(at + 42, true),
        });
        const slash = name.lastIndexOf("/");
        if (slash > 0) this.addDirectories(name.slice(0, slash));
      }
      at += 46 + nameLength + extraLength + commentLength;
    }
  }

  private addDirectories(path: string): void {
    while (path !== "" && !this.directories.has(path)) {
      this.directories.add(path);
      const slash = path.lastIndexOf("/");
      path = slash < 0 ? "" : path.slice(0, slash);
    }
  }
}

function storedFile(entry: Entry, data: Uint8Array): StoredFile {
  return { method: entry.method, data, crc32: entry.crc32, size: entry.size };
}

/** Offset of the end-of-central-directory record, or -1. */
function findEndRecord(view: DataView): number {
  const lowest = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let at = view.byteLength - 22; at >= lowest; at--) {
    if (view.getUint32(at, true) === END_OF_CENTRAL_DIRECTORY) return at;
  }
  return -1;
}

/** True if the file at `path` starts like a zip archive (a local header or an empty archive). */
export function looksLikeZip(path: string): boolean {
  try {
    const file = Deno.openSync(path);
    try {
      const head = new Uint8Array(4);
      if (file.readSync(head) !== 4) return false;
      const signature = new DataView(head.buffer).getUint32(0, true);
      return signature === LOCAL_HEADER || signature === END_OF_CENTRAL_DIRECTORY;
    } finally {
      file.close();
    }
  } catch {
    return false;
  }
}
