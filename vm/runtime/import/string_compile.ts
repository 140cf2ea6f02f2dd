/**
 * compile(), exec() and eval() of source strings through the compiled-code
 * cache (code_cache.ts), the way imports use it.
 *
 * Why: a process's first compile of a string runs the parser and compiler
 * cold (V8 compiles their functions lazily at every start): 2.5-5 ms for
 * namedtuple's one-line `eval` that `import functools` (and so `re`, `enum`,
 * `json`...) makes, against ~0.5 ms for the next compile and ~0.2 ms to read
 * a cache entry back. Such strings are usually the same from run to run
 * (namedtuple's and dataclasses' generated methods), so reading them back
 * skips the cold parser.
 *
 * Bounds: unlike imports, a program may compile any number of distinct
 * strings (eval in a loop, generated expressions), and each lookup costs a
 * hash and a file read. So only the first LOOKUPS string compiles of a
 * process consult the cache (by then the parser is warm and the gain is
 * small), at most STORES entries are written per process, and only sources
 * of at most MAX_LENGTH code units (or bytes).
 *
 * Sameness: the key holds everything the code object depends on: the source
 * (a str as its UTF-8 bytes, only when it has no lone surrogate, which UTF-8
 * cannot hold; bytes as given, coding cookie and all), mode, flags (the
 * inherited future features included), optimize level, filename (through
 * code_cache.ts's key) and the compiler's fingerprint. Compiling also issues
 * warnings (SyntaxWarning, DeprecationWarning for invalid escapes): a
 * compile that issued any is not stored, so a cached source is one whose
 * compile issues none. Failed compiles raise as before and store nothing.
 */
import type { CodeObject } from "../../compiler/code.ts";
import {
  type CompileFlags,
  compileSource,
  optimizeLevel,
  type SourceMode,
  syntaxWarningCount,
} from "../compile_source.ts";
import { loadCachedCode, storeCachedCode } from "./code_cache.ts";
import { bytecodeWritable } from "./load_module.ts";
import { importSettings } from "./settings.ts";

const LOOKUPS = 64;
const STORES = 16;
const MAX_LENGTH = 4096;

let lookups = 0;
let stores = 0;

const encoder = new TextEncoder();

/** compileSource for compile()/exec()/eval(), read from and stored to the code cache within bounds. */
export function compileString(
  source: string | Uint8Array,
  filename: string,
  mode: SourceMode,
  optimize: number,
  flags: CompileFlags = 0,
): CodeObject {
  // -1: the interpreter's level (-O, -OO), as in CPython.
  const level = optimize < 0 ? importSettings.optimize : optimizeLevel(optimize);
  if (
    lookups >= LOOKUPS || source.length > MAX_LENGTH ||
    (typeof source === "string" && !source.isWellFormed())
  ) {
    return compileSource(source, filename, mode, level, flags);
  }
  lookups++;
  const cached = loadCachedCode(
    {
      kind: `${typeof source === "string" ? "str" : "bytes"} ${mode} ${flags}`,
      data: typeof source === "string" ? encoder.encode(source) : source,
    },
    filename,
    level,
  );
  if (cached.code !== null) return cached.code;
  const warnings = syntaxWarningCount();
  const code = compileSource(source, filename, mode, level, flags);
  if (
    cached.key !== null && stores < STORES && syntaxWarningCount() === warnings &&
    bytecodeWritable()
  ) {
    stores++;
    storeCachedCode(cached.key, code);
  }
  return code;
}
