/** The math module against CPython 3.11 on random inputs (fixtures/math.json). */
import "../../vm/runtime/bootstrap.ts";
import { decode, expectOutcomes, outcome, type Tagged } from "../numbers/fixture_values.ts";
import { PyBuiltinFunction } from "../../vm/objects/native_function.ts";
import { createMathModule } from "../../stdlib/math.ts";
import { newTuple } from "../../vm/objects/tuple.ts";

type Case = [string, Tagged[], Tagged];

const cases = JSON.parse(
  Deno.readTextFileSync(new URL("./fixtures/math.json", import.meta.url)),
) as Case[];
const math = createMathModule();

function call(name: string, args: Tagged[]) {
  const values = args.map(decode);
  if (name === "fsum_args") return () => callMath("fsum", [newTuple(values)]);
  return () => callMath(name, values);
}

function callMath(name: string, values: ReturnType<typeof decode>[]) {
  const func = math.dict.get(name);
  if (!(func instanceof PyBuiltinFunction)) throw new Error(`math.${name} missing`);
  return func.call(values, null);
}

Deno.test("math functions match CPython bit for bit", () => {
  expectOutcomes(
    cases,
    ([name, args]) => outcome(call(name, args)),
    ([, , expected]) => expected,
    ([name, args]) => `math.${name}(${args.map((a) => JSON.stringify(a)).join(", ")})`,
  );
});
