/**
 * str(), repr() and ascii() of any value as a Python str, for the formatting
 * code (%s/%r/%a, !s/!r/!a). Builtin values with a fixed text are handled here;
 * everything else goes through the interpreter's late-bound protocols.
 *
 * repr of a wide str: vm/text/str_repr.ts works on JS strings, where two
 * adjacent lone surrogates (a high then a low) would read as one astral
 * character. Such a str is therefore cut between those two code points and
 * the pieces are rendered separately under the quote chosen for the whole
 * string (surrogates are always escaped, so nothing else changes).
 */
import type { PyValue } from "./object.ts";
import { floatType, PyFloat } from "./float.ts";
import { late } from "../runtime/late_protocols.ts";
import { strRepr } from "../text/str_repr.ts";
import { floatRepr } from "../text/float_repr.ts";
import { reprValue } from "./dict_repr.ts";
import { isStr, type PyStr, strFromCodePoints, strFromJs, toJsString } from "./str_wide.ts";

const isHighSurrogate = (codePoint: number) => codePoint >= 0xd800 && codePoint < 0xdc00;
const isLowSurrogate = (codePoint: number) => codePoint >= 0xdc00 && codePoint < 0xe000;

/** repr() of a str, as a JS string (all surrogates come out escaped). */
export function reprOfStr(value: PyStr): string {
  if (typeof value === "string") return strRepr(value);
  const points = value.codePoints;
  const pieces: string[] = [];
  let start = 0;
  for (let i = 1; i < points.length; i++) {
    if (isHighSurrogate(points[i - 1]) && isLowSurrogate(points[i])) {
      pieces.push(toJsString(strFromCodePoints(points.subarray(start, i))));
      start = i;
    }
  }
  pieces.push(toJsString(strFromCodePoints(points.subarray(start))));
  if (pieces.length === 1) return strRepr(pieces[0]);
  const whole = value.js;
  const quote = whole.includes("'") && !whole.includes('"') ? '"' : "'";
  return quote + pieces.map((piece) => {
    const body = strRepr(piece).slice(1, -1);
    // A piece that picked '"' holds "'" unescaped; under "'" it needs escaping.
    return quote === "'" && piece.includes("'") && !piece.includes('"')
      ? body.replaceAll("'", "\\'")
      : body;
  }).join("") + quote;
}

/** repr(value) as a str. */
export function reprOf(value: PyValue): PyStr {
  return strFromJs(isStr(value) ? reprOfStr(value) : reprValue(value));
}

/** str(value) as a str. */
export function strOf(value: PyValue): PyStr {
  if (isStr(value)) return value;
  if (typeof value !== "object" || value === null) return reprOf(value);
  if (value instanceof PyFloat && value.cls === floatType) return floatRepr(value.value);
  return strFromJs(late.str(value));
}

/** ascii(value): repr with every non-ASCII character escaped. */
export function asciiOf(value: PyValue): PyStr {
  const text = toJsString(reprOf(value));
  let out = "";
  for (const char of text) {
    const codePoint = char.codePointAt(0)!;
    if (codePoint < 0x80) out += char;
    else if (codePoint < 0x100) out += "\\x" + codePoint.toString(16).padStart(2, "0");
    else if (codePoint < 0x10000) out += "\\u" + codePoint.toString(16).padStart(4, "0");
    else out += "\\U" + codePoint.toString(16).padStart(8, "0");
  }
  return out;
}
