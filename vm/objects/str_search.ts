/**
 * Substring search: find/rfind/index/rindex, count, startswith/endswith,
 * `in`, replace, removeprefix/removesuffix.
 *
 * Bounds follow CPython's ADJUST_INDICES (str_args.ts); an empty needle is
 * found at `start` (or `end` searching backwards) as long as start <= end.
 * Primitive strings use V8's indexOf; when either side is a PyWideStr the
 * search runs over code points. A wide needle never occurs in a primitive
 * haystack (it holds a code point that the haystack cannot), which is the
 * mixed fast path.
 */
import { unboxStr } from "./str_boxed.ts";
import type { PyValue } from "./object.ts";
import { pyError } from "./exceptions.ts";
import { PyTuple } from "./tuple.ts";
import { adjustBounds, asSize, expectStr, mustBeStr, typeName } from "./str_args.ts";
import { codePointsOf, isStr, type PyStr, strConcatAll, strLength, strSlice } from "./str_wide.ts";

type Points = ArrayLike<number>;

function matchesAt(haystack: Points, needle: Points, at: number): boolean {
  for (let k = 0; k < needle.length; k++) if (haystack[at + k] !== needle[k]) return false;
  return true;
}

/** First index in [start, end - needle.length] where needle occurs, or -1. */
function indexOfPoints(haystack: Points, needle: Points, start: number, end: number): number {
  for (let at = start; at + needle.length <= end; at++) {
    if (matchesAt(haystack, needle, at)) return at;
  }
  return -1;
}

function lastIndexOfPoints(haystack: Points, needle: Points, start: number, end: number): number {
  for (let at = end - needle.length; at >= start; at--) {
    if (matchesAt(haystack, needle, at)) return at;
  }
  return -1;
}

/** Position of `needle` in haystack[start:end] (absolute index), or -1. */
export function strIndexOf(haystack: PyStr, needle: PyStr, start: number, end: number): number {
  const needleLength = strLength(needle);
  if (end - start < needleLength) return -1;
  if (needleLength === 0) return start;
  if (typeof haystack === "string") {
    if (typeof needle !== "string") return -1;
    const at = haystack.indexOf(needle, start);
    return at >= 0 && at + needleLength <= end ? at : -1;
  }
  return indexOfPoints(haystack.codePoints, codePointsOf(needle), start, end);
}

export function strLastIndexOf(
  haystack: PyStr,
  needle: PyStr,
  start: number,
  end: number,
): number {
  const needleLength = strLength(needle);
  if (end - start < needleLength) return -1;
  if (needleLength === 0) return end;
  if (typeof haystack === "string") {
    if (typeof needle !== "string") return -1;
    const at = haystack.lastIndexOf(needle, end - needleLength);
    return at >= start ? at : -1;
  }
  return lastIndexOfPoints(haystack.codePoints, codePointsOf(needle), start, end);
}

/** Non-overlapping occurrences in [start, end). */
function countBetween(haystack: PyStr, needle: PyStr, start: number, end: number): number {
  const needleLength = strLength(needle);
  if (end - start < needleLength) return 0;
  if (needleLength === 0) return end - start + 1;
  let count = 0;
  if (typeof haystack === "string" && typeof needle === "string") {
    // indexOf inline: a count over a long text runs once, mostly before V8
    // optimises this loop, where a helper call per occurrence cost 2-3x.
    const last = end - needleLength;
    let found = haystack.indexOf(needle, start);
    while (found >= 0 && found <= last) {
      count++;
      found = haystack.indexOf(needle, found + needleLength);
    }
    return count;
  }
  let at = strIndexOf(haystack, needle, start, end);
  while (at >= 0) {
    count++;
    at = strIndexOf(haystack, needle, at + needleLength, end);
  }
  return count;
}

export function strFind(
  self: PyStr,
  sub: PyValue,
  start?: PyValue,
  end?: PyValue,
): number {
  const needle = mustBeStr(sub);
  const [from, to] = adjustBounds(start, end, strLength(self));
  return strIndexOf(self, needle, from, to);
}

export function strRfind(self: PyStr, sub: PyValue, start?: PyValue, end?: PyValue): number {
  const needle = mustBeStr(sub);
  const [from, to] = adjustBounds(start, end, strLength(self));
  return strLastIndexOf(self, needle, from, to);
}

export function strIndex(self: PyStr, sub: PyValue, start?: PyValue, end?: PyValue): number {
  const found = strFind(self, sub, start, end);
  if (found < 0) throw pyError("ValueError", "substring not found");
  return found;
}

export function strRindex(self: PyStr, sub: PyValue, start?: PyValue, end?: PyValue): number {
  const found = strRfind(self, sub, start, end);
  if (found < 0) throw pyError("ValueError", "substring not found");
  return found;
}

export function strCount(self: PyStr, sub: PyValue, start?: PyValue, end?: PyValue): number {
  const needle = mustBeStr(sub);
  const [from, to] = adjustBounds(start, end, strLength(self));
  return countBetween(self, needle, from, to);
}

/** CPython's tailmatch: does `affix` sit at the start (or end) of self[start:end]? */
function tailMatch(
  self: PyStr,
  affix: PyStr,
  start: PyValue | undefined,
  end: PyValue | undefined,
  atEnd: boolean,
): boolean {
  const affixLength = strLength(affix);
  let [from, to] = adjustBounds(start, end, strLength(self));
  to -= affixLength;
  if (to < from) return false;
  if (affixLength === 0) return true;
  const at = atEnd ? to : from;
  if (typeof self === "string") return typeof affix === "string" && self.startsWith(affix, at);
  return matchesAt(self.codePoints, codePointsOf(affix), at);
}

