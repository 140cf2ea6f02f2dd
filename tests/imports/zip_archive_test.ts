/**
 * The zip reader and zip path entries: stored and deflated entries of an
 * archive built here, explicit and implied directories, paths inside an
 * archive, and the bundled python_stdlib.zip.
 */
import { deflateRawSync } from "node:zlib";
import { assert, assertEquals } from "../assert.ts";
import { ZipArchive } from "../../vm/runtime/import/zip_archive.ts";
import { readModuleFile, splitArchivePath } from "../../vm/runtime/import/file_source.ts";
import { searchPath } from "../../vm/runtime/import/path_finder.ts";
import { bundledStdlibPath } from "../../vm/runtime/import/search_path.ts";

const encoder = new TextEncoder();

/** A zip with the given entries (method 0 or 8); CRCs are left 0, the reader does not check them. */
function buildZip(entries: { name: string; data: string; method: 0 | 8 }[]): Uint8Array {
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = encoder.encode(entry.name);
    const raw = encoder.encode(entry.data);
    const stored = entry.method === 8 ? new Uint8Array(deflateRawSync(raw)) : raw;
    const local = new Uint8Array(30 + name.length + stored.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(8, entry.method, true);
    lv.setUint32(18, stored.length, true);
    lv.setUint32(22, raw.length, true);
    lv.setUint16(26, name.length, true);
    local.set(name, 30);
    local.set(stored, 30 + name.length);
    const central = new Uint8Array(46 + name.length);
    const cv = new DataView(central.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(10, entry.method, true);
    cv.setUint32(20, stored.length, true);
    cv.setUint32(24, raw.length, true);
    cv.setUint16(28, name.length, true);
    cv.setUint32(42, offset, true);
    central.set(name, 46);
    locals.push(local);
    centrals.push(central);
    offset += local.length;
  }
  const centralSize = centrals.reduce((n, c) => n + c.length, 0);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, entries.length, true);
  ev.setUint16(10, entries.length, true);
  ev.setUint32(12, centralSize, true);
  ev.setUint32(16, offset, true);
  const all = new Uint8Array(offset + centralSize + 22);
  let at = 0;
  for (const part of [...locals, ...centrals, end]) {
    all.set(part, at);
    at += part.length;
  }
  return all;
}

const dir = Deno.makeTempDirSync();
const zipPath = `${dir}/modules.zip`;
Deno.writeFileSync(
  zipPath,
  buildZip([
    { name: "plain.py", data: "x = 1\n", method: 0 },
    { name: "pkg/", data: "", method: 0 },
    { name: "pkg/__init__.py", data: "# package\n".repeat(20), method: 8 },
    { name: "ns/part/mod.py", data: "y = 2\n", method: 8 },
  ]),
);

Deno.test("zip: stored and deflated entries", () => {
  const archive = new ZipArchive(zipPath);
  assertEquals(new TextDecoder().decode(archive.read("plain.py")), "x = 1\n");
  assertEquals(new TextDecoder().decode(archive.read("pkg/__init__.py")), "# package\n".repeat(20));
  assertEquals(archive.read("missing.py"), undefined);
});

Deno.test("zip: explicit and implied directories", () => {
  const archive = new ZipArchive(zipPath);
  assert(archive.hasDirectory("pkg"));
  assert(archive.hasDirectory("ns"));
  assert(archive.hasDirectory("ns/part"));
  assert(!archive.hasDirectory("plain.py"));
  assert(archive.hasFile("ns/part/mod.py"));
  assert(!archive.hasFile("ns/part"));
});

Deno.test("zip: paths inside an archive", () => {
  const located = splitArchivePath(`${zipPath}/ns/part/mod.py`);
  assertEquals(located?.inner, "ns/part/mod.py");
  assertEquals(splitArchivePath(`${dir}/nothing/here.py`), null);
  assertEquals(new TextDecoder().decode(readModuleFile(`${zipPath}/plain.py`)), "x = 1\n");
});

Deno.test("zip: modules, packages and namespace portions on a zip path entry", () => {
  assertEquals(searchPath("plain", [zipPath]), {
    kind: "module",
    origin: `${zipPath}/plain.py`,
    searchLocation: null,
  });
  assertEquals(searchPath("pkg", [zipPath]), {
    kind: "module",
    origin: `${zipPath}/pkg/__init__.py`,
    searchLocation: `${zipPath}/pkg`,
  });
  assertEquals(searchPath("ns", [zipPath]), { kind: "namespace", portions: [`${zipPath}/ns`] });
  assertEquals(searchPath("part", [`${zipPath}/ns`]), {
    kind: "namespace",
    portions: [`${zipPath}/ns/part`],
  });
  assertEquals(searchPath("absent", [zipPath]), null);
});

Deno.test("zip: the bundled standard library", () => {
  const archive = new ZipArchive(bundledStdlibPath());
  const keyword = new TextDecoder().decode(archive.read("keyword.py"));
  assert(keyword.includes("kwlist = ["), "keyword.py read");
  assert(archive.hasFile("json/__init__.py"));
  assert(archive.hasDirectory("importlib"));
});

Deno.test("zip: a lazy archive reads its directory and entries from the file", () => {
  const directory = Deno.makeTempDirSync();
  try {
    const path = `${directory}/lazy.zip`;
    const entries = [
      { name: "a.py", data: "A = 1\n", method: 0 as const },
      { name: "pkg/b.py", data: "B = 'two' * 20\n", method: 8 as const },
    ];
    Deno.writeFileSync(path, buildZip(entries));
    const lazy = new ZipArchive(path, true);
    const eager = new ZipArchive(path);
    assertEquals(lazy.fileNames(), eager.fileNames());
    assert(lazy.hasDirectory("pkg"));
    for (const { name, data } of entries) {
      assertEquals(new TextDecoder().decode(lazy.read(name)), data);
    }
    assertEquals(lazy.read("missing.py"), undefined);
    // Rewritten in place with other content: the lazy archive reads the file as it is now.
    Deno.writeFileSync(path, buildZip([{ name: "a.py", data: "A = 3\n", method: 8 }]));
    assertEquals(new TextDecoder().decode(lazy.read("a.py")), "A = 3\n");
    assertEquals(lazy.read("pkg/b.py"), undefined);
    // Data in front of the archive (offsets not from the file's start): read whole, as
    // an eager archive does (which does not take such archives).
    const prefixed = `${directory}/prefixed.zip`;
    const zip = buildZip(entries);
    const withPrefix = new Uint8Array(zip.length + 5);
    withPrefix.set(zip, 5);
    Deno.writeFileSync(prefixed, withPrefix);
    const names = (archive: ZipArchive) => {
      try {
        return archive.fileNames();
      } catch (error) {
        return String(error);
      }
    };
    assertEquals(names(new ZipArchive(prefixed, true)), names(new ZipArchive(prefixed)));
    assertEquals(names(new ZipArchive(prefixed)), `Error: bad central directory in ${prefixed}`);
  } finally {
    Deno.removeSync(directory, { recursive: true });
  }
});
