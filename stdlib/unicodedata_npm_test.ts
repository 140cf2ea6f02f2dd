/**
 * The unicodedata tables (generated from Python 3.11's database by
 * tools/gen_unicodedata.py) agree with the npm package
 * @unicode/unicode-14.0.0 on every code point's general category, bidi
 * class and mirroring: the two sources of Unicode 14.0.0 data in Taipan
 * cannot drift apart.
 */
import { createRequire } from "node:module";
import { assertEquals } from "../tests/assert.ts";
import { recordOf } from "./unicodedata_tables.ts";

const require = createRequire(import.meta.url);
const PACKAGE = "@unicode/unicode-14.0.0/";

interface UnicodeRange {
  begin: number;
  end: number;
}

function ranges(path: string): UnicodeRange[] {
  return require(`${PACKAGE}${path}/ranges.mjs`).default;
}

/** Code points whose table value differs from `expected` over the package's set `path`. */
function mismatches(path: string, expected: string, actual: (codePoint: number) => string) {
  const wrong: string[] = [];
  for (const { begin, end } of ranges(path)) {
    for (let codePoint = begin; codePoint < end; codePoint++) {
      if (actual(codePoint) !== expected) wrong.push(codePoint.toString(16));
    }
  }
  return wrong.slice(0, 10);
}

const CATEGORIES: Record<string, string> = {
  Lu: "Uppercase_Letter",
  Ll: "Lowercase_Letter",
  Lt: "Titlecase_Letter",
  Lm: "Modifier_Letter",
  Lo: "Other_Letter",
  Mn: "Nonspacing_Mark",
  Mc: "Spacing_Mark",
  Me: "Enclosing_Mark",
  Nd: "Decimal_Number",
  Nl: "Letter_Number",
  No: "Other_Number",
  Pc: "Connector_Punctuation",
  Pd: "Dash_Punctuation",
  Ps: "Open_Punctuation",
  Pe: "Close_Punctuation",
  Pi: "Initial_Punctuation",
  Pf: "Final_Punctuation",
  Po: "Other_Punctuation",
  Sm: "Math_Symbol",
  Sc: "Currency_Symbol",
  Sk: "Modifier_Symbol",
  So: "Other_Symbol",
  Zs: "Space_Separator",
  Zl: "Line_Separator",
  Zp: "Paragraph_Separator",
  Cc: "Control",
  Cf: "Format",
  Cs: "Surrogate",
  Co: "Private_Use",
  Cn: "Unassigned",
};

const BIDI_CLASSES: Record<string, string> = {
  L: "Left_To_Right",
  R: "Right_To_Left",
  AL: "Arabic_Letter",
  EN: "European_Number",
  ES: "European_Separator",
  ET: "European_Terminator",
  AN: "Arabic_Number",
  CS: "Common_Separator",
  NSM: "Nonspacing_Mark",
  BN: "Boundary_Neutral",
  B: "Paragraph_Separator",
  S: "Segment_Separator",
  WS: "White_Space",
  ON: "Other_Neutral",
  LRE: "Left_To_Right_Embedding",
  LRO: "Left_To_Right_Override",
  RLE: "Right_To_Left_Embedding",
  RLO: "Right_To_Left_Override",
  PDF: "Pop_Directional_Format",
  LRI: "Left_To_Right_Isolate",
  RLI: "Right_To_Left_Isolate",
  FSI: "First_Strong_Isolate",
  PDI: "Pop_Directional_Isolate",
};

Deno.test("unicodedata: general categories agree with @unicode/unicode-14.0.0", () => {
  for (const [short, long] of Object.entries(CATEGORIES)) {
    assertEquals(
      mismatches(`General_Category/${long}`, short, (cp) => recordOf(cp).category),
      [],
      short,
    );
  }
});

Deno.test("unicodedata: bidi classes of assigned characters agree with the package", () => {
  for (const [short, long] of Object.entries(BIDI_CLASSES)) {
    // CPython gives unassigned code points no bidi class (the package gives the defaults).
    const assigned = (cp: number) =>
      recordOf(cp).category === "Cn" ? short : recordOf(cp).bidirectional;
    assertEquals(mismatches(`Bidi_Class/${long}`, short, assigned), [], short);
  }
});

Deno.test("unicodedata: mirrored agrees with Bidi_Mirrored", () => {
  assertEquals(
    mismatches("Binary_Property/Bidi_Mirrored", "1", (cp) => `${recordOf(cp).mirrored}`),
    [],
  );
});
