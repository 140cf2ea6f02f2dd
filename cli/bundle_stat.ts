/**
 * The stat fields the bundle's freshness check compares (cli/bundle_cache.ts):
 * size, mtime and ctime in milliseconds, inode. Every start stats the ~640
 * files the bundle was built from; through `Deno.statSync` that was ~5 ms of
 * CPU, mostly its JavaScript (a FileInfo object with four Dates per file, run
 * cold), not the system calls (~1.5 ms for all of them once the code is warm).
 * So on Linux (glibc) the files are stat'ed with libc's `statx` through FFI,
 * read from one buffer; elsewhere, or when libc cannot be opened, with
 * `Deno.statSync`.
 *
 * The builder records the fields through the same function as the check
 * compares them with, so the two agree whatever FileInfo does (Deno's ctime
 * has whole seconds only; statx's milliseconds are used here). A mismatch
 * would only cost time: a file whose fields differ from its record is hashed.
 */

/** A file's fields as FileInfo gives them (-1 where it gives null). */
export interface StatFields {
  size: number;
  mtime: number;
  ctime: number;
  ino: number;
}

/** Stat files by path (absolute) until `close`; a file that cannot be stat'ed gives null. */
export interface Statter {
  stat(path: string): StatFields | null;
  close(): void;
}

function denoStat(path: string): StatFields | null {
  try {
    const info = Deno.statSync(path);
    return {
      size: info.size,
      mtime: info.mtime?.getTime() ?? -1,
      ctime: info.ctime?.getTime() ?? -1,
      ino: info.ino ?? -1,
    };
  } catch {
    return null;
  }
}

const DENO_STATTER: Statter = { stat: denoStat, close() {} };

/** statx(2)'s arguments and `struct statx`'s layout (the same on every Linux architecture). */
const STATX = {
  atFdcwd: -100,
  basicStats: 0x7ff,
  // byte offsets of the fields read, and the struct's size
  ino: 32,
  size: 40,
  ctime: 96,
  mtime: 112,
  bytes: 256,
} as const;

function u64(view: DataView, at: number): number {
  return view.getUint32(at + 4, true) * 2 ** 32 + view.getUint32(at, true);
}

/** A statx_timestamp in whole milliseconds, as FileInfo's Date holds it. */
function milliseconds(view: DataView, at: number): number {
  const seconds = view.getUint32(at + 4, true) * 2 ** 32 + view.getUint32(at, true) -
    (view.getInt32(at + 4, true) < 0 ? 2 ** 64 : 0);
  return seconds * 1000 + Math.floor(view.getUint32(at + 8, true) / 1_000_000);
}

function libcStatter(): Statter | null {
  if (Deno.build.os !== "linux") return null;
  let library;
  try {
    library = Deno.dlopen("libc.so.6", {
      statx: { parameters: ["i32", "buffer", "i32", "u32", "buffer"], result: "i32" },
    });
  } catch {
    return null;
  }
  const statx = library.symbols.statx;
  const buffer = new Uint8Array(STATX.bytes);
  const view = new DataView(buffer.buffer);
  const encoder = new TextEncoder();
  let path = new Uint8Array(1024);
  return {
    stat(text: string): StatFields | null {
      if (text.includes("\0")) return denoStat(text);
      // UTF-8 takes at most 3 bytes per UTF-16 unit; one more for the NUL.
      if (path.length < text.length * 3 + 1) path = new Uint8Array(text.length * 3 + 1);
      const written = encoder.encodeInto(text, path).written;
      path[written] = 0;
      if (statx(STATX.atFdcwd, path, 0, STATX.basicStats, buffer) !== 0) return null;
      return {
        size: u64(view, STATX.size),
        mtime: milliseconds(view, STATX.mtime),
        ctime: milliseconds(view, STATX.ctime),
        ino: u64(view, STATX.ino),
      };
    },
    close: () => library.close(),
  };
}

/** The cheapest way to stat files here. */
export function openStatter(): Statter {
  return libcStatter() ?? DENO_STATTER;
}
