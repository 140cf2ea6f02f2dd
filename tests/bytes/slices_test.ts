/**
 * bytearray slice assignment and deletion against CPython 3.11:
 * fixtures/slices.json has random (bytes, start, stop, step, value) cases,
 * extended and negative steps included, with the resulting bytes or the
 * error CPython raises (size mismatches, zero step).
 */
import { assertEquals } from "../assert.ts";
import { PyBytes } from "../../vm/objects/bytes.ts";
import { PyByteArray } from "../../vm/objects/bytearray.ts";
import { PySlice } from "../../vm/objects/slice.ts";
import { bytearrayDelItem, bytearraySetItem } from "../../vm/objects/bytearray_mutation.ts";
import { fromHex, outcome, type Tagged } from "./fixture_values.ts";

type Bound = number | null;
type Row = [string, Bound, Bound, Bound, string | null, Tagged];

const rows: Row[] = JSON.parse(
  Deno.readTextFileSync(new URL("./fixtures/slices.json", import.meta.url)),
);

Deno.test(`bytearray slice assignment agrees with CPython 3.11 (${rows.length} cases)`, () => {
  const mismatches: string[] = [];
  for (const [self, start, stop, step, value, expected] of rows) {
    const target = new PyByteArray(fromHex(self));
    const slice = new PySlice(start, stop, step);
    const actual = outcome(() => {
      if (value === null) bytearrayDelItem(target, slice);
      else bytearraySetItem(target, slice, new PyBytes(fromHex(value)));
      return new PyBytes(target.bytes.slice());
    });
    if (JSON.stringify(actual) !== JSON.stringify(expected)) {
      mismatches.push(
        `${self}[${start}:${stop}:${step}] = ${value}\n    got      ${
          JSON.stringify(actual)
        }\n    expected ${JSON.stringify(expected)}`,
      );
    }
  }
  assertEquals(mismatches.slice(0, 10), [], `${mismatches.length} mismatches`);
});
