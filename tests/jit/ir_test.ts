/**
 * The IR's op table, its textual form, and both backends on hand-written
 * traces: each op has a JS template and an evaluator; print(parse(text)) is
 * the text; a loop run by the JS backend and by the IR interpreter leaves
 * through the same exit with the same values.
 */
import { assertEquals } from "../assert.ts";
import { missingTemplates } from "../../jit/backend/js.ts";
import { interpBackend, missingEvaluators } from "../../jit/backend/interp.ts";
import { jsBackend } from "../../jit/backend/js.ts";
import { parseTrace, printTrace } from "../../jit/ir_text.ts";
import { OPS } from "../../jit/ir_ops.ts";
import { PyFloat } from "../../vm/objects/float.ts";
import type { Frame } from "../../vm/runtime/frame.ts";

const noFrame = { pc: 0 } as unknown as Frame;

Deno.test("jit: every IR op has a JS template and an evaluator", () => {
  assertEquals(missingTemplates(), []);
  assertEquals(missingEvaluators(), []);
  assertEquals(OPS.size > 50, true);
});

const SUM_LOOP = `
inputs i0@0 i1@1 f2@2
r3 = int_lt i0, i1
guard_true r3 @[4 sp=3: i0, i1, f2]
i4 = int_add_ovf i0, 1 @[9 sp=3: i0, i1, f2]
f5 = int_to_float i0
f6 = float_add f2, f5
jump i4, i1, f6 @[12 sp=3: i4, i1, f6]
`.trim();

Deno.test("jit: the textual form reads back what it prints", () => {
  const trace = parseTrace(SUM_LOOP);
  assertEquals(printTrace(trace), SUM_LOOP);
  const constants = parseTrace("inputs r0@3\nguard_value r0, $thing @[1 sp=4: -, -, -, r0]", {
    constants: { thing: { name: "thing" } },
  });
  assertEquals(printTrace(constants), "inputs r0@3\nguard_value r0, $thing @[1 sp=4: -, -, -, r0]");
});

Deno.test("jit: the JS backend and the IR interpreter agree on a loop", () => {
  for (const backend of [jsBackend, interpBackend]) {
    const loop = backend.compileLoop(parseTrace(SUM_LOOP));
    const exit = loop.execute([0, 1000, 0.5], noFrame);
    // Leaves at the loop test once i0 reaches i1, with i0, i1 and the sum.
    assertEquals(exit, 0, backend.name);
    assertEquals(loop.buffer.slice(0, 3), [1000, 1000, 0.5 + 999 * 1000 / 2], backend.name);
  }
});

Deno.test("jit: int overflow leaves the trace before the operation", () => {
  const text = `
inputs i0@0
i1 = int_mul_ovf i0, 3 @[2 sp=1: i0]
jump i1 @[5 sp=1: i1]`;
  for (const backend of [jsBackend, interpBackend]) {
    const loop = backend.compileLoop(parseTrace(text));
    assertEquals(loop.execute([1], noFrame), 0, backend.name);
    // 3**33 < 2**53 <= 3**34: the last safe value stays in the buffer.
    assertEquals(loop.buffer[0], 3 ** 33, backend.name);
  }
});

Deno.test("jit: guard_float unboxes and box_float boxes", () => {
  const text = `
inputs r0@0
f1 = guard_float r0 @[0 sp=1: r0]
f2 = float_mul f1, 2.0
r3 = box_float f2
i4 = guard_int r3 @[1 sp=1: r3]
jump r3 @[2 sp=1: r3]`;
  for (const backend of [jsBackend, interpBackend]) {
    const loop = backend.compileLoop(parseTrace(text));
    assertEquals(loop.execute([new PyFloat(1.5)], noFrame), 1, backend.name);
    assertEquals((loop.buffer[0] as PyFloat).value, 3, backend.name);
  }
});

Deno.test("jit: a raising call leaves through its snapshot with the exception", () => {
  const boom = () => {
    throw new Error("boom");
  };
  const text = `
inputs i0@0
i1 = int_add_ovf i0, 1 @[0 sp=1: i0]
r2 = call $boom, i1 @[3 sp=1: i1]
jump i1 @[4 sp=1: i1]`;
  for (const backend of [jsBackend, interpBackend]) {
    const loop = backend.compileLoop(parseTrace(text, { constants: { boom } }));
    assertEquals(loop.execute([41], noFrame), 1, backend.name);
    assertEquals(loop.buffer[0], 42, backend.name);
    assertEquals((loop.raised.error as Error).message, "boom", backend.name);
  }
});

/** A function's trace with a loop: the label's values are the loop's, `jump #4` goes back to it. */
const LABELLED = `
inputs i0@0
i1 = int_add_ovf i0, 0 @[0 sp=1: i0]
label 0, 0 #4 => i2@1 i3@2
r4 = int_lt i2, i1
guard_true r4 @[4 sp=3: i1, i2, i3]
i5 = int_add_ovf i3, i2 @[8 sp=3: i1, i2, i3]
i6 = int_add_ovf i2, 1 @[9 sp=3: i1, i2, i5]
jump i6, i5 #4 @[10 sp=3: i1, i6, i5]`.trim();

Deno.test("jit: a label starts a loop inside a function's trace, in both backends", () => {
  assertEquals(printTrace(parseTrace(LABELLED)), LABELLED);
  for (const backend of [jsBackend, interpBackend]) {
    const loop = backend.compileLoop(parseTrace(LABELLED));
    // Leaves at the loop test with n, i == n and the sum of 0..n-1; the
    // code before the label ran once.
    assertEquals(loop.execute([10], noFrame), 1, backend.name);
    assertEquals(loop.buffer.slice(0, 3), [10, 10, 45], backend.name);
    assertEquals(loop.raised.iterations, 10, backend.name);
  }
});

Deno.test("jit: a jump from an inner label's loop goes round the outer one", () => {
  // Outer loop over i from 1 (label #4), inner loop over j (label #6) that
  // jumps to #4 when j + 1 reaches i, adding one per inner iteration.
  const text = `
inputs i0@0
label 1, 0 #4 => i1@1 i2@2
r3 = int_lt i1, i0
guard_true r3 @[4 sp=3: i0, i1, i2]
label 0, i2 #6 => i4@3 i5@2
r6 = int_lt i4, i1
guard_true r6 @[6 sp=4: i0, i1, i5, i4]
i7 = int_add_ovf i5, 1 @[7 sp=4: i0, i1, i5, i4]
i8 = int_add_ovf i4, 1 @[8 sp=4: i0, i1, i7, i4]
r9 = int_lt i8, i1
guard_false r9 @[9 sp=4: i0, i1, i7, i8]
i10 = int_add_ovf i1, 1 @[10 sp=4: i0, i1, i7, i8]
jump i10, i7 #4 @[11 sp=3: i0, i10, i7]`.trim();
  assertEquals(printTrace(parseTrace(text)), text);
  for (const backend of [jsBackend, interpBackend]) {
    const loop = backend.compileLoop(parseTrace(text));
    // i = 1: one inner iteration, then 1 < 1 is false: round the outer loop
    // with i = 2, total 1; i = 2: the inner test after one more count
    // (1 < 2) leaves through guard_false (exit 4) with n, i, total, j.
    assertEquals(loop.execute([5], noFrame), 4, backend.name);
    assertEquals(loop.buffer.slice(0, 4), [5, 2, 2, 1], backend.name);
    assertEquals(loop.raised.iterations, 1, backend.name);
  }
});
