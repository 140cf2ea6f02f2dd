/**
 * posix._path_normpath: CPython 3.11's C path normalization (_Py_normpath),
 * which posixpath.normpath calls when posix has it. Without it posixpath
 * falls back to its Python loop, and importing os (every start, through site)
 * raised and caught an ImportError.
 *
 * The rules, segment by segment (segments are the text between slashes):
 * - "" stays "" (posixpath's normpath turns an empty result into ".");
 *   "." alone stays ".".
 * - A leading "./" and the slashes after it are dropped; otherwise exactly
 *   two leading slashes are kept as the root "//", one or three or more
 *   become "/".
 * - Empty and "." segments go; ".." removes the segment before it unless
 *   that is ".." too; with none before, an absolute path drops the "..", a
 *   relative one keeps it.
 * - The kept segments are joined by single slashes after the root: no
 *   trailing slash.
 *
 * Any str is accepted (lone surrogates and NULs are ordinary characters);
 * anything else is a TypeError, as in CPython, where posixpath converts bytes
 * first.
 */
import type { PyValue } from "../vm/objects/object.ts";
import { pyError } from "../vm/objects/exceptions.ts";
import { typeOf } from "../vm/objects/typeof.ts";
import { strOperand } from "../vm/objects/str_boxed.ts";
import { strFromCodePoints } from "../vm/objects/str_wide.ts";

const SLASH = 0x2f;
const DOT = 0x2e;

/** The normalized path's root and kept segments (start and end offsets into the input). */
function normalize(length: number, at: (index: number) => number): {
  root: string;
  segments: number[];
} {
  let i = 0;
  let root = "";
  if (at(0) === DOT && length > 1 && at(1) === SLASH) {
    i = 2;
  } else if (at(0) === SLASH) {
    root = length > 1 && at(1) === SLASH && (length === 2 || at(2) !== SLASH) ? "//" : "/";
  }
  const segments: number[] = []; // start, end pairs
  while (i < length) {
    while (i < length && at(i) === SLASH) i++;
    const start = i;
    while (i < length && at(i) !== SLASH) i++;
    const size = i - start;
    if (size === 0 || (size === 1 && at(start) === DOT)) continue;
    if (size === 2 && at(start) === DOT && at(start + 1) === DOT) {
      const count = segments.length;
      const previousIsParent = count > 0 && segments[count - 1] - segments[count - 2] === 2 &&
        at(segments[count - 2]) === DOT && at(segments[count - 2] + 1) === DOT;
      if (count > 0 && !previousIsParent) {
        segments.length -= 2;
        continue;
      }
      if (root !== "") continue;
    }
    segments.push(start, i);
  }
  return { root, segments };
}

/** posix._path_normpath(path). */
export function pathNormpath(path: PyValue): PyValue {
  const text = strOperand(path);
  if (text === undefined) {
    throw pyError("TypeError", `expected 'str', not '${typeOf(path).tpName}'`);
  }
  if (typeof text === "string") {
    if (text === "." || text === "") return text;
    const { root, segments } = normalize(text.length, (index) => text.charCodeAt(index));
    const parts: string[] = [];
    for (let k = 0; k < segments.length; k += 2) {
      parts.push(text.slice(segments[k], segments[k + 1]));
    }
    return root + parts.join("/");
  }
  // A str with code points a JS string cannot hold apart (surrogates): built from code points.
  const points = text.codePoints;
  if (points.length === 1 && points[0] === DOT) return text;
  const { root, segments } = normalize(points.length, (index) => points[index]);
  const out: number[] = [...root].map((c) => c.charCodeAt(0));
  for (let k = 0; k < segments.length; k += 2) {
    if (k > 0) out.push(SLASH);
    for (let j = segments[k]; j < segments[k + 1]; j++) out.push(points[j]);
  }
  return strFromCodePoints(out);
}
