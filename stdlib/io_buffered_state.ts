/**
 * The state of BufferedReader/Writer/Random objects and what every part of
 * them needs: the raw-stream calls, writing and flushing.
 *
 * One object kind has a read buffer (bytes fetched from the raw stream and
 * not yet consumed) and a write buffer (bytes accepted and not yet written).
 * At most one of them holds data: writing drops the read-ahead (seeking the
 * raw stream back over it) and reading writes out pending bytes first
 * (except read1, as CPython 3.11), so the raw position plus the write buffer
 * minus the read-ahead is the logical position.
 *
 * A raw stream that is exactly `FileIO` is driven through its descriptor
 * directly; any other raw object (a Python RawIOBase subclass, BytesIO) is
 * called through its `readinto`/`write`/`seek` methods, as CPython does.
 *
 * Writers holding unwritten bytes are kept in `dirtyWriters`, so the
 * interpreter can flush them at exit as CPython's finalizers do.
 */
import type { PyValue } from "../vm/objects/object.ts";
import { makeBuiltinType } from "../vm/objects/core_types.ts";
import { pyError } from "../vm/objects/exceptions.ts";
import { PyByteArray } from "../vm/objects/bytearray.ts";
import { PyBytes } from "../vm/objects/bytes.ts";
import { newTuple } from "../vm/objects/tuple.ts";
import { getAttribute } from "../vm/runtime/attributes.ts";
import { isTrue } from "../vm/runtime/operators.ts";
import { ExceptionType, PyBaseException } from "../vm/objects/exceptions.ts";
import { bufferedIOBaseType } from "./io_base.ts";
import {
  callMethod,
  closedFileError,
  DEFAULT_BUFFER_SIZE,
  intArgument,
  PyIOObject,
  unsupported,
} from "./io_common.ts";
import { PyFileIO } from "./io_fileio.ts";
import { fdRead, fdSeek, fdWrite } from "./io_fd.ts";

export const bufferedReaderType = makeBuiltinType("BufferedReader", bufferedIOBaseType);
export const bufferedWriterType = makeBuiltinType("BufferedWriter", bufferedIOBaseType);
export const bufferedRandomType = makeBuiltinType("BufferedRandom", bufferedIOBaseType);

export class PyBuffered extends PyIOObject {
  raw: PyValue = null;
  /** The raw stream when it is exactly FileIO (the descriptor fast path). */
  rawFile: PyFileIO | null = null;
  initialised = false;
  detached = false;
  canRead = false;
  canWrite = false;
  bufferSize = DEFAULT_BUFFER_SIZE;
  readBuffer = new Uint8Array(0);
  readStart = 0;
  readEnd = 0;
  writeBuffer = new Uint8Array(0);
  writeLength = 0;
}

/** Writers with unwritten bytes (flushed at interpreter exit). */
export const dirtyWriters = new Set<PyBuffered>();

export function ready(self: PyBuffered): PyBuffered {
  if (!self.initialised) {
    throw pyError(
      "ValueError",
      self.detached ? "raw stream has been detached" : "I/O operation on uninitialized object",
    );
  }
  return self;
}

export function bufferedClosed(self: PyBuffered): boolean {
  ready(self);
  if (self.rawFile !== null) return self.rawFile.fd < 0;
  return isTrue(getAttribute(self.raw, "closed"));
}

export function checkOpen(self: PyBuffered, message: string): void {
  if (bufferedClosed(self) && self.readEnd === self.readStart) {
    throw pyError("ValueError", message);
  }
}

// --- the raw stream ---------------------------------------------------------

/** raw.readinto(into); the count, or -1 when the raw stream would block. */
export function rawReadInto(self: PyBuffered, into: Uint8Array): number {
  if (self.rawFile !== null) {
    const raw = self.rawFile;
    if (raw.fd < 0) throw closedFileError("I/O operation on closed file");
    if (!raw.readable) throw unsupported("File not open for reading");
    return fdRead(raw.fd, into);
  }
  const target = new PyByteArray(new Uint8Array(into.length));
  const result = callMethod(self.raw, "readinto", target);
  if (result === null) return -1;
  const n = intArgument(result);
  if (n < 0 || n > into.length) {
    throw pyError(
      "OSError",
      `raw readinto() returned invalid length ${n} (should have been between 0 and ${into.length})`,
    );
  }
  into.set(target.bytes.subarray(0, n));
  return n;
}

