/**
 * The Unicode 14.0 behaviour of str on every code point, against CPython 3.11
 * (fixtures/unicode.json from gen_fixtures.py): the is* predicates on each
 * one-character string, the full case mappings, and the line boundaries of
 * splitlines. V8's own Unicode tables are newer, so this is where a wrong data
 * source would show.
 */
import { assertEquals } from "../assert.ts";
import {
  codePointsOf,
  type PyStr,
  strEquals,
  strFromCodePoint,
  strFromCodePoints,
} from "../../vm/objects/str_wide.ts";
import * as predicates from "../../vm/objects/str_predicates.ts";
import { strCasefold, strLower, strTitle, strUpper } from "../../vm/objects/str_case.ts";
import { strSplitlines } from "../../vm/objects/str_split.ts";

interface UnicodeFixture {
  predicates: Record<string, [number, number][]>;
  mappings: Record<string, [number, number[]][]>;
  lineBreaks: number[];
}

const fixture: UnicodeFixture = JSON.parse(
  Deno.readTextFileSync(new URL("./fixtures/unicode.json", import.meta.url)),
);

const PREDICATES: Record<string, (self: PyStr) => boolean> = {
  isalnum: predicates.strIsalnum,
  isalpha: predicates.strIsalpha,
  isdecimal: predicates.strIsdecimal,
  isdigit: predicates.strIsdigit,
  isidentifier: predicates.strIsidentifier,
  islower: predicates.strIslower,
  isnumeric: predicates.strIsnumeric,
  isprintable: predicates.strIsprintable,
  isspace: predicates.strIsspace,
  istitle: predicates.strIstitle,
  isupper: predicates.strIsupper,
};

const MAPPINGS: Record<string, (self: PyStr) => PyStr> = {
  upper: strUpper,
  lower: strLower,
  casefold: strCasefold,
  title: strTitle,
};

const ALL_CHARACTERS: PyStr[] = Array.from({ length: 0x110000 }, (_, cp) => strFromCodePoint(cp));

for (const [name, test] of Object.entries(PREDICATES)) {
  Deno.test(`str.${name} agrees with CPython 3.11 on every code point`, () => {
    const expected = new Uint8Array(0x110000);
    for (const [first, last] of fixture.predicates[name]) expected.fill(1, first, last + 1);
    const wrong: string[] = [];
    for (let codePoint = 0; codePoint < 0x110000; codePoint++) {
      if (test(ALL_CHARACTERS[codePoint]) !== (expected[codePoint] === 1)) {
        wrong.push(codePoint.toString(16));
      }
    }
    assertEquals(wrong.slice(0, 20), [], `${wrong.length} code points differ`);
  });
}

for (const [name, map] of Object.entries(MAPPINGS)) {
  Deno.test(`str.${name} agrees with CPython 3.11 on every code point`, () => {
    const expected = new Map(fixture.mappings[name]);
    const wrong: string[] = [];
    for (let codePoint = 0; codePoint < 0x110000; codePoint++) {
      const character = ALL_CHARACTERS[codePoint];
      const mapped = map(character);
      const want = expected.get(codePoint);
      if (want === undefined ? strEquals(mapped, character) : sameCodePoints(mapped, want)) {
        continue;
      }
      wrong.push(`${codePoint.toString(16)}: ${codePointsOf(mapped)} != ${want ?? codePoint}`);
    }
    assertEquals(wrong.slice(0, 20), [], `${wrong.length} code points differ`);
  });
}

function sameCodePoints(value: PyStr, expected: number[]): boolean {
  const points = codePointsOf(value);
  return points.length === expected.length && points.every((point, i) => point === expected[i]);
}

Deno.test("str.splitlines breaks at exactly CPython's line boundaries", () => {
  const breaks: number[] = [];
  for (let codePoint = 0; codePoint < 0x110000; codePoint++) {
    const text = strFromCodePoints([0x61, codePoint, 0x62]);
    if (strSplitlines(text, false).length === 2) breaks.push(codePoint);
  }
  assertEquals(breaks, fixture.lineBreaks);
});
