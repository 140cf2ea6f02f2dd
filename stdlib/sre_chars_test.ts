/**
 * \w and \d below 256 are answered without the Unicode property tables
 * (sre_chars.ts isLatin1Alnum); the answers must be the tables' own.
 */
import { assertEquals } from "../tests/assert.ts";
import { isUnicodeDigit, isUnicodeWord, unicodeTableFlags } from "./sre_chars.ts";

Deno.test("sre_chars: \\w and \\d below 256 agree with the Unicode tables", () => {
  for (let ch = 0; ch < 256; ch++) {
    const { word, digit } = unicodeTableFlags(ch);
    assertEquals([ch, isUnicodeWord(ch)], [ch, word]);
    assertEquals([ch, isUnicodeDigit(ch)], [ch, digit]);
  }
});
