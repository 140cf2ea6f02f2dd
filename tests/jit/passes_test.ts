/**
 * Optimiser passes in text form: trace in -> trace out, and each trace, before
 * and after, executed on the IR interpreter with the same inputs must leave
 * through the same place with the same values.
 */
import { assertEquals } from "../assert.ts";
import { parseTrace, printTrace } from "../../jit/ir_text.ts";
import type { Trace } from "../../jit/ir.ts";
import { fold } from "../../jit/opt/fold.ts";
import { heap } from "../../jit/opt/heap.ts";
import { dce } from "../../jit/opt/dce.ts";
import { sink } from "../../jit/opt/sink.ts";
import { ranges } from "../../jit/opt/ranges.ts";
import { peel } from "../../jit/opt/peel.ts";
import { iterators } from "../../jit/opt/iterators.ts";
import { listIteratorType, PyIndexIterator } from "../../vm/runtime/iteration.ts";
import { listType, PyList } from "../../vm/objects/list.ts";
import { PyDict } from "../../vm/objects/dict.ts";
import { zipType } from "../../vm/runtime/types/iterator_types.ts";
import { callObject } from "../../vm/runtime/call.ts";
import { tupleType } from "../../vm/objects/tuple.ts";
import { optimize } from "../../jit/optimize.ts";
import { interpBackend } from "../../jit/backend/interp.ts";
import type { Frame } from "../../vm/runtime/frame.ts";

const noFrame = { pc: 0 } as unknown as Frame;

/** Runs a trace; the exit's snapshot pc and the values it rebuilds from. */
function run(trace: Trace, inputs: unknown[]): [number, unknown[]] {
  const loop = interpBackend.compileLoop(trace);
  const exit = loop.exits.exits[loop.execute([...inputs], noFrame)];
  const slots = exit.snapshot.frames[0].slots.map((slot) => {
    if (slot === null) return null;
    const index = exit.values.indexOf(slot as never);
    return index >= 0 ? loop.buffer[index] : (slot as { value: unknown }).value;
  });
  return [exit.snapshot.frames[0].pc, slots];
}

function check(
  pass: (t: Trace) => Trace,
  input: string,
  expected: string,
  inputs: unknown[][],
  constants: Record<string, unknown> = {},
) {
  const before = parseTrace(input.trim(), { constants });
  const after = pass(parseTrace(input.trim(), { constants }));
  assertEquals(printTrace(after), expected.trim());
  for (const values of inputs) assertEquals(run(after, values), run(before, values));
}

Deno.test("jit pass fold: constants computed, common subexpressions merged", () => {
  check(
    fold,
    `
inputs i0@0 i1@1
i2 = int_add 2, 3
i3 = int_add_ovf i0, i2 @[1 sp=2: i0, i1]
f4 = int_to_float i1
f5 = int_to_float i1
f6 = float_add f4, f5
r7 = float_lt f6, 1000.0
guard_true r7 @[2 sp=2: i3, i1]
guard_true True @[3 sp=2: i3, i1]
r8 = int_lt i3, i1
guard_true r8 @[3 sp=2: i3, i1]
jump i3, i1 @[4 sp=2: i3, i1]`,
    `
inputs i0@0 i1@1
i3 = int_add_ovf i0, 5 @[1 sp=2: i0, i1]
f4 = int_to_float i1
f6 = float_add f4, f4
r7 = float_lt f6, 1000.0
guard_true r7 @[2 sp=2: i3, i1]
r8 = int_lt i3, i1
guard_true r8 @[3 sp=2: i3, i1]
jump i3, i1 @[4 sp=2: i3, i1]`,
    [[0, 7], [10, 600]],
  );
});

