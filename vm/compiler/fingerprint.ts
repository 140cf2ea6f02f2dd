/**
 * Written by tools/compiler_fingerprint.ts: a hash of the compiler's sources,
 * which keys the compiled-code cache (vm/runtime/import/code_cache.ts).
 */
export const COMPILER_FINGERPRINT = "b42a6f302acc355a7129260767370fd6";
