/**
 * The two forms of a Python str and the constructors that keep them normal.
 *
 * A Python str is a sequence of code points (0 .. 0x10FFFF, surrogates
 * included). A JS string is a sequence of UTF-16 code units. The two agree unit
 * for code point exactly when the JS string holds no surrogate unit, so:
 *
 *   - a str without astral characters and without lone surrogates is a JS
 *     primitive string (nearly every string a program sees);
 *   - any other str is a `PyWideStr`, which stores its code points.
 *
 * INVARIANT (normal form): a primitive string never contains a surrogate unit
 * (0xD800..0xDFFF), and a `PyWideStr` always contains at least one code point
 * that would need one (an astral character or a surrogate code point). Every
 * producer of strings goes through `strFromJs` / `strFromCodePoints` (or keeps
 * to operations that cannot introduce surrogates, like slicing a primitive),
 * so equal strs always have the same form and `===` on primitives is equality.
 *
 * Why not one representation: a wrapper for every string would cost an
 * allocation and an indirection on every string operation; a primitive string
 * for every str would index UTF-16 units (wrong `len('😀')`) and could not keep
 * `'\ud83d\ude00'` (two lone surrogates) apart from `'😀'` (one character).
 *
 * Methods take both forms. Their fast path handles primitives with JS string
 * operations (valid because units are code points there); the general path
 * works on code point arrays (`codePointsOf`) and normalises its result.
 */
import { PyObject, type PyValue } from "./object.ts";
import { strType } from "./core_types.ts";
import { pyError } from "./exceptions.ts";

/**
 * The longest str we build: V8's string limit (2**29 - 24 UTF-16 units). CPython
 * would try to allocate and usually fail with MemoryError; so do we, before V8
 * throws a RangeError of its own.
 */
export const MAX_STR_LENGTH = 2 ** 29 - 24;

/** MemoryError unless a str of `length` code points can be built. */
export function checkStrLength(length: number): void {
  if (length > MAX_STR_LENGTH) throw pyError("MemoryError");
}

/** A Python str in either form. */
export type PyStr = string | PyWideStr;

export class PyWideStr extends PyObject {
  private jsText: string | undefined = undefined;
  /** Cached hash; 0 = not computed yet (like CPython's -1). */
  hashValue = 0;
  /** Use `strFromCodePoints`, which decides the form; this trusts its caller. */
  constructor(readonly codePoints: Uint32Array) {
    super(strType);
  }

  /** The UTF-16 text; lone surrogates stay lone units (adjacent ones then pair up). */
  get js(): string {
    return this.jsText ??= codePointsToJs(this.codePoints);
  }
}

export function isStr(value: PyValue): value is PyStr {
  return typeof value === "string" || value instanceof PyWideStr;
}

function isSurrogateUnit(unit: number): boolean {
  return (unit & 0xf800) === 0xd800;
}

const SURROGATE_UNIT = /[\uD800-\uDFFF]/;

/**
 * True when a JS string is already in normal primitive form. A regular
 * expression scans natively: a loop over the units ran cold (in V8's
 * interpreter) for every str constant of the code read at start-up.
 */
function hasNoSurrogate(text: string): boolean {
  return !SURROGATE_UNIT.test(text);
}

function codePointsToJs(codePoints: ArrayLike<number>): string {
  let out = "";
  const chunk = 4096;
  for (let start = 0; start < codePoints.length; start += chunk) {
    const end = Math.min(codePoints.length, start + chunk);
    const part: number[] = [];
    for (let i = start; i < end; i++) part.push(codePoints[i]);
    out += String.fromCodePoint(...part);
  }
  return out;
}

/**
 * The str a JS string denotes: a surrogate pair is one astral character, a lone
 * surrogate unit is the surrogate code point itself.
 */
export function strFromJs(text: string): PyStr {
  if (hasNoSurrogate(text)) return text;
  const codePoints: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const codePoint = text.codePointAt(i)!;
    codePoints.push(codePoint);
    if (codePoint > 0xffff) i++;
  }
  return new PyWideStr(Uint32Array.from(codePoints));
}

