/**
 * The toFixed/toExponential fast paths of float_digits.ts against the exact
 * bigint route, on many deterministic pseudo-random doubles: ties (short
 * binary fractions, integers times five), subnormals, carries (9.5 * 10**k).
 * The CPython fixtures check the exact route itself.
 */
import {
  type DecimalDigits,
  fixedDigits,
  scaledRoundedInteger,
  significantDigits,
} from "../../vm/text/float_digits.ts";
import { assertEquals } from "../assert.ts";

function stripZeros(text: string): string {
  return text.replace(/(?<=.)0+$/, "");
}

function exactFixed(magnitude: number, places: number): DecimalDigits {
  const text = scaledRoundedInteger(magnitude, places).toString();
  if (text === "0") return { digits: "0", decimalPoint: 1 };
  return { digits: stripZeros(text), decimalPoint: text.length - places };
}

function exactSignificant(magnitude: number, count: number): DecimalDigits {
  let exponent = Math.floor(Math.log10(magnitude));
  for (;;) {
    const text = scaledRoundedInteger(magnitude, count - 1 - exponent).toString();
    if (text.length === count) return { digits: stripZeros(text), decimalPoint: exponent + 1 };
    exponent += text.length > count ? 1 : -1;
  }
}

/** A small deterministic generator (LCG), so failures reproduce. */
function* doubles(count: number): Generator<number> {
  let state = 12345;
  const next = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  for (let i = 0; i < count; i++) {
    switch (i % 5) {
      case 0:
        yield next() * 10 ** (Math.floor(next() * 600) - 300);
        break;
      case 1:
        yield Math.round(next() * 100000) / 8;
        break;
      case 2:
        yield next() * 2 ** -1060;
        break;
      case 3:
        yield Math.floor(next() * 1e6) * 5;
        break;
      default:
        yield 9.5 * 10 ** Math.floor(next() * 10);
    }
  }
}

Deno.test("mode 2 and mode 3 fast paths agree with exact arithmetic", () => {
  let index = 0;
  for (const value of doubles(20000)) {
    if (!(value > 0)) continue;
    const precision = index++ % 22;
    assertEquals(
      fixedDigits(value, precision),
      exactFixed(value, precision),
      `${value} .${precision}f`,
    );
    const count = 1 + (index % 20);
    assertEquals(
      significantDigits(value, count),
      exactSignificant(value, count),
      `${value} ${count}`,
    );
  }
});
