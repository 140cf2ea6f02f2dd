/** Unary operators, conversions, round(), hash() and parsing against CPython 3.11. */
import { decode, expectOutcomes, loadFixture, outcome, type Tagged } from "./fixture_values.ts";
import type { PyValue } from "../../vm/objects/object.ts";
import { PyFloat } from "../../vm/objects/float.ts";
import { PyComplex } from "../../vm/objects/complex.ts";
import { pyError } from "../../vm/objects/exceptions.ts";
import { NotImplemented } from "../../vm/objects/singletons.ts";
import { typeOf } from "../../vm/objects/typeof.ts";
import { intOperand } from "../../vm/objects/int_value.ts";
import * as ints from "../../vm/objects/int_arith.ts";
import { intInvert } from "../../vm/objects/int_bits.ts";
import * as floats from "../../vm/objects/float_arith.ts";
import * as complexes from "../../vm/objects/complex_arith.ts";
import { ceilFloatToInt, floorFloatToInt } from "../../vm/objects/float_round.ts";
import { floatToInt } from "../../vm/objects/int_float.ts";
import { intToBase, intToDecimal } from "../../vm/objects/int_text.ts";
import { intType, makeBuiltinType } from "../../vm/objects/core_types.ts";
import { PyBoxedInt } from "../../vm/objects/int_value.ts";
import { assertEquals } from "../assert.ts";
import { roundIntToDigits } from "../../vm/objects/int_methods.ts";
import { roundFloat } from "../../vm/objects/float_methods.ts";
import {
  complexFromValues,
  floatFromValue,
  intFromValue,
} from "../../vm/objects/numeric_construct.ts";
import { complexRepr, floatRepr } from "../../vm/text/float_repr.ts";
import { hashOf } from "../../vm/runtime/hash.ts";

type Kind = "int" | "float" | "complex";
const kindOf = (v: PyValue): Kind =>
  v instanceof PyComplex ? "complex" : v instanceof PyFloat ? "float" : "int";

function unarySlot(slots: Record<Kind, ((a: PyValue) => PyValue) | undefined>, symbol: string) {
  return (a: PyValue) => {
    const result = slots[kindOf(a)]?.(a) ?? NotImplemented;
    if (result === NotImplemented) {
      throw pyError("TypeError", `bad operand type for unary ${symbol}: '${typeOf(a).name}'`);
    }
    return result;
  };
}

function realOnly(name: string, onFloat: (x: number) => PyValue) {
  return (a: PyValue) => {
    const kind = kindOf(a);
    if (kind === "complex") {
      throw pyError("TypeError", `type complex doesn't define ${name} method`);
    }
    return kind === "float" ? onFloat((a as PyFloat).value) : intOperand(a)!;
  };
}

const UNARY: Record<string, (a: PyValue) => PyValue> = {
  neg: unarySlot({
    int: ints.intNegative,
    float: floats.floatNegative,
    complex: complexes.complexNegative,
  }, "-"),
  pos: unarySlot({
    int: ints.intPositive,
    float: floats.floatPositive,
    complex: complexes.complexPositive,
  }, "+"),
  abs: unarySlot({
    int: ints.intAbsolute,
    float: floats.floatAbsolute,
    complex: complexes.complexAbsolute,
  }, "abs()"),
  invert: unarySlot({ int: intInvert, float: undefined, complex: undefined }, "~"),
  bool: (a) =>
    a instanceof PyComplex
      ? a.real !== 0 || a.imag !== 0
      : a instanceof PyFloat
      ? a.value !== 0
      : intOperand(a) !== 0,
  int: (a) => intFromValue(a),
  float: (a) => new PyFloat(floatFromValue(a)),
  round: realOnly("__round__", (x) => roundFloat(x, null)),
  trunc: realOnly("__trunc__", floatToInt),
  floor: realOnly("__floor__", floorFloatToInt),
  ceil: realOnly("__ceil__", ceilFloatToInt),
  hash: hashOf,
  repr: reprOf,
  str: reprOf,
};

function reprOf(a: PyValue): PyValue {
  if (typeof a === "boolean") return a ? "True" : "False";
  if (a instanceof PyFloat) return floatRepr(a.value);
  if (a instanceof PyComplex) return complexRepr(a.real, a.imag);
  return intToDecimal(intOperand(a)!);
}

Deno.test("unary operators and conversions", () => {
  // math.floor/ceil of a complex is math's message, not the slots': skipped.
  const cases = loadFixture<[string, Tagged, Tagged][]>("unary.json").filter(([name, a]) =>
    !((name === "floor" || name === "ceil") && "complex" in a)
  );
  expectOutcomes(
    cases,
    ([name, a]) => outcome(() => UNARY[name](decode(a))),
    ([, , expected]) => expected,
    ([name, a]) => `${name}(${JSON.stringify(a)})`,
  );
});

