/**
 * The encodings of binascii over byte arrays, following binascii.c (3.11)
 * step by step, since the exact output on odd input is the contract:
 *
 * - base64: decoding skips characters outside the alphabet (unless
 *   strict_mode), stops at the pad that completes a quad, and reports a lone
 *   trailing character or missing padding; encoding adds an optional newline.
 * - uu: one line at a time, the first character holding the length;
 *   missing characters at the end of a line count as zero bits.
 * - quoted-printable: soft line breaks at 76 columns, CRLF kept when the
 *   first line ends with one, trailing blanks on a line protected.
 * - hex: with an optional one-byte separator every `bytesPerSep` bytes.
 */
import { makeBuiltinType } from "../vm/objects/core_types.ts";
import { ExceptionType, PyBaseException } from "../vm/objects/exceptions.ts";
import { newTuple } from "../vm/objects/tuple.ts";

export const binasciiErrorType = makeBuiltinType("Error", ExceptionType.ValueError);
export const incompleteType = makeBuiltinType("Incomplete", ExceptionType.Exception);

export function binasciiError(message: string): PyBaseException {
  return new PyBaseException(binasciiErrorType, newTuple([message]));
}

const BASE64_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const PAD = 0x3d; // '='

/** Byte -> 6-bit value, or 64 for bytes outside the alphabet. */
const BASE64_VALUES = (() => {
  const table = new Uint8Array(256).fill(64);
  for (let i = 0; i < 64; i++) table[BASE64_ALPHABET.charCodeAt(i)] = i;
  return table;
})();

export function base64Decode(data: Uint8Array, strict: boolean): Uint8Array {
  const out = new Uint8Array(Math.floor((data.length + 3) / 4) * 3);
  let length = 0;
  if (strict && data.length > 0 && data[0] === PAD) {
    throw binasciiError("Leading padding not allowed");
  }
  let quadPosition = 0;
  let leftover = 0;
  let pads = 0;
  let paddingStarted = false;
  for (let i = 0; i < data.length; i++) {
    const byte = data[i];
    if (byte === PAD) {
      paddingStarted = true;
      if (quadPosition >= 2 && quadPosition + ++pads >= 4) {
        if (strict && i + 1 < data.length) throw binasciiError("Excess data after padding");
        return out.slice(0, length);
      }
      continue;
    }
    const value = BASE64_VALUES[byte];
    if (value === 64) {
      if (strict) throw binasciiError("Only base64 data is allowed");
      continue;
    }
    if (strict && paddingStarted) throw binasciiError("Discontinuous padding not allowed");
    pads = 0;
    switch (quadPosition) {
      case 0:
        quadPosition = 1;
        leftover = value;
        break;
      case 1:
        quadPosition = 2;
        out[length++] = (leftover << 2) | (value >> 4);
        leftover = value & 0x0f;
        break;
      case 2:
        quadPosition = 3;
        out[length++] = (leftover << 4) | (value >> 2);
        leftover = value & 0x03;
        break;
      default:
        quadPosition = 0;
        out[length++] = (leftover << 6) | value;
        leftover = 0;
    }
  }
  if (quadPosition === 1) {
    throw binasciiError(
      "Invalid base64-encoded string: number of data characters " +
        `(${Math.floor(length / 3) * 4 + 1}) cannot be 1 more than a multiple of 4`,
    );
  }
  if (quadPosition !== 0) throw binasciiError("Incorrect padding");
  return out.slice(0, length);
}

const BASE64_CODES = Uint8Array.from(BASE64_ALPHABET, (c) => c.charCodeAt(0));

export function base64Encode(data: Uint8Array, newline: boolean): Uint8Array {
  const out = new Uint8Array(Math.ceil(data.length / 3) * 4 + (newline ? 1 : 0));
  let at = 0;
  let i = 0;
  for (; i + 2 < data.length; i += 3) {
    const n = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2];
    out[at++] = BASE64_CODES[n >> 18];
    out[at++] = BASE64_CODES[(n >> 12) & 63];
    out[at++] = BASE64_CODES[(n >> 6) & 63];
    out[at++] = BASE64_CODES[n & 63];
  }
  const rest = data.length - i;
  if (rest === 1) {
    out[at++] = BASE64_CODES[data[i] >> 2];
    out[at++] = BASE64_CODES[(data[i] & 3) << 4];
    out[at++] = PAD;
    out[at++] = PAD;
  } else if (rest === 2) {
    const n = (data[i] << 8) | data[i + 1];
    out[at++] = BASE64_CODES[n >> 10];
    out[at++] = BASE64_CODES[(n >> 4) & 63];
    out[at++] = BASE64_CODES[(n & 15) << 2];
    out[at++] = PAD;
  }
  if (newline) out[at] = 0x0a;
  return out;
}

