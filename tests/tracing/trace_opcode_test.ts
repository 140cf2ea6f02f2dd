/**
 * The tracing stand-in opcode (vm/runtime/tracing/trace_step.ts) must never
 * be a real opcode, and the eval loop must have its case.
 */
import { assertEquals } from "../assert.ts";
import { OP_NAMES } from "../../vm/compiler/opcodes.ts";
import { TRACE_OPCODE } from "../../vm/runtime/tracing/frame_trace.ts";

const root = new URL("../../", import.meta.url).pathname;

Deno.test("TRACE_OPCODE is outside the opcode table", () => {
  assertEquals(OP_NAMES.length <= TRACE_OPCODE, true);
});

Deno.test("the eval loop dispatches TRACE_OPCODE", () => {
  const source = Deno.readTextFileSync(`${root}vm/runtime/eval.ts`);
  assertEquals(source.includes(`case ${TRACE_OPCODE}: // TRACE`), true);
});
