/**
 * Run from the single binary (tools/binary/launcher.c): the launcher names
 * the directory it extracted the runtime to, where the standard-library zip
 * sits, and the cache directory it chose, which the compiled-code cache uses
 * when the environment names none (HOME unset). The variables it added are
 * removed, so that the program's os.environ is the one the user gave.
 */
import { setFallbackCacheDirectory } from "../vm/runtime/import/code_cache.ts";
import { setEmbeddedStdlib } from "../vm/runtime/import/search_path.ts";

export function useEmbeddedRuntime(): void {
  const directory = Deno.env.get("TAIPAN_EMBEDDED");
  const cache = Deno.env.get("TAIPAN_EMBEDDED_CACHE");
  const added = Deno.env.get("TAIPAN_EMBEDDED_ADDED");
  for (const name of ["TAIPAN_EMBEDDED", "TAIPAN_EMBEDDED_CACHE", "TAIPAN_EMBEDDED_ADDED"]) {
    Deno.env.delete(name);
  }
  for (const name of added ? added.split(",") : []) Deno.env.delete(name);
  if (directory) setEmbeddedStdlib(`${directory}/python_stdlib.zip`);
  if (cache) setFallbackCacheDirectory(cache);
}
