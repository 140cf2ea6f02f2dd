/**
 * Golden listings of OUR bytecode (vm/compiler/dis.ts format) for a few small
 * programs. The expected files are our own output, reviewed by hand, not
 * CPython's: they pin down the bytecode design (call protocol, loops,
 * exception table shapes) so changes to it are deliberate.
 * Regenerate with: TAIPAN_UPDATE_GOLDEN=1 deno test -A tests/compiler/dis_test.ts
 */
import { assertEquals } from "../assert.ts";
import { parse } from "../../vm/compiler/parse.ts";
import { compileModule } from "../../vm/compiler/compile.ts";
import { disassemble } from "../../vm/compiler/dis.ts";

const GOLDEN = new URL("./golden/", import.meta.url);

const PROGRAMS: Record<string, string> = {
  loop_and_call: [
    "def total(items, scale=2):",
    "    result = 0",
    "    for item in items:",
    "        if item > 0 and item != 3:",
    "            result += item * scale",
    "    return obj.method(result, key=1)",
    "",
  ].join("\n"),
  try_except_finally: [
    "def guarded(f):",
    "    try:",
    "        return f()",
    "    except (KeyError, ValueError) as error:",
    "        log(error)",
    "    finally:",
    "        cleanup()",
    "",
  ].join("\n"),
  with_and_generator: [
    "def lines(path):",
    "    with open(path) as handle:",
    "        yield from handle",
    "",
  ].join("\n"),
  closure_and_class: [
    "def counter():",
    "    count = 0",
    "    class Box:",
    "        def bump(self):",
    "            nonlocal count",
    "            count += 1",
    "            return super().__repr__()",
    "    return Box",
    "",
  ].join("\n"),
  comprehension_and_match: [
    "def shapes(points):",
    "    match [p for p in points if p]:",
    "        case [(x, y), *rest]:",
    "            return x + y",
    "        case _:",
    "            return None",
    "",
  ].join("\n"),
};

for (const [name, source] of Object.entries(PROGRAMS)) {
  Deno.test(`dis golden listing: ${name}`, () => {
    const listing = disassemble(
      compileModule(parse(source, `${name}.py`, "exec"), `${name}.py`, "exec", { optimize: 0 }),
    );
    const file = new URL(`${name}.dis`, GOLDEN);
    if (Deno.env.get("TAIPAN_UPDATE_GOLDEN") === "1") Deno.writeTextFileSync(file, listing);
    assertEquals(listing, Deno.readTextFileSync(file));
  });
}
