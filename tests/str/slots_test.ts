/**
 * STR_SLOTS, the operator slots str offers the runtime, and the character
 * stepper for its str iterator. A binary slot answers
 * NotImplemented for an operand it does not handle (so the other operand's
 * reflected method gets its turn, as with CPython's nb_* slots), and computes
 * the result otherwise.
 */
import { assert, assertEquals } from "../assert.ts";
import { STR_SLOTS } from "../../vm/objects/str.ts";
import { NotImplemented } from "../../vm/objects/singletons.ts";
import { PyFloat } from "../../vm/objects/float.ts";
import { newTuple } from "../../vm/objects/tuple.ts";
import { strEquals, strFromJs } from "../../vm/objects/str_wide.ts";
import { strCharacterStepper } from "../../vm/objects/str_sequence.ts";

Deno.test("binary str slots decline foreign operands", () => {
  assertEquals(STR_SLOTS.__add__("a", 1), NotImplemented);
  assertEquals(STR_SLOTS.__mul__("a", new PyFloat(1.5)), NotImplemented);
  assertEquals(STR_SLOTS.__rmul__("a", "b"), NotImplemented);
  assertEquals(STR_SLOTS.__rmod__("a", 1), NotImplemented);
  for (const name of ["__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__"]) {
    assertEquals(STR_SLOTS[name]("a", 1), NotImplemented, name);
  }
});

Deno.test("binary str slots compute with str and int operands", () => {
  assertEquals(STR_SLOTS.__add__("a", "b"), "ab");
  assert(strEquals(STR_SLOTS.__add__("a", strFromJs("😀")) as string, strFromJs("a😀")));
  assertEquals(STR_SLOTS.__mul__("ab", 2), "abab");
  assertEquals(STR_SLOTS.__rmul__("ab", true), "ab");
  assertEquals(STR_SLOTS.__mod__("%s-%s", newTuple(["x", "y"])), "x-y");
  assertEquals(STR_SLOTS.__rmod__("x", "<%s>"), "<x>");
  assertEquals(STR_SLOTS.__lt__("a", "b"), true);
  assertEquals(STR_SLOTS.__len__(strFromJs("a😀")), 2);
  assertEquals(STR_SLOTS.__contains__("abc", "bc"), true);
  assertEquals(STR_SLOTS.__getitem__("abc", -1), "c");
});

Deno.test("strCharacterStepper walks code points of both forms", () => {
  const step = strCharacterStepper(strFromJs("a😀"));
  assertEquals(step(), "a");
  assert(strEquals(step() as string, strFromJs("😀")));
  assertEquals(step(), undefined);
  assertEquals(step(), undefined);
});
