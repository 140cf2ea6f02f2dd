/**
 * Reading from BufferedReader/BufferedRandom, as CPython's bufferedio.c
 * does it: read(n) takes what is buffered, then whole multiples of the
 * buffer size straight from the raw stream, then the rest through the
 * buffer; read1 and readinto1 make at most one raw read; peek never moves
 * the position. The fuzzing differential behind tests/python/io/
 * mixed_operations.py keeps raw-stream positions identical to CPython's.
 */
import type { PyValue } from "../vm/objects/object.ts";
import { pyError } from "../vm/objects/exceptions.ts";
import { PyBytes } from "../vm/objects/bytes.ts";
import { getAttribute } from "../vm/runtime/attributes.ts";
import {
  allocateBytes,
  callMethod,
  DEFAULT_BUFFER_SIZE,
  joinBytes,
  newBytes,
  writableBuffer,
} from "./io_common.ts";
import {
  available,
  checkOpen,
  dropReadAhead,
  flushWrites,
  PyBuffered,
  rawReadInto,
  ready,
} from "./io_buffered_state.ts";

/**
 * Read once from the raw stream into the free end of the read buffer; bytes
 * got, or -1. Callers that want a fresh buffer reset it first (`resetRead`).
 */
export function fill(self: PyBuffered): number {
  if (self.writeLength > 0) flushWrites(self);
  if (self.readBuffer.length < self.bufferSize) {
    const grown = new Uint8Array(self.bufferSize);
    grown.set(self.readBuffer.subarray(0, self.readEnd));
    self.readBuffer = grown;
  }
  if (self.readEnd >= self.bufferSize) resetRead(self);
  const n = rawReadInto(self, self.readBuffer.subarray(self.readEnd, self.bufferSize));
  if (n > 0) self.readEnd += n;
  return n;
}

export function resetRead(self: PyBuffered): void {
  self.readStart = self.readEnd = 0;
}

export function take(self: PyBuffered, count: number): Uint8Array {
  const out = self.readBuffer.slice(self.readStart, self.readStart + count);
  self.readStart += count;
  return out;
}

export function readAll(self: PyBuffered): PyValue {
  const chunks: Uint8Array[] = [];
  if (available(self) > 0) chunks.push(take(self, available(self)));
  if (self.writeLength > 0) flushWrites(self);
  if (self.rawFile === null) {
    let readall: PyValue | undefined;
    try {
      readall = getAttribute(self.raw, "readall");
    } catch {
      readall = undefined;
    }
    if (readall !== undefined) {
      const rest = callMethod(self.raw, "readall");
      if (rest === null) return chunks.length === 0 ? null : newBytes(joinBytes(chunks));
      if (!(rest instanceof PyBytes)) {
        throw pyError("TypeError", "readall() should return bytes");
      }
      chunks.push(rest.bytes);
      return newBytes(joinBytes(chunks).slice());
    }
  }
  for (;;) {
    const chunk = new Uint8Array(Math.max(self.bufferSize, DEFAULT_BUFFER_SIZE));
    const n = rawReadInto(self, chunk);
    if (n < 0) return chunks.length === 0 ? null : newBytes(joinBytes(chunks).slice());
    if (n === 0) break;
    chunks.push(chunk.subarray(0, n));
  }
  return newBytes(chunks.length === 0 ? new Uint8Array(0) : joinBytes(chunks).slice());
}

/**
 * read(n) as CPython's _bufferedreader_read_generic: what is buffered, then
 * whole multiples of the buffer size straight from the raw stream, then the
 * rest through the buffer (leaving any surplus buffered).
 */
