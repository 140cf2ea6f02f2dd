/**
 * Written by tools/compiler_fingerprint.ts: a hash of the compiler's sources,
 * which keys the compiled-code cache (vm/runtime/import/code_cache.ts).
 */
export const COMPILER_FINGERPRINT = "5f660e2064c00da92afe0f6d38000e9e";
