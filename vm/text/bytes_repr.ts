/**
 * `repr(bytes)` as CPython 3.11 writes it: `b'...'`, double quotes only when the
 * data holds `'` and no `"`; `\\`, the quote, `\t`, `\n`, `\r` escaped; bytes
 * outside 0x20..0x7e as `\xhh` (lower-case hex).
 */
export function bytesRepr(data: Uint8Array): string {
  const singleQuote = 0x27;
  const doubleQuote = 0x22;
  const quote = data.includes(singleQuote) && !data.includes(doubleQuote)
    ? doubleQuote
    : singleQuote;
  const parts: string[] = ["b", String.fromCharCode(quote)];
  for (const byte of data) {
    if (byte === quote || byte === 0x5c) parts.push("\\" + String.fromCharCode(byte));
    else if (byte === 0x09) parts.push("\\t");
    else if (byte === 0x0a) parts.push("\\n");
    else if (byte === 0x0d) parts.push("\\r");
    else if (byte < 0x20 || byte >= 0x7f) parts.push("\\x" + byte.toString(16).padStart(2, "0"));
    else parts.push(String.fromCharCode(byte));
  }
  parts.push(String.fromCharCode(quote));
  return parts.join("");
}

/**
 * `repr(bytearray)`'s inner literal: like bytesRepr, except that CPython's
 * bytearray repr escapes `'` even inside double quotes.
 */
export function bytearrayLiteralRepr(data: Uint8Array): string {
  const literal = bytesRepr(data);
  if (literal[1] !== '"') return literal;
  return 'b"' + literal.slice(2, -1).replaceAll("'", "\\'") + '"';
}
