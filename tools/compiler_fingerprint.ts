/**
 * The compiler's fingerprint: the SHA-256 of every source file that decides
 * what a compiled code object looks like (vm/compiler/ and the code cache's
 * format). The compiled-code cache keys its entries by it, so that no entry
 * outlives the compiler that wrote it. tests/compiler/fingerprint_test.ts
 * fails when the recorded fingerprint is stale; then run
 *   ./tools/deno run -A tools/compiler_fingerprint.ts --write
 */
import { sha256Hex } from "../vm/runtime/import/sha256.ts";

const root = new URL("../", import.meta.url).pathname;
const OUTPUT = "vm/compiler/fingerprint.ts";

function* sourceFiles(dir: string): Generator<string> {
  for (const entry of Deno.readDirSync(`${root}${dir}`)) {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory) yield* sourceFiles(path);
    else if (entry.name.endsWith(".ts") && !entry.name.endsWith("_test.ts") && path !== OUTPUT) {
      yield path;
    }
  }
}

export function computeFingerprint(): string {
  const files = [
    ...sourceFiles("vm/compiler"),
    "vm/runtime/import/code_cache.ts",
    "vm/runtime/import/code_cache_format.ts",
  ].sort();
  const text = files.map((path) => `${path}\n${Deno.readTextFileSync(`${root}${path}`)}`).join(
    "\n",
  );
  return sha256Hex(text).slice(0, 32);
}

export function fingerprintModule(fingerprint: string): string {
  return `/**
 * Written by tools/compiler_fingerprint.ts: a hash of the compiler's sources,
 * which keys the compiled-code cache (vm/runtime/import/code_cache.ts).
 */
export const COMPILER_FINGERPRINT = "${fingerprint}";
`;
}

if (import.meta.main) {
  const text = fingerprintModule(computeFingerprint());
  if (Deno.args.includes("--write")) Deno.writeTextFileSync(`${root}${OUTPUT}`, text);
  else console.log(text);
}
