/**
 * Memory maps for the `mmap` module, over libc's mmap(2), munmap(2),
 * msync(2) and madvise(2) through Deno FFI, and the rule that keeps a
 * Python program from crashing the process through them:
 *
 *   the address range of a mapping is never unmapped while a JS view of it
 *   may still be alive.
 *
 * Python code reads and writes a map through a Uint8Array over an external
 * ArrayBuffer at the mapping's address, and the buffer protocol hands that
 * array (or a subarray) to memoryview, re, struct, ctypes' from_buffer.
 * CPython forbids closing or resizing a map while buffers are exported, but
 * Taipan only approximates export counts (vm/objects/memoryview_exports.ts:
 * a view held inside a container, or an iterator on the value stack, is not
 * seen), so after close() or resize() a forgotten array may still point at
 * the old range. If that range were unmapped, touching the array would be a
 * SIGSEGV — or, for a file truncated meanwhile, a SIGBUS.
 *
 * So a mapping is retired instead of unmapped whenever its memory was ever
 * handed out: MAP_FIXED puts fresh anonymous zero pages over the same
 * range (this drops the file pages and the memory at once; the range is
 * ours, so nothing else can be clobbered), and the range is unmapped when
 * the ArrayBuffer is garbage collected (a FinalizationRegistry). A mapping
 * whose memory never left this module is unmapped at once. A stale view thus
 * reads zeros, as a dangling pointer in C could read anything.
 *
 * For the same reason resize() does not mremap(2) in place: it maps a new
 * range of the new size (the same file pages for a shared file map; a copy
 * of the contents that fit for private and anonymous maps) and retires the
 * old one. One consequence differs from CPython: growing a shared anonymous
 * map gives a new region, no longer shared with processes forked before
 * (CPython's mremap keeps the sharing, and touching the grown part of it
 * raises SIGBUS there).
 */
import { libraryCandidates, SystemLibrary } from "../ffi/system_library.ts";
import { errno } from "./libc.ts";
import { osErrorFor } from "./posix_errors.ts";

export const libc = new SystemLibrary(
  "libc.so.6",
  libraryCandidates("libc.so.6"),
  {
    mmap: { parameters: ["usize", "usize", "i32", "i32", "i32", "i64"], result: "usize" },
    munmap: { parameters: ["usize", "usize"], result: "i32" },
    msync: { parameters: ["usize", "usize", "i32"], result: "i32" },
    madvise: { parameters: ["usize", "usize", "i32"], result: "i32" },
    ftruncate: { parameters: ["i32", "i64"], result: "i32" },
    fstat: { parameters: ["i32", "buffer"], result: "i32" },
    fcntl: { parameters: ["i32", "i32", "i32"], result: "i32" },
    close: { parameters: ["i32"], result: "i32" },
    sysconf: { parameters: ["i32"], result: "i64" },
  } as const,
);

const MAP_FAILED = 0xffffffffffffffffn;
const PROT_READ_WRITE = 3;
/** MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED | MAP_NORESERVE: the pages a retired range gets. */
const RETIRED_FLAGS = 0x02 | 0x20 | 0x10 | 0x4000;
const MS_SYNC = 4;
const SC_PAGESIZE = 30;
const F_DUPFD_CLOEXEC = 1030;
const S_IFMT = 0o170000;
const S_IFREG = 0o100000;

/** The kernel's page size (also mmap's ALLOCATIONGRANULARITY on Linux). */
export function pageSize(): number {
  return Number(libc.fn("sysconf")(SC_PAGESIZE));
}

/** A libc call's -1 as the OSError for errno. */
function check(result: number): number {
  if (result === -1) throw osErrorFor(errno());
  return result;
}

/** What the registry needs to unmap a range once its array is collected. */
interface Range {
  readonly address: bigint;
  readonly size: bigint;
  unmapped: boolean;
}

const collected = new FinalizationRegistry<Range>((range) => {
  if (!range.unmapped) libc.fn("munmap")(range.address, range.size);
});

/** One mmap(2) of `size` bytes, viewed as `bytes` until it is retired. */
export class Mapping {
  readonly bytes: Uint8Array<ArrayBuffer>;
  private exported = false;
  private readonly range: Range;

  private constructor(address: bigint, readonly size: number) {
    const pointer = Deno.UnsafePointer.create(address)!;
    this.bytes = new Uint8Array(Deno.UnsafePointerView.getArrayBuffer(pointer, size));
    this.range = { address, size: BigInt(size), unmapped: false };
    collected.register(this.bytes.buffer, this.range, this.range);
  }

  /** mmap(NULL, size, prot, flags, fd, offset); OSError from errno on failure. */
  static map(
    size: number | bigint,
    prot: number,
    flags: number,
    fd: number,
    offset: number,
  ): Mapping {
    const result = BigInt(libc.fn("mmap")(0n, BigInt(size), prot, flags, fd, BigInt(offset)));
    if (result === MAP_FAILED) throw osErrorFor(errno());
    return new Mapping(result, Number(size));
  }

  /** The address of byte `at`. */
  private at(offset: number): bigint {
    return this.range.address + BigInt(offset);
  }

  /** The memory, for a holder that may keep it (a buffer export). */
  export(): Uint8Array<ArrayBuffer> {
    this.exported = true;
    return this.bytes;
  }

  /** msync(MS_SYNC) of [start, start + length). */
  sync(start: number, length: number): void {
    check(libc.fn("msync")(this.at(start), BigInt(length), MS_SYNC));
  }

  /** madvise of [start, start + length). */
  advise(start: number, length: number, advice: number): void {
    check(libc.fn("madvise")(this.at(start), BigInt(length), advice));
  }

  /** Give the range up: unmapped now if never exported, else zero pages until collected. */
  retire(): void {
    const { address, size } = this.range;
    if (!this.exported) {
      libc.fn("munmap")(address, size);
      this.range.unmapped = true;
      collected.unregister(this.range);
      return;
    }
    // Should the kernel refuse (it has no reason to), the old mapping stays until collected.
    libc.fn("mmap")(address, size, PROT_READ_WRITE, RETIRED_FLAGS, -1, 0n);
  }
}

/** fstat(2)'s mode and size, or undefined when it fails (CPython's _Py_fstat_noraise). */
export function fileStatus(fd: number): { regular: boolean; size: number } | undefined {
  const buffer = new Uint8Array(256);
  if (libc.fn("fstat")(fd, buffer) !== 0) return undefined;
  const view = new DataView(buffer.buffer);
  const mode = view.getUint32(Deno.build.arch === "x86_64" ? 24 : 16, true);
  return { regular: (mode & S_IFMT) === S_IFREG, size: Number(view.getBigInt64(48, true)) };
}

/** The size fstat(2) reports, or the OSError for errno. */
export function fileSize(fd: number): number {
  const status = fileStatus(fd);
  if (status === undefined) throw osErrorFor(errno());
  return status.size;
}

/** A non-inheritable duplicate of `fd` (CPython's _Py_dup). */
export function duplicate(fd: number): number {
  return check(libc.fn("fcntl")(fd, F_DUPFD_CLOEXEC, 0));
}

export function truncate(fd: number, length: bigint): void {
  check(libc.fn("ftruncate")(fd, length));
}

export function closeDescriptor(fd: number): void {
  libc.fn("close")(fd);
}
