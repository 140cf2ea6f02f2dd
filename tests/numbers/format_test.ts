/** format(number, spec) and the int/float methods against CPython 3.11. */
import { decode, expectOutcomes, loadFixture, outcome, type Tagged } from "./fixture_values.ts";
import type { PyValue } from "../../vm/objects/object.ts";
import { PyFloat } from "../../vm/objects/float.ts";
import { complexType, PyComplex } from "../../vm/objects/complex.ts";
import { intOperand } from "../../vm/objects/int_value.ts";
import { formatComplex, formatFloat, formatInt } from "../../vm/objects/number_format.ts";
import { boolType, intType } from "../../vm/objects/core_types.ts";
import { floatType } from "../../vm/objects/float.ts";
import { PyClassMethod } from "../../vm/objects/descriptors.ts";
import { PyBuiltinFunction, PyMethodDescriptor } from "../../vm/objects/native_function.ts";
import { strFromJs } from "../../vm/objects/str_wide.ts";
import "../../vm/objects/int_methods.ts";
import "../../vm/objects/float_methods.ts";
import "../../vm/objects/complex_methods.ts";
import { assertEquals } from "../assert.ts";

function formatValue(value: PyValue, spec: string): PyValue {
  if (value instanceof PyComplex) {
    return strFromJs(
      formatComplex(value.real, value.imag, spec),
    );
  }
  if (value instanceof PyFloat) return strFromJs(formatFloat(value.value, spec));
  // bool formats as int except for the empty spec (str(True)).
  if (typeof value === "boolean") {
    return spec === ""
      ? (value ? "True" : "False")
      : strFromJs(formatInt(value ? 1 : 0, spec, "bool"));
  }
  return strFromJs(formatInt(intOperand(value)!, spec));
}

Deno.test("format() of ints, floats and complex numbers", () => {
  const cases = loadFixture<[Tagged, string, Tagged][]>("format.json");
  expectOutcomes(
    cases,
    ([value, spec]) => outcome(() => formatValue(decode(value), spec)),
    ([, , expected]) => expected,
    ([value, spec]) => `format(${JSON.stringify(value)}, ${JSON.stringify(spec)})`,
  );
});

/** Call "type.method" as Python code would: through the type's namespace. */
function callMethod(qualified: string, args: PyValue[]): PyValue {
  const [typeName, name] = qualified.split(".");
  const type = typeName === "int" ? intType : floatType;
  const attribute = type.dict.get(name);
  if (attribute instanceof PyMethodDescriptor) {
    const [self, ...rest] = args;
    // Keyword-only `signed` of to_bytes is passed by name, as the fixtures do.
    if (name === "to_bytes") return attribute.callMethod(self, rest, ["signed"]);
    return attribute.callMethod(self, rest, null);
  }
  if (attribute instanceof PyClassMethod && attribute.func instanceof PyBuiltinFunction) {
    return attribute.func.bindTo(type).call(args, name === "from_bytes" ? ["signed"] : null);
  }
  throw new Error(`no method ${qualified}`);
}

Deno.test("int and float methods", () => {
  const cases = loadFixture<[string, Tagged[], Tagged][]>("methods.json");
  expectOutcomes(
    cases,
    ([name, args]) => outcome(() => callMethod(name, args.map(decode))),
    ([, , expected]) => expected,
    ([name, args]) => `${name}(${JSON.stringify(args)})`,
  );
});

Deno.test("dunder methods are attributes of the numeric types", () => {
  const add = intType.dict.get("__add__") as PyMethodDescriptor;
  assertEquals(add.callMethod(1, [2], null), 3);
  const floatRound = floatType.dict.get("__round__") as PyMethodDescriptor;
  assertEquals(floatRound.callMethod(new PyFloat(2.5), [], null), 2);
});

Deno.test("the numeric types define CPython's attribute names", () => {
  const expected = loadFixture<Record<string, string[]>>("namespaces.json");
  // Defined elsewhere: __new__/__init__ by the type machinery, __doc__ with docstrings,
  // __getattribute__ (CPython's generic slot wrapper) by object.
  const elsewhere = new Set(["__new__", "__init__", "__doc__", "__getattribute__"]);
  for (const type of [intType, boolType, floatType, complexType]) {
    const names = expected[type.name].filter((name) => !elsewhere.has(name));
    assertEquals(names.filter((name) => !type.dict.has(name)), [], `missing in ${type.name}`);
  }
});
