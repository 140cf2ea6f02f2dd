/**
 * Native memory for ctypes: the memory of ctypes objects, windows onto
 * memory at any address, and a scratch stack for the temporaries of a call.
 *
 * Every ctypes object's memory must keep its address while C may hold a
 * pointer into it, so it is never a typed array on the moving JS heap. It
 * is the backing store of an ArrayBuffer: V8 allocates those outside its
 * heap and never moves them, and frees one only when nothing references
 * the buffer — here, when the last DataView over it (the ctypes objects
 * sharing it) is gone, which is never earlier than CPython frees the
 * memory. Objects of up to 256 bytes are carved from shared 8 KiB buffers
 * (a bump allocator: a chunk is freed when all its objects are), larger
 * ones get a buffer each. The address comes from `Deno.UnsafePointer.of`,
 * once per buffer.
 *
 * Why not malloc with a FinalizationRegistry calling free: the registry's
 * callbacks run between event-loop tasks, and a Python program is one long
 * task, so a loop making ctypes objects would never get memory back (a
 * million `c_int()` grew the process by 160 MB). V8 accounts ArrayBuffer
 * memory and collects it during the loop.
 *
 * Memory that must outlive every JS reference (the scratch stack, the
 * private addresses of _ctypes' internal functions) is malloc'd.
 *
 * A window is a DataView over an external ArrayBuffer
 * (`Deno.UnsafePointerView.getArrayBuffer`) onto memory ctypes does not
 * own; windows are carved out of cached 1 MiB region views, so reading
 * `p[i]` creates no pointer object and no ArrayBuffer. A region view is
 * only ever read where the program asked to read, exactly as C would.
 *
 * Addresses are JS numbers: x86-64 Linux user space lies below 2**47, well
 * inside the safe-integer range. A value read from memory that is not a
 * valid address (say c_void_p(-1)) is an int like any other; only turning
 * it into a window requires it to be a real address.
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
let lastRegion = -1;
let lastRegionView: DataView = EMPTY_VIEW;

/** Where the last `locateView` found its address in the view it returned. */
export let locatedOffset = 0;

/** `locatedOffset`, for generated code (which cannot import a live binding). */
export function locatedAt(): number {
  return locatedOffset;
}

/**
 * A DataView containing `size` bytes at `address`, which sit at
 * `locatedOffset` in it: a cached region view when possible, so reading a
 * pointer's target allocates nothing.
 */
export function locateView(address: number, size: number): DataView {
  const region = Math.floor(address / REGION_SIZE);
  const offset = address - region * REGION_SIZE;
  // The region of the last call first, in a function small enough to
  // inline: a callback's pointer arguments, a pointer walked in a loop,
  // all land in one region.
  if (region === lastRegion && offset + size <= REGION_SIZE) {
    locatedOffset = offset;
    return lastRegionView;
  }
  return locateElsewhere(address, size, region, offset);
}

