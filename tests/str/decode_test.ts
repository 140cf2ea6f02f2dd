/**
 * bytes -> str with utf-8, ascii and latin-1 (vm/objects/str_decode.ts)
 * against CPython 3.11's bytes.decode: fixtures/decode.json, random byte
 * strings rich in lead bytes, continuation bytes and truncated sequences, with
 * every error handler. UnicodeDecodeError is compared by its args (encoding,
 * object, start, end, reason).
 */
import { assertEquals } from "../assert.ts";
import { PyBytes } from "../../vm/objects/bytes.ts";
import { decodeBytes } from "../../vm/objects/str_decode.ts";
import { decode, outcome, type Tagged } from "./fixture_values.ts";

type Row = [Tagged, string, string, Tagged];

const rows: Row[] = JSON.parse(
  Deno.readTextFileSync(new URL("./fixtures/decode.json", import.meta.url)),
);

for (const encoding of new Set(rows.map((row) => row[1]))) {
  const cases = rows.filter((row) => row[1] === encoding);
  Deno.test(`bytes.decode('${encoding}') agrees with CPython 3.11 (${cases.length} cases)`, () => {
    const mismatches: string[] = [];
    for (const [data, codec, errors, expected] of cases) {
      const actual = outcome(() => decodeBytes(decode(data) as PyBytes, codec, errors));
      if (JSON.stringify(actual) !== JSON.stringify(expected)) {
        mismatches.push(
          `${JSON.stringify(data)}.decode(${codec}, ${errors})\n    got      ${
            JSON.stringify(actual)
          }\n    expected ${JSON.stringify(expected)}`,
        );
      }
    }
    assertEquals(mismatches.slice(0, 15), [], `${mismatches.length} mismatches`);
  });
}
