/**
 * UTF-8 validation with the judgement and wording of Python's utf-8 codec, and
 * the "escaped byte" representation of source bytes that are not UTF-8.
 *
 * compile(bytes) in CPython does not reject ill-formed UTF-8 up front: bytes
 * inside a comment pass unnoticed, and only a token that must be decoded (a
 * name, a string literal) fails, with "(unicode error) 'utf-8' codec can't
 * decode byte ...". To keep that laziness the decoded source carries each
 * undecodable byte B as the lone surrogate U+DC00+B (Python's surrogateescape
 * convention; B >= 0x80, so U+DC80..U+DCFF). Well-formed UTF-8 never decodes to
 * a surrogate, so such a code unit always stands for one raw byte.
 */

export interface Utf8Error {
  /** Index of the first byte of the ill-formed sequence. */
  index: number;
  /** Bytes the codec reports as undecodable (the maximal ill-formed subpart). */
  length: number;
  reason: "invalid start byte" | "invalid continuation byte" | "unexpected end of data";
}

export function isEscapedByte(unit: number): boolean {
  return unit >= 0xdc80 && unit <= 0xdcff;
}

/** The first ill-formed sequence at or after `from`: overlongs, surrogates and > U+10FFFF included. */
export function findInvalidUtf8(bytes: Uint8Array, from = 0): Utf8Error | null {
  const length = bytes.length;
  let i = from;
  while (i < length) {
    const lead = bytes[i];
    if (lead < 0x80) {
      i++;
      continue;
    }
    let needed: number;
    let low = 0x80;
    let high = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) {
      needed = 1;
    } else if (lead >= 0xe0 && lead <= 0xef) {
      needed = 2;
      if (lead === 0xe0) low = 0xa0;
      else if (lead === 0xed) high = 0x9f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      needed = 3;
      if (lead === 0xf0) low = 0x90;
      else if (lead === 0xf4) high = 0x8f;
    } else {
      return { index: i, length: 1, reason: "invalid start byte" };
    }
    for (let k = 1; k <= needed; k++) {
      if (i + k >= length) return { index: i, length: k, reason: "unexpected end of data" };
      const next = bytes[i + k];
      const min = k === 1 ? low : 0x80;
      const max = k === 1 ? high : 0xbf;
      if (next < min || next > max) {
        return { index: i, length: k, reason: "invalid continuation byte" };
      }
    }
    i += needed + 1;
  }
  return null;
}

/** Python's UnicodeDecodeError text for `error` in `bytes`. */
export function utf8ErrorMessage(bytes: Uint8Array, error: Utf8Error): string {
  const where = error.length === 1
    ? `byte 0x${bytes[error.index].toString(16).padStart(2, "0")} in position ${error.index}`
    : `bytes in position ${error.index}-${error.index + error.length - 1}`;
  return `'utf-8' codec can't decode ${where}: ${error.reason}`;
}

/** Decode UTF-8, turning every byte of an ill-formed sequence into its escape. */
export function decodeUtf8Escaping(bytes: Uint8Array): string {
  const decoder = new TextDecoder("utf-8", { ignoreBOM: true });
  let text = "";
  let start = 0;
  for (let error = findInvalidUtf8(bytes); error !== null; error = findInvalidUtf8(bytes, start)) {
    text += decoder.decode(bytes.subarray(start, error.index));
    for (let i = 0; i < error.length; i++) {
      text += String.fromCharCode(0xdc00 + bytes[error.index + i]);
    }
    start = error.index + error.length;
  }
  return text + decoder.decode(bytes.subarray(start));
}

/** Re-encode source text to the bytes it came from (escapes back to raw bytes). */
export function encodeSourceBytes(text: string): Uint8Array {
  const encoder = new TextEncoder();
  const parts: number[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && !isEscapedByte(text.charCodeAt(i))) continue;
    parts.push(...encoder.encode(text.slice(start, i)));
    if (i < text.length) parts.push(text.charCodeAt(i) - 0xdc00);
    start = i + 1;
  }
  return Uint8Array.from(parts);
}

/** Text as CPython shows undecodable source: each ill-formed subpart becomes U+FFFD. */
export function replaceEscapedBytes(text: string): string {
  let result = "";
  let i = 0;
  while (i < text.length) {
    const escaped = isEscapedByte(text.charCodeAt(i));
    let end = i + 1;
    while (end < text.length && isEscapedByte(text.charCodeAt(end)) === escaped) end++;
    if (escaped) {
      const bytes = encodeSourceBytes(text.slice(i, end));
      for (let at = 0; at < bytes.length;) {
        const error = findInvalidUtf8(bytes, at)!;
        result += "\ufffd";
        at = error.index + error.length;
      }
    } else {
      result += text.slice(i, end);
    }
    i = end;
  }
  return result;
}
