/**
 * Cost of the numeric slots on their hot and slow paths: `deno bench bench/numbers/`.
 * The int slots test "both operands are JS numbers" before any helper call;
 * compare "int + int (small)" with "int + bool", which takes the general path
 * (intOperand on both sides), and with the bigint path.
 */
import { intAdd, intMultiply } from "../../vm/objects/int_arith.ts";
import { floatAdd } from "../../vm/objects/float_arith.ts";
import { floatRichCompare } from "../../vm/objects/numeric_compare.ts";
import { PyFloat } from "../../vm/objects/float.ts";
import { formatFloat } from "../../vm/objects/number_format.ts";
import type { PyValue } from "../../vm/objects/object.ts";

const N = 100_000;

Deno.bench("int + int (small, fast path)", () => {
  let total: PyValue = 0;
  for (let i = 0; i < N; i++) total = intAdd(total, i);
});

Deno.bench("int + bool (general path)", () => {
  let total: PyValue = 0;
  for (let i = 0; i < N; i++) total = intAdd(total, true);
});

Deno.bench("int * int (bigint path)", () => {
  let total: PyValue = 2n ** 64n;
  for (let i = 0; i < N; i++) total = intMultiply(total, 1);
});

Deno.bench("float + float (boxed)", () => {
  let total: PyValue = new PyFloat(0);
  const step = new PyFloat(0.5);
  for (let i = 0; i < N; i++) total = floatAdd(total, step);
});

Deno.bench("float < int (exact mixed comparison)", () => {
  const x = new PyFloat(1.5);
  for (let i = 0; i < N; i++) floatRichCompare(x, i, 0);
});

Deno.bench("format(float, '.3f')", () => {
  for (let i = 0; i < N / 10; i++) formatFloat(i * 1.2345, ".3f");
});
