/**
 * The representation invariant of str (vm/objects/str_wide.ts): a primitive
 * string never holds a surrogate unit, a PyWideStr always holds a code point
 * that needs one, and every constructor and operation keeps it so. These are
 * internal properties (Python cannot see the form); the Python-visible
 * behaviour is tested against CPython in calls_test.ts.
 */
import { assert, assertEquals } from "../assert.ts";
import {
  codePointsOf,
  PyWideStr,
  strAt,
  strCompare,
  strConcat,
  strConcatAll,
  strEquals,
  strFromCodePoint,
  strFromCodePoints,
  strFromJs,
  strLength,
  strSlice,
  toJsString,
} from "../../vm/objects/str_wide.ts";
import type { PyStr } from "../../vm/objects/str_wide.ts";
import { strSliceWithStep } from "../../vm/objects/str_sequence.ts";

function assertNormal(value: PyStr): void {
  if (typeof value === "string") {
    assert(!/[\ud800-\udfff]/.test(value), `primitive with a surrogate: ${JSON.stringify(value)}`);
  } else {
    assert(
      Array.from(value.codePoints).some((point) => point > 0xffff || (point & 0xf800) === 0xd800),
      "wide str without a code point that needs it",
    );
  }
}

Deno.test("strFromJs keeps surrogate-free text primitive and wraps the rest", () => {
  assertEquals(strFromJs("abc é 中"), "abc é 中");
  const emoji = strFromJs("a😀");
  assert(emoji instanceof PyWideStr);
  assertEquals(Array.from(emoji.codePoints), [0x61, 0x1f600]);
  const lone = strFromJs("\ud800x");
  assert(lone instanceof PyWideStr);
  assertEquals(Array.from(lone.codePoints), [0xd800, 0x78]);
});

Deno.test("two lone surrogates stay two code points, apart from the astral character", () => {
  const pair = strFromCodePoints([0xd83d, 0xde00]);
  const astral = strFromCodePoint(0x1f600);
  assertEquals(strLength(pair), 2);
  assertEquals(strLength(astral), 1);
  assert(!strEquals(pair, astral));
  assert(strCompare(pair, astral) < 0, "U+D83D sorts before U+1F600");
  const joined = strConcat(strFromCodePoint(0xd83d), strFromCodePoint(0xde00));
  assertEquals(strLength(joined), 2);
  assert(strEquals(joined, pair));
});

Deno.test("operations on wide strs normalise their results", () => {
  const wide = strFromJs("ab😀cd");
  for (const part of [strSlice(wide, 0, 2), strSlice(wide, 3, 5), strAt(wide, 0)]) {
    assertEquals(typeof part, "string");
  }
  assertNormal(strSlice(wide, 1, 3));
  assertNormal(strSliceWithStep(wide, null, null, -1));
  assertEquals(typeof strSliceWithStep(wide, 1, null, 2), "string");
  assertNormal(strConcatAll(["x", wide, "y"]));
  assertEquals(typeof strConcatAll(["x", "y"]), "string");
  assertEquals(typeof strFromCodePoints([0x61, 0xe000, 0xffff]), "string");
  assertNormal(strFromCodePoints([0x10000]));
});

Deno.test("comparison is by code point, not by UTF-16 unit", () => {
  // UTF-16 puts U+FF61 after the surrogates of U+1F600; code point order does not.
  assert("\uff61" > "\ud83d\ude00", "JS order differs");
  assert(strCompare("\uff61", strFromCodePoint(0x1f600)) < 0);
  assert(strCompare(strFromCodePoint(0x1f600), "\uff61") > 0);
  assertEquals(strCompare(strFromJs("x😀"), strFromJs("x😀")), 0);
});

Deno.test("toJsString renders code points as UTF-16", () => {
  assertEquals(toJsString(strFromJs("a😀")), "a😀");
  assertEquals(toJsString(strFromCodePoint(0xdc80)), "\udc80");
  assertEquals(Array.from(codePointsOf("abc")), [0x61, 0x62, 0x63]);
});
