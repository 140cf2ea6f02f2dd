/**
 * The cached bundle ./taipan starts from (cli/bundle_cache.ts) is used only
 * while the files it was built from are unchanged: any edit, a deleted file or
 * a damaged header makes it stale.
 */
import { assert, assertEquals } from "../assert.ts";
import {
  bundlePlace,
  freshBundle,
  headerLine,
  readHeader,
  sourcesKey,
} from "../../cli/bundle_cache.ts";

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
  const key = (await sourcesKey(root, files))!;
  Deno.writeTextFileSync(place.bundle, headerLine({ key, files }) + "export function main() {}\n");
  return place.bundle;
}

Deno.test("bundle cache: fresh while the sources are unchanged", async () => {
  const root = fakeRepository();
  try {
    const bundle = await writeBundle(root, ["main.ts", "vm/a.ts"]);
    assertEquals(readHeader(bundle)?.files, ["main.ts", "vm/a.ts"]);
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
    const key = await sourcesKey(root, ["main.ts", "vm/a.ts"]);
    assert(key !== null && key !== await sourcesKey(root, ["vm/a.ts", "main.ts"]));
  } finally {
    Deno.removeSync(root, { recursive: true });
  }
});
