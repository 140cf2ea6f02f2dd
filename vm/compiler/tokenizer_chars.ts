/**
 * ASCII character classes for the tokenizer's hot loops, as one lookup table.
 * Every non-ASCII code unit counts as a potential identifier character, as in
 * CPython, where any byte >= 0x80 does; whether the identifier really is valid
 * is decided afterwards (tokenizer_unicode.ts).
 */

export const IDENTIFIER_START = 1;
export const IDENTIFIER_CHAR = 2;
export const DIGIT = 4;

export const ASCII_CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const letter = (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x5f;
  const digit = c >= 0x30 && c <= 0x39;
  ASCII_CLASS[c] = (letter ? IDENTIFIER_START | IDENTIFIER_CHAR : 0) |
    (digit ? DIGIT | IDENTIFIER_CHAR : 0);
}

/** CPython's `is_potential_identifier_char`; EOF (-1) and NaN are not. */
export function isIdentifierChar(c: number): boolean {
  return c >= 128 || (c >= 0 && (ASCII_CLASS[c] & IDENTIFIER_CHAR) !== 0);
}
