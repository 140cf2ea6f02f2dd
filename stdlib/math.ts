/**
 * The `math` module: libm functions with CPython's error rules
 * (math_real.ts), integer functions (math_integer.ts), gamma/lgamma
 * (math_gamma.ts) and the float bit operations (math_bits.ts).
 */
import type { PyValue } from "../vm/objects/object.ts";
import { floatType, PyFloat } from "../vm/objects/float.ts";
import { pyError } from "../vm/objects/exceptions.ts";
import { typeOf } from "../vm/objects/typeof.ts";
import { intOperand, toBigInt } from "../vm/objects/int_value.ts";
import { newTuple } from "../vm/objects/tuple.ts";
import { ratioToFloat } from "../vm/objects/int_float.ts";
import { bitLengthOfBig } from "../vm/objects/int_value.ts";
import { ceilFloatToInt, floorFloatToInt } from "../vm/objects/float_round.ts";
import { floatToInt } from "../vm/objects/int_float.ts";
import { PyTuple } from "../vm/objects/tuple.ts";
import { iterateToArray, iterateValues } from "../vm/runtime/iteration.ts";
import { binaryOp } from "../vm/runtime/operators.ts";
import { BINARY_OPERATOR_INDEX } from "../vm/compiler/opcodes.ts";
import type { PyModule } from "../vm/runtime/module.ts";
import { addFunctions, addValues, newModule } from "./module_helpers.ts";
import { libm } from "./libm.ts";
import { copySign, frexp, ldexp, nextAfter } from "./math_bits.ts";
import {
  atan2,
  callSpecial,
  domainError,
  fmod,
  fsum,
  mathOne,
  mathTwo,
  pow,
  rangeError,
  remainder,
  toDouble,
  vectorNorm,
} from "./math_real.ts";
import { comb, factorial, gcd, isqrt, lcm, perm } from "./math_integer.ts";
import { gamma, lgamma } from "./math_gamma.ts";

const MULTIPLY = BINARY_OPERATOR_INDEX.Mult;
const float = (x: number) => new PyFloat(x);

/** One-argument libm functions: [name, function, can overflow]. */
const UNARY: readonly [string, (x: number) => number, boolean][] = [
  ["acos", libm.acos, false],
  ["acosh", libm.acosh, false],
  ["asin", libm.asin, false],
  ["asinh", libm.asinh, false],
  ["atan", libm.atan, false],
  ["atanh", libm.atanh, false],
  ["cbrt", libm.cbrt, false],
  ["cos", libm.cos, false],
  ["cosh", libm.cosh, true],
  ["exp", libm.exp, true],
  ["exp2", libm.exp2, true],
  ["expm1", libm.expm1, true],
  ["fabs", Math.abs, false],
  ["log1p", libm.log1p, false],
  ["sin", libm.sin, false],
  ["sinh", libm.sinh, true],
  ["sqrt", Math.sqrt, false],
  ["tan", libm.tan, false],
  ["tanh", libm.tanh, false],
];

/**
 * CPython's loghelper: ints are taken exactly, so log(10**1000) works —
 * a too-large int is split as m * 2**e with m correctly rounded.
 */
function logOf(value: PyValue, f: (x: number) => number): number {
  const int = intOperand(value);
  if (int === undefined) return mathOne(toDouble(value), f, false).value;
  if (int <= 0) throw domainError();
  if (typeof int === "number" || Number.isFinite(Number(int))) return f(Number(int));
  const e = bitLengthOfBig(int);
  const mantissa = ratioToFloat(toBigInt(int), 1n << BigInt(e));
  return f(mantissa) + f(2) * e;
}

function roundingFunction(name: "__floor__" | "__ceil__", round: (x: number) => PyValue) {
  return (x: PyValue) => {
    if (x instanceof PyFloat && x.cls === floatType) return round(x.value);
    // A float subclass's own __floor__/__ceil__ is honoured too.
    const result = callSpecial(x, name);
    if (result !== undefined) return result;
    return round(toDouble(x));
  };
}

/** The coordinates of a point for dist/hypot: [values, max magnitude, NaN seen]. */
function magnitudes(values: readonly PyValue[]): [number[], number, boolean] {
  let max = 0;
  let foundNaN = false;
  const result = values.map((value) => {
    const x = Math.abs(toDouble(value));
    foundNaN ||= Number.isNaN(x);
    if (x > max) max = x;
    return x;
  });
  return [result, max, foundNaN];
}

function ldexpValue(x: PyValue, i: PyValue): PyFloat {
  const value = toDouble(x);
  const exponent = intOperand(i);
  if (exponent === undefined) {
    throw pyError("TypeError", "Expected an int as second argument to ldexp.");
  }
  if (value === 0 || !Number.isFinite(value)) return float(value);
  const bounded = exponent > 100000 ? 100000 : exponent < -100000 ? -100000 : Number(exponent);
  const r = ldexp(value, bounded);
  if (!Number.isFinite(r)) throw rangeError();
  return float(r);
}

function isclose(a: PyValue, b: PyValue, relTol: PyValue, absTol: PyValue): boolean {
  const x = toDouble(a);
  const y = toDouble(b);
  const rel = relTol === undefined ? 1e-9 : toDouble(relTol);
  const abs = absTol === undefined ? 0 : toDouble(absTol);
  if (rel < 0 || abs < 0) throw pyError("ValueError", "tolerances must be non-negative");
  if (x === y) return true;
  if (!Number.isFinite(x) || !Number.isFinite(y)) return false;
  const diff = Math.abs(y - x);
  return diff <= Math.abs(rel * y) || diff <= Math.abs(rel * x) || diff <= abs;
}

