/**
 * The cached bundle `./taipan` starts from: Taipan's TypeScript bundled into
 * one JavaScript module by `deno bundle`, kept in the checkout's own
 * `.cache/taipan/taipan.js`. V8 loads one 2 MB module much faster than Deno
 * resolves, checks and links the ~500 modules one by one (docs/performance.md,
 * "Start-up"). Not under `node_modules`: checkouts that share one
 * `node_modules` (a link to another's, as worktrees often have) would share
 * one bundle, each run of one finding the other's stale, starting from
 * main.ts (~0.3 s more) and building again.
 *
 * Never stale: the bundle's first line records the files it was built from
 * (every local module of main.ts's graph, plus deno.json, package-lock.json
 * and the bundling code itself), the SHA-256 of each, and a key over them and
 * the Deno version. A run uses the bundle only if the files as they are now
 * give the same key: any edit to a source, and so any new import (its
 * importer changed), a deleted file or another Deno makes it stale. A file
 * whose stat fields are unchanged is not read again (see RACY_MS): checking
 * the ~500 sources costs a few milliseconds, not the ~10 ms of hashing 3 MB.
 *
 * When the bundle is stale or missing the run starts from main.ts as before,
 * and a detached builder (cli/bundle_build.ts) makes a new one for later runs;
 * a lock file keeps concurrent runs from starting several. The builder hashes
 * the files before and after bundling and publishes (renames into place) only
 * if they did not change meanwhile, so a bundle never holds other sources
 * than its key says. `TAIPAN_BUNDLE=0` always starts from main.ts.
 */
import { openStatter, type StatFields } from "./bundle_stat.ts";

const HEADER_PREFIX = "// taipan-bundle ";
/** Changes whenever the way a bundle is made or described changes. */
const FORMAT = 3;

export interface BundlePlace {
  /** The repository, with a trailing slash. */
  root: string;
  directory: string;
  bundle: string;
  lock: string;
}

/** One source the bundle was built from: its SHA-256, and its stat fields when they can vouch for it. */
export interface SourceRecord {
  /** Relative to the root. */
  path: string;
  sha256: string;
  size: number;
  /** Milliseconds; -1 when the file changed too shortly before it was read (see RACY_MS). */
  mtime: number;
  ctime: number;
  ino: number;
}

export interface BundleHeader {
  key: string;
  /** The Deno version the key was made with (absent in older headers). */
  deno?: string;
  files: SourceRecord[];
}

export function bundlePlace(root: string): BundlePlace {
  const directory = `${root}.cache/taipan`;
  return { root, directory, bundle: `${directory}/taipan.js`, lock: `${directory}/build.lock` };
}

/** Files whose contents decide the bundle besides the module graph's. */
export const EXTRA_KEY_FILES = [
  "deno.json",
  "package-lock.json",
  "cli/bundle_cache.ts",
  "cli/bundle_stat.ts",
  "cli/bundle_build.ts",
  "cli/bundle_eager.ts",
  "cli/bundle_ascii.ts",
  "cli/bundle_profile.ts",
];

/**
 * A file whose size, mtime, ctime and inode are those recorded still has the
 * recorded content: every write sets ctime to the current time, and ctime
 * cannot be set back. Unless the write fell in the same millisecond as the
 * recorded one: stat fields are recorded only for files last changed more
 * than RACY_MS before they were read (git's "racily clean" rule), so that any
 * later write gets another ctime. Other files are hashed at every check.
 */
export const RACY_MS = 2000;

const hex = (digest: ArrayBuffer) =>
  Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, "0")).join("");

function sameStat(info: StatFields | null, record: SourceRecord): boolean {
  return info !== null && record.mtime >= 0 && info.size === record.size &&
    info.mtime === record.mtime && info.ctime === record.ctime && info.ino === record.ino;
}

/** The records of `paths` as they are now, or null when one cannot be read. */
export async function recordSources(
  root: string,
  paths: readonly string[],
): Promise<SourceRecord[] | null> {
  const records: SourceRecord[] = [];
  const statter = openStatter();
  try {
    for (const path of paths) {
      const info = statter.stat(`${root}${path}`);
      if (info === null) return null;
      const content = Deno.readFileSync(`${root}${path}`);
      const { mtime, ctime } = info;
      const settled = Math.max(mtime, ctime) < Date.now() - RACY_MS && mtime >= 0 && ctime >= 0;
      records.push({
        path,
        sha256: hex(await crypto.subtle.digest("SHA-256", content)),
        size: info.size,
        mtime: settled ? mtime : -1,
        ctime: settled ? ctime : -1,
        ino: info.ino,
      });
    }
  } catch {
    return null;
  } finally {
    statter.close();
  }
  return records;
}

/** The key of a list of sources: their paths and contents, with the Deno version. */
export async function keyOf(records: readonly SourceRecord[]): Promise<string> {
  const lines = records.map((record) => `${record.path}\0${record.sha256}\n`).join("");
  const text = `${FORMAT}\0${Deno.version.deno}\n${lines}`;
  return hex(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text)));
}

/** The records of `recorded` whose stat fields do not vouch for their content now. */
function unvouched(root: string, recorded: readonly SourceRecord[]): SourceRecord[] {
  const statter = openStatter();
  try {
    return recorded.filter((record) => !sameStat(statter.stat(`${root}${record.path}`), record));
  } finally {
    statter.close();
  }
}

