/**
 * Compiling through the code cache (code_cache.ts): the code of a source read
 * back when an entry has it, else compiled and, if `mayStore` agrees, stored.
 * Imported modules, site's set-up code and the main program come this way.
 */
import type { CodeObject } from "../../compiler/code.ts";
import { compileSource } from "../compile_source.ts";
import { type CachedSource, loadCachedCode, storeCachedCode } from "./code_cache.ts";

/** A source for the cache: what identifies it, and its bytes (read on demand). */
export interface CompilableSource {
  cached: CachedSource;
  bytes(): Uint8Array;
  /**
   * The source as a str, compiled instead of the bytes when given: `-c`'s
   * command, which CPython compiles as UTF-8 text (PyCF_IGNORE_COOKIE: no
   * coding cookie, character offsets in its errors).
   */
  text?: string;
}

export function compileWithCache(
  source: CompilableSource,
  path: string,
  optimize: number,
  mayStore: () => boolean,
): CodeObject {
  const cached = loadCachedCode(source.cached, path, optimize);
  if (cached.code !== null) return cached.code;
  const code = compileSource(source.text ?? source.bytes(), path, "exec", optimize);
  if (cached.key !== null && mayStore()) storeCachedCode(cached.key, code);
  return code;
}
