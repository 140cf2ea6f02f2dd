/**
 * Builds the bundle `./taipan` starts from (cli/bundle_cache.ts explains it):
 *
 *   deno run -A cli/bundle_build.ts
 *
 * started detached by a run that found the bundle stale. One builder at a
 * time (a lock file created exclusively); the files of main.ts's module graph
 * are hashed before `deno bundle` and again after it, and the bundle is
 * renamed into place only when both hashes agree. Before that, the functions
 * a typical start-up runs are made eager (cli/bundle_eager.ts), so that the
 * V8 code cache holds them, and the text is made ASCII (cli/bundle_ascii.ts).
 */
import {
  type BundlePlace,
  bundlePlace,
  EXTRA_KEY_FILES,
  headerLine,
  keyOf,
  lockAge,
  RACY_MS,
  recordSources,
  STALE_LOCK_MS,
} from "./bundle_cache.ts";
import { eagerBundle, type FunctionRange } from "./bundle_eager.ts";
import { asciiOnly } from "./bundle_ascii.ts";
import { COMPILER_FINGERPRINT } from "../vm/compiler/fingerprint.ts";
import { entryDirectory } from "../vm/runtime/import/cache_prune.ts";

const root = decodeURIComponent(new URL("../", import.meta.url).pathname);
const deno = Deno.execPath();

function takeLock(place: BundlePlace): boolean {
  Deno.mkdirSync(place.directory, { recursive: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      Deno.writeTextFileSync(place.lock, `${Deno.pid}\n`, { createNew: true });
      return true;
    } catch (error) {
      if (!(error instanceof Deno.errors.AlreadyExists)) throw error;
      if (lockAge(place) < STALE_LOCK_MS) return false;
      Deno.removeSync(place.lock);
    }
  }
  return false;
}

/** main.ts's local modules (relative to the root), or null if the graph reaches outside it. */
async function moduleFiles(): Promise<string[] | null> {
  const output = await new Deno.Command(deno, {
    args: ["info", "--json", "--config", `${root}deno.json`, `${root}main.ts`],
    stdout: "piped",
    stderr: "null",
  }).output();
  if (!output.success) return null;
  const graph = JSON.parse(new TextDecoder().decode(output.stdout)) as {
    modules: { specifier: string; local?: string }[];
  };
  const files: string[] = [];
  for (const module of graph.modules) {
    if (module.specifier.startsWith("node:")) continue;
    if (module.local === undefined || !module.local.startsWith(root)) return null;
    files.push(module.local.slice(root.length));
  }
  return files.sort();
}

function removeIfThere(path: string): void {
  try {
    Deno.removeSync(path);
  } catch {
    // already renamed into place, or never written
  }
}

/**
 * Wait (at most a few seconds) until the files changed last have settled, so
 * that their stat fields can vouch for them at later checks: right after a
 * checkout or an edit, a check would otherwise read every such file at every
 * run until the next rebuild.
 */
async function waitUntilSettled(files: readonly string[]): Promise<void> {
  let newest = 0;
  for (const file of files) {
    try {
      const info = Deno.statSync(`${root}${file}`);
      newest = Math.max(newest, info.mtime?.getTime() ?? 0, info.ctime?.getTime() ?? 0);
    } catch {
      // a missing file makes recordSources fail: nothing to wait for
    }
  }
  const wait = Math.min(newest + RACY_MS + 100 - Date.now(), 5000);
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
}

/**
 * The start-up whose functions are made eager: a program file (reading and
 * decoding a script's source is a path `-c` does not take) with the usual
 * imports, a regular expression used and a line printed (nearly every program
 * prints: print and the stdout stream's write path were compiled lazily at
 * every run otherwise). Run with -E -s (no environment, no user site) from
 * a file in the profile cache.
 */
const PROFILED_SCRIPT = "import re\nimport unittest\n\nprint(re.sub('a', 'b', 'banana' * 2))\n";
/** What the rewritten bundle must print before it is published. */
const CHECK_COMMAND = ["-I", "-c", "print(6 * 7)"];