/** The str made of these code points, in normal form. */
export function strFromCodePoints(codePoints: ArrayLike<number>): PyStr {
  let narrow = true;
  for (let i = 0; i < codePoints.length; i++) {
    const codePoint = codePoints[i];
    if (codePoint > 0xffff || isSurrogateUnit(codePoint)) {
      narrow = false;
      break;
    }
  }
  if (!narrow) {
    return new PyWideStr(
      codePoints instanceof Uint32Array ? codePoints : Uint32Array.from(codePoints),
    );
  }
  return textFromUnits(codePoints);
}

/**
 * The primitive str of these UTF-16 units, which the caller knows hold no
 * surrogate (e.g. ASCII): no normal-form check. Chunked, as a spread of
 * millions of arguments would overflow the stack.
 */
function textFromUnits(units: ArrayLike<number>): string {
  const chunk = 4096;
  if (units.length <= chunk) return String.fromCharCode.apply(null, units as number[]);
  let out = "";
  for (let start = 0; start < units.length; start += chunk) {
    const end = Math.min(units.length, start + chunk);
    out += String.fromCharCode.apply(null, Array.prototype.slice.call(units, start, end));
  }
  return out;
}

/**
 * Builds a primitive str from UTF-16 units the caller knows hold no
 * surrogate, 4096 at a time: as fast as filling a typed array on 2.6 MB of
 * text, and 10x faster on short words (no buffer, no decoder call).
 */
export class UnitWriter {
  private chunk: number[] = [];
  /** Full chunks as strings, joined at the end (flat: `+=` would build a rope). */
  private pieces: string[] | null = null;

  push(unit: number): void {
    if (this.chunk.length === 4096) {
      (this.pieces ??= []).push(String.fromCharCode.apply(null, this.chunk));
      this.chunk = [];
    }
    this.chunk.push(unit);
  }

  finish(): string {
    const last = String.fromCharCode.apply(null, this.chunk);
    if (this.pieces === null) return last;
    this.pieces.push(last);
    return this.pieces.join("");
  }
}

/** The one-character str for a code point. */
export function strFromCodePoint(codePoint: number): PyStr {
  if (codePoint <= 0xffff && !isSurrogateUnit(codePoint)) return String.fromCharCode(codePoint);
  return new PyWideStr(Uint32Array.of(codePoint));
}

/** The code points of a str (a fresh array for primitives; the stored one otherwise). */
export function codePointsOf(value: PyStr): Uint32Array {
  if (typeof value !== "string") return value.codePoints;
  const codePoints = new Uint32Array(value.length);
  for (let i = 0; i < value.length; i++) codePoints[i] = value.charCodeAt(i);
  return codePoints;
}

/** Text for output (printing, host APIs). Lossy only for adjacent lone surrogates. */
export function toJsString(value: PyStr): string {
  return typeof value === "string" ? value : value.js;
}

export function strLength(value: PyStr): number {
  return typeof value === "string" ? value.length : value.codePoints.length;
}

/** The code point at index (0 <= index < length, unchecked). */
export function strCodePointAt(value: PyStr, index: number): number {
  return typeof value === "string" ? value.charCodeAt(index) : value.codePoints[index];
}

/** The one-character str at index (0 <= index < length, unchecked). */
export function strAt(value: PyStr, index: number): PyStr {
  return typeof value === "string" ? value[index] : strFromCodePoint(value.codePoints[index]);
}

/** Code points [start, end) with 0 <= start <= end <= length (unchecked). */
export function strSlice(value: PyStr, start: number, end: number): PyStr {
  if (typeof value === "string") return value.slice(start, end);
  if (start === 0 && end === value.codePoints.length) return value;
  return strFromCodePoints(value.codePoints.subarray(start, end));
}