Deno.test("jit pass fold: overflow-checked arithmetic of constants computed, repeats merged", () => {
  check(
    fold,
    `
inputs i0@0 i1@1
i2 = int_mul_ovf 2, 3 @[1 sp=2: i0, i1]
i3 = int_add_ovf i0, i2 @[1 sp=2: i0, i1]
guard_nonnull i3 @[2 sp=2: i3, i1]
i4 = int_add_ovf i0, i2 @[2 sp=2: i3, i1]
i5 = int_mul_ovf 9007199254740991, 2 @[3 sp=2: i4, i1]
i6 = int_floordiv i1, 0 @[3 sp=2: i4, i1]
jump i4, i6 @[4 sp=2: i4, i6]`,
    `
inputs i0@0 i1@1
i3 = int_add_ovf i0, 6 @[1 sp=2: i0, i1]
i5 = int_mul_ovf 9007199254740991, 2 @[3 sp=2: i3, i1]
i6 = int_floordiv i1, 0 @[3 sp=2: i3, i1]
jump i3, i6 @[4 sp=2: i3, i6]`,
    [[0, 7], [10, 600]],
  );
});

Deno.test("jit pass heap: repeated guards and loads removed until a call", () => {
  const cls = { name: "Point", version: 3 };
  check(
    heap,
    `
inputs r0@0
guard_class r0, $Point @[1 sp=1: r0]
guard_map r0, $m @[1 sp=1: r0]
r1 = getslot r0 #0
guard_class r0, $Point @[2 sp=1: r0]
r2 = getslot r0 #0
setslot r0, r2 #1
r3 = getslot r0 #1
r4 = call $id, r3 @[3 sp=1: r0]
guard_class r0, $Point @[4 sp=1: r0]
r5 = getslot r0 #1
jump r0 @[5 sp=1: r0]`,
    `
inputs r0@0
guard_class r0, $Point @[1 sp=1: r0]
guard_map r0, $m @[1 sp=1: r0]
r1 = getslot r0 #0
setslot r0, r1 #1
r4 = call $id, r1 @[3 sp=1: r0]
guard_class r0, $Point @[4 sp=1: r0]
r5 = getslot r0 #1
jump r0 @[5 sp=1: r0]`,
    [],
    { Point: cls, m: "m", id: (x: unknown) => x },
  );
});

Deno.test("jit pass heap: a label forgets what the code before it learnt", () => {
  // Later iterations come back to the label after list_setitem ran: the
  // item read before the loop is no fact inside it (nor is the class guard).
  const cls = { name: "list" };
  const text = `
inputs r0@0
guard_class r0, $list @[1 sp=1: r0]
r1 = list_getitem r0, 0 @[1 sp=1: r0]
label 0 #3 => i2@1
guard_class r0, $list @[3 sp=2: r0, i2]
r3 = list_getitem r0, 0 @[3 sp=2: r0, i2]
i4 = guard_int r3 @[3 sp=2: r0, i2]
r5 = int_lt i4, 3
guard_true r5 @[4 sp=2: r0, i4]
i6 = int_add_ovf i4, 1 @[5 sp=2: r0, i4]
list_setitem r0, 0, i6 @[6 sp=2: r0, i6]
jump i6 #3 @[7 sp=2: r0, i6]`;
  check(heap, text, text, [], { list: cls });
});

Deno.test("jit pass heap: a dict store forgets what globals held", () => {
  // `g = globals(); for ...: t += G; g["G"] = i`: the dict stored into may be
  // the module's globals, so the global is read again after the store.
  const globals = new PyDict();
  globals.set("G", 1);
  // (The loop stores its count into G and reads it back; the guard leaves at 3.)
  const text = `
inputs r0@0 i1@1
r2 = global_lookup $globals, $"G" #0 @[1 sp=2: r0, i1]
dict_setitem r0, $"G", i1
r3 = global_lookup $globals, $"G" #0 @[2 sp=2: r0, i1]
i4 = guard_int r3 @[2 sp=2: r0, i1]
r5 = int_lt i4, 3
guard_true r5 @[3 sp=2: r0, i4]
i6 = int_add_ovf i4, 1 @[3 sp=2: r0, i4]
jump r0, i6 @[4 sp=2: r0, i6]`;
  check(heap, text, text, [[globals, 0]], { globals, '"G"': "G" });
});

