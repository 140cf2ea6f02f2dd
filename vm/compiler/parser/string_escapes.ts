/**
 * Backslash escapes of str and bytes literals, decoded as CPython 3.11 decodes
 * them (Parser/string_parser.c over Objects/unicodeobject.c's unicode-escape
 * codec and Objects/bytesobject.c's `_PyBytes_DecodeEscape`).
 *
 * CPython does not decode the source text directly. For a str literal it first
 * rewrites the UTF-8 body into pure ASCII: every non-ASCII character becomes the
 * 10-byte escape `\UXXXXXXXX`, and a backslash directly followed by a non-ASCII
 * character becomes `\u005c` (a literal backslash). It then runs the codec over
 * that buffer. Two things leak out of this detour and are reproduced here:
 * - a backslash before a non-ASCII character is a literal backslash (no warning);
 * - error messages quote byte positions in the rewritten buffer, so
 *   `"ä\xz"` fails "in position 10-11". `transformedOffset` recomputes those
 *   positions from the original text, only when an error is raised.
 *
 * The decoders work on the JS string between two indices without copying it, and
 * take plain runs between backslashes as slices: the common literal costs one
 * `indexOf` and one slice, and an escape costs one short string.
 *
 * Only the first invalid escape of a decoded piece is reported (a
 * DeprecationWarning in 3.11), after the piece decoded successfully.
 */
import { lookupCharacterName } from "../../unicode/names.ts";
import { type PyStr, strFromCodePoints } from "../../objects/str_wide.ts";

export interface EscapeReporter {
  /** The first invalid escape of a piece, e.g. "invalid escape sequence '\\d'". */
  invalidEscape(message: string): void;
  /** A decoding error; the message is already prefixed "(unicode error) " etc. */
  fail(message: string): never;
}

const BACKSLASH = 0x5c;

/** Single-character escapes shared by str and bytes literals: escape -> value. */
const SIMPLE_ESCAPES: ReadonlyMap<number, number> = new Map([
  ["\\", 0x5c],
  ["'", 0x27],
  ['"', 0x22],
  ["b", 0x08],
  ["f", 0x0c],
  ["t", 0x09],
  ["n", 0x0a],
  ["r", 0x0d],
  ["v", 0x0b],
  ["a", 0x07],
].map(([escape, value]) => [(escape as string).charCodeAt(0), value as number]));

/** Hex escapes of str literals: letter -> [digit count, message when malformed]. */
const HEX_ESCAPES: ReadonlyMap<number, readonly [number, string]> = new Map([
  [0x78, [2, "truncated \\xXX escape"]], // x
  [0x75, [4, "truncated \\uXXXX escape"]], // u
  [0x55, [8, "truncated \\UXXXXXXXX escape"]], // U
]);

const MAX_CODE_POINT = 0x10ffff;

function isOctalDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x37;
}

function hexDigitValue(code: number): number {
  if (code >= 0x30 && code <= 0x39) return code - 0x30;
  if (code >= 0x61 && code <= 0x66) return code - 0x61 + 10;
  if (code >= 0x41 && code <= 0x46) return code - 0x41 + 10;
  return -1;
}

/** Reads up to three octal digits starting at `at` (the first is known to be one). */
function readOctal(text: string, at: number, end: number): { value: number; next: number } {
  let value = text.charCodeAt(at) - 0x30;
  let next = at + 1;
  for (let count = 1; count < 3 && next < end && isOctalDigit(text.charCodeAt(next)); count++) {
    value = value * 8 + text.charCodeAt(next) - 0x30;
    next++;
  }
  return { value, next };
}

function invalidEscapeMessage(text: string, escapedAt: number): string {
  const code = text.charCodeAt(escapedAt);
  // An octal escape is only invalid when it exceeds 0o377, i.e. has three digits.
  if (code >= 0x34 && code <= 0x37) {
    return `invalid octal escape sequence '\\${text.slice(escapedAt, escapedAt + 3)}'`;
  }
  return `invalid escape sequence '\\${text[escapedAt]}'`;
}

/**
 * Decodes the body `text[start, end)` of a non-raw str literal (or of a literal
 * part of an f-string).
 */
export function decodeStrEscapes(
  text: string,
  start: number,
  end: number,
  reporter: EscapeReporter,
): PyStr {
  let backslash = text.indexOf("\\", start);
  if (backslash === -1 || backslash >= end) return text.slice(start, end);

  const parts: string[] = [];
  // Code points of escapes that denote surrogates (`\ud83d`): they must stay
  // separate code points, which a JS string cannot promise, so the result is
  // then built from code points (see codePointsOfParts).
  let surrogateEscapes: Set<number> | null = null;
  let runStart = start;
  let firstInvalid = -1;
  while (backslash !== -1 && backslash < end) {
    if (backslash > runStart) parts.push(text.slice(runStart, backslash));
    let at = backslash + 1;
    const code = at < end ? text.charCodeAt(at) : -1;
    if (code === -1 || code >= 0x80) {
      // CPython's `\u005c` rewrite: a literal backslash; the character stays.
      parts.push("\\");
    } else if (code === 0x0a) {
      at++; // line continuation
    } else if (SIMPLE_ESCAPES.has(code)) {
      parts.push(String.fromCharCode(SIMPLE_ESCAPES.get(code)!));
      at++;
    } else if (isOctalDigit(code)) {
      const { value, next } = readOctal(text, at, end);
      if (value > 0o377 && firstInvalid === -1) firstInvalid = at;
      parts.push(String.fromCharCode(value));
      at = next;
    } else if (HEX_ESCAPES.has(code)) {
      const [count, message] = HEX_ESCAPES.get(code)!;
      at++;
      let value = 0;
      for (let i = 0; i < count; i++, at++) {
        const digit = at < end ? hexDigitValue(text.charCodeAt(at)) : -1;
        if (digit < 0) failUnicode(reporter, text, start, backslash, at, message);
        value = value * 16 + digit;
      }
      if (value > MAX_CODE_POINT) {
        failUnicode(reporter, text, start, backslash, at, "illegal Unicode character");
      }
      if (value >= 0xd800 && value <= 0xdfff) (surrogateEscapes ??= new Set()).add(parts.length);
      parts.push(String.fromCodePoint(value));
    } else if (code === 0x4e) { // N
      const decoded = decodeNamedEscape(text, start, backslash, end, reporter);
      parts.push(String.fromCodePoint(decoded.codePoint));
      at = decoded.next;
    } else {
      if (firstInvalid === -1) firstInvalid = at;
      parts.push("\\", text[at]);
      at++;
    }
    runStart = at;
    backslash = text.indexOf("\\", at);
  }
  if (runStart < end) parts.push(text.slice(runStart, end));
  if (firstInvalid !== -1) reporter.invalidEscape(invalidEscapeMessage(text, firstInvalid));
  if (surrogateEscapes === null) return parts.join("");
  const codePoints: number[] = [];
  parts.forEach((part, index) => {
    if (surrogateEscapes!.has(index)) codePoints.push(part.charCodeAt(0));
    else for (const char of part) codePoints.push(char.codePointAt(0)!);
  });
  return strFromCodePoints(codePoints);
}

