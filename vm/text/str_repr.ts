/**
 * `repr(str)` exactly as CPython 3.11 writes it.
 *
 * Quote choice: single quotes, unless the text contains `'` and no `"`.
 * Escapes: `\\`, the chosen quote, `\t`, `\n`, `\r`; other ASCII controls and
 * DEL as `\xhh`; non-ASCII characters stay as they are when printable (Unicode
 * 14.0, see printable.ts) and otherwise become `\xhh`, `\uhhhh` or `\Uhhhhhhhh`
 * by size, in lower-case hex.
 *
 * A JS string is UTF-16: a well-formed surrogate pair is one astral code point,
 * and a lone surrogate stands for the surrogate code point itself (category Cs,
 * always escaped as `\udxxx`). A str that holds surrogate code points next to
 * each other (`'\ud800\udc00'`, two code points) cannot be a JS string; its
 * code points go to `codePointsRepr`.
 */
import { isPrintable } from "./printable.ts";

export function strRepr(text: string): string {
  const quote = text.includes("'") && !text.includes('"') ? '"' : "'";
  let out = quote;
  let plainStart = 0;
  for (let index = 0; index < text.length; index++) {
    const unit = text.charCodeAt(index);
    // Printable ASCII other than the quote and backslash is copied in runs.
    if (unit >= 0x20 && unit < 0x7f && unit !== 0x5c && text[index] !== quote) continue;
    let codePoint = unit;
    let width = 1;
    if (unit >= 0xd800 && unit < 0xdc00 && index + 1 < text.length) {
      const next = text.charCodeAt(index + 1);
      if (next >= 0xdc00 && next < 0xe000) {
        codePoint = 0x10000 + ((unit - 0xd800) << 10) + (next - 0xdc00);
        width = 2;
      }
    }
    const escaped = escapeCodePoint(codePoint, quote);
    if (escaped !== null) {
      out += text.slice(plainStart, index) + escaped;
      plainStart = index + width;
    }
    index += width - 1;
  }
  return out + text.slice(plainStart) + quote;
}

/** `repr(str)` of a str given as its code points. */
export function codePointsRepr(codePoints: ArrayLike<number>): string {
  const singleQuote = 0x27;
  const doubleQuote = 0x22;
  let hasSingle = false;
  let hasDouble = false;
  for (let index = 0; index < codePoints.length; index++) {
    hasSingle ||= codePoints[index] === singleQuote;
    hasDouble ||= codePoints[index] === doubleQuote;
  }
  const quote = hasSingle && !hasDouble ? '"' : "'";
  let out = quote;
  for (let index = 0; index < codePoints.length; index++) {
    const codePoint = codePoints[index];
    out += escapeCodePoint(codePoint, quote) ?? String.fromCodePoint(codePoint);
  }
  return out + quote;
}

/** The escape for one character, or null when it is written as itself. */
function escapeCodePoint(codePoint: number, quote: string): string | null {
  switch (codePoint) {
    case 0x5c:
      return "\\\\";
    case 0x09:
      return "\\t";
    case 0x0a:
      return "\\n";
    case 0x0d:
      return "\\r";
  }
  if (codePoint === quote.charCodeAt(0)) return "\\" + quote;
  if (codePoint < 0x20 || codePoint === 0x7f) return "\\x" + hex(codePoint, 2);
  if (codePoint < 0x7f || isPrintable(codePoint)) return null;
  if (codePoint <= 0xff) return "\\x" + hex(codePoint, 2);
  if (codePoint <= 0xffff) return "\\u" + hex(codePoint, 4);
  return "\\U" + hex(codePoint, 8);
}

function hex(value: number, digits: number): string {
  return value.toString(16).padStart(digits, "0");
}
