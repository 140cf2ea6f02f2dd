/**
 * The eval loop's numbered `case` labels (written by tools/number_opcodes.ts
 * for V8's jump tables) must agree with the opcode table, in both its halves
 * (eval.ts and the out-of-line eval_rare.ts).
 */
import { assertEquals } from "../assert.ts";
import { numberOpcodes } from "../../tools/number_opcodes.ts";

const root = new URL("../../", import.meta.url).pathname;

Deno.test("eval loop case labels match the opcode table", () => {
  let count = 0;
  for (const file of ["eval.ts", "eval_rare.ts"]) {
    const source = Deno.readTextFileSync(`${root}vm/runtime/${file}`);
    assertEquals(
      /case Op\.\w+:/.test(source),
      false,
      "case Op.X: labels compile to a compare chain",
    );
    assertEquals(
      numberOpcodes(source) === source,
      true,
      "stale labels: run tools/number_opcodes.ts",
    );
    count += (source.match(/case \d+ \/\* \w+ \*\/:/g) ?? []).length;
  }
  assertEquals(count > 90, true, "numbered labels found");
});