Deno.test("round with ndigits", () => {
  const cases = loadFixture<[Tagged, Tagged, Tagged][]>("round.json");
  const round = (x: PyValue, n: PyValue): PyValue => {
    if (x instanceof PyFloat) return roundFloat(x.value, n);
    return n === null ? intOperand(x)! : roundIntToDigits(intOperand(x)!, intOperand(n)!);
  };
  expectOutcomes(
    cases,
    ([x, n]) => outcome(() => round(decode(x), decode(n))),
    ([, , expected]) => expected,
    ([x, n]) => `round(${JSON.stringify(x)}, ${JSON.stringify(n)})`,
  );
});

Deno.test("float(int) is correctly rounded", () => {
  const cases = loadFixture<[Tagged, Tagged][]>("int_to_float.json");
  expectOutcomes(
    cases,
    ([n]) => outcome(() => new PyFloat(floatFromValue(decode(n)))),
    ([, expected]) => expected,
    ([n]) => `float(${JSON.stringify(n)})`,
  );
});

Deno.test("numeric hashes", () => {
  const cases = loadFixture<[Tagged, Tagged][]>("hash.json");
  expectOutcomes(
    cases,
    ([value]) => outcome(() => hashOf(decode(value))),
    ([, expected]) => expected,
    ([value]) => `hash(${JSON.stringify(value)})`,
  );
});

Deno.test("hash(nan) depends on the object, not the value", () => {
  const nan = new PyFloat(NaN);
  const other = new PyFloat(NaN);
  if (hashOf(nan) !== hashOf(nan)) throw new Error("hash of one NaN object changed");
  if (hashOf(nan) === hashOf(other)) throw new Error("two NaN objects hash alike");
});

interface ParseFixtures {
  int: [string, number, Tagged][];
  float: [string, Tagged][];
  complex: [string, Tagged][];
}

Deno.test("int(str, base)", () => {
  const cases = loadFixture<ParseFixtures>("parse.json").int;
  expectOutcomes(
    cases,
    ([text, base]) => outcome(() => intFromValue(text, base)),
    ([, , expected]) => expected,
    ([text, base]) => `int(${JSON.stringify(text.slice(0, 40))}, ${base})`,
  );
});

Deno.test("float(str)", () => {
  const cases = loadFixture<ParseFixtures>("parse.json").float;
  expectOutcomes(
    cases,
    ([text]) => outcome(() => new PyFloat(floatFromValue(text))),
    ([, expected]) => expected,
    ([text]) => `float(${JSON.stringify(text)})`,
  );
});

Deno.test("complex(str)", () => {
  const cases = loadFixture<ParseFixtures>("parse.json").complex;
  expectOutcomes(
    cases,
    ([text]) => outcome(() => new PyComplex(...complexFromValues(text))),
    ([, expected]) => expected,
    ([text]) => `complex(${JSON.stringify(text)})`,
  );
});

Deno.test("str(int) digit limit and bin/oct/hex", () => {
  const cases = loadFixture<[string, Tagged, Tagged][]>("int_str.json");
  const convert = (name: string, n: PyValue): PyValue => {
    const value = intOperand(n)!;
    if (name === "str") return intToDecimal(value);
    return intToBase(value, name === "hex" ? 16 : name === "oct" ? 8 : 2);
  };
  expectOutcomes(
    cases,
    ([name, n]) => outcome(() => convert(name, decode(n))),
    ([, , expected]) => expected,
    ([name, n]) => `${name}(${JSON.stringify(n).slice(0, 40)})`,
  );
});

Deno.test("instances of int subclasses take part in int arithmetic", () => {
  const subclass = makeBuiltinType("MyInt", intType);
  const five = new PyBoxedInt(5, subclass);
  assertEquals(ints.intAdd(five, 1), 6);
  assertEquals(ints.intMultiply(five, new PyBoxedInt(2 ** 52, subclass)), 5n * 2n ** 52n);
  assertEquals(ints.intPositive(five), 5);
});

Deno.test("int(), float() and complex() argument rules", () => {
  const cases = loadFixture<[string, Tagged[], Tagged][]>("constructors.json");
  const construct = (name: string, args: PyValue[]): PyValue => {
    if (name === "int") return intFromValue(args[0], args[1]);
    if (name === "float") return new PyFloat(floatFromValue(args[0]));
    return new PyComplex(...complexFromValues(args[0], args[1]));
  };
  expectOutcomes(
    cases,
    ([name, args]) => outcome(() => construct(name, args.map(decode))),
    ([, , expected]) => expected,
    ([name, args]) => `${name}(${JSON.stringify(args)})`,
  );
});
