/**
 * The identifier and printable tables are generated from CPython 3.11 (Unicode
 * 14.0.0). Re-running the generator must reproduce the committed file exactly;
 * a few spot checks keep the decoding honest without Python.
 */
import { assert, assertEquals } from "../assert.ts";
import {
  isNonAsciiXidContinue,
  isNonAsciiXidStart,
  isPrintable,
} from "../../vm/compiler/tokenizer_unicode.ts";

const PYTHON = "/usr/bin/python3.11";
const GENERATOR = new URL("./gen_unicode_tables.py", import.meta.url).pathname;
const DATA = new URL("../../vm/compiler/tokenizer_unicode_data.ts", import.meta.url);

function pythonAvailable(): boolean {
  try {
    return Deno.statSync(PYTHON).isFile;
  } catch {
    return false;
  }
}

Deno.test({
  name: "tokenizer unicode: tables regenerate identically from CPython",
  ignore: !pythonAvailable(),
  async fn() {
    const output = await new Deno.Command(PYTHON, { args: [GENERATOR] }).output();
    assert(output.success, new TextDecoder().decode(output.stderr));
    assertEquals(new TextDecoder().decode(output.stdout), Deno.readTextFileSync(DATA));
  },
});

Deno.test("tokenizer unicode: spot checks", () => {
  // é, 𝔘 (math fraktur), ℘ (Other_ID_Start) start identifiers; · (U+00B7) only continues.
  for (const char of ["é", "𝔘", "℘", "ﬁ"]) assert(isNonAsciiXidStart(char.codePointAt(0)!), char);
  assert(!isNonAsciiXidStart(0xb7));
  assert(isNonAsciiXidContinue(0xb7));
  // U+0301 combining acute: continues, never starts; U+20AC euro: neither.
  assert(!isNonAsciiXidStart(0x301) && isNonAsciiXidContinue(0x301));
  assert(!isNonAsciiXidStart(0x20ac) && !isNonAsciiXidContinue(0x20ac));
  // U+1E030 was added in Unicode 15: unknown to Python 3.11.
  assert(!isNonAsciiXidStart(0x1e030) && !isPrintable(0x1e030));
  // Printable: not a control, format, separator (except space) or unassigned character.
  assert(isPrintable(0x20) && isPrintable(0x20ac) && isPrintable(0x1f600));
  assert(!isPrintable(0x7f) && !isPrintable(0xa0) && !isPrintable(0xfeff) && !isPrintable(0x0b));
});
