/**
 * ASCII character classes and case mapping for byte strings (CPython's
 * pyctype.c table and bytes_methods.c): bytes methods never look past ASCII,
 * so b'\xe9'.upper() is unchanged and b'\xe9'.isalpha() is False. The class
 * table is data, one bit set per class, built once from the ranges below.
 */
import { mapBytes } from "./bytes_alloc.ts";

const enum Class {
  Lower = 1,
  Upper = 2,
  Digit = 4,
  Space = 8,
}

/** [class, first byte, last byte] ranges of the ASCII table. */
const CLASS_RANGES: readonly (readonly [Class, number, number])[] = [
  [Class.Lower, 0x61, 0x7a],
  [Class.Upper, 0x41, 0x5a],
  [Class.Digit, 0x30, 0x39],
  [Class.Space, 0x09, 0x0d],
  [Class.Space, 0x20, 0x20],
];

const CLASSES = new Uint8Array(256);
for (const [kind, first, last] of CLASS_RANGES) {
  for (let byte = first; byte <= last; byte++) CLASSES[byte] |= kind;
}

export const isAsciiSpace = (byte: number) => (CLASSES[byte] & Class.Space) !== 0;
export const isAsciiLower = (byte: number) => (CLASSES[byte] & Class.Lower) !== 0;
export const isAsciiUpper = (byte: number) => (CLASSES[byte] & Class.Upper) !== 0;
export const isAsciiDigit = (byte: number) => (CLASSES[byte] & Class.Digit) !== 0;
const isAsciiAlpha = (byte: number) => (CLASSES[byte] & (Class.Lower | Class.Upper)) !== 0;
const isAsciiAlnum = (byte: number) =>
  (CLASSES[byte] & (Class.Lower | Class.Upper | Class.Digit)) !== 0;

const toUpper = (byte: number) => isAsciiLower(byte) ? byte - 0x20 : byte;
const toLower = (byte: number) => isAsciiUpper(byte) ? byte + 0x20 : byte;

function every(self: Uint8Array, test: (byte: number) => boolean): boolean {
  if (self.length === 0) return false;
  for (const byte of self) if (!test(byte)) return false;
  return true;
}

export const bytesIsalnum = (self: Uint8Array) => every(self, isAsciiAlnum);
export const bytesIsalpha = (self: Uint8Array) => every(self, isAsciiAlpha);
export const bytesIsdigit = (self: Uint8Array) => every(self, isAsciiDigit);
export const bytesIsspace = (self: Uint8Array) => every(self, isAsciiSpace);
export const bytesIsascii = (self: Uint8Array) => self.every((byte) => byte < 0x80);

/** islower/isupper: at least one cased byte, and none of the other case. */
function casedOnly(self: Uint8Array, wanted: Class): boolean {
  let cased = false;
  for (const byte of self) {
    const kind = CLASSES[byte] & (Class.Lower | Class.Upper);
    if (kind === 0) continue;
    if (kind !== wanted) return false;
    cased = true;
  }
  return cased;
}

export const bytesIslower = (self: Uint8Array) => casedOnly(self, Class.Lower);
export const bytesIsupper = (self: Uint8Array) => casedOnly(self, Class.Upper);

/** Upper-case bytes only after uncased ones, lower-case only after cased; at least one cased. */
export function bytesIstitle(self: Uint8Array): boolean {
  let cased = false;
  let previousCased = false;
  for (const byte of self) {
    if (isAsciiUpper(byte)) {
      if (previousCased) return false;
      previousCased = cased = true;
    } else if (isAsciiLower(byte)) {
      if (!previousCased) return false;
      previousCased = cased = true;
    } else previousCased = false;
  }
  return cased;
}

export const bytesLower = (self: Uint8Array) => mapBytes(self, toLower);
export const bytesUpper = (self: Uint8Array) => mapBytes(self, toUpper);
export const bytesSwapcase = (self: Uint8Array) =>
  mapBytes(
    self,
    (byte) => isAsciiLower(byte) ? byte - 0x20 : isAsciiUpper(byte) ? byte + 0x20 : byte,
  );

export function bytesCapitalize(self: Uint8Array): Uint8Array {
  return mapBytes(self, (byte, index) => index === 0 ? toUpper(byte) : toLower(byte));
}

/** Each run of letters starts upper-case, the rest lower-case. */
export function bytesTitle(self: Uint8Array): Uint8Array {
  let previousCased = false;
  return self.map((byte) => {
    const result = previousCased ? toLower(byte) : toUpper(byte);
    previousCased = isAsciiAlpha(byte);
    return result;
  });
}
