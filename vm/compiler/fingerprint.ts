/**
 * Written by tools/compiler_fingerprint.ts: a hash of the compiler's sources,
 * which keys the compiled-code cache (vm/runtime/import/code_cache.ts).
 */
export const COMPILER_FINGERPRINT = "5237ad8beb1218396e18a2083cb5cfaf";
