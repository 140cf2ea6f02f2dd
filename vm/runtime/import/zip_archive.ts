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

export class ZipArchive {
  private data: Uint8Array | null = null;
  private entries = new Map<string, Entry>();
  private directories = new Set<string>();

  constructor(readonly path: string) {}

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
    const entry = this.entries.get(name);
    if (entry === undefined) return undefined;
    const data = this.data!;
    const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
    const at = entry.localHeaderOffset;
    if (view.getUint32(at, true) !== LOCAL_HEADER) {
      throw new ZipFormatError(`bad local file header in ${this.path}`);
    }
    const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
    return {
      method: entry.method,
      data: data.subarray(start, start + entry.compressedSize),
      crc32: entry.crc32,
      size: entry.size,
    };
  }

  private load(): void {
    if (this.data !== null) return;
    const data = Deno.readFileSync(this.path);
    const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
    const end = findEndRecord(view);
    if (end < 0) throw new ZipFormatError(`not a zip file: ${this.path}`);
    const count = view.getUint16(end + 10, true);
    let at = view.getUint32(end + 16, true);
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
    this.data = data;
  }

  private addDirectories(path: string): void {
    while (path !== "" && !this.directories.has(path)) {
      this.directories.add(path);
      const slash = path.lastIndexOf("/");
      path = slash < 0 ? "" : path.slice(0, slash);
    }
  }
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
