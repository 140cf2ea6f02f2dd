/** Binary arithmetic and comparisons of int/bool/float/complex against CPython 3.11. */
import { decode, expectOutcomes, loadFixture, outcome, type Tagged } from "./fixture_values.ts";
import { binaryOperation, compareOperation } from "./dispatch.ts";
import { intPower } from "../../vm/objects/int_arith.ts";
import { floatPower } from "../../vm/objects/float_arith.ts";
import { complexAbsolute, complexPower } from "../../vm/objects/complex_arith.ts";
import { PyFloat } from "../../vm/objects/float.ts";
import { PyComplex } from "../../vm/objects/complex.ts";
import type { PyValue } from "../../vm/objects/object.ts";
import { NotImplemented } from "../../vm/objects/singletons.ts";
import { pyError } from "../../vm/objects/exceptions.ts";

interface Matrix {
  values: Tagged[];
  errors: string[];
  cases: [string, number, number, Tagged | { errorIndex: number }][];
}

function runMatrix(name: string, operation: (op: string, a: PyValue, b: PyValue) => PyValue) {
  const { values, errors, cases } = loadFixture<Matrix>(name);
  const operands = values.map(decode);
  expectOutcomes(
    cases,
    ([op, i, j]) => outcome(() => operation(op, operands[i], operands[j])),
    ([, , , expected]) =>
      "errorIndex" in expected ? { error: errors[expected.errorIndex] } : expected,
    ([op, i, j]) => `${JSON.stringify(values[i])} ${op} ${JSON.stringify(values[j])}`,
  );
}

Deno.test("binary operators over the value matrix", () =>
  runMatrix("binary.json", binaryOperation));

Deno.test("comparisons over the value matrix", () => runMatrix("compare.json", compareOperation));

Deno.test("three-argument pow", () => {
  const cases = loadFixture<[Tagged, Tagged, Tagged, Tagged][]>("pow3.json");
  const pow3 = (a: PyValue, b: PyValue, m: PyValue): PyValue => {
    for (const slot of [intPower, floatPower, complexPower]) {
      const isOwner = slot === intPower
        ? true
        : slot === floatPower
        ? [a, b, m].some((v) => v instanceof PyFloat)
        : [a, b, m].some((v) => v instanceof PyComplex);
      if (!isOwner) continue;
      const result = slot(a, b, m);
      if (result !== NotImplemented) return result;
    }
    throw pyError("TypeError", "unsupported operand type(s) for pow()");
  };
  expectOutcomes(
    cases,
    ([a, b, m]) => outcome(() => pow3(decode(a), decode(b), decode(m))),
    ([, , , expected]) => expected,
    ([a, b, m]) => `pow(${JSON.stringify([a, b, m])})`,
  );
});

Deno.test("int / int is correctly rounded", () => {
  const cases = loadFixture<[Tagged, Tagged, Tagged][]>("true_division.json");
  expectOutcomes(
    cases,
    ([a, b]) => outcome(() => binaryOperation("/", decode(a), decode(b))),
    ([, , expected]) => expected,
    ([a, b]) => `${JSON.stringify(a)} / ${JSON.stringify(b)}`,
  );
});

/** Distance in units in the last place between two doubles of the same sign. */
function ulpDistance(a: number, b: number): number {
  const view = new DataView(new ArrayBuffer(16));
  view.setFloat64(0, a);
  view.setFloat64(8, b);
  return Number(view.getBigInt64(0) - view.getBigInt64(8));
}

/**
 * The polar formula of complex ** (non-integer exponents) goes through exp,
 * log, atan2, cos and sin, where V8's fdlibm and glibc may differ in the last
 * bit (a few in a thousand cases): those results may be 4 ulps apart, every
 * other result (abs, division, integer powers, all errors) must be identical.
 */
function closeEnough(got: Tagged, want: Tagged): boolean {
  if (!("complex" in got) || !("complex" in want)) return false;
  const parts = (value: { complex: [string, string] }) =>
    value.complex.map((bits) => decode({ float: bits }) as PyFloat).map((f) => f.value);
  const [gotParts, wantParts] = [parts(got), parts(want)];
  return gotParts.every((part, i) =>
    Math.sign(part) === Math.sign(wantParts[i]) && Math.abs(ulpDistance(part, wantParts[i])) <= 4
  );
}

Deno.test("complex abs, division and powers against libm-based CPython", () => {
  const cases = loadFixture<[string, Tagged, Tagged, Tagged][]>("complex_random.json");
  const run = (op: string, a: PyValue, b: PyValue): PyValue =>
    op === "abs" ? complexAbsolute(a) : binaryOperation(op, a, b);
  const failures: string[] = [];
  for (const [op, a, b, expected] of cases) {
    const got = outcome(() => run(op, decode(a), decode(b)));
    if (JSON.stringify(got) === JSON.stringify(expected)) continue;
    const polar = op === "**" && !("int" in b);
    if (polar && closeEnough(got, expected)) continue;
    failures.push(
      `${op} ${JSON.stringify([a, b])}: want ${JSON.stringify(expected)} got ${
        JSON.stringify(got)
      }`,
    );
  }
  if (failures.length > 0) throw new Error(failures.slice(0, 20).join("\n"));
});

Deno.test("int operators on random values across the number/bigint boundary", () => {
  const cases = loadFixture<[string, Tagged, Tagged, Tagged][]>("int_random.json");
  expectOutcomes(
    cases,
    ([op, a, b]) => outcome(() => binaryOperation(op, decode(a), decode(b))),
    ([, , , expected]) => expected,
    ([op, a, b]) => `${JSON.stringify(a)} ${op} ${JSON.stringify(b)}`,
  );
});

Deno.test("float operators and int/float comparisons on random values", () => {
  const cases = loadFixture<[string, Tagged, Tagged, Tagged][]>("float_random.json");
  const run = (op: string, a: PyValue, b: PyValue) =>
    ["==", "<", ">=", ">"].includes(op) ? compareOperation(op, a, b) : binaryOperation(op, a, b);
  expectOutcomes(
    cases,
    ([op, a, b]) => outcome(() => run(op, decode(a), decode(b))),
    ([, , , expected]) => expected,
    ([op, a, b]) => `${JSON.stringify(a)} ${op} ${JSON.stringify(b)}`,
  );
});
