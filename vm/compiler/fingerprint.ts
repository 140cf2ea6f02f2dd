/**
 * Written by tools/compiler_fingerprint.ts: a hash of the compiler's sources,
 * which keys the compiled-code cache (vm/runtime/import/code_cache.ts).
 */
export const COMPILER_FINGERPRINT = "0852f504ab8e9ae3e5a3f9e46a6eabdb";
