/**
 * Keeping the compiled-code cache (code_cache.ts) from growing forever.
 *
 * Entries are keyed by the compiler's fingerprint, so every new Taipan (or,
 * for its developers, every change to the compiler) writes a fresh set and
 * the old one is never read again: a developer's cache reached 400 MB. So
 * entries live in one directory per fingerprint, `code/<fingerprint>/`, and
 * the sets of other fingerprints that nobody has used for a while are
 * removed.
 *
 * "Used": a process touches its own fingerprint's directory (its mtime) the
 * first time it reads or writes an entry, so two Taipans used side by side
 * both keep theirs. Another fingerprint's directory untouched for STALE_DAYS
 * days is removed whole, as are entries of the older flat layout
 * (`code/<hash>.code`, which no Taipan reads any more).
 *
 * When: a process that writes an entry (a cold compile, so a few
 * milliseconds of listing do not show) looks at the stamp file
 * `code/.pruned`; if it is missing or older than a day, it is touched and
 * the sweep runs. Failures (a read-only or vanished directory, a race with
 * another process doing the same) are ignored: pruning only saves space.
 */

import { COMPILER_FINGERPRINT } from "../../compiler/fingerprint.ts";

/** Where a cache rooted at `cacheRoot` keeps this compiler's entries. */
export function entryDirectory(cacheRoot: string): string {
  return `${cacheRoot}/code/${COMPILER_FINGERPRINT}`;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const STALE_DAYS = 14;
const STAMP = ".pruned";

let touched = false;
let swept = false;

function modifiedMs(path: string): number | null {
  try {
    return Deno.statSync(path).mtime?.getTime() ?? null;
  } catch {
    return null;
  }
}

/** Mark `fingerprintDirectory` as in use, once per process. */
export function touchFingerprintDirectory(fingerprintDirectory: string): void {
  if (touched) return;
  touched = true;
  try {
    const now = new Date();
    Deno.utimeSync(fingerprintDirectory, now, now);
  } catch {
    // not there yet (first store makes it) or not ours to touch
  }
}

/**
 * Remove other fingerprints' directories unused for STALE_DAYS and the old
 * flat entries, at most once a day per cache (the stamp) and once per process.
 */
export function pruneCodeCache(
  codeDirectory: string,
  currentFingerprint: string,
  nowMs = Date.now(),
): void {
  if (swept) return;
  swept = true;
  sweepCodeCache(codeDirectory, currentFingerprint, nowMs);
}

/** The sweep itself; exported for tests, which run it more than once a process. */
export function sweepCodeCache(
  codeDirectory: string,
  currentFingerprint: string,
  nowMs: number,
): number {
  const stamp = `${codeDirectory}/${STAMP}`;
  const last = modifiedMs(stamp);
  if (last !== null && nowMs - last < DAY_MS && last <= nowMs) return 0;
  let removed = 0;
  try {
    Deno.writeFileSync(stamp, new Uint8Array());
    const now = new Date(nowMs);
    Deno.utimeSync(stamp, now, now);
    for (const entry of Deno.readDirSync(codeDirectory)) {
      const path = `${codeDirectory}/${entry.name}`;
      if (entry.isFile && entry.name.endsWith(".code")) {
        removed += remove(path, false);
      } else if (entry.isDirectory && entry.name !== currentFingerprint) {
        const used = modifiedMs(path);
        if (used !== null && nowMs - used > STALE_DAYS * DAY_MS) removed += remove(path, true);
      }
    }
  } catch {
    // unreadable or vanished: nothing to save
  }
  return removed;
}

function remove(path: string, recursive: boolean): number {
  try {
    Deno.removeSync(path, { recursive });
    return 1;
  } catch {
    return 0;
  }
}
