/**
 * The interpreter's arithmetic fast paths (vm/runtime/fast_arith.ts): small-int
 * add with its overflow check (a result beyond 2**53 falls back, returning
 * undefined), float boxing and unboxing, and mixed int/float operands.
 */
import { N } from "./setup.ts";
import { fastBinary, intBinary } from "../../vm/runtime/fast_arith.ts";
import { PyFloat } from "../../vm/objects/float.ts";
import type { PyValue } from "../../vm/objects/object.ts";

const ADD = 0;
const MULT = 5;

Deno.bench("int add: intBinary (safe result)", { group: "arith", baseline: true }, () => {
  let total: PyValue = 0;
  for (let i = 0; i < N; i++) total = intBinary(ADD, total as number, i) ?? 0;
});

Deno.bench("int add: fastBinary (type tests + overflow check)", { group: "arith" }, () => {
  let total: PyValue = 0;
  for (let i = 0; i < N; i++) total = fastBinary(ADD, total, i) ?? 0;
});

Deno.bench("int add: overflow detected (falls back)", { group: "arith" }, () => {
  const big = Number.MAX_SAFE_INTEGER;
  let misses = 0;
  for (let i = 0; i < N; i++) if (intBinary(ADD, big, i + 1) === undefined) misses++;
  if (misses !== N) throw new Error("expected every add to overflow");
});

Deno.bench("int mult: fastBinary", { group: "arith" }, () => {
  let total = 0;
  for (let i = 0; i < N; i++) total += fastBinary(MULT, i & 1023, 7) as number;
  if (total < 0) throw new Error("unreachable");
});

Deno.bench("float: box (new PyFloat) and unbox (.value)", { group: "arith" }, () => {
  let x = 0;
  for (let i = 0; i < N; i++) x = new PyFloat(x + 0.5).value;
});

Deno.bench("float add: fastBinary (boxed result)", { group: "arith" }, () => {
  let total: PyValue = new PyFloat(0);
  const step = new PyFloat(0.25);
  for (let i = 0; i < N; i++) total = fastBinary(ADD, total, step) ?? total;
});

Deno.bench("float + int: fastBinary (mixed)", { group: "arith" }, () => {
  let total: PyValue = new PyFloat(0);
  for (let i = 0; i < N; i++) total = fastBinary(ADD, total, 3) ?? total;
});
