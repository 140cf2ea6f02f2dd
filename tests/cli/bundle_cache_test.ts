/**
 * The cached bundle ./taipan starts from (cli/bundle_cache.ts) is used only
 * while the files it was built from are unchanged: any edit, a deleted file or
 * a damaged header makes it stale.
 */
import { assert, assertEquals } from "../assert.ts";
import {
  bundleFreshness,
  bundlePlace,
  currentKey,
  freshBundle,
  headerLine,
  keyOf,
  RACY_MS,
  readHeader,
  recordSources,
} from "../../cli/bundle_cache.ts";
import { openStatter, type StatFields } from "../../cli/bundle_stat.ts";

/** The stat fields the check compares, as the builder records them. */
function statFields(path: string): StatFields {
  const statter = openStatter();
  try {
    return statter.stat(path)!;
  } finally {
    statter.close();
  }
}

function fakeRepository(): string {
  const root = `${Deno.makeTempDirSync({ prefix: "taipan-bundle-" })}/`;
  Deno.mkdirSync(`${root}vm`);
  Deno.writeTextFileSync(`${root}main.ts`, 'import "./vm/a.ts";\n');
  Deno.writeTextFileSync(`${root}vm/a.ts`, "export const a = 1;\n");
  return root;
}

async function writeBundle(root: string, files: string[]): Promise<string> {
  const place = bundlePlace(root);
  Deno.mkdirSync(place.directory, { recursive: true });
  const records = (await recordSources(root, files))!;
  const header = headerLine({ key: await keyOf(records), files: records });
  Deno.writeTextFileSync(place.bundle, header + "export function main() {}\n");
  return place.bundle;
}

Deno.test("bundle cache: each checkout's own, even when it shares node_modules", async () => {
  // Worktrees often link node_modules to one checkout's: a bundle kept there
  // was one for all of them, stale for every other at each run.
  const shared = `${Deno.makeTempDirSync({ prefix: "taipan-modules-" })}`;
  const first = fakeRepository();
  const second = fakeRepository();
  try {
    Deno.symlinkSync(shared, `${first}node_modules`);
    Deno.symlinkSync(shared, `${second}node_modules`);
    const bundle = await writeBundle(first, ["main.ts", "vm/a.ts"]);
    Deno.writeTextFileSync(`${second}vm/a.ts`, "export const a = 2;\n");
    await writeBundle(second, ["main.ts", "vm/a.ts"]);
    assertEquals(await freshBundle(bundlePlace(first)), bundle);
    assertEquals(bundlePlace(first).bundle, `${first}.cache/taipan/taipan.js`);
  } finally {
    for (const path of [first, second, shared]) Deno.removeSync(path, { recursive: true });
  }
});

Deno.test("bundle cache: fresh while the sources are unchanged", async () => {
  const root = fakeRepository();
  try {
    const bundle = await writeBundle(root, ["main.ts", "vm/a.ts"]);
    assertEquals(readHeader(bundle)?.files.map((record) => record.path), ["main.ts", "vm/a.ts"]);
    assertEquals(await freshBundle(bundlePlace(root)), bundle);
  } finally {
    Deno.removeSync(root, { recursive: true });
  }
});

Deno.test("bundle cache: stale after an edit, even of the same length", async () => {
  const root = fakeRepository();
  try {
    await writeBundle(root, ["main.ts", "vm/a.ts"]);
    Deno.writeTextFileSync(`${root}vm/a.ts`, "export const a = 2;\n");
    assertEquals(await freshBundle(bundlePlace(root)), null);
  } finally {
    Deno.removeSync(root, { recursive: true });
  }
});

Deno.test("bundle cache: stale when a file is gone or the header is damaged", async () => {
  const root = fakeRepository();
  try {
    const bundle = await writeBundle(root, ["main.ts", "vm/a.ts"]);
    Deno.removeSync(`${root}vm/a.ts`);
    assertEquals(await freshBundle(bundlePlace(root)), null);
    Deno.writeTextFileSync(bundle, "// taipan-bundle {not json\n");
    assertEquals(readHeader(bundle), null);
    Deno.removeSync(bundle);
    assertEquals(await freshBundle(bundlePlace(root)), null);
  } finally {
    Deno.removeSync(root, { recursive: true });
  }
});

