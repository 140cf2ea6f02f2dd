/**
 * Memory for new byte strings.
 *
 * V8 as Deno builds it keeps no typed array on the JS heap: every
 * `new Uint8Array(n)` allocates an external backing store, 200-600 ns
 * however small (measured on the development machine), while a view onto
 * an existing ArrayBuffer costs about 10-15 ns. So small byte strings are
 * carved from shared 4 KiB chunks by a bump allocator, which makes
 * `b"x" * k`, `a + b` or `data[i:j]` several times cheaper; larger ones get
 * a buffer each (their own cost dwarfs the allocation's).
 *
 * Each carved string is followed by at least one zero byte that no other
 * string occupies (chunks start zeroed and the gaps are never handed out),
 * so it is NUL-terminated in place, as a CPython bytes object is: ctypes
 * passes such bytes to a `c_char_p` parameter without copying them
 * (`isNulTerminated`). Offsets are 8-byte aligned, so typed views of any
 * width may be laid over a string's bytes.
 *
 * A chunk lives as long as any string carved from it, as a pymalloc pool
 * does; a 4 KiB chunk bounds what one long-lived small string can pin.
 * Callers own the whole view they get: bytes are immutable once wrapped,
 * and a bytearray taking a carved view only ever writes inside it (it
 * grows by moving to new storage).
 */

const CHUNK_BYTES = 4096;
/** Strings longer than this get a buffer of their own. */
const CARVED_MAX = 256;

/** A chunk's buffer, known by its class; `whole` views all of it. */
class Chunk extends ArrayBuffer {
  readonly whole = new Uint8Array(this);
}

let chunk = new Chunk(CHUNK_BYTES);
let chunkTop = 0;

/** Zeroed memory for a byte string of `length` bytes. */
export function allocateBytes(length: number): Uint8Array {
  if (length > CARVED_MAX) return new Uint8Array(length);
  const taken = (length + 8) & ~7; // the string, its NUL, aligned
  if (chunkTop + taken > CHUNK_BYTES) {
    chunk = new Chunk(CHUNK_BYTES);
    chunkTop = 0;
  }
  const bytes = new Uint8Array(chunk, chunkTop, length);
  chunkTop += taken;
  return bytes;
}

/** A copy of `data` (or of its bytes from `start` to `end`) in memory from allocateBytes. */
export function copyBytes(data: Uint8Array, start = 0, end = data.length): Uint8Array {
  const part = data.subarray(start, end);
  const out = allocateBytes(part.length);
  out.set(part);
  return out;
}

/** `data`'s bytes through `f`, in memory from allocateBytes (a typed array's own map makes a buffer). */
export function mapBytes(data: Uint8Array, f: (byte: number, index: number) => number): Uint8Array {
  const out = allocateBytes(data.length);
  for (let i = 0; i < data.length; i++) out[i] = f(data[i], i);
  return out;
}

/** A byte string holding `values`. */
export function bytesFrom(values: ArrayLike<number>): Uint8Array {
  const out = allocateBytes(values.length);
  out.set(values);
  return out;
}

/**
 * Whether C reading `bytes` as a NUL-terminated string reads exactly its
 * contents (up to an embedded NUL) and nothing beyond its chunk: it lies in
 * a chunk and a zero byte follows it there (a view of part of a string may
 * be followed by the rest, which is then checked too).
 */
export function isNulTerminated(bytes: Uint8Array): boolean {
  const buffer = bytes.buffer;
  return buffer instanceof Chunk && buffer.whole[bytes.byteOffset + bytes.length] === 0;
}
