/**
 * Strings beyond V8's length limit: CPython would attempt the allocation
 * (usually failing with MemoryError); we raise MemoryError up front instead of
 * letting V8's RangeError escape as a raw JS error. An intentional difference:
 * no fixture, since CPython's outcome depends on the machine's memory.
 */
import { assertEquals } from "../assert.ts";
import { isPyException } from "../../vm/objects/exceptions.ts";
import type { PyValue } from "../../vm/objects/object.ts";
import { newTuple } from "../../vm/objects/tuple.ts";
import { strFromJs } from "../../vm/objects/str_wide.ts";
import { callStrMethod, encode } from "./fixture_values.ts";

function outcomeName(run: () => PyValue): string {
  try {
    return JSON.stringify(encode(run()));
  } catch (error) {
    if (isPyException(error)) return error.cls.name;
    throw error;
  }
}

const HUGE = 10 ** 12;
const cases: [string, PyValue, PyValue[]][] = [
  ["center", "a", [HUGE]],
  ["ljust", "a", [HUGE, strFromJs("😀")]],
  ["zfill", "-1", [HUGE]],
  ["expandtabs", "\t\t", [2 ** 30]],
  ["__mul__", "ab", [HUGE]],
  ["__mod__", "%*s", [newTuple([HUGE, "x"])]],
  ["__format__", "a", [">1000000000000"]],
];

for (const [method, self, args] of cases) {
  Deno.test(`${method} beyond the longest string raises MemoryError`, () => {
    assertEquals(outcomeName(() => callStrMethod(method, self, args, {})), "MemoryError");
  });
}

Deno.test("the length guard leaves ordinary widths alone", () => {
  assertEquals(outcomeName(() => callStrMethod("center", "a", [5], {})), '"  a  "');
});
