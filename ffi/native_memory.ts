/**
 * Native memory for ctypes: blocks malloc'd through FFI, windows onto memory
 * at any address, and a scratch stack for the temporaries of one call.
 *
 * Every ctypes object's memory is C memory, never a JS heap buffer: V8 may
 * move or free a heap buffer while C code still holds a pointer into it.
 * A window is a DataView over an external ArrayBuffer
 * (`Deno.UnsafePointerView.getArrayBuffer`), so reads and writes are plain
 * typed-array accesses and the address never changes.
 *
 * Addresses are JS numbers: x86-64 Linux user space lies below 2**47, well
 * inside the safe-integer range. A value read from memory that is not a
 * valid address (say c_void_p(-1)) is an int like any other; only turning
 * it into a window requires it to be a real address.
 *
 * An owned block is freed by a FinalizationRegistry when its owner (the
 * ctypes object) is collected, which is never earlier than CPython frees it.
 *
 * Two things keep the per-object cost low (a `c_int()`, a pointer handed
 * to a callback): small blocks come from slabs, 64 KiB malloc'd chunks cut
 * into slots of one size class and recycled through free lists, so making
 * one costs no FFI call; and windows onto foreign addresses are carved out
 * of cached 1 MiB region views, so reading `p[i]` creates no pointer object
 * and no ArrayBuffer. A region view is only ever read where the program
 * asked to read, exactly as C would.
 */
import { libc } from "./native_libc.ts";

/** Native memory: its address and a DataView over it (bytes made on demand). */
export class Block {
  private byteView: Uint8Array | null = null;
  constructor(readonly address: number, readonly view: DataView) {}

  get bytes(): Uint8Array {
    const view = this.view;
    return this.byteView ??= new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
  }
}

const EMPTY_VIEW = new DataView(new ArrayBuffer(0));
const EMPTY_BYTES = new Uint8Array(0);

/** A slab slot to recycle, or the address of a malloc'd block to free. */
type Release = SlabSlot | number;

const released = new FinalizationRegistry<Release>((held) => {
  if (typeof held === "number") libc().free(BigInt(held));
  else held.sizeClass.free.push(held);
});

export function pointerObject(address: number | bigint): Deno.PointerValue {
  return Deno.UnsafePointer.create(BigInt(address));
}

const REGION_BITS = 20;
const REGION_SIZE = 1 << REGION_BITS;
const regions = new Map<number, ArrayBuffer>();

/** The cached view of the 1 MiB region holding `address`. */
function regionBuffer(region: number): ArrayBuffer {
  let buffer = regions.get(region);
  if (buffer === undefined) {
    if (regions.size >= 256) regions.clear();
    buffer = Deno.UnsafePointerView.getArrayBuffer(
      pointerObject(region * REGION_SIZE)!,
      REGION_SIZE,
    );
    regions.set(region, buffer);
  }
  return buffer;
}

/** An ArrayBuffer and offset at which `size` bytes at `address` can be viewed. */
function locate(address: number, size: number): [ArrayBuffer, number] {
  const region = Math.floor(address / REGION_SIZE);
  const offset = address - region * REGION_SIZE;
  if (region > 0 && offset + size <= REGION_SIZE) return [regionBuffer(region), offset];
  return [Deno.UnsafePointerView.getArrayBuffer(pointerObject(address)!, size), 0];
}

const regionViews = new Map<number, DataView>();

/** Where the last `locateView` found its address in the view it returned. */
export let locatedOffset = 0;

/**
 * A DataView containing `size` bytes at `address`, which sit at
 * `locatedOffset` in it: a cached region view when possible, so reading a
 * pointer's target allocates nothing.
 */
export function locateView(address: number, size: number): DataView {
  const region = Math.floor(address / REGION_SIZE);
  const offset = address - region * REGION_SIZE;
  if (region > 0 && offset + size <= REGION_SIZE) {
    let view = regionViews.get(region);
    if (view === undefined || view.buffer !== regions.get(region)) {
      view = new DataView(regionBuffer(region));
      if (regionViews.size >= 256) regionViews.clear();
      regionViews.set(region, view);
    }
    locatedOffset = offset;
    return view;
  }
  locatedOffset = 0;
  return windowAt(address, size);
}

/** A DataView over `size` bytes of native memory at `address`. */
export function windowAt(address: number, size: number): DataView {
  if (size <= 0) return EMPTY_VIEW;
  const [buffer, offset] = locate(address, size);
  return new DataView(buffer, offset, size);
}

/** The bytes at `address` (a live view, not a copy). */
export function bytesAt(address: number, size: number): Uint8Array {
  if (size <= 0) return EMPTY_BYTES;
  const [buffer, offset] = locate(address, size);
  return new Uint8Array(buffer, offset, size);
}

interface SizeClass {
  readonly size: number;
  readonly free: SlabSlot[];
}