/** raw.write(data) once; the count written, or -1 when the raw stream would block. */
export function rawWrite(self: PyBuffered, data: Uint8Array): number {
  if (self.rawFile !== null) {
    const raw = self.rawFile;
    if (raw.fd < 0) throw closedFileError("I/O operation on closed file");
    if (!raw.writable) throw unsupported("File not open for writing");
    return fdWrite(raw.fd, data);
  }
  const result = callMethod(self.raw, "write", new PyBytes(data.slice()));
  if (result === null) return -1;
  const n = intArgument(result);
  if (n < 0 || n > data.length) {
    throw pyError(
      "OSError",
      `raw write() returned invalid length ${n} (should have been between 0 and ${data.length})`,
    );
  }
  return n;
}

export function rawSeek(self: PyBuffered, offset: number, whence: number): number {
  if (self.rawFile !== null && self.rawFile.fd >= 0) return fdSeek(self.rawFile.fd, offset, whence);
  const result = callMethod(self.raw, "seek", offset, whence);
  const n = intArgument(result);
  if (n < 0) throw pyError("OSError", `Raw stream returned invalid position ${n}`);
  return n;
}

export function rawTell(self: PyBuffered): number {
  if (self.rawFile !== null && self.rawFile.fd >= 0) return fdSeek(self.rawFile.fd, 0, 1);
  const n = intArgument(callMethod(self.raw, "tell"));
  if (n < 0) throw pyError("OSError", `Raw stream returned invalid position ${n}`);
  return n;
}

export function available(self: PyBuffered): number {
  return self.readEnd - self.readStart;
}

// --- writing ----------------------------------------------------------------

/** Write out the whole write buffer. */
export function flushWrites(self: PyBuffered): void {
  let written = 0;
  try {
    while (written < self.writeLength) {
      const n = rawWrite(self, self.writeBuffer.subarray(written, self.writeLength));
      if (n < 0) {
        throw callBlockingError(written);
      }
      written += n;
    }
  } finally {
    if (written > 0) {
      self.writeBuffer.copyWithin(0, written, self.writeLength);
      self.writeLength -= written;
    }
    if (self.writeLength === 0) dirtyWriters.delete(self);
  }
}

export function callBlockingError(written: number): PyBaseException {
  return new PyBaseException(
    ExceptionType.BlockingIOError,
    newTuple([11, "write could not complete without blocking", written]),
  );
}

/** Drop the read-ahead, moving the raw stream back over it. */
export function dropReadAhead(self: PyBuffered): void {
  const ahead = self.readEnd - self.readStart;
  if (ahead > 0) rawSeek(self, -ahead, 1);
  self.readStart = self.readEnd = 0;
}

export function bufferedWrite(self: PyBuffered, data: Uint8Array): number {
  ready(self);
  if (bufferedClosed(self)) throw pyError("ValueError", "write to closed file");
  if (self.readEnd > self.readStart) dropReadAhead(self);
  else self.readStart = self.readEnd = 0;
  const n = data.length;
  if (self.writeLength + n <= self.bufferSize) {
    if (self.writeBuffer.length < self.bufferSize) {
      const grown = new Uint8Array(self.bufferSize);
      grown.set(self.writeBuffer.subarray(0, self.writeLength));
      self.writeBuffer = grown;
    }
    self.writeBuffer.set(data, self.writeLength);
    self.writeLength += n;
    if (n > 0) dirtyWriters.add(self);
    return n;
  }
  flushWrites(self);
  if (n > self.bufferSize) {
    // Large writes go straight to the raw stream.
    let written = 0;
    while (written < n) {
      const count = rawWrite(self, data.subarray(written));
      if (count < 0) throw callBlockingError(written);
      written += count;
    }
    return n;
  }
  return bufferedWrite(self, data);
}

export function bufferedFlush(self: PyBuffered, message = "flush of closed file"): void {
  ready(self);
  if (bufferedClosed(self)) throw pyError("ValueError", message);
  flushWrites(self);
  if (self.canRead && self.readEnd > self.readStart) dropReadAhead(self);
}

export function flushWritersOn(identity: string): void {
  for (const writer of [...dirtyWriters]) {
    if (writer.rawFile?.identity === identity) flushWrites(writer);
  }
}

/** Flush every writer still holding data (interpreter exit); errors are ignored. */
export function flushDirtyWriters(): void {
  for (const writer of [...dirtyWriters]) {
    try {
      flushWrites(writer);
    } catch {
      dirtyWriters.delete(writer);
    }
  }
}
