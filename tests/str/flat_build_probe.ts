/**
 * Run by flat_build_test.ts under --allow-natives-syntax: prints, one per
 * line, whether the strs that str_wide.ts builds by `+` (f-strings and
 * formats through strConcatAll, short joins and `%` formats through
 * joinPrimitive) are flat strings (V8's %StringIsFlat), not ropes, and
 * whether their text is right.
 */
import { joinPrimitive, strConcatAll } from "../../vm/objects/str_wide.ts";
import { strPercentFormat } from "../../vm/objects/str_percent.ts";
import { newTuple } from "../../vm/objects/tuple.ts";

const isFlat = new Function("s", "return %StringIsFlat(s)") as (text: string) => boolean;

function report(name: string, built: unknown, expected: string): void {
  const text = built as string;
  const flat = isFlat(text); // (before the comparison, which would flatten it)
  console.log(`${name} ${text === expected} ${flat}`);
}

const word = "item" + String(12345);
const pieces = [word.toUpperCase().padStart(10), "|", String(37035), "|", "54321meti"];
report("concat", strConcatAll(pieces), " ITEM12345|37035|54321meti");
const words = ["alpha", "beta", "gamma", "delta", "epsilon"];
report("join", joinPrimitive(words, " ", 28), "alpha beta gamma delta epsilon");
const many = Array.from({ length: 100 }, (_, i) => `w${i}`);
report("join-many", joinPrimitive(many, ",", 0), many.join(","));
report(
  "percent",
  strPercentFormat("%02d:%02d [%s] user=u%d size=%d", newTuple([7, 5, "WARN", 42, 9973])),
  "07:05 [WARN] user=u42 size=9973",
);
