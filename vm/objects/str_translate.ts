/**
 * str.translate(table) and the two- and three-argument forms of
 * str.maketrans.
 *
 * translate looks every character's code point up in the table (any object
 * with `__getitem__`); a LookupError leaves the character alone, None deletes
 * it, an int is a code point, a str is inserted. Lookups are cached per code
 * point within one call, as CPython's translate does for its fast path.
 */
import type { PyValue } from "./object.ts";
import { isPyException, pyError } from "./exceptions.ts";
import { ExceptionType } from "./exceptions.ts";
import { expectStr } from "./str_args.ts";
import { getItem } from "./str_item_lookup.ts";
import { codePointsOf, isStr, type PyStr, strFromCodePoints, strLength } from "./str_wide.ts";

/** What a table maps a code point to: code points to emit, or null to keep it. */
function lookupMapping(table: PyValue, codePoint: number): number[] | null {
  let mapped: PyValue;
  try {
    mapped = getItem(table, codePoint);
  } catch (error) {
    if (isPyException(error) && error.cls.isSubtypeOf(ExceptionType.LookupError)) return null;
    throw error;
  }
  if (mapped === null) return [];
  if (typeof mapped === "number" || typeof mapped === "bigint" || typeof mapped === "boolean") {
    const value = Number(mapped);
    if (value < 0 || value > 0x10ffff) {
      throw pyError("ValueError", "character mapping must be in range(0x110000)");
    }
    return [value];
  }
  if (isStr(mapped)) return Array.from(codePointsOf(mapped));
  throw pyError("TypeError", "character mapping must return integer, None or str");
}

export function strTranslate(self: PyStr, table: PyValue): PyStr {
  const points = codePointsOf(self);
  const cache = new Map<number, number[] | null>();
  const out: number[] = [];
  for (let i = 0; i < points.length; i++) {
    const codePoint = points[i];
    let mapping = cache.get(codePoint);
    if (mapping === undefined) {
      mapping = lookupMapping(table, codePoint);
      cache.set(codePoint, mapping);
    }
    if (mapping === null) out.push(codePoint);
    else for (const mapped of mapping) out.push(mapped);
  }
  return strFromCodePoints(out);
}

/**
 * The entries of `str.maketrans(x, y[, z])`: x[i] -> y[i], then z's
 * characters -> None. The one-argument (dict) form belongs with dict.
 */
export function maketransEntries(
  x: PyValue,
  y: PyValue,
  z: PyValue | undefined,
): [number, PyValue][] {
  const to = expectStr(y, "maketrans() argument 2 must be str, not ");
  const deleted = z === undefined ? "" : expectStr(z, "maketrans() argument 3 must be str, not ");
  if (!isStr(x)) {
    throw pyError(
      "TypeError",
      "first maketrans argument must be a string if there is a second argument",
    );
  }
  if (strLength(x) !== strLength(to)) {
    throw pyError("ValueError", "the first two maketrans arguments must have equal length");
  }
  const entries: [number, PyValue][] = [];
  const from = codePointsOf(x);
  const target = codePointsOf(to);
  for (let i = 0; i < from.length; i++) entries.push([from[i], target[i]]);
  for (const codePoint of codePointsOf(deleted)) entries.push([codePoint, null]);
  return entries;
}