function createMathModule(): PyModule {
  const module = newModule(
    "math",
    "This module provides access to the mathematical functions\ndefined by the C standard.",
  );
  const unary = Object.fromEntries(
    UNARY.map((
      [name, f, canOverflow],
    ) => [name, ["x, /", (x: PyValue) => mathOne(toDouble(x), f, canOverflow)] as const]),
  );
  const binary = (f: (x: number, y: number) => number) =>
    ["x, y, /", (x: PyValue, y: PyValue) => mathTwo(toDouble(x), toDouble(y), f)] as const;
  addFunctions(module, {
    ...unary,
    atan2: ["y, x, /", (y: PyValue, x: PyValue) => mathTwo(toDouble(y), toDouble(x), atan2)],
    copysign: binary(copySign),
    fmod: binary(fmod),
    remainder: binary(remainder),
    pow: ["x, y, /", (x: PyValue, y: PyValue) => float(pow(toDouble(x), toDouble(y)))],
    nextafter: ["x, y, /", (x: PyValue, y: PyValue) => float(nextAfter(toDouble(x), toDouble(y)))],
    erf: ["x, /", (x: PyValue) => float(libm.erf(toDouble(x)))],
    erfc: ["x, /", (x: PyValue) => float(libm.erfc(toDouble(x)))],
    gamma: ["x, /", (x: PyValue) => float(gamma(toDouble(x)))],
    lgamma: ["x, /", (x: PyValue) => float(lgamma(toDouble(x)))],
    ceil: ["x, /", roundingFunction("__ceil__", ceilFloatToInt)],
    floor: ["x, /", roundingFunction("__floor__", floorFloatToInt)],
    trunc: ["x, /", (x: PyValue) => {
      if (x instanceof PyFloat && x.cls === floatType) return floatToInt(x.value);
      const result = callSpecial(x, "__trunc__");
      if (result === undefined) {
        throw pyError("TypeError", `type ${typeOf(x).tpName} doesn't define __trunc__ method`);
      }
      return result;
    }],
    degrees: ["x, /", (x: PyValue) => float(toDouble(x) * (180 / Math.PI))],
    radians: ["x, /", (x: PyValue) => float(toDouble(x) * (Math.PI / 180))],
    isfinite: ["x, /", (x: PyValue) => Number.isFinite(toDouble(x))],
    isinf: ["x, /", (x: PyValue) => {
      const value = toDouble(x);
      return !Number.isFinite(value) && !Number.isNaN(value);
    }],
    isnan: ["x, /", (x: PyValue) => Number.isNaN(toDouble(x))],
    isclose: ["a, b, *, rel_tol=?, abs_tol=?", isclose],
    frexp: ["x, /", (x: PyValue) => {
      const [mantissa, exponent] = frexp(toDouble(x));
      return newTuple([float(mantissa), exponent]);
    }],
    ldexp: ["x, i, /", ldexpValue],
    modf: ["x, /", (x: PyValue) => {
      const value = toDouble(x);
      if (!Number.isFinite(value)) {
        if (Number.isNaN(value)) return newTuple([float(value), float(value)]);
        return newTuple([float(copySign(0, value)), float(value)]);
      }
      const integral = Math.trunc(value);
      return newTuple([float(copySign(value - integral, value)), float(integral)]);
    }],
    ulp: ["x, /", (x: PyValue) => {
      let value = toDouble(x);
      if (Number.isNaN(value)) return float(value);
      value = Math.abs(value);
      if (!Number.isFinite(value)) return float(value);
      const next = nextAfter(value, Infinity);
      if (!Number.isFinite(next)) return float(value - nextAfter(value, -Infinity));
      return float(next - value);
    }],
    log: ["*args", (args: PyValue[]) => {
      if (args.length < 1 || args.length > 2) {
        throw pyError("TypeError", "math.log requires 1 to 2 arguments");
      }
      const numerator = logOf(args[0], libm.log);
      if (args.length === 1) return float(numerator);
      const denominator = logOf(args[1], libm.log);
      if (denominator === 0) throw pyError("ZeroDivisionError", "float division by zero");
      return float(numerator / denominator);
    }, { tupleArguments: true }],
    log2: ["x, /", (x: PyValue) => float(logOf(x, libm.log2))],
    log10: ["x, /", (x: PyValue) => float(logOf(x, libm.log10))],
    fsum: ["seq, /", (seq: PyValue) => float(fsum(iterateValues(seq)))],
    hypot: ["*coordinates", (coordinates: PyValue[]) => {
      const [values, max, foundNaN] = magnitudes(coordinates);
      return float(vectorNorm(values, max, foundNaN));
    }],
    dist: ["p, q, /", (p: PyValue, q: PyValue) => {
      const first = p instanceof PyTuple ? p.items : iterateToArray(p);
      const second = q instanceof PyTuple ? q.items : iterateToArray(q);
      if (first.length !== second.length) {
        throw pyError("ValueError", "both points must have the same number of dimensions");
      }
      const [values, max, foundNaN] = magnitudes(
        first.map((x, i) => float(toDouble(x) - toDouble(second[i]))),
      );
      return float(vectorNorm(values, max, foundNaN));
    }],
    prod: ["iterable, /, *, start=1", (iterable: PyValue, start: PyValue) => {
      let result = start;
      for (const value of iterateValues(iterable)) result = binaryOp(MULTIPLY, result, value);
      return result;
    }],
    gcd: ["*integers", gcd],
    lcm: ["*integers", lcm],
    isqrt: ["n, /", isqrt],
    factorial: ["n, /", factorial],
    comb: ["n, k, /", comb],
    perm: ["n, k=None, /", perm],
  });
  addValues(module, {
    pi: float(Math.PI),
    e: float(Math.E),
    tau: float(2 * Math.PI),
    inf: float(Infinity),
    nan: float(NaN),
  });
  return module;
}

export { createMathModule };