const SPACE = 0x20;
const BACKTICK = 0x60;

export function uuDecode(data: Uint8Array): Uint8Array {
  // An empty buffer reads as its terminating NUL in CPython: 32 zero bytes.
  let binaryLength = ((data.length > 0 ? data[0] : 0) - SPACE) & 0o77;
  const out = new Uint8Array(binaryLength);
  let length = 0;
  let at = 1;
  let remaining = data.length - 1;
  let leftover = 0;
  let leftBits = 0;
  for (; binaryLength > 0; remaining--, at++) {
    let byte = remaining > 0 ? data[at] : 0;
    if (byte === 0x0a || byte === 0x0d || remaining <= 0) byte = 0;
    else {
      if (byte < SPACE || byte > SPACE + 64) throw binasciiError("Illegal char");
      byte = (byte - SPACE) & 0o77;
    }
    leftover = (leftover << 6) | byte;
    leftBits += 6;
    if (leftBits >= 8) {
      leftBits -= 8;
      out[length++] = (leftover >> leftBits) & 0xff;
      leftover &= (1 << leftBits) - 1;
      binaryLength--;
    }
  }
  for (; remaining > 0; remaining--, at++) {
    const byte = data[at];
    if (byte !== SPACE && byte !== SPACE + 64 && byte !== 0x0a && byte !== 0x0d) {
      throw binasciiError("Trailing garbage");
    }
  }
  return out;
}

export function uuEncode(data: Uint8Array, backtick: boolean): Uint8Array {
  if (data.length > 45) throw binasciiError("At most 45 bytes at once");
  const out: number[] = [backtick && data.length === 0 ? BACKTICK : SPACE + data.length];
  let leftover = 0;
  let leftBits = 0;
  for (let i = 0; i < data.length || leftBits !== 0; i++) {
    leftover = ((leftover << 8) | (i < data.length ? data[i] : 0)) & 0xffffff;
    leftBits += 8;
    while (leftBits >= 6) {
      const sextet = (leftover >> (leftBits - 6)) & 0x3f;
      leftBits -= 6;
      out.push(backtick && sextet === 0 ? BACKTICK : sextet + SPACE);
    }
  }
  out.push(0x0a);
  return Uint8Array.from(out);
}

const HEX_UPPER = "0123456789ABCDEF";
const MAX_LINE = 76;

function hexDigitValue(byte: number): number {
  if (byte >= 0x30 && byte <= 0x39) return byte - 0x30;
  if (byte >= 0x41 && byte <= 0x46) return byte - 0x41 + 10;
  if (byte >= 0x61 && byte <= 0x66) return byte - 0x61 + 10;
  return -1;
}

export function qpDecode(data: Uint8Array, header: boolean): Uint8Array {
  const out: number[] = [];
  let i = 0;
  while (i < data.length) {
    const byte = data[i];
    if (byte === 0x3d) {
      i++;
      if (i >= data.length) break;
      if (data[i] === 0x0a || data[i] === 0x0d) {
        // Soft line break: skip to past the end of the line.
        if (data[i] !== 0x0a) { while (i < data.length && data[i] !== 0x0a) i++; }
        if (i < data.length) i++;
      } else if (data[i] === 0x3d) {
        out.push(0x3d);
        i++;
      } else if (
        i + 1 < data.length && hexDigitValue(data[i]) >= 0 && hexDigitValue(data[i + 1]) >= 0
      ) {
        out.push((hexDigitValue(data[i]) << 4) | hexDigitValue(data[i + 1]));
        i += 2;
      } else out.push(0x3d);
    } else if (header && byte === 0x5f) {
      out.push(SPACE);
      i++;
    } else {
      out.push(byte);
      i++;
    }
  }
  return Uint8Array.from(out);
}

