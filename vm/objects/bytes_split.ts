/**
 * Cutting byte strings into pieces and gluing them: split/rsplit (on runs of
 * ASCII whitespace or on a separator), splitlines (\n, \r, \r\n only, unlike
 * str), partition/rpartition, join. Pieces are Uint8Array copies; the method
 * table wraps them as bytes or bytearray.
 */
import type { PyValue } from "./object.ts";
import { pyError } from "./exceptions.ts";
import { typeOf } from "./typeof.ts";
import { late } from "../runtime/late_protocols.ts";
import { asCInt, asSize } from "./str_args.ts";
import { bufferOf, expectBuffer } from "./buffer.ts";
import { bytesIndexOf, bytesLastIndexOf, concatChunks } from "./bytes_search.ts";
import { isAsciiSpace } from "./bytes_ctype.ts";
import { isIterable } from "./bytes_args.ts";
import { allocateBytes, copyBytes } from "./bytes_alloc.ts";
import { PyBytes } from "./bytes.ts";

function separatorOf(sep: PyValue): Uint8Array | null {
  return sep === null ? null : nonEmptySeparator(sep);
}

function nonEmptySeparator(sep: PyValue): Uint8Array {
  const bytes = expectBuffer(sep);
  if (bytes.length === 0) throw pyError("ValueError", "empty separator");
  return bytes;
}

function maxSplits(maxsplit: PyValue): number {
  const limit = asSize(maxsplit);
  return limit < 0 ? Infinity : limit;
}

export function bytesSplit(self: Uint8Array, sep: PyValue, maxsplit: PyValue): Uint8Array[] {
  const separator = separatorOf(sep);
  const limit = maxSplits(maxsplit);
  const pieces: Uint8Array[] = [];
  const length = self.length;
  if (separator === null) {
    let at = 0;
    while (true) {
      while (at < length && isAsciiSpace(self[at])) at++;
      if (at >= length) break;
      if (pieces.length >= limit) {
        pieces.push(copyBytes(self, at));
        break;
      }
      const start = at;
      while (at < length && !isAsciiSpace(self[at])) at++;
      pieces.push(copyBytes(self, start, at));
    }
    return pieces;
  }
  let start = 0;
  for (let at = bytesIndexOf(self, separator, 0, length); at >= 0 && pieces.length < limit;) {
    pieces.push(copyBytes(self, start, at));
    start = at + separator.length;
    at = bytesIndexOf(self, separator, start, length);
  }
  pieces.push(copyBytes(self, start));
  return pieces;
}

export function bytesRsplit(self: Uint8Array, sep: PyValue, maxsplit: PyValue): Uint8Array[] {
  const separator = separatorOf(sep);
  const limit = maxSplits(maxsplit);
  const pieces: Uint8Array[] = [];
  if (separator === null) {
    let at = self.length;
    while (true) {
      while (at > 0 && isAsciiSpace(self[at - 1])) at--;
      if (at <= 0) break;
      if (pieces.length >= limit) {
        pieces.push(copyBytes(self, 0, at));
        break;
      }
      const end = at;
      while (at > 0 && !isAsciiSpace(self[at - 1])) at--;
      pieces.push(copyBytes(self, at, end));
    }
    return pieces.reverse();
  }
  let end = self.length;
  for (let at = bytesLastIndexOf(self, separator, 0, end); at >= 0 && pieces.length < limit;) {
    pieces.push(copyBytes(self, at + separator.length, end));
    end = at;
    at = bytesLastIndexOf(self, separator, 0, end);
  }
  pieces.push(copyBytes(self, 0, end));
  return pieces.reverse();
}

export function bytesSplitlines(self: Uint8Array, keepends: PyValue): Uint8Array[] {
  const keep = asCInt(keepends) !== 0;
  const pieces: Uint8Array[] = [];
  const length = self.length;
  for (let at = 0; at < length;) {
    const start = at;
    while (at < length && self[at] !== 0x0a && self[at] !== 0x0d) at++;
    let end = at;
    if (at < length) {
      at += self[at] === 0x0d && self[at + 1] === 0x0a ? 2 : 1;
      if (keep) end = at;
    }
    pieces.push(copyBytes(self, start, end));
  }
  return pieces;
}

export function bytesPartition(
  self: Uint8Array,
  sep: PyValue,
): [Uint8Array, Uint8Array, Uint8Array] {
  const separator = nonEmptySeparator(sep);
  const at = bytesIndexOf(self, separator, 0, self.length);
  if (at < 0) return [copyBytes(self), allocateBytes(0), allocateBytes(0)];
  return [copyBytes(self, 0, at), copyBytes(separator), copyBytes(self, at + separator.length)];
}

export function bytesRpartition(
  self: Uint8Array,
  sep: PyValue,
): [Uint8Array, Uint8Array, Uint8Array] {
  const separator = nonEmptySeparator(sep);
  const at = bytesLastIndexOf(self, separator, 0, self.length);
  if (at < 0) return [allocateBytes(0), allocateBytes(0), copyBytes(self)];
  return [copyBytes(self, 0, at), copyBytes(separator), copyBytes(self, at + separator.length)];
}

/** self.join(iterable): every item must be bytes-like. */
export function bytesJoin(self: Uint8Array, iterable: PyValue): Uint8Array {
  const separator = copyBytes(self); // the iteration may mutate a bytearray separator
  const chunks: Uint8Array[] = [];
  let index = 0;
  if (!isIterable(iterable)) throw pyError("TypeError", "can only join an iterable");
  for (const item of late.iterate(iterable)) {
    const bytes = bufferOf(item);
    if (bytes === undefined) {
      throw pyError(
        "TypeError",
        `sequence item ${index}: expected a bytes-like object, ${typeOf(item).tpName} found`,
      );
    }
    if (index > 0 && separator.length > 0) chunks.push(separator);
    chunks.push(item instanceof PyBytes ? bytes : copyBytes(bytes)); // (bytes cannot change)
    index++;
  }
  return concatChunks(chunks);
}
