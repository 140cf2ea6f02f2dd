/**
 * The eval loop's numbered `case` labels (written by tools/number_opcodes.ts
 * for V8's jump tables) must agree with the opcode table.
 */
import { assertEquals } from "../assert.ts";
import { numberOpcodes } from "../../tools/number_opcodes.ts";

const root = new URL("../../", import.meta.url).pathname;

Deno.test("eval loop case labels match the opcode table", () => {
  const source = Deno.readTextFileSync(`${root}vm/runtime/eval.ts`);
  assertEquals(/case Op\.\w+:/.test(source), false, "case Op.X: labels compile to a compare chain");
  assertEquals(numberOpcodes(source) === source, true, "stale labels: run tools/number_opcodes.ts");
  const labels = source.match(/case \d+ \/\* \w+ \*\/:/g) ?? [];
  assertEquals(labels.length > 90, true, "numbered labels found");
});