function locateElsewhere(address: number, size: number, region: number, offset: number) {
  if (region > 0 && offset + size <= REGION_SIZE) {
    let view = regionViews.get(region);
    if (view === undefined || view.buffer !== regions.get(region)) {
      view = new DataView(regionBuffer(region));
      if (regionViews.size >= 256) regionViews.clear();
      regionViews.set(region, view);
    }
    lastRegion = region;
    lastRegionView = view;
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

/** Zeroed memory of `size` bytes (at least one, so every object has an address). */
export function allocateZeroed(size: number): Block {
  const raw = libc().calloc(1n, BigInt(Math.max(size, 1)));
  if (raw === 0n) throw new RangeError("out of native memory");
  const address = Number(raw);
  const buffer = Deno.UnsafePointerView.getArrayBuffer(pointerObject(address)!, Math.max(size, 1));
  return new Block(address, new DataView(buffer, 0, size));
}

const CHUNK_BYTES = 8192;
const SMALL_BYTES = 256;
let chunk = new ArrayBuffer(0);
let chunkAddress = 0;
let chunkTop = CHUNK_BYTES;

function bufferAddress(buffer: ArrayBuffer): number {
  return Number(Deno.UnsafePointer.value(Deno.UnsafePointer.of(buffer)));
}

let chunkView = new DataView(chunk);

const bufferAddresses = new WeakMap<ArrayBuffer, number>();

/**
 * The address of the first of `bytes` (a view of a JS ArrayBuffer, which
 * V8 never moves: here every backing store lives outside the JS heap), its
 * buffer's address looked up once.
 */
export function addressOfBytes(bytes: Uint8Array): number {
  const buffer = bytes.buffer as ArrayBuffer;
  let base = bufferAddresses.get(buffer);
  if (base === undefined) {
    base = bufferAddress(buffer);
    bufferAddresses.set(buffer, base);
  }
  return base + bytes.byteOffset;
}

/**
 * Zeroed memory of `size` bytes at a fixed address, alive as long as the
 * block's view (or any other view of its buffer) is reachable.
 */
export function allocateManaged(size: number): Block {
  const address = allocateRegion(size);
  const region = allocatedRegion;
  return new Block(address, new DataView(region.buffer, region.byteOffset + allocatedOffset, size));
}

/** The view holding the memory allocateRegion gave last, and the memory's offset in it. */
export let allocatedRegion: DataView = chunkView;
export let allocatedOffset = 0;

/**
 * allocateManaged without a view of its own (a DataView costs about 45 ns):
 * the address of zeroed memory of `size` bytes, which lies at
 * `allocatedOffset` in `allocatedRegion` (a view of its whole buffer,
 * shared with other small blocks), alive as long as that buffer is.
 */
export function allocateRegion(size: number): number {
  const aligned = Math.max(16, (size + 15) & ~15);
  if (aligned > SMALL_BYTES) {
    const buffer = new ArrayBuffer(aligned);
    allocatedRegion = new DataView(buffer);
    allocatedOffset = 0;
    return bufferAddress(buffer);
  }
  if (chunkTop + aligned > CHUNK_BYTES) {
    chunk = new ArrayBuffer(CHUNK_BYTES);
    chunkView = new DataView(chunk);
    chunkAddress = bufferAddress(chunk);
    chunkTop = 0;
  }
  const offset = chunkTop;
  chunkTop += aligned;
  allocatedRegion = chunkView;
  allocatedOffset = offset;
  return chunkAddress + offset;
}

/** strlen at `address`. */
export function cStringLength(address: number): number {
  return Number(libc().strlen(BigInt(address)));
}

/** wcslen at `address` (in wchar_t units). */
export function wideStringLength(address: number): number {
  return Number(libc().wcslen(BigInt(address)));
}

/** A copy of `bytes` followed by `terminator` zero bytes (alive as long as the block). */
export function nativeCopy(bytes: Uint8Array, terminator = 1): Block {
  const block = allocateManaged(bytes.length + terminator);
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

  /** The address of a copy of `data` followed by `terminator` zero bytes. */
  copy(data: Uint8Array, terminator: number): number {
    const size = data.length + terminator;
    const aligned = (size + 15) & ~15;
    if (this.block === null || this.top + aligned > this.block.bytes.length) {
      const block = this.take(size);
      block.bytes.set(data);
      return block.address;
    }
    const start = this.top;
    this.top += aligned;
    const whole = this.block.bytes;
    whole.set(data, start);
    whole.fill(0, start + data.length, start + size);
    return this.block.address + start;
  }

  /** A NUL-terminated copy of `data` (as `copy`), as a view of its bytes and the NUL. */
  copyView(data: Uint8Array): Uint8Array {
    const size = data.length + 1;
    const aligned = (size + 15) & ~15;
    if (this.block === null || this.top + aligned > this.block.bytes.length) {
      const bytes = this.take(size).bytes;
      bytes.set(data);
      return bytes;
    }
    const start = this.top;
    this.top += aligned;
    const bytes = this.block.bytes.subarray(start, start + size);
    bytes.set(data);
    bytes[data.length] = 0;
    return bytes;
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
