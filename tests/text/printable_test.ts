import { isPrintable } from "../../vm/text/printable.ts";
import { assertEquals } from "../assert.ts";
import { loadFixture } from "./fixtures.ts";

Deno.test("isPrintable agrees with CPython 3.11 on every code point", () => {
  const ranges = loadFixture<Array<[number, number]>>("non_printable_ranges.json");
  const expected = new Uint8Array(0x110000).fill(1);
  for (const [first, last] of ranges) expected.fill(0, first, last + 1);
  const wrong: string[] = [];
  for (let codePoint = 0; codePoint < expected.length; codePoint++) {
    if (isPrintable(codePoint) !== (expected[codePoint] === 1)) {
      wrong.push(codePoint.toString(16));
    }
  }
  assertEquals(wrong.slice(0, 20), [], "code points classified differently");
});

Deno.test("a character assigned after Unicode 14.0 is not printable for Python 3.11", () => {
  // U+1E030 MODIFIER LETTER CYRILLIC SMALL A arrived in Unicode 15.0; V8's tables know it.
  assertEquals(/\p{L}/u.test(String.fromCodePoint(0x1e030)), true, "V8 sees a letter");
  assertEquals(isPrintable(0x1e030), false, "isPrintable(U+1E030)");
});
