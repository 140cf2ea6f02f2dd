/**
 * Written by tools/compiler_fingerprint.ts: a hash of the compiler's sources,
 * which keys the compiled-code cache (vm/runtime/import/code_cache.ts).
 */
export const COMPILER_FINGERPRINT = "2808d6f09b540825db4873fc37201fd9";