Deno.test("jit pass heap: dict reads and zip steps run on the IR interpreter", () => {
  // d.get and d[k] after d[k] = v; a zip of two list iterators stepped once.
  const d = new PyDict();
  const text = `
inputs r0@0 i1@1
dict_setitem r0, $"k", i1
r2 = dict_get r0, $"k", None
r3 = dict_getitem r0, $"k" @[1 sp=2: r0, i1]
i4 = guard_int r3 @[1 sp=2: r0, i1]
r5 = int_lt i4, 3
guard_true r5 @[2 sp=2: r0, i4]
i6 = int_add_ovf i4, 1 @[2 sp=2: r0, i4]
jump r0, i6 @[3 sp=2: r0, i6]`;
  check(heap, text, text, [[d, 0]], { '"k"': "k" });
  const zip = callObject(zipType, [new PyList([1, 2]), new PyList([3])], null);
  const zipped = `
inputs r0@0
zip_live r0 @[1 sp=1: r0]
r1 = zip_inner r0 #0
r2 = zip_inner r0 #1
iter_ready r1 #1 @[1 sp=1: r0]
iter_ready r2 #1 @[1 sp=1: r0]
r3 = seq_iter_next r1 @[1 sp=1: r0]
r4 = seq_iter_next r2 @[1 sp=1: r0]
jump r0 @[2 sp=1: r0]`;
  check(heap, zipped, zipped, [[zip]]);
});

Deno.test("jit pass sink: a slice only stored elsewhere is never made", () => {
  // p[:k + 1] = p[k::-1]: the read is sunk (an exit of the guard in between
  // makes it), the store reads the source itself.
  const text = `
inputs r0@0 i1@1
r2 = list_getslice r0, i1, None, -1
i3 = int_add_ovf i1, 1 @[4 sp=4: r0, i1, r2, r0]
r4 = list_setslice r0, None, i3, None, r2
jump r0, i3 @[9 sp=2: r0, i3]`;
  const trace = sink(parseTrace(text.trim()));
  assertEquals(
    printTrace(trace),
    `
inputs r0@0 i1@1
r2 = list_getslice r0, i1, None, -1
i3 = int_add_ovf i1, 1 @[4 sp=4: r0, i1, r2, r0]
r4 = list_setslice_from r0, None, i3, None, r0, i1, None, -1
jump r0, i3 @[9 sp=2: r0, i3]`.trim(),
  );
  assertEquals(trace.ops[0].sunk, true);
  // Used again after the store (a snapshot names it): it stays.
  const kept = sink(
    parseTrace(
      text.trim().replace("jump r0, i3 @[9 sp=2: r0, i3]", "jump r0, i3 @[9 sp=2: r2, i3]"),
    ),
  );
  assertEquals(kept.ops[0].sunk, false);
  assertEquals(kept.ops[2].name, "list_setslice");
});