/** The key of the sources `recorded` lists, as they are now; null when one cannot be read. */
export async function currentKey(
  root: string,
  recorded: readonly SourceRecord[],
  changed = unvouched(root, recorded),
) {
  const rehashed = await recordSources(root, changed.map((record) => record.path));
  if (rehashed === null) return null;
  const now = new Map(rehashed.map((record) => [record.path, record]));
  return keyOf(recorded.map((record) => now.get(record.path) ?? record));
}

export function headerLine(header: BundleHeader): string {
  return `${HEADER_PREFIX}${JSON.stringify(header)}\n`;
}

/** The header of the bundle at `path` (its first line), or null if there is none. */
export function readHeader(path: string): BundleHeader | null {
  let file: Deno.FsFile;
  try {
    file = Deno.openSync(path);
  } catch {
    return null;
  }
  try {
    // The header is one line of about 20 kB; read until its newline.
    const chunks: Uint8Array[] = [];
    const buffer = new Uint8Array(65536);
    for (;;) {
      const count = file.readSync(buffer);
      if (count === null) return null;
      const chunk = buffer.slice(0, count);
      const newline = chunk.indexOf(10);
      chunks.push(newline < 0 ? chunk : chunk.subarray(0, newline));
      if (newline >= 0) break;
      if (chunks.length > 64) return null;
    }
    const line = new TextDecoder().decode(concat(chunks));
    if (!line.startsWith(HEADER_PREFIX)) return null;
    const header = JSON.parse(line.slice(HEADER_PREFIX.length));
    return typeof header.key === "string" && Array.isArray(header.files) ? header : null;
  } catch {
    return null;
  } finally {
    file.close();
  }
}

function concat(chunks: Uint8Array[]): Uint8Array<ArrayBuffer> {
  const all = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let offset = 0;
  for (const chunk of chunks) {
    all.set(chunk, offset);
    offset += chunk.length;
  }
  return all;
}

/** What a check of the bundle found. */
export interface Freshness {
  /** The bundle's path if it was built from the sources as they are now. */
  bundle: string | null;
  /**
   * Fresh, but some records' stat fields no longer vouch for their files
   * (the checkout was copied, a file rewritten with the same bytes, or it
   * was too recent to record): every check hashes those files again until a
   * builder records them anew. A copied checkout's bundle had all ~640
   * hashed at every start (~10 ms).
   */
  rerecord: boolean;
}

export async function bundleFreshness(place: BundlePlace): Promise<Freshness> {
  const header = readHeader(place.bundle);
  if (header === null) return { bundle: null, rerecord: false };
  const changed = unvouched(place.root, header.files);
  // Every file vouched for and the same Deno: the key would come out as recorded
  // (hashing the ~600 records' text is ~1 ms of a start).
  if (changed.length === 0 && header.deno === Deno.version.deno) {
    return { bundle: place.bundle, rerecord: false };
  }
  const fresh = await currentKey(place.root, header.files, changed) === header.key;
  return {
    bundle: fresh ? place.bundle : null,
    rerecord: fresh && changed.length > 0 && settled(place.root, changed),
  };
}

/**
 * Whether a builder would record these files with stat fields that vouch
 * for them: all have settled (see RACY_MS). Otherwise asking for one at
 * every start could rebuild forever (a platform without ctime, a file
 * rewritten all the time).
 */
function settled(root: string, records: readonly SourceRecord[]): boolean {
  const statter = openStatter();
  try {
    const before = Date.now() - RACY_MS;
    return records.every((record) => {
      const info = statter.stat(`${root}${record.path}`);
      return info !== null && info.mtime >= 0 && info.ctime >= 0 &&
        Math.max(info.mtime, info.ctime) < before;
    });
  } finally {
    statter.close();
  }
}

/** The bundle's path if it was built from the sources as they are now. */
export async function freshBundle(place: BundlePlace): Promise<string | null> {
  return (await bundleFreshness(place)).bundle;
}

/** A lock older than this belongs to a builder that died (killed with its process group). */
export const STALE_LOCK_MS = 120_000;

export function lockAge(place: BundlePlace): number {
  try {
    return Date.now() - (Deno.statSync(place.lock).mtime?.getTime() ?? 0);
  } catch {
    return Infinity;
  }
}

/**
 * Start a detached builder unless one is running, or there is no node_modules
 * to build in, or its cache directory cannot be made (a read-only install).
 */
export function startBuilder(place: BundlePlace): void {
  if (lockAge(place) < STALE_LOCK_MS) return;
  try {
    Deno.statSync(`${place.root}node_modules`);
    Deno.mkdirSync(place.directory, { recursive: true });
    Deno.writeTextFileSync(`${place.directory}/.writable`, "");
  } catch {
    return;
  }
  try {
    const child = new Deno.Command(Deno.execPath(), {
      args: [
        "run",
        "--quiet",
        "--allow-all",
        "--no-prompt",
        "--config",
        `${place.root}deno.json`,
        `${place.root}cli/bundle_build.ts`,
      ],
      // Not the caller's directory, which may be gone before the builder's
      // own children start (a test's temporary directory).
      cwd: place.root,
      stdin: "null",
      stdout: "null",
      stderr: "null",
    }).spawn();
    child.unref();
  } catch {
    // cannot spawn: keep running from the sources
  }
}