Deno.test("bundle cache: the key covers names as well as contents", async () => {
  const root = fakeRepository();
  try {
    const records = (await recordSources(root, ["main.ts", "vm/a.ts"]))!;
    assert(await keyOf(records) !== await keyOf([...records].reverse()));
  } finally {
    Deno.removeSync(root, { recursive: true });
  }
});

Deno.test("bundle cache: a file changed just before it was recorded is read at every check", async () => {
  const root = fakeRepository();
  try {
    const [record] = (await recordSources(root, ["vm/a.ts"]))!;
    assertEquals([record.mtime, record.ctime], [-1, -1]);
    assertEquals(await currentKey(root, [record]), await keyOf([record]));
    assertEquals(await currentKey(root, [{ ...record, sha256: "0" }]), await keyOf([record]));
  } finally {
    Deno.removeSync(root, { recursive: true });
  }
});

Deno.test("bundle cache: unchanged stat fields vouch for a settled file's content", async () => {
  const root = fakeRepository();
  try {
    const settled = { path: "vm/a.ts", sha256: "recorded", ...statFields(`${root}vm/a.ts`) };
    assertEquals(await currentKey(root, [settled]), await keyOf([settled]));
    // The same bytes written again, later than the coarse file clock's tick: a new ctime.
    await new Promise((resolve) => setTimeout(resolve, 50));
    Deno.writeTextFileSync(`${root}vm/a.ts`, "export const a = 1;\n");
    const [now] = (await recordSources(root, ["vm/a.ts"]))!;
    assertEquals(await currentKey(root, [settled]), await keyOf([now]));
  } finally {
    Deno.removeSync(root, { recursive: true });
  }
});

Deno.test("bundle cache: files vouched for by their stat fields under the same Deno need no hashing", async () => {
  const root = fakeRepository();
  try {
    const place = bundlePlace(root);
    Deno.mkdirSync(place.directory, { recursive: true });
    const files = ["main.ts", "vm/a.ts"].map((path) => ({
      path,
      sha256: "recorded",
      ...statFields(`${root}${path}`),
    }));
    // A key no hashing gives: only the shortcut can find this bundle fresh.
    const write = (deno: string) =>
      Deno.writeTextFileSync(place.bundle, headerLine({ key: "recorded", deno, files }));
    write(Deno.version.deno);
    assertEquals(await freshBundle(place), place.bundle);
    write("0.0.0");
    assertEquals(await freshBundle(place), null, "another Deno");
    files[1] = { ...files[1], size: files[1].size + 1 };
    write(Deno.version.deno);
    assertEquals(await freshBundle(place), null, "a file not vouched for");
  } finally {
    Deno.removeSync(root, { recursive: true });
  }
});

Deno.test("bundle cache: the stat fields agree with Deno.statSync's", () => {
  const root = fakeRepository();
  try {
    const path = `${root}vm/a.ts`;
    const fields = statFields(path);
    const info = Deno.statSync(path);
    assertEquals(
      [fields.size, fields.mtime, fields.ino],
      [info.size, info.mtime!.getTime(), info.ino!],
    );
    // FileInfo's ctime has whole seconds on Linux; statx's has milliseconds.
    assertEquals(Math.floor(fields.ctime / 1000), Math.floor(info.ctime!.getTime() / 1000));
    const statter = openStatter();
    try {
      assertEquals(statter.stat(`${root}missing.ts`), null);
    } finally {
      statter.close();
    }
  } finally {
    Deno.removeSync(root, { recursive: true });
  }
});

Deno.test("bundle cache: a fresh bundle whose records stopped vouching is recorded again once they can", async () => {
  const root = fakeRepository();
  try {
    // Recorded right after the files were written: too recent to vouch for them.
    await writeBundle(root, ["main.ts", "vm/a.ts"]);
    const place = bundlePlace(root);
    assertEquals(await bundleFreshness(place), { bundle: place.bundle, rerecord: false });
    // Once the files have settled, a builder could record them for good.
    await new Promise((resolve) => setTimeout(resolve, RACY_MS + 100));
    assertEquals(await bundleFreshness(place), { bundle: place.bundle, rerecord: true });
    await writeBundle(root, ["main.ts", "vm/a.ts"]);
    assertEquals(await bundleFreshness(place), { bundle: place.bundle, rerecord: false });
    Deno.writeTextFileSync(`${root}vm/a.ts`, "export const a = 2;\n");
    assertEquals(await bundleFreshness(place), { bundle: null, rerecord: false });
  } finally {
    Deno.removeSync(root, { recursive: true });
  }
});