export function strConcat(left: PyStr, right: PyStr): PyStr {
  if (typeof left === "string" && typeof right === "string") return left + right;
  if (strLength(left) === 0) return right;
  if (strLength(right) === 0) return left;
  const leftPoints = codePointsOf(left);
  const rightPoints = codePointsOf(right);
  const joined = new Uint32Array(leftPoints.length + rightPoints.length);
  joined.set(leftPoints);
  joined.set(rightPoints, leftPoints.length);
  return new PyWideStr(joined);
}

/**
 * `separator.join(parts)` of primitive strings, `length` the result's: up
 * to MAX_ROPE_PIECES parts by `+` (see `flattened`; V8's join costs ~200 ns
 * a call: `"-".join(pair)` 4x faster), more by V8's join.
 */
export function joinPrimitive(
  parts: readonly string[],
  separator: string,
  length: number,
): string {
  if (parts.length === 1) return parts[0];
  if (parts.length > MAX_ROPE_PIECES || parts.length === 0) return parts.join(separator);
  let text = parts[0];
  for (let i = 1; i < parts.length; i++) text += separator + parts[i];
  return length >= SHORTEST_CONS_STRING ? flattened(text) : text;
}

/** Concatenate many strs (the common join/format builder). */
export function strConcatAll(parts: readonly PyStr[]): PyStr {
  for (let i = 0; i < parts.length; i++) {
    if (typeof parts[i] !== "string") return concatWide(parts);
  }
  if (parts.length > MAX_ROPE_PIECES) return (parts as readonly string[]).join("");
  let text = "";
  for (let i = 0; i < parts.length; i++) text += parts[i];
  return text.length >= SHORTEST_CONS_STRING ? flattened(text) : text;
}

/**
 * V8's ConsString::kMinLength: `a + b` shorter than this is a flat copy,
 * longer a rope of the two.
 */
const SHORTEST_CONS_STRING = 13;

/**
 * Results of more pieces are built by V8's join: a rope of a piece per
 * `+` costs an object per piece before `flattened` copies it, and V8's
 * join has no per-call cost left to save on long lists.
 */
const MAX_ROPE_PIECES = 64;

/** Where `flattened` puts the unit it reads, so that V8 keeps the read. */
let flattenSink = 0;

/**
 * `text`, a rope just built by `+`, made flat: reading a unit of a rope
 * makes V8 copy it into one flat string in place (String::Flatten), and
 * the garbage collector then drops the rope's nodes. A rope kept (a list
 * of f-string results) costs an object per piece and its reads a walk of
 * the nodes until something flattens it, late, with the pieces out of
 * cache; V8's join("") builds flat strings but costs ~200 ns a call. Built
 * by `+` and flattened at once, regex_scan.py's 29-piece `%` format (40k
 * calls) took 53 -> 43 ms of CPU and strings.py's 5-piece f-strings (180k)
 * 29 -> 26 ms, each result read once after (pure JS loops over these
 * functions, min of 34 runs).
 */
export function flattened(text: string): string {
  flattenSink ^= text.charCodeAt(0);
  return text;
}

function concatWide(parts: readonly PyStr[]): PyStr {
  let total = 0;
  for (const part of parts) total += strLength(part);
  const joined = new Uint32Array(total);
  let offset = 0;
  for (const part of parts) {
    const points = codePointsOf(part);
    joined.set(points, offset);
    offset += points.length;
  }
  return strFromCodePoints(joined);
}

/** Equality of two strs. Normal form makes a mixed pair always unequal. */
export function strEquals(left: PyStr, right: PyStr): boolean {
  if (typeof left === "string" || typeof right === "string") return left === right;
  const a = left.codePoints;
  const b = right.codePoints;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Three-way comparison in code point order (negative, zero, positive). JS `<`
 * compares UTF-16 units, which orders U+FF61 after U+1F600; Python does not.
 */
export function strCompare(left: PyStr, right: PyStr): number {
  if (typeof left === "string" && typeof right === "string") {
    return left < right ? -1 : left > right ? 1 : 0;
  }
  const a = codePointsOf(left);
  const b = codePointsOf(right);
  const common = Math.min(a.length, b.length);
  for (let i = 0; i < common; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return a.length - b.length;
}
