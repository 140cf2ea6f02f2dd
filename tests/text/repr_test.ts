import { bytesRepr } from "../../vm/text/bytes_repr.ts";
import { complexRepr, floatRepr } from "../../vm/text/float_repr.ts";
import { intRepr } from "../../vm/text/int_repr.ts";
import { codePointsRepr, strRepr } from "../../vm/text/str_repr.ts";
import { assertEquals } from "../assert.ts";
import { bytesFromHex, doubleFromBits, expectAll, loadFixture } from "./fixtures.ts";

Deno.test("strRepr matches CPython's repr(str)", () => {
  const cases = loadFixture<Array<[string, string]>>("str_repr.json");
  expectAll(cases, ([text]) => strRepr(text), ([, repr]) => repr);
});

Deno.test("codePointsRepr matches CPython's repr(str)", () => {
  const cases = loadFixture<Array<[string, string]>>("str_repr.json");
  expectAll(
    cases,
    ([text]) => codePointsRepr(Array.from(text, (char) => char.codePointAt(0)!)),
    ([, repr]) => repr,
  );
  // CPython: repr('\ud800\udc00') is '\\ud800\\udc00': two code points, not one.
  assertEquals(codePointsRepr([0xd800, 0xdc00]), "'\\ud800\\udc00'");
});

Deno.test("bytesRepr matches CPython's repr(bytes)", () => {
  const cases = loadFixture<Array<[string, string]>>("bytes_repr.json");
  expectAll(cases, ([hex]) => bytesRepr(bytesFromHex(hex)), ([, repr]) => repr);
});

Deno.test("floatRepr matches CPython's repr(float)", () => {
  const cases = loadFixture<Array<[string, string]>>("float_repr.json");
  expectAll(cases, ([bits]) => floatRepr(doubleFromBits(bits)), ([, repr]) => repr);
});

Deno.test("complexRepr matches CPython's repr(complex)", () => {
  const cases = loadFixture<Array<[string, string, string]>>("complex_repr.json");
  expectAll(
    cases,
    ([real, imag]) => complexRepr(doubleFromBits(real), doubleFromBits(imag)),
    ([, , repr]) => repr,
  );
});

Deno.test("intRepr matches CPython's repr(int) for numbers and bigints", () => {
  const cases = loadFixture<Array<[string, string]>>("int_repr.json");
  expectAll(cases, ([decimal]) => {
    const big = BigInt(decimal);
    const safe = big >= BigInt(Number.MIN_SAFE_INTEGER) && big <= BigInt(Number.MAX_SAFE_INTEGER);
    return intRepr(safe ? Number(big) : big);
  }, ([, repr]) => repr);
});