export function bufferedRead(self: PyBuffered, size: number): PyValue {
  ready(self);
  if (size < -1) throw pyError("ValueError", "read length must be non-negative or -1");
  checkOpen(self, "read of closed file");
  if (size === -1) return readAll(self);
  if (available(self) >= size) return newBytes(take(self, size));
  const out = allocateBytes(size);
  let written = available(self);
  out.set(take(self, written));
  let remaining = size - written;
  self.readStart = self.readEnd = 0;
  if (self.writeLength > 0) flushWrites(self);
  const finish = (n: number) => n < 0 && written === 0 ? null : newBytes(out.slice(0, written));
  while (remaining > 0) {
    const whole = remaining - (remaining % self.bufferSize);
    if (whole === 0) break;
    const n = rawReadInto(self, out.subarray(written, written + whole));
    if (n <= 0) return finish(n);
    written += n;
    remaining -= n;
  }
  while (remaining > 0 && self.readEnd < self.bufferSize) {
    const n = fill(self);
    if (n <= 0) return finish(n);
    const count = Math.min(n, remaining);
    out.set(take(self, count), written);
    written += count;
    remaining -= count;
  }
  return newBytes(written === size ? out : out.slice(0, written));
}

/** read1(n): buffered bytes if there are any, else one raw read of n (no flush, as 3.11). */
export function bufferedRead1(self: PyBuffered, size: number): PyBytes {
  ready(self);
  if (size < 0) size = self.bufferSize;
  checkOpen(self, "read of closed file");
  if (size === 0) return newBytes(new Uint8Array(0));
  if (available(self) > 0) return newBytes(take(self, Math.min(size, available(self))));
  self.readStart = self.readEnd = 0;
  // CPython 3.11's read1 does not write out pending writes first: the raw read
  // happens where the raw stream is, and the pending bytes land after it.
  const direct = allocateBytes(size);
  const n = rawReadInto(self, direct);
  return newBytes(n === size ? direct : direct.slice(0, Math.max(n, 0)));
}

export function bufferedPeek(self: PyBuffered): PyBytes {
  ready(self);
  checkOpen(self, "peek of closed file");
  if (self.canWrite) {
    // BufferedRandom: write out, move the raw stream back to the logical position, read afresh.
    flushWrites(self);
    dropReadAhead(self);
  }
  if (available(self) === 0) {
    resetRead(self);
    fill(self);
  }
  return newBytes(self.readBuffer.slice(self.readStart, self.readEnd));
}

export function bufferedReadline(self: PyBuffered, limit: number): PyBytes {
  ready(self);
  checkOpen(self, "readline of closed file");
  const chunks: Uint8Array[] = [];
  let total = 0;
  while (limit !== 0) {
    if (available(self) === 0) {
      resetRead(self);
      if (fill(self) <= 0) break;
    }
    const window = self.readBuffer.subarray(self.readStart, self.readEnd);
    const newline = window.indexOf(0x0a);
    let count = newline >= 0 ? newline + 1 : window.length;
    let done = newline >= 0;
    if (limit >= 0 && total + count >= limit) {
      count = limit - total;
      done = true;
    }
    chunks.push(take(self, count));
    total += count;
    if (done) break;
  }
  return newBytes(chunks.length === 0 ? new Uint8Array(0) : joinBytes(chunks));
}

export function bufferedReadinto(
  self: PyBuffered,
  target: PyValue,
  once: boolean,
  name: string,
): PyValue {
  ready(self);
  checkOpen(self, `${name} of closed file`);
  const into = writableBuffer(target, name);
  const have = available(self);
  let done = Math.min(have, into.length);
  into.set(take(self, done));
  if (have > 0 && have >= into.length) return done;
  if (self.writeLength > 0) flushWrites(self);
  resetRead(self);
  if (once && done > 0) return done;
  while (done < into.length) {
    const rest = into.length - done;
    // More than a buffer's worth goes straight into the caller's buffer.
    const n = rest > self.bufferSize ? rawReadInto(self, into.subarray(done)) : fill(self);
    if (n <= 0) return n < 0 && done === 0 ? null : done;
    if (rest > self.bufferSize) done += n;
    else {
      const count = Math.min(n, rest);
      into.set(take(self, count), done);
      done += count;
    }
    if (once) break;
  }
  return done;
}
