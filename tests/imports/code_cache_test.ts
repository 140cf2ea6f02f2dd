/**
 * The compiled-code cache (vm/runtime/import/code_cache.ts): entries round-trip
 * every kind of constant, and stale or corrupt entries are never trusted.
 */
import { assertEquals } from "../assert.ts";
import { loadCachedCode, storeCachedCode } from "../../vm/runtime/import/code_cache.ts";
import { compileSource } from "../../vm/runtime/compile_source.ts";
import type { CodeObject } from "../../vm/compiler/code.ts";
import { entryDirectory, sweepCodeCache } from "../../vm/runtime/import/cache_prune.ts";
import { COMPILER_FINGERPRINT } from "../../vm/compiler/fingerprint.ts";
import "../../vm/runtime/bootstrap.ts";

// wide(): a line of 300 constants and names, so that instruction arguments and
// columns need 16 and 32 bits.
const SOURCE = new TextEncoder().encode(`
def f(a, b=2, *args, c, **kw):
    x = [1, 2.5, -0.0, 1e400, 3j, b"by", "\\U0001f600", "\\udc80x", ..., None, True, 2**80]
    return x, a in {1, 2}, (1, (2, "t"))
class C:
    async def g(self):
        try:
            return [i async for i in self]
        except* ValueError:
            pass
def wide():
    return [${Array.from({ length: 300 }, (_, i) => `${i * 1000} + n${i}`).join(", ")}]
`);

function shape(code: CodeObject): string {
  return JSON.stringify(code, function (this: CodeObject, key, value) {
    if (key === "cls") return value.name; // the constant's Python class
    if (key === "positionWords") return Array.from(this.positions); // decoded on first use
    if (key === "runtime" || key === "jsText" || key === "hashValue") return undefined; // caches
    if (typeof value === "bigint") return `${value}n`;
    if (ArrayBuffer.isView(value)) return Array.from(value as Int32Array);
    if (typeof value === "number" && !Number.isFinite(value)) return String(value);
    if (typeof value === "number" && Object.is(value, -0)) return "-0";
    return value;
  });
}

function withCacheDirectory(test: (directory: string) => void): void {
  const directory = Deno.makeTempDirSync();
  const previous = Deno.env.get("TAIPAN_CACHE_DIR");
  Deno.env.set("TAIPAN_CACHE_DIR", directory);
  try {
    test(directory);
  } finally {
    if (previous === undefined) Deno.env.delete("TAIPAN_CACHE_DIR");
    else Deno.env.set("TAIPAN_CACHE_DIR", previous);
    Deno.removeSync(directory, { recursive: true });
  }
}

Deno.test("code cache: an entry gives back the same code object", () => {
  withCacheDirectory(() => {
    const code = compileSource(SOURCE, "/x/m.py", "exec", 0);
    const first = loadCachedCode(SOURCE, "/x/m.py", 0);
    assertEquals(first.code, null, "empty cache");
    storeCachedCode(first.key!, code);
    const second = loadCachedCode(SOURCE, "/x/m.py", 0);
    assertEquals(second.code === null, false, "entry found");
    assertEquals(shape(second.code!), shape(code));
  });
});

Deno.test("code cache: another filename, optimize level or source misses", () => {
  withCacheDirectory(() => {
    const code = compileSource(SOURCE, "/x/m.py", "exec", 0);
    storeCachedCode(loadCachedCode(SOURCE, "/x/m.py", 0).key!, code);
    assertEquals(loadCachedCode(SOURCE, "/x/other.py", 0).code, null);
    assertEquals(loadCachedCode(SOURCE, "/x/m.py", 1).code, null);
    const changed = SOURCE.slice();
    changed[changed.length - 2] = 0x20;
    assertEquals(loadCachedCode(changed, "/x/m.py", 0).code, null);
  });
});

Deno.test("code cache: corrupt or truncated entries are ignored", () => {
  withCacheDirectory(() => {
    const code = compileSource(SOURCE, "/x/m.py", "exec", 0);
    const { key } = loadCachedCode(SOURCE, "/x/m.py", 0);
    storeCachedCode(key!, code);
    const bytes = Deno.readFileSync(key!.path);
    for (const offset of [bytes.length - 20, bytes.length >> 1, bytes.indexOf(0x0a) + 8]) {
      const flipped = bytes.slice();
      flipped[offset] ^= 0x10;
      Deno.writeFileSync(key!.path, flipped);
      assertEquals(loadCachedCode(SOURCE, "/x/m.py", 0).code, null, `flipped byte ${offset}`);
    }
    Deno.writeFileSync(key!.path, bytes.slice(0, bytes.length / 2));
    assertEquals(loadCachedCode(SOURCE, "/x/m.py", 0).code, null, "truncated");
    Deno.writeFileSync(key!.path, bytes.slice(0, -4));
    assertEquals(loadCachedCode(SOURCE, "/x/m.py", 0).code, null, "last word missing");
    Deno.writeTextFileSync(key!.path, "garbage");
    assertEquals(loadCachedCode(SOURCE, "/x/m.py", 0).code, null, "garbage");
    storeCachedCode(key!, code);
    assertEquals(loadCachedCode(SOURCE, "/x/m.py", 0).code === null, false, "rewritten");
  });
});

Deno.test("code cache: entries live under the compiler's fingerprint", () => {
  withCacheDirectory((directory) => {
    const code = compileSource(SOURCE, "/x/m.py", "exec", 0);
    const { key } = loadCachedCode(SOURCE, "/x/m.py", 0);
    storeCachedCode(key!, code);
    assertEquals(key!.path.startsWith(`${entryDirectory(directory)}/`), true, key!.path);
    assertEquals(entryDirectory(directory), `${directory}/code/${COMPILER_FINGERPRINT}`);
  });
});

Deno.test("code cache: other fingerprints' unused entries and the flat layout are swept", () => {
  withCacheDirectory((directory) => {
    const code = `${directory}/code`;
    const days = (n: number) => new Date(Date.now() - n * 24 * 60 * 60 * 1000);
    for (const name of ["old", "recent", COMPILER_FINGERPRINT]) {
      Deno.mkdirSync(`${code}/${name}`, { recursive: true });
      Deno.writeTextFileSync(`${code}/${name}/e.code`, "x");
    }
    Deno.writeTextFileSync(`${code}/flat.code`, "x");
    Deno.utimeSync(`${code}/old`, days(30), days(30));
    Deno.utimeSync(`${code}/recent`, days(3), days(3));
    Deno.utimeSync(`${code}/${COMPILER_FINGERPRINT}`, days(60), days(60));
    const names = () => [...Deno.readDirSync(code)].map((e) => e.name).sort();
    assertEquals(sweepCodeCache(code, COMPILER_FINGERPRINT, Date.now()), 2);
    assertEquals(names(), [".pruned", COMPILER_FINGERPRINT, "recent"].sort());
    // The stamp holds the next sweep off for a day.
    Deno.utimeSync(`${code}/recent`, days(30), days(30));
    assertEquals(sweepCodeCache(code, COMPILER_FINGERPRINT, Date.now()), 0);
    assertEquals(sweepCodeCache(code, COMPILER_FINGERPRINT, Date.now() + 25 * 60 * 60 * 1000), 1);
    assertEquals(names(), [".pruned", COMPILER_FINGERPRINT].sort());
  });
});