Deno.test("jit pass ranges: overflow checks that cannot fail become plain adds", () => {
  // Lengths, masks and what guards on comparisons say bound the results;
  // i0 + 1 (i0 unknown) and i1 - 1 before i1 >= -5 is known keep their checks.
  const list = { items: [1, 2, 3] };
  check(
    ranges,
    `
inputs i0@0 i1@1 r2@2
i3 = list_len r2
i4 = int_and i0, 255
i5 = int_add_ovf i4, 1 @[1 sp=3: i0, i1, r2]
i6 = int_sub_ovf i3, i4 @[2 sp=3: i0, i1, r2]
i7 = int_add_ovf i0, 1 @[3 sp=3: i0, i1, r2]
r8 = int_lt i1, 100
guard_true r8 @[4 sp=3: i7, i1, r2]
i9 = int_add_ovf i1, 1 @[5 sp=3: i7, i1, r2]
i10 = int_sub_ovf i1, 1 @[6 sp=3: i7, i1, r2]
r11 = int_ge i1, -5
guard_true r11 @[7 sp=3: i7, i10, r2]
i12 = int_sub_ovf i1, 1 @[8 sp=3: i7, i9, r2]
i13 = int_add_ovf i12, i6 @[9 sp=3: i7, i9, r2]
jump i13, i5, r2 @[10 sp=3: i13, i5, r2]`,
    `
inputs i0@0 i1@1 r2@2
i3 = list_len r2
i4 = int_and i0, 255
i5 = int_add i4, 1
i6 = int_sub i3, i4
i7 = int_add_ovf i0, 1 @[3 sp=3: i0, i1, r2]
r8 = int_lt i1, 100
guard_true r8 @[4 sp=3: i7, i1, r2]
i9 = int_add i1, 1
i10 = int_sub_ovf i1, 1 @[6 sp=3: i7, i1, r2]
r11 = int_ge i1, -5
guard_true r11 @[7 sp=3: i7, i10, r2]
i12 = int_sub i1, 1
i13 = int_add i12, i6
jump i13, i5, r2 @[10 sp=3: i13, i5, r2]`,
    [[7, 3, list], [2 ** 53 - 1, 3, list], [300, 100, list], [300, -5, list], [
      -(2 ** 53) + 1,
      -6,
      list,
    ]],
  );
});

Deno.test("jit passes fold and sink: a tuple the trace made is read from its items, not made", () => {
  // Its class, length and items are known (fold); then only a snapshot names
  // it (dce), so only the exit that needs it makes it (sink).
  const pipeline = (trace: Trace) => sink(dce(fold(trace)));
  const text = `
inputs i0@0 r1@1
r2 = new_tuple i0, r1
guard_class r2, $tuple @[1 sp=3: i0, r1, r2]
i3 = tuple_len r2
guard_value i3, 2 @[1 sp=3: i0, r1, r2]
r4 = tuple_getitem r2 #0
r5 = tuple_getitem r2 #1
i6 = guard_int r4 @[2 sp=3: i0, r5, r2]
i7 = int_add_ovf i6, 1 @[3 sp=3: i0, r5, r2]
jump i7, r5 @[4 sp=2: i7, r5]`;
  check(
    pipeline,
    text,
    `
inputs i0@0 r1@1
r2 = new_tuple i0, r1
i6 = guard_int i0 @[2 sp=3: i0, r1, r2]
i7 = int_add_ovf i6, 1 @[3 sp=3: i0, r1, r2]
jump i7, r1 @[4 sp=2: i7, r1]`,
    [[2 ** 53 - 3, "x"], [2 ** 53 - 1, "y"]],
    { tuple: tupleType },
  );
  assertEquals(
    pipeline(parseTrace(text.trim(), { constants: { tuple: tupleType } })).ops[0].sunk,
    true,
  );
});