function affixMatch(
  method: "startswith" | "endswith",
  self: PyStr,
  affix: PyValue,
  start: PyValue | undefined,
  end: PyValue | undefined,
): boolean {
  const atEnd = method === "endswith";
  if (affix instanceof PyTuple) {
    for (const boxed of affix.items) {
      const item = unboxStr(boxed);
      if (!isStr(item)) {
        throw pyError(
          "TypeError",
          `tuple for ${method} must only contain str, not ${typeName(item)}`,
        );
      }
      if (tailMatch(self, item, start, end, atEnd)) return true;
    }
    return false;
  }
  affix = unboxStr(affix);
  if (!isStr(affix)) {
    throw pyError(
      "TypeError",
      `${method} first arg must be str or a tuple of str, not ${typeName(affix)}`,
    );
  }
  return tailMatch(self, affix, start, end, atEnd);
}

export function strStartswith(
  self: PyStr,
  prefix: PyValue,
  start?: PyValue,
  end?: PyValue,
): boolean {
  return affixMatch("startswith", self, prefix, start, end);
}

export function strEndswith(
  self: PyStr,
  suffix: PyValue,
  start?: PyValue,
  end?: PyValue,
): boolean {
  return affixMatch("endswith", self, suffix, start, end);
}

/** `key in self`. */
export function strContains(self: PyStr, key: PyValue): boolean {
  key = unboxStr(key);
  if (!isStr(key)) {
    throw pyError(
      "TypeError",
      `'in <string>' requires string as left operand, not ${typeName(key)}`,
    );
  }
  if (typeof self === "string" && typeof key === "string") return self.includes(key);
  return strIndexOf(self, key, 0, strLength(self)) >= 0;
}

export function strRemoveprefix(self: PyStr, prefix: PyValue): PyStr {
  const affix = expectStr(prefix, "removeprefix() argument must be str, not ");
  const affixLength = strLength(affix);
  if (affixLength > 0 && tailMatch(self, affix, 0, null, false)) {
    return strSlice(self, affixLength, strLength(self));
  }
  return self;
}

export function strRemovesuffix(self: PyStr, suffix: PyValue): PyStr {
  const affix = expectStr(suffix, "removesuffix() argument must be str, not ");
  const affixLength = strLength(affix);
  if (affixLength > 0 && tailMatch(self, affix, 0, null, true)) {
    return strSlice(self, 0, strLength(self) - affixLength);
  }
  return self;
}

export function strReplace(self: PyStr, old: PyValue, replacement: PyValue, count: PyValue) {
  const target = expectStr(old, "replace() argument 1 must be str, not ");
  const insert = expectStr(replacement, "replace() argument 2 must be str, not ");
  let limit = asSize(count);
  if (limit < 0) limit = Infinity;
  if (limit === 0) return self;
  const length = strLength(self);
  const targetLength = strLength(target);
  if (targetLength === 0) return replaceEmpty(self, insert, limit);
  if (
    limit === Infinity && typeof self === "string" && typeof target === "string" &&
    typeof insert === "string"
  ) {
    if (self.length >= LONG_TEXT && target.length === 1 && insert.length === 1) {
      const from = target.charCodeAt(0);
      const to = insert.charCodeAt(0);
      if (from < 0x80 && to < 0x80) return replaceAsciiByte(self, from, to);
    }
    // (A global regex replace is faster, but V8 returns a rope of the pieces,
    // which made the split() of its result 1.5x slower: join builds it flat.)
    return self.split(target).join(insert);
  }
  const parts: PyStr[] = [];
  let copied = 0;
  let at = strIndexOf(self, target, 0, length);
  for (let done = 0; at >= 0 && done < limit; done++) {
    parts.push(strSlice(self, copied, at), insert);
    copied = at + targetLength;
    at = strIndexOf(self, target, copied, length);
  }
  if (parts.length === 0) return self;
  parts.push(strSlice(self, copied, length));
  return strConcatAll(parts);
}

/** Texts from this length replace one ASCII character by another in UTF-8 bytes. */
const LONG_TEXT = 4096;
const UTF8_ENCODER = new TextEncoder();
// (ignoreBOM: a leading U+FEFF is text here, not a byte-order mark to drop.)
const UTF8_DECODER = new TextDecoder("utf-8", { ignoreBOM: true });

/**
 * `text.replace(a, b)` for ASCII characters a and b: an ASCII byte never
 * occurs inside another character's UTF-8 bytes, and a primitive str (no
 * surrogate unit) survives the round trip exactly. One buffer and a byte loop
 * instead of split/join's array of pieces: 2x on 5 MB with 360k
 * replacements (bench/programs/strings.py), and the result is flat.
 */
function replaceAsciiByte(text: string, from: number, to: number): string {
  const bytes = UTF8_ENCODER.encode(text);
  let found = bytes.indexOf(from);
  if (found < 0) return text;
  for (; found < bytes.length; found++) if (bytes[found] === from) bytes[found] = to;
  return UTF8_DECODER.decode(bytes);
}

/** replace('', new): `new` before each character and at the end, `limit` times. */
function replaceEmpty(self: PyStr, insert: PyStr, limit: number): PyStr {
  const length = strLength(self);
  const parts: PyStr[] = [];
  for (let i = 0; i <= length; i++) {
    if (i >= limit) {
      parts.push(strSlice(self, i, length));
      break;
    }
    parts.push(insert);
    if (i < length) parts.push(strSlice(self, i, i + 1));
  }
  return strConcatAll(parts);
}
