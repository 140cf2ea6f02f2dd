/**
 * The integer constants of the `mmap` module on Linux (<sys/mman.h> and
 * the module's own access modes), in CPython 3.11's order. PAGESIZE and
 * ALLOCATIONGRANULARITY are read from sysconf at import (mmap.ts).
 */
export const MMAP_CONSTANTS = [
  ["PROT_EXEC", 4],
  ["PROT_READ", 1],
  ["PROT_WRITE", 2],
  ["MAP_SHARED", 1],
  ["MAP_PRIVATE", 2],
  ["MAP_DENYWRITE", 2048],
  ["MAP_EXECUTABLE", 4096],
  ["MAP_ANON", 32],
  ["MAP_ANONYMOUS", 32],
  ["MAP_POPULATE", 32768],
  ["MAP_STACK", 131072],
  ["ACCESS_DEFAULT", 0],
  ["ACCESS_READ", 1],
  ["ACCESS_WRITE", 2],
  ["ACCESS_COPY", 3],
  ["MADV_NORMAL", 0],
  ["MADV_RANDOM", 1],
  ["MADV_SEQUENTIAL", 2],
  ["MADV_WILLNEED", 3],
  ["MADV_DONTNEED", 4],
  ["MADV_REMOVE", 9],
  ["MADV_DONTFORK", 10],
  ["MADV_DOFORK", 11],
  ["MADV_HWPOISON", 100],
  ["MADV_MERGEABLE", 12],
  ["MADV_UNMERGEABLE", 13],
  ["MADV_HUGEPAGE", 14],
  ["MADV_NOHUGEPAGE", 15],
  ["MADV_DONTDUMP", 16],
  ["MADV_DODUMP", 17],
  ["MADV_FREE", 8],
] as const;

type ConstantName = typeof MMAP_CONSTANTS[number][0];
const byName = new Map<string, number>(MMAP_CONSTANTS);

/** The value of one of the constants above. */
export function mmapConstant(name: ConstantName): number {
  return byName.get(name)!;
}

/** The access modes, indexed by value (the repr names them). */
export const ACCESS_NAMES = [
  "ACCESS_DEFAULT",
  "ACCESS_READ",
  "ACCESS_WRITE",
  "ACCESS_COPY",
] as const;