Deno.test("jit pass peel: the body leaves out what the preamble checked and loaded", () => {
  // r2 never changes: its class guard and length are the preamble's alone;
  // i1 changes, so it becomes the label's value i8.
  const list = new PyList([5, 7, 9, 11]);
  const text = `
inputs r0@0 i1@1 r2@2
guard_class r2, $list @[1 sp=3: r0, i1, r2]
i3 = list_len r2
r4 = int_lt i1, i3
guard_true r4 @[2 sp=3: r0, i1, r2]
r5 = list_getitem r2, i1 @[2 sp=3: r0, i1, r2]
i6 = guard_int r5 @[2 sp=3: r0, i1, r2]
i7 = int_add_ovf i1, 1 @[3 sp=3: r0, i1, r2]
jump r0, i7, r2 @[4 sp=3: r0, i7, r2]`;
  const pipeline = (trace: Trace) => heap(fold(peel(trace)));
  const before = parseTrace(text.trim(), { constants: { list: listType }, loopPc: 4 });
  const after = pipeline(parseTrace(text.trim(), { constants: { list: listType }, loopPc: 4 }));
  assertEquals(
    printTrace(after),
    `
inputs r0@0 i1@1 r2@2
guard_class r2, $list @[1 sp=3: r0, i1, r2]
i3 = list_len r2
r4 = int_lt i1, i3
guard_true r4 @[2 sp=3: r0, i1, r2]
r5 = list_getitem r2, i1 @[2 sp=3: r0, i1, r2]
i6 = guard_int r5 @[2 sp=3: r0, i1, r2]
i7 = int_add_ovf i1, 1 @[3 sp=3: r0, i1, r2]
label i7 #4 => i8@1
r10 = int_lt i8, i3
guard_true r10 @[2 sp=3: r0, i8, r2]
r11 = list_getitem r2, i8 @[2 sp=3: r0, i8, r2]
i12 = guard_int r11 @[2 sp=3: r0, i8, r2]
i13 = int_add_ovf i8, 1 @[3 sp=3: r0, i8, r2]
jump i13 #4 @[4 sp=3: r0, i13, r2]`.trim(),
  );
  for (const inputs of [[null, 0, list], [null, 3, list], [null, 9, list]]) {
    assertEquals(run(after, inputs), run(before, inputs));
  }
  // A body that appends to the list changes its length: that load stays.
  const growing = pipeline(
    parseTrace(
      text.trim().replace("i7 = int_add_ovf", "list_append r2, i6\ni7 = int_add_ovf"),
      { constants: { list: listType }, loopPc: 4 },
    ),
  );
  assertEquals(growing.ops.filter((op) => op.name === "list_len").length, 2);
  assertEquals(growing.ops.filter((op) => op.name === "guard_class").length, 1);
});

Deno.test("jit pass dce: unused pure results removed, guards and effects kept", () => {
  check(
    dce,
    `
inputs i0@0 f1@1
f2 = float_mul f1, 2.0
r3 = box_float f2
i4 = int_add_ovf i0, 1 @[1 sp=2: i0, f1]
i5 = int_add i4, 1
jump i4, f1 @[2 sp=2: i4, f1]`,
    `
inputs i0@0 f1@1
i4 = int_add_ovf i0, 1 @[1 sp=2: i0, f1]
jump i4, f1 @[2 sp=2: i4, f1]`,
    [[2 ** 53 - 10, 1.5], [2 ** 53 - 1, 0.5]],
  );
});

Deno.test("jit: the whole pipeline keeps a trace's behaviour", () => {
  const text = `
inputs i0@0 i1@1
i2 = int_add_ovf i0, 1 @[1 sp=2: i0, i1]
i3 = int_add_ovf i0, 1 @[2 sp=2: i2, i1]
r4 = int_lt i3, i1
guard_true r4 @[3 sp=2: i3, i1]
jump i3, i1 @[4 sp=2: i3, i1]`;
  const before = parseTrace(text.trim());
  const after = optimize(parseTrace(text.trim()));
  for (const inputs of [[0, 10], [5, 5], [2 ** 53 - 2, 2 ** 53]]) {
    assertEquals(run(after, inputs), run(before, inputs));
  }
});

