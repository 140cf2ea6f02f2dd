/**
 * Padding, stripping and tab expansion for byte strings: center/ljust/rjust,
 * zfill, expandtabs, strip/lstrip/rstrip. Each returns undefined when the
 * result would equal the input, so bytes can return itself as CPython does
 * (bytearray always copies).
 */
import type { PyValue } from "./object.ts";
import { pyError } from "./exceptions.ts";
import { asCInt, asSize } from "./str_args.ts";
import { expectBuffer } from "./buffer.ts";
import { expectFillByte } from "./bytes_args.ts";
import { isAsciiSpace } from "./bytes_ctype.ts";
import { allocateBytes, bytesFrom, copyBytes } from "./bytes_alloc.ts";

function pad(self: Uint8Array, left: number, right: number, fill: number): Uint8Array {
  const out = allocateBytes(left + self.length + right);
  out.fill(fill, 0, left);
  out.set(self, left);
  out.fill(fill, left + self.length);
  return out;
}

function checkedWidth(width: PyValue): number {
  const size = asSize(width);
  if (size > 2 ** 32) throw pyError("MemoryError");
  return size;
}

export function bytesCenter(self: Uint8Array, width: PyValue, fillchar?: PyValue) {
  const size = checkedWidth(width);
  const fill = expectFillByte("center", fillchar);
  if (size <= self.length) return undefined;
  const margin = size - self.length;
  const left = (margin >> 1) + (margin & size & 1);
  return pad(self, left, margin - left, fill);
}

export function bytesLjust(self: Uint8Array, width: PyValue, fillchar?: PyValue) {
  const size = checkedWidth(width);
  const fill = expectFillByte("ljust", fillchar);
  return size <= self.length ? undefined : pad(self, 0, size - self.length, fill);
}

export function bytesRjust(self: Uint8Array, width: PyValue, fillchar?: PyValue) {
  const size = checkedWidth(width);
  const fill = expectFillByte("rjust", fillchar);
  return size <= self.length ? undefined : pad(self, size - self.length, 0, fill);
}

export function bytesZfill(self: Uint8Array, width: PyValue) {
  const size = checkedWidth(width);
  if (size <= self.length) return undefined;
  const out = pad(self, size - self.length, 0, 0x30);
  const first = self[0];
  if (first === 0x2b || first === 0x2d) {
    out[0] = first;
    out[size - self.length] = 0x30;
  }
  return out;
}

export function bytesExpandtabs(self: Uint8Array, tabsize: PyValue): Uint8Array {
  const size = asCInt(tabsize);
  const out: number[] = [];
  let column = 0;
  for (const byte of self) {
    if (byte === 0x09) {
      if (size > 0) {
        const spaces = size - (column % size);
        for (let i = 0; i < spaces; i++) out.push(0x20);
        column += spaces;
      }
      continue;
    }
    out.push(byte);
    column = byte === 0x0a || byte === 0x0d ? 0 : column + 1;
  }
  return bytesFrom(out);
}

type Side = "left" | "right" | "both";

/** strip/lstrip/rstrip; `chars` None means ASCII whitespace. */
export function bytesStrip(self: Uint8Array, chars: PyValue, side: Side) {
  let strip = isAsciiSpace;
  if (chars !== null) {
    const set = new Uint8Array(256);
    for (const byte of expectBuffer(chars)) set[byte] = 1;
    strip = (byte: number) => set[byte] === 1;
  }
  let start = 0;
  let end = self.length;
  if (side !== "right") { while (start < end && strip(self[start])) start++; }
  if (side !== "left") { while (end > start && strip(self[end - 1])) end--; }
  return start === 0 && end === self.length ? undefined : copyBytes(self, start, end);
}
