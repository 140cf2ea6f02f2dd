/**
 * cli/bundle_eager.ts: the top-level declarations that ran move to the top as
 * parenthesized function expressions; everything else stays, and the module
 * behaves as before (a call that relied on hoisting still works).
 */
import { assert, assertEquals } from "../assert.ts";
import { eagerBundle, type FunctionRange } from "../../cli/bundle_eager.ts";

const BUNDLE = `// a.ts
var early = later(2);
function later(x) {
  function inner(y) {
    return y + 1;
  }
  return inner(x) * 10;
}
async function waits() {
  return 1;
}
function idle() {
  return "}";
}
export { early, later, idle, waits };
`;

/** The [start, end) range of the function whose text starts with `head`. */
function rangeOf(head: string, end = "\n}"): FunctionRange {
  const start = BUNDLE.indexOf(head);
  return [start, BUNDLE.indexOf(end, start) + end.length];
}

async function evaluate(text: string): Promise<Record<string, unknown>> {
  const url = `data:text/javascript;base64,${btoa(text)}`;
  return await import(url);
}

Deno.test("bundle eager: a declaration that ran moves to the top, parenthesized", async () => {
  const later = rangeOf("function later");
  const inner = rangeOf("function inner", "\n  }");
  const eager = eagerBundle(BUNDLE, [[0, BUNDLE.length], later, inner]);
  const module = await evaluate(eager); // `early` calls later() before its place
  assertEquals(module.early, 30);
  assertEquals((module.later as (x: number) => number)(1), 20);
  assertEquals((module.later as { name: string }).name, "later");
  const moved = `var later = (${BUNDLE.slice(...later)});\n`;
  assert(eager.startsWith(moved), eager);
  assertEquals(eager.slice(moved.length), BUNDLE.slice(0, later[0]) + BUNDLE.slice(later[1]));
});

Deno.test("bundle eager: async, nested, partial and unrun functions stay", () => {
  const waits = rangeOf("async function waits");
  const inner = rangeOf("function inner", "\n  }");
  const [start] = rangeOf("function idle");
  const partial: FunctionRange = [start, BUNDLE.indexOf('"}"') + 2];
  assertEquals(eagerBundle(BUNDLE, [waits, inner, partial, [-1, 4], [0, 1e9]]), BUNDLE);
});