/** Run cli/bundle_profile.ts on `bundle`; its stdout, or null if it failed. */
async function runProfiler(
  cacheDirectory: string,
  bundle: string,
  rangesFile: string,
  command: string[],
): Promise<string | null> {
  const output = await new Deno.Command(deno, {
    args: [
      "run",
      "--quiet",
      "--allow-all",
      "--no-prompt",
      "--no-code-cache",
      "--config",
      `${root}deno.json`,
      "--v8-flags=--stack-size=6000",
      `${root}cli/bundle_profile.ts`,
      bundle,
      rangesFile,
      ...command,
    ],
    env: { TAIPAN_CACHE_DIR: cacheDirectory },
    stdin: "null",
    stdout: "piped",
    stderr: "null",
  }).output();
  return output.success ? new TextDecoder().decode(output.stdout) : null;
}

function entryNames(directory: string): string[] {
  try {
    return [...Deno.readDirSync(directory)].map((entry) => entry.name);
  } catch {
    return [];
  }
}

/**
 * `text` (the bundle at `bundle`) with its start-up functions eager, or
 * `text` itself when profiling or the check of the result fails.
 */
async function withEagerStartUp(place: BundlePlace, bundle: string, text: string) {
  const rangesFile = `${bundle}.ranges.json`;
  const eagerFile = `${bundle}.eager.js`;
  // The builder's own compiled-code cache, one per compiler (older ones are
  // removed), warm after the compiler's first build: the profiled start-up
  // must not compile Python, or the compiler's functions would be made eager
  // for nothing. A cold cache takes a second run.
  const caches = `${place.directory}/profile-cache`;
  const cacheDirectory = `${caches}/${COMPILER_FINGERPRINT}`;
  // One path for every build of this compiler, so that the script's code stays cached.
  const script = `${cacheDirectory}/start.py`;
  try {
    for (const entry of entryNames(caches)) {
      if (entry !== COMPILER_FINGERPRINT) {
        Deno.removeSync(`${caches}/${entry}`, { recursive: true });
      }
    }
    Deno.mkdirSync(cacheDirectory, { recursive: true });
    Deno.writeTextFileSync(script, PROFILED_SCRIPT);
    const entries = () => entryNames(entryDirectory(cacheDirectory)).length;
    for (let before = entries(), runs = 0; runs < 2; runs++) {
      const stdout = await runProfiler(cacheDirectory, bundle, rangesFile, ["-E", "-s", script]);
      if (stdout === null) return text;
      if (entries() === before) break;
      before = entries();
    }
    const ran = JSON.parse(Deno.readTextFileSync(rangesFile)) as FunctionRange[];
    const eager = asciiOnly(eagerBundle(text, ran));
    Deno.writeTextFileSync(eagerFile, eager);
    const check = await runProfiler(cacheDirectory, eagerFile, "-", CHECK_COMMAND);
    return check === "42\n" ? eager : text;
  } catch {
    return text;
  } finally {
    for (const path of [rangesFile, eagerFile]) removeIfThere(path);
  }
}

async function build(place: BundlePlace): Promise<void> {
  const graphFiles = await moduleFiles();
  if (graphFiles === null) return;
  const files = [...graphFiles, ...EXTRA_KEY_FILES];
  await waitUntilSettled(files);
  const records = await recordSources(root, files);
  if (records === null) return;
  const key = await keyOf(records);
  const output = `${place.directory}/bundle-${Deno.pid}.tmp.js`;
  const published = `${place.directory}/taipan-${Deno.pid}.tmp.js`;
  try {
    const bundled = await new Deno.Command(deno, {
      args: [
        "bundle",
        "--quiet",
        "--config",
        `${root}deno.json`,
        "--platform",
        "deno",
        "--output",
        output,
        `${root}main.ts`,
      ],
      stdout: "null",
      stderr: "null",
    }).output();
    const after = await recordSources(root, files);
    if (!bundled.success || after === null || await keyOf(after) !== key) return;
    const text = asciiOnly(await withEagerStartUp(place, output, Deno.readTextFileSync(output)));
    // The header too: a file's path may hold any character (JSON reads the escapes back).
    Deno.writeTextFileSync(
      published,
      asciiOnly(headerLine({ key, deno: Deno.version.deno, files: records })) + text,
    );
    Deno.renameSync(published, place.bundle);
  } finally {
    for (const path of [output, published]) removeIfThere(path);
  }
}

const place = bundlePlace(root);
if (takeLock(place)) {
  try {
    await build(place);
  } finally {
    removeIfThere(place.lock);
  }
}
