/**
 * Shared helpers of the numeric tests: load the CPython-generated fixtures
 * (make_fixtures.py), turn their tagged values into VM values and back, and
 * describe a raised Python exception as "Class: str(exception)".
 */
import type { PyValue } from "../../vm/objects/object.ts";
import { PyFloat } from "../../vm/objects/float.ts";
import { PyComplex } from "../../vm/objects/complex.ts";
import { PyBytes } from "../../vm/objects/bytes.ts";
import { PyTuple } from "../../vm/objects/tuple.ts";
import { isPyException } from "../../vm/objects/exceptions.ts";
import { normalizeBigInt } from "../../vm/objects/int_value.ts";
import { strRepr } from "../../vm/text/str_repr.ts";
import { isStr, toJsString } from "../../vm/objects/str_wide.ts";

export type Tagged =
  | { int: string }
  | { bool: boolean }
  | { float: string }
  | { complex: [string, string] }
  | { str: string }
  | { tuple: Tagged[] }
  | { bytes: string }
  | { none: true }
  | { error: string };

export function loadFixture<T>(name: string): T {
  const url = new URL(`./fixtures/${name}`, import.meta.url);
  return JSON.parse(Deno.readTextFileSync(url)) as T;
}

function doubleFromBits(hex: string): number {
  if (hex === "nan") return NaN;
  const view = new DataView(new ArrayBuffer(8));
  view.setBigUint64(0, BigInt("0x" + hex));
  return view.getFloat64(0);
}

function bitsOfDouble(value: number): string {
  if (Number.isNaN(value)) return "nan";
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, value);
  return view.getBigUint64(0).toString(16).padStart(16, "0");
}

export function decode(value: Tagged): PyValue {
  if ("int" in value) return normalizeBigInt(BigInt(value.int));
  if ("bool" in value) return value.bool;
  if ("float" in value) return new PyFloat(doubleFromBits(value.float));
  if ("complex" in value) {
    return new PyComplex(doubleFromBits(value.complex[0]), doubleFromBits(value.complex[1]));
  }
  if ("str" in value) return value.str;
  if ("none" in value) return null;
  if ("bytes" in value) {
    return new PyBytes(Uint8Array.from(value.bytes.match(/../g) ?? [], (h) => parseInt(h, 16)));
  }
  if ("tuple" in value) return new PyTuple(value.tuple.map(decode));
  throw new Error(`cannot decode ${JSON.stringify(value)}`);
}

export function encode(value: PyValue): Tagged {
  if (typeof value === "number") {
    if (!Number.isSafeInteger(value) || Object.is(value, -0)) {
      throw new Error(`int not in normal form: ${value}`);
    }
    return { int: String(value) };
  }
  if (typeof value === "bigint") {
    if (normalizeBigInt(value) !== value) throw new Error(`bigint not in normal form: ${value}`);
    return { int: value.toString() };
  }
  if (typeof value === "boolean") return { bool: value };
  if (isStr(value)) return { str: toJsString(value) };
  if (value === null) return { none: true };
  if (value instanceof PyFloat) return { float: bitsOfDouble(value.value) };
  if (value instanceof PyComplex) {
    return { complex: [bitsOfDouble(value.real), bitsOfDouble(value.imag)] };
  }
  if (value instanceof PyBytes) {
    return { bytes: [...value.bytes].map((b) => b.toString(16).padStart(2, "0")).join("") };
  }
  if (value instanceof PyTuple) return { tuple: value.items.map(encode) };
  throw new Error(`cannot encode ${Deno.inspect(value)}`);
}

function argRepr(value: PyValue): string {
  return typeof value === "string" ? strRepr(value) : String(value);
}

/** The outcome of running `thunk` in the fixtures' terms: a tagged value or an error. */
export function outcome(thunk: () => PyValue): Tagged {
  try {
    return encode(thunk());
  } catch (error) {
    if (!isPyException(error)) throw error;
    const args = error.args.items;
    const text = args.length === 0
      ? ""
      : args.length === 1
      ? toJsString(args[0] as string)
      : `(${args.map(argRepr).join(", ")})`;
    return { error: `${error.cls.name}: ${text}` };
  }
}

/** Compare all cases, reporting the first mismatches together. */
export function expectOutcomes<T>(
  cases: readonly T[],
  run: (testCase: T) => Tagged,
  expected: (testCase: T) => Tagged,
  describe: (testCase: T) => string,
): void {
  const failures: string[] = [];
  for (const testCase of cases) {
    const got = JSON.stringify(run(testCase));
    const want = JSON.stringify(expected(testCase));
    if (got !== want) failures.push(`${describe(testCase)}\n    want ${want}\n    got  ${got}`);
  }
  if (failures.length > 0) {
    throw new Error(
      `${failures.length} of ${cases.length} differ:\n` + failures.slice(0, 25).join("\n"),
    );
  }
}

export function show(value: Tagged): string {
  return JSON.stringify(value);
}
