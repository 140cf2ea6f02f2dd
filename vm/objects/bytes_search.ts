/**
 * Searching byte strings: find/rfind/index/rindex, count, `in`,
 * startswith/endswith, replace, removeprefix/removesuffix. Everything works
 * on Uint8Array views, so bytes and bytearray share it. Bounds follow
 * CPython's ADJUST_INDICES (str_args.ts); an empty needle is found at
 * `start` (at `end` searching backwards) as long as start <= end.
 */
import type { PyValue } from "./object.ts";
import { pyError } from "./exceptions.ts";
import { PyTuple } from "./tuple.ts";
import { typeOf } from "./typeof.ts";
import { adjustBounds, asSize } from "./str_args.ts";
import { bufferOf, expectBuffer } from "./buffer.ts";
import { byteInRange, expectNeedle, indexOperand } from "./bytes_args.ts";
import { allocateBytes, copyBytes } from "./bytes_alloc.ts";

function matchesAt(haystack: Uint8Array, needle: Uint8Array, at: number): boolean {
  for (let k = 0; k < needle.length; k++) if (haystack[at + k] !== needle[k]) return false;
  return true;
}

/** First position in [start, end) where needle occurs entirely, or -1. */
export function bytesIndexOf(
  haystack: Uint8Array,
  needle: Uint8Array,
  start: number,
  end: number,
): number {
  const needleLength = needle.length;
  if (end - start < needleLength) return -1;
  if (needleLength === 0) return start;
  const first = needle[0];
  const last = end - needleLength;
  for (let at = haystack.indexOf(first, start); at >= 0 && at <= last;) {
    if (matchesAt(haystack, needle, at)) return at;
    at = haystack.indexOf(first, at + 1);
  }
  return -1;
}

export function bytesLastIndexOf(
  haystack: Uint8Array,
  needle: Uint8Array,
  start: number,
  end: number,
): number {
  const needleLength = needle.length;
  if (end - start < needleLength) return -1;
  if (needleLength === 0) return end;
  for (let at = end - needleLength; at >= start; at--) {
    if (matchesAt(haystack, needle, at)) return at;
  }
  return -1;
}

export function bytesFind(self: Uint8Array, sub: PyValue, start?: PyValue, end?: PyValue) {
  const needle = expectNeedle(sub);
  const [from, to] = adjustBounds(start, end, self.length);
  return bytesIndexOf(self, needle, from, to);
}

export function bytesRfind(self: Uint8Array, sub: PyValue, start?: PyValue, end?: PyValue) {
  const needle = expectNeedle(sub);
  const [from, to] = adjustBounds(start, end, self.length);
  return bytesLastIndexOf(self, needle, from, to);
}

export function bytesIndex(self: Uint8Array, sub: PyValue, start?: PyValue, end?: PyValue) {
  const found = bytesFind(self, sub, start, end);
  if (found < 0) throw pyError("ValueError", "subsection not found");
  return found;
}

export function bytesRindex(self: Uint8Array, sub: PyValue, start?: PyValue, end?: PyValue) {
  const found = bytesRfind(self, sub, start, end);
  if (found < 0) throw pyError("ValueError", "subsection not found");
  return found;
}

export function bytesCount(self: Uint8Array, sub: PyValue, start?: PyValue, end?: PyValue) {
  const needle = expectNeedle(sub);
  const [from, to] = adjustBounds(start, end, self.length);
  if (to - from < needle.length) return 0;
  if (needle.length === 0) return to - from + 1;
  let count = 0;
  for (let at = bytesIndexOf(self, needle, from, to); at >= 0; count++) {
    at = bytesIndexOf(self, needle, at + needle.length, to);
  }
  return count;
}

/** `key in self`: an int in range(256) or a bytes-like object. */
export function bytesContains(self: Uint8Array, key: PyValue): boolean {
  const bytes = bufferOf(key);
  if (bytes !== undefined) return bytesIndexOf(self, bytes, 0, self.length) >= 0;
  const integer = indexOperand(key);
  if (integer === undefined) expectBuffer(key);
  return self.includes(byteInRange(integer!));
}

function tailMatch(
  self: Uint8Array,
  affix: Uint8Array,
  start: PyValue | undefined,
  end: PyValue | undefined,
  atEnd: boolean,
): boolean {
  let [from, to] = adjustBounds(start, end, self.length);
  to -= affix.length;
  if (to < from) return false;
  return matchesAt(self, affix, atEnd ? to : from);
}

function affixMatch(
  method: "startswith" | "endswith",
  self: Uint8Array,
  affix: PyValue,
  start: PyValue | undefined,
  end: PyValue | undefined,
): boolean {
  const atEnd = method === "endswith";
  if (affix instanceof PyTuple) {
    for (const item of affix.items) {
      if (tailMatch(self, expectBuffer(item), start, end, atEnd)) return true;
    }
    return false;
  }
  const bytes = bufferOf(affix);
  if (bytes === undefined) {
    throw pyError(
      "TypeError",
      `${method} first arg must be bytes or a tuple of bytes, not ${typeOf(affix).tpName}`,
    );
  }
  return tailMatch(self, bytes, start, end, atEnd);
}

export function bytesStartswith(
  self: Uint8Array,
  prefix: PyValue,
  start?: PyValue,
  end?: PyValue,
): boolean {
  return affixMatch("startswith", self, prefix, start, end);
}

export function bytesEndswith(
  self: Uint8Array,
  suffix: PyValue,
  start?: PyValue,
  end?: PyValue,
): boolean {
  return affixMatch("endswith", self, suffix, start, end);
}

/** self without `prefix` if it starts with it; undefined when unchanged. */
export function bytesRemoveprefix(self: Uint8Array, prefix: PyValue): Uint8Array | undefined {
  const affix = expectBuffer(prefix);
  if (affix.length === 0 || !tailMatch(self, affix, 0, null, false)) return undefined;
  return copyBytes(self, affix.length);
}

export function bytesRemovesuffix(self: Uint8Array, suffix: PyValue): Uint8Array | undefined {
  const affix = expectBuffer(suffix);
  if (affix.length === 0 || !tailMatch(self, affix, 0, null, true)) return undefined;
  return copyBytes(self, 0, self.length - affix.length);
}

export function concatChunks(chunks: readonly Uint8Array[]): Uint8Array {
  let total = 0;
  for (const chunk of chunks) total += chunk.length;
  const out = allocateBytes(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/** replace(old, new, count); undefined when nothing changes (bytes returns itself). */
export function bytesReplace(
  self: Uint8Array,
  old: PyValue,
  replacement: PyValue,
  count: PyValue,
): Uint8Array | undefined {
  const target = expectBuffer(old);
  const insert = expectBuffer(replacement);
  let limit = asSize(count);
  if (limit < 0) limit = Infinity;
  if (limit === 0) return undefined;
  const chunks: Uint8Array[] = [];
  if (target.length === 0) {
    for (let i = 0; i <= self.length; i++) {
      if (i >= limit) {
        chunks.push(self.subarray(i));
        break;
      }
      chunks.push(insert);
      if (i < self.length) chunks.push(self.subarray(i, i + 1));
    }
    return concatChunks(chunks);
  }
  let copied = 0;
  let at = bytesIndexOf(self, target, 0, self.length);
  for (let done = 0; at >= 0 && done < limit; done++) {
    chunks.push(self.subarray(copied, at), insert);
    copied = at + target.length;
    at = bytesIndexOf(self, target, copied, self.length);
  }
  if (chunks.length === 0) return undefined;
  chunks.push(self.subarray(copied));
  return concatChunks(chunks);
}
