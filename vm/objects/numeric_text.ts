/**
 * Text helpers shared by int(), float() and complex() parsing: CPython first
 * maps the argument through _PyUnicode_TransformDecimalAndSpaceToASCII —
 * ASCII stays as it is, non-ASCII whitespace becomes ' ', any Unicode
 * decimal digit (category Nd, Unicode 14.0) becomes its ASCII digit, any
 * other non-ASCII character becomes '?' (which then fails to parse) — and
 * then strips C whitespace (" \t\n\v\f\r"; so "\x1c5" is not a number
 * although "\x1c".isspace()). The Unicode tables are vm/unicode's.
 */
import { strRepr } from "../text/str_repr.ts";
import { decimalDigitValue, isSpaceCodePoint } from "../unicode/char_properties.ts";

/** CPython's transform to ASCII, then strip whitespace. */
export function asciiNumberText(text: string): string {
  let ascii = true;
  for (let index = 0; index < text.length; index++) {
    if (text.charCodeAt(index) >= 0x80) {
      ascii = false;
      break;
    }
  }
  // Hot path: plain ASCII input needs no mapping (JS trim strips exactly C whitespace there).
  if (ascii) return text.trim();
  let out = "";
  for (const char of text) {
    const codePoint = char.codePointAt(0)!;
    if (codePoint < 0x80) out += char;
    else if (isSpaceCodePoint(codePoint)) out += " ";
    else {
      const digit = decimalDigitValue(codePoint);
      out += digit < 0 ? "?" : String(digit);
    }
  }
  return out.replace(/^[ \t\n\v\f\r]+|[ \t\n\v\f\r]+$/g, "");
}

/** repr(text) cut to 200 code points, as CPython's "%.200R" does. */
export function truncatedRepr(text: string): string {
  const repr = strRepr(text);
  const codePoints = [...repr];
  return codePoints.length <= 200 ? repr : codePoints.slice(0, 200).join("");
}
