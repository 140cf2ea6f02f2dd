/**
 * Storage for large array.array items that grows in place.
 *
 * WHY. A JS typed array cannot grow: a bigger one is allocated and the
 * items copied into it. For large arrays that is costly twice over: the
 * copy, and the fresh pages the kernel hands out zeroed on first touch
 * (page faults; most of the cost is system time). CPython's realloc of a
 * large block moves it with mremap, touching no page twice. 20
 * `frombytes` of 4 MB into one array (bench/programs/array_bulk.py) cost
 * ~0.13 s of CPU (0.04 user, 0.09 system) against CPython's 0.04 s: at
 * least-doubling capacity the table passes through 4, 8, 17, 34, 68 and
 * 136 MB, 131 MB copied and ~210 MB of fresh pages touched for 80 MB of
 * items.
 *
 * HOW. A WebAssembly.Memory grows in place: V8 reserves its address range
 * when it is made, and `grow` only makes more of it accessible, so the
 * items stay where they are and only the new pages are ever touched. Its
 * `buffer` is an ordinary (non-resizable) ArrayBuffer, so a typed array
 * over it has the ordinary elements kind: reads and writes cost what they
 * cost on any typed array, and code that sees both kinds stays monomorphic.
 * (A resizable ArrayBuffer also grows in place, but typed arrays over one
 * have elements kinds of their own: a loop over one ran 2.5x slower, and
 * code seeing both kinds 2x slower.) Each `grow` detaches the old buffer
 * and its views, so a resize must not leave anything viewing the old
 * items: PyArray's callers copy what they keep (see array_object.ts), and
 * memoryviews, the one long-lived view, forbid resizing while they live.
 *
 * LIMITS. Only arrays that reach GROWABLE_BYTES use a Memory (small arrays
 * copy little, and a Memory costs a reservation of address space: V8
 * reserves several GB per 32-bit memory for its bounds-check-free code).
 * At most MAX_LIVE of them are alive at a time (counted down by a
 * FinalizationRegistry); past that, and when V8 cannot make or grow one
 * (the address space is exhausted, a `ulimit -v`), the array grows by
 * copying as before. A Memory holds at most 4 GiB, the array's own limit.
 */
import type { ItemArray } from "./array_codes.ts";

/** Arrays whose capacity reaches this many bytes grow in a Memory. */
const GROWABLE_BYTES = 4 << 20;
/** Memory pages are 64 KiB; 65536 of them are 4 GiB. */
const PAGE_BYTES = 65536;
const MAX_PAGES = 65536;
/** Live Memories at most (each reserves address space). */
const MAX_LIVE = 32;

/** The Memory whose current buffer a typed array views. */
const memories = new WeakMap<ArrayBufferLike, WebAssembly.Memory>();
let live = 0;
const finished = new FinalizationRegistry<null>(() => live--);

type ItemArrayOf = new (buffer: ArrayBufferLike) => ItemArray;

/**
 * `items` grown to hold at least `capacity` items (the first `length`
 * kept) in place, when it is in a Memory or should now be; null when it
 * should be copied into a fresh typed array instead.
 */
export function growInPlace(items: ItemArray, length: number, capacity: number): ItemArray | null {
  const itemsize = items.BYTES_PER_ELEMENT;
  const bytes = capacity * itemsize;
  if (bytes < GROWABLE_BYTES || bytes > MAX_PAGES * PAGE_BYTES) return null;
  const pages = Math.ceil(bytes / PAGE_BYTES);
  const kind = items.constructor as ItemArrayOf;
  const memory = memories.get(items.buffer);
  try {
    if (memory !== undefined) {
      memories.delete(items.buffer);
      memory.grow(pages - memory.buffer.byteLength / PAGE_BYTES);
      memories.set(memory.buffer, memory);
      return new kind(memory.buffer);
    }
    if (live >= MAX_LIVE) return null;
    const fresh = new WebAssembly.Memory({ initial: pages, maximum: MAX_PAGES });
    live++;
    finished.register(fresh, null);
    memories.set(fresh.buffer, fresh);
    const grown = new kind(fresh.buffer);
    grown.set(items.subarray(0, length) as never);
    return grown;
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    return null; // (no address space or memory for it: copy instead)
  }
}