/** `\N{name}` starting at the backslash; returns the code point and the index after `}`. */
function decodeNamedEscape(
  text: string,
  start: number,
  backslash: number,
  end: number,
  reporter: EscapeReporter,
): { codePoint: number; next: number } {
  const malformed = "malformed \\N character escape";
  const brace = backslash + 2;
  if (brace >= end) failUnicode(reporter, text, start, backslash, end, malformed);
  if (text.charCodeAt(brace) !== 0x7b) {
    failUnicode(reporter, text, start, backslash, brace, malformed);
  }
  const close = text.indexOf("}", brace + 1);
  if (close === -1 || close >= end) failUnicode(reporter, text, start, backslash, end, malformed);
  if (close === brace + 1) failUnicode(reporter, text, start, backslash, close, malformed);
  const name = text.slice(brace + 1, close);
  // A non-ASCII name reaches CPython's lookup as `\U...` text, which never matches;
  // ASCII controls match no name either.
  const codePoint = /[^ -~]/.test(name) ? undefined : lookupCharacterName(name);
  if (codePoint === undefined) {
    failUnicode(reporter, text, start, backslash, close + 1, "unknown Unicode character name");
  }
  return { codePoint, next: close + 1 };
}

/** Position of `index` in CPython's ASCII-rewritten copy of `text[start, ...)`. */
function transformedOffset(text: string, start: number, index: number): number {
  let offset = 0;
  let i = start;
  while (i < index) {
    const code = text.charCodeAt(i);
    if (code === BACKSLASH) {
      offset++;
      i++;
      if (i >= index) break;
      const next = text.charCodeAt(i);
      if (next < 0x80) {
        offset++;
        i++;
        continue;
      }
      offset += 5; // "u005c"
      continue;
    }
    if (code < 0x80) {
      offset++;
      i++;
    } else {
      offset += 10;
      i += code >= 0xd800 && code <= 0xdbff ? 2 : 1;
    }
  }
  return offset;
}

function failUnicode(
  reporter: EscapeReporter,
  text: string,
  start: number,
  from: number,
  to: number,
  reason: string,
): never {
  const first = transformedOffset(text, start, from);
  const last = transformedOffset(text, start, to);
  const where = last - first === 1
    ? `byte 0x5c in position ${first}`
    : `bytes in position ${first}-${last - 1}`;
  reporter.fail(`(unicode error) 'unicodeescape' codec can't decode ${where}: ${reason}`);
}

/** Decodes the body `text[start, end)` of a non-raw bytes literal (ASCII only). */
export function decodeBytesEscapes(
  text: string,
  start: number,
  end: number,
  reporter: EscapeReporter,
): Uint8Array {
  const out = new Uint8Array(end - start);
  let length = 0;
  let firstInvalid = -1;
  let at = start;
  while (at < end) {
    const code = text.charCodeAt(at++);
    if (code !== BACKSLASH) {
      out[length++] = code;
      continue;
    }
    if (at >= end) reporter.fail("(value error) Trailing \\ in string");
    const escaped = text.charCodeAt(at++);
    if (escaped === 0x0a) continue;
    const simple = SIMPLE_ESCAPES.get(escaped);
    if (simple !== undefined) {
      out[length++] = simple;
    } else if (isOctalDigit(escaped)) {
      const { value, next } = readOctal(text, at - 1, end);
      if (value > 0o377 && firstInvalid === -1) firstInvalid = at - 1;
      out[length++] = value & 0xff;
      at = next;
    } else if (escaped === 0x78) { // x
      const high = at + 1 < end ? hexDigitValue(text.charCodeAt(at)) : -1;
      const low = at + 1 < end ? hexDigitValue(text.charCodeAt(at + 1)) : -1;
      if (high < 0 || low < 0) {
        reporter.fail(`(value error) invalid \\x escape at position ${at - 2 - start}`);
      }
      out[length++] = high * 16 + low;
      at += 2;
    } else {
      if (firstInvalid === -1) firstInvalid = at - 1;
      out[length++] = BACKSLASH;
      at--; // the escaped character is kept as an ordinary one
    }
  }
  if (firstInvalid !== -1) reporter.invalidEscape(invalidEscapeMessage(text, firstInvalid));
  return length === out.length ? out : out.slice(0, length);
}