Deno.test("jit pass heap: generator frames' slots, and which generators may be one", () => {
  // Two generators of the same code may be one object: a store to one forgets
  // the other's slot. A generator of another code is another object.
  const text = (second: string) => `
inputs r0@0 r1@1 r2@2
gen_enter r0, $numbers #12 @[1 sp=3: r0, r1, r2]
gen_enter r1, ${second} #12 @[1 sp=3: r0, r1, r2]
gen_enter r2, $scaled #11 @[1 sp=3: r0, r1, r2]
r3 = gen_getlocal r0 #1 @[1 sp=3: r0, r1, r2]
r4 = gen_getlocal r1 #1 @[1 sp=3: r0, r1, r2]
r5 = gen_getlocal r2 #1 @[1 sp=3: r0, r1, r2]
gen_setlocal r1, r3 #1
r6 = gen_getlocal r0 #1 @[2 sp=3: r0, r1, r2]
r7 = gen_getlocal r1 #1 @[2 sp=3: r0, r1, r2]
r8 = gen_getlocal r2 #1 @[2 sp=3: r0, r1, r2]
r9 = call $id, r6, r7, r8 @[3 sp=3: r0, r1, r2]
r10 = gen_getlocal r2 #1 @[3 sp=3: r0, r1, r2]
jump r0, r1, r2 @[4 sp=3: r0, r1, r2]`;
  const constants = { numbers: "numbers", scaled: "scaled", id: () => null };
  const same = parseTrace(text("$numbers").trim(), { constants });
  const sameAfter = printTrace(heap(same));
  // r1 may be r0: r0's slot is read again; r1's is what was stored; r2's is known.
  assertEquals(sameAfter.includes("r6 = gen_getlocal r0 #1"), true);
  assertEquals(sameAfter.includes("r7 = gen_getlocal"), false);
  assertEquals(sameAfter.includes("r8 = gen_getlocal"), false);
  assertEquals(sameAfter.includes("r10 = gen_getlocal r2 #1"), true); // after the call
  const other = printTrace(heap(parseTrace(text("$scaled").trim(), { constants })));
  // r1 (code "scaled") is not r0 (code "numbers"), but may be r2 (code "scaled").
  assertEquals(other.includes("r6 = gen_getlocal"), false);
  assertEquals(other.includes("r8 = gen_getlocal r2 #1"), true);
});

Deno.test("jit pass iterators: a label takes a list iterator as its sequence and index", () => {
  // for x in lst (a function's loop): the iterator goes round the label as
  // the list and an index; exits make it at the index they leave at.
  const text = `
inputs r0@0 i1@1
guard_class r0, $list @[3 sp=2: r0, i1]
r2 = seq_iter r0 #0
label r0, i1, r2 #4 => r3@0 i4@1 r5@2
guard_class r5, $list_iterator @[4 sp=3: r3, i4, r5]
r6 = seq_iter_next r5 @[4 sp=3: r3, i4, r5]
i7 = guard_int r6 @[6 sp=4: r3, i4, r5, r6]
i8 = int_add_ovf i4, i7 @[6 sp=4: r3, i4, r5, r6]
jump r3, i8, r5 #4 @[4 sp=3: r3, i8, r5]`;
  const constants = { list: listType, list_iterator: listIteratorType };
  const after = iterators(parseTrace(text.trim(), { constants }));
  assertEquals(
    printTrace(after),
    `
inputs r0@0 i1@1
guard_class r0, $list @[3 sp=2: r0, i1]
label r0, i1, r0, 0 #4 => r3@0 i4@1 r9@2 i10@2
r11 = seq_iter_at r9, i10 #0
r6 = seq_next_item r9, i10 @[4 sp=3: r3, i4, r11]
i12 = int_add i10, 1
r13 = seq_iter_at r9, i12 #0
i7 = guard_int r6 @[6 sp=4: r3, i4, r13, r6]
i8 = int_add_ovf i4, i7 @[6 sp=4: r3, i4, r13, r6]
jump r3, i8, r9, i12 #4 @[4 sp=3: r3, i8, r13]`.trim(),
  );
  assertEquals(after.ops.filter((op) => op.sunk).length, 2);
  // Run to the end, or to a str in the middle: the same exit, an iterator at the same index.
  for (const items of [[1, 2, 3], [1, "x", 3], []]) {
    const lst = new PyList(items);
    const [pc, slots] = run(after, [lst, 0]);
    const [pcBefore, slotsBefore] = run(parseTrace(text.trim(), { constants }), [lst, 0]);
    assertEquals(pc, pcBefore);
    const [iterator, expected] = [slots[2], slotsBefore[2]] as PyIndexIterator[];
    assertEquals([iterator.cls, iterator.sequence, iterator.index], [
      expected.cls,
      expected.sequence,
      expected.index,
    ]);
    assertEquals(slots[1], slotsBefore[1]);
  }
});