export interface QpOptions {
  quotetabs: boolean;
  istext: boolean;
  header: boolean;
}

export function qpEncode(data: Uint8Array, { quotetabs, istext, header }: QpOptions): Uint8Array {
  const newlineAt = data.indexOf(0x0a);
  const crlf = newlineAt > 0 && data[newlineAt - 1] === 0x0d;
  const out: number[] = [];
  const softBreak = () => {
    out.push(0x3d);
    if (crlf) out.push(0x0d);
    out.push(0x0a);
  };
  const pushHex = (byte: number) =>
    out.push(HEX_UPPER.charCodeAt(byte >> 4), HEX_UPPER.charCodeAt(byte & 15));
  let lineLength = 0;
  let i = 0;
  while (i < data.length) {
    const byte = data[i];
    const next = i + 1 < data.length ? data[i + 1] : -1;
    const last = i + 1 === data.length;
    const mustQuote = byte > 126 || byte === 0x3d || (header && byte === 0x5f) ||
      (byte === 0x2e && lineLength === 0 &&
        (last || next === 0x0a || next === 0x0d || next === 0)) ||
      (!istext && (byte === 0x0d || byte === 0x0a)) ||
      ((byte === 0x09 || byte === SPACE) && last) ||
      (byte < 33 && byte !== 0x0d && byte !== 0x0a &&
        (quotetabs || (byte !== 0x09 && byte !== SPACE)));
    if (mustQuote) {
      if (lineLength + 3 >= MAX_LINE) {
        softBreak();
        lineLength = 0;
      }
      out.push(0x3d);
      pushHex(byte);
      i++;
      lineLength += 3;
    } else if (istext && (byte === 0x0a || (byte === 0x0d && next === 0x0a))) {
      lineLength = 0;
      // Blanks at the end of a line would be lost in transit: quote them.
      const previous = out.length > 0 ? out[out.length - 1] : -1;
      if (previous === SPACE || previous === 0x09) {
        out[out.length - 1] = 0x3d;
        pushHex(previous);
      }
      if (crlf) out.push(0x0d);
      out.push(0x0a);
      i += byte === 0x0d ? 2 : 1;
    } else {
      if (!last && next !== 0x0a && lineLength + 1 >= MAX_LINE) {
        softBreak();
        lineLength = 0;
      }
      lineLength++;
      out.push(header && byte === SPACE ? 0x5f : byte);
      i++;
    }
  }
  return Uint8Array.from(out);
}

export function hexDecode(data: Uint8Array): Uint8Array {
  if (data.length % 2 !== 0) throw binasciiError("Odd-length string");
  const out = new Uint8Array(data.length / 2);
  for (let i = 0; i < out.length; i++) {
    const high = hexDigitValue(data[2 * i]);
    const low = hexDigitValue(data[2 * i + 1]);
    if (high < 0 || low < 0) throw binasciiError("Non-hexadecimal digit found");
    out[i] = (high << 4) | low;
  }
  return out;
}

const HEX_LOWER_CODES = Uint8Array.from("0123456789abcdef", (c) => c.charCodeAt(0));

/** Lower-case hex; `separator` (a byte) between groups of |bytesPerSep|, counted from the right when positive. */
export function hexEncode(
  data: Uint8Array,
  separator: number | null,
  bytesPerSep: number,
): Uint8Array {
  const size = Math.abs(bytesPerSep);
  const grouped = separator !== null && size !== 0 && data.length > 0;
  const separators = grouped ? Math.floor((data.length - 1) / size) : 0;
  const out = new Uint8Array(data.length * 2 + separators);
  let at = 0;
  for (let i = 0; i < data.length; i++) {
    if (grouped && i > 0) {
      const boundary = bytesPerSep > 0 ? (data.length - i) % size === 0 : i % size === 0;
      if (boundary) out[at++] = separator!;
    }
    out[at++] = HEX_LOWER_CODES[data[i] >> 4];
    out[at++] = HEX_LOWER_CODES[data[i] & 15];
  }
  return out;
}
