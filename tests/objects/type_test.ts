import { assert, assertEquals, assertThrows } from "../assert.ts";
import { MroError, PyType, TypeFlag } from "../../vm/objects/type.ts";

const root = new PyType(null, "object", [], new Map(), 0);
const newClass = (name: string, bases: PyType[]) =>
  new PyType(root.cls, name, bases.length ? bases : [root], new Map(), TypeFlag.HEAPTYPE);

type Expected = string[] | { TypeError: string };
const cases = JSON.parse(
  Deno.readTextFileSync(new URL("./mro_cases.json", import.meta.url)),
) as Record<string, { classes: [string, string[]][]; mro: Record<string, Expected> }>;

for (const [name, { classes, mro }] of Object.entries(cases)) {
  Deno.test(`C3 MRO equals CPython's: ${name}`, () => {
    const made = new Map<string, PyType>();
    for (const [cls, bases] of classes) {
      const expected = mro[cls];
      const create = () => newClass(cls, bases.map((b) => made.get(b)!));
      if (Array.isArray(expected)) {
        const type = create();
        made.set(cls, type);
        assertEquals(type.mro.filter((k) => k !== root).map((k) => k.name), expected);
      } else {
        assertEquals(assertThrows(create, MroError).message, expected.TypeError);
      }
    }
  });
}

Deno.test("lookup follows the MRO and is invalidated by changes to any base", () => {
  const a = newClass("A", []);
  const b = newClass("B", [a]);
  const c = newClass("C", [b]);
  a.setOwnAttribute("f", 1);
  assertEquals(c.lookup("f"), 1);
  const before = c.version;
  b.setOwnAttribute("f", 2);
  assert(c.version !== before, "subclass version changes");
  assertEquals(c.lookup("f"), 2);
  b.setOwnAttribute("f", undefined);
  assertEquals(c.lookup("f"), 1);
  assertEquals(c.lookup("missing"), undefined);
  assertEquals(c.definingClass("f"), a);
});

Deno.test("assigning __bases__ recomputes the MRO of subclasses", () => {
  const a = newClass("A", []);
  const x = newClass("X", []);
  const b = newClass("B", [a]);
  const c = newClass("C", [b]);
  x.setOwnAttribute("g", "x");
  assertEquals(c.lookup("g"), undefined);
  b.setBases([x]);
  assertEquals(c.mro.map((k) => k.name), ["C", "B", "X", "object"]);
  assertEquals(c.lookup("g"), "x");
  assertEquals(a.subclasses(), []);
  assertEquals(x.subclasses(), [b]);
});

Deno.test("isSubtypeOf", () => {
  const a = newClass("A", []);
  const b = newClass("B", [a]);
  assert(b.isSubtypeOf(a) && b.isSubtypeOf(root) && b.isSubtypeOf(b));
  assert(!a.isSubtypeOf(b));
});