interface SlabSlot {
  readonly sizeClass: SizeClass;
  readonly address: number;
  /** The whole slab's bytes, shared by its slots. */
  readonly slab: Uint8Array;
  readonly offset: number;
}

const SLAB_BYTES = 1 << 16;
const SIZE_CLASSES: SizeClass[] = [16, 32, 64, 128, 256].map((size) => ({ size, free: [] }));

function sizeClassFor(size: number): SizeClass | undefined {
  for (const sizeClass of SIZE_CLASSES) if (size <= sizeClass.size) return sizeClass;
  return undefined;
}

/** Cut a fresh slab (never returned to malloc) into slots of `sizeClass`. */
function refill(sizeClass: SizeClass): void {
  const raw = libc().malloc(BigInt(SLAB_BYTES));
  if (raw === 0n) throw new RangeError("out of native memory");
  const address = Number(raw);
  const slab = new Uint8Array(
    Deno.UnsafePointerView.getArrayBuffer(pointerObject(address)!, SLAB_BYTES),
  );
  for (let offset = SLAB_BYTES - sizeClass.size; offset >= 0; offset -= sizeClass.size) {
    sizeClass.free.push({ sizeClass, address: address + offset, slab, offset });
  }
}

/** Zeroed memory of `size` bytes (at least one, so every object has an address). */
export function allocateZeroed(size: number): Block {
  const raw = libc().calloc(1n, BigInt(Math.max(size, 1)));
  if (raw === 0n) throw new RangeError("out of native memory");
  const address = Number(raw);
  const buffer = Deno.UnsafePointerView.getArrayBuffer(pointerObject(address)!, Math.max(size, 1));
  return new Block(address, new DataView(buffer, 0, size));
}

/** Free `block` when `owner` is collected. */
export function freeWith(owner: object, block: Block): void {
  released.register(owner, block.address);
}

/** An allocation owned by `owner`: zeroed, freed when the owner is collected. */
export function allocateFor(owner: object, size: number): Block {
  const sizeClass = sizeClassFor(size);
  if (sizeClass === undefined) {
    const block = allocateZeroed(size);
    freeWith(owner, block);
    return block;
  }
  if (sizeClass.free.length === 0) refill(sizeClass);
  const slot = sizeClass.free.pop()!;
  const { slab, offset } = slot;
  slab.fill(0, offset, offset + sizeClass.size);
  released.register(owner, slot);
  return new Block(slot.address, new DataView(slab.buffer, offset, size));
}

/** strlen at `address`. */
export function cStringLength(address: number): number {
  return Number(libc().strlen(BigInt(address)));
}

/** wcslen at `address` (in wchar_t units). */
export function wideStringLength(address: number): number {
  return Number(libc().wcslen(BigInt(address)));
}

/** memmove between two native addresses. */
export function moveMemory(destination: number, source: number, size: number): void {
  libc().memmove(BigInt(destination), BigInt(source), BigInt(size));
}

/** memset at a native address. */
export function fillMemory(destination: number, byte: number, size: number): void {
  libc().memset(BigInt(destination), byte, BigInt(size));
}

/** A copy of `bytes` followed by `terminator` zero bytes, in memory owned by `owner`. */
export function nativeCopy(owner: object, bytes: Uint8Array, terminator = 1): Block {
  const block = allocateFor(owner, bytes.length + terminator);
  block.bytes.set(bytes);
  return block;
}

/**
 * Scratch memory for the temporaries of a foreign call (a bytes argument's
 * NUL-terminated copy, an int passed by reference): bump-allocated and
 * released as a stack, since callbacks may make calls of their own.
 */
class ScratchStack {
  private block: Block | null = null;
  private top = 0;
  /** Temporaries too large for the block, with the mark they were taken at. */
  private readonly oversized: { mark: number; address: number }[] = [];

  mark(): number {
    return this.top;
  }

  release(mark: number): void {
    this.top = mark;
    const list = this.oversized;
    while (list.length > 0 && list[list.length - 1].mark >= mark) {
      libc().free(BigInt(list.pop()!.address));
    }
  }

  /** `size` zeroed bytes, 16-aligned; the block never moves while marks are held. */
  take(size: number): Block {
    const aligned = (size + 15) & ~15;
    if (this.block === null || this.top + aligned > this.block.bytes.length) {
      if (this.top > 0 || aligned > 1 << 20) {
        const own = allocateZeroed(size);
        this.oversized.push({ mark: this.top, address: own.address });
        return own;
      }
      if (this.block !== null) libc().free(BigInt(this.block.address));
      this.block = allocateZeroed(Math.max(65536, aligned * 2));
    }
    const start = this.top;
    this.top += aligned;
    const { address, view } = this.block;
    const block = new Block(address + start, new DataView(view.buffer, start, size));
    block.bytes.fill(0);
    return block;
  }
}

export const scratch = new ScratchStack();
