/**
 * `cmath`: CPython's algorithms for the complex functions (C99 Annex G
 * special values from cmath_special.ts, rescaling against overflow and
 * subnormal loss, log1p near |z| = 1), over libm (libm.ts) where CPython
 * calls the C library, so results agree bit for bit.
 *
 * Each function returns [real, imag, error] with error 0, EDOM (ValueError
 * "math domain error") or ERANGE (OverflowError "math range error"), the
 * errno protocol of cmathmodule.c made explicit.
 */
import type { PyValue } from "../vm/objects/object.ts";
import { PyComplex } from "../vm/objects/complex.ts";
import { PyFloat } from "../vm/objects/float.ts";
import { pyError } from "../vm/objects/exceptions.ts";
import { typeOf } from "../vm/objects/typeof.ts";
import { newTuple } from "../vm/objects/tuple.ts";
import { hypot } from "../vm/objects/float_hypot.ts";
import { complexQuotientParts } from "../vm/objects/complex_arith.ts";
import type { PyModule } from "../vm/runtime/module.ts";
import { addFunctions, addValues, newModule } from "./module_helpers.ts";
import { libm } from "./libm.ts";
import { copySign, ldexp } from "./math_bits.ts";
import { callSpecial, domainError, rangeError, toDouble } from "./math_real.ts";
import { type Parts, SPECIAL, specialValue } from "./cmath_special.ts";

const OK = 0;
const EDOM = 1;
const ERANGE = 2;
type Result = [real: number, imag: number, error: number];

const DBL_MIN = 2.2250738585072014e-308;
const DBL_MANT_DIG = 53;
const LARGE_DOUBLE = Number.MAX_VALUE / 4;
const SQRT_LARGE_DOUBLE = Math.sqrt(LARGE_DOUBLE);
/** libm's log(LARGE_DOUBLE), written out so that loading this module does not open libm. */
const LOG_LARGE_DOUBLE = 708.3964185322641;
const SQRT_DBL_MIN = Math.sqrt(DBL_MIN);
const SCALE_UP = 2 * Math.floor(DBL_MANT_DIG / 2) + 1;
const SCALE_DOWN = -(SCALE_UP + 1) / 2;
const LN2 = 0.6931471805599453094;
const LN10 = 2.302585092994045684;
const E = 2.718281828459045;

const isInfinite = (x: number) => x === Infinity || x === -Infinity;
const bothFinite = (z: Parts) => Number.isFinite(z[0]) && Number.isFinite(z[1]);

/** log1p keeping the sign of a zero argument (CPython's m_log1p). */
const log1p = (x: number) => x === 0 ? x : libm.log1p(x);

function special(table: Parts[], z: Parts): Result {
  const [real, imag] = specialValue(table, z[0], z[1]);
  return [real, imag, OK];
}

function sqrt(z: Parts): Result {
  if (!bothFinite(z)) return special(SPECIAL.sqrt, z);
  const [x, y] = z;
  if (x === 0 && y === 0) return [0, y, OK];
  let ax = Math.abs(x);
  const ay = Math.abs(y);
  let s: number;
  if (ax < DBL_MIN && ay < DBL_MIN) {
    // hypot of subnormals loses precision: scale up first
    ax = ldexp(ax, SCALE_UP);
    s = ldexp(Math.sqrt(ax + hypot(ax, ldexp(ay, SCALE_UP))), SCALE_DOWN);
  } else {
    ax /= 8;
    s = 2 * Math.sqrt(ax + hypot(ax, ay / 8));
  }
  const d = ay / (2 * s);
  return x >= 0 ? [s, copySign(d, y), OK] : [d, copySign(s, y), OK];
}

function acos(z: Parts): Result {
  if (!bothFinite(z)) return special(SPECIAL.acos, z);
  const [x, y] = z;
  if (Math.abs(x) > LARGE_DOUBLE || Math.abs(y) > LARGE_DOUBLE) {
    return [
      libm.atan2(Math.abs(y), x),
      -copySign(libm.log(hypot(x / 2, y / 2)) + LN2 * 2, y),
      OK,
    ];
  }
  const s1 = sqrt([1 - x, -y]);
  const s2 = sqrt([1 + x, y]);
  return [2 * libm.atan2(s1[0], s2[0]), libm.asinh(s2[0] * s1[1] - s2[1] * s1[0]), OK];
}

function acosh(z: Parts): Result {
  if (!bothFinite(z)) return special(SPECIAL.acosh, z);
  const [x, y] = z;
  if (Math.abs(x) > LARGE_DOUBLE || Math.abs(y) > LARGE_DOUBLE) {
    return [libm.log(hypot(x / 2, y / 2)) + LN2 * 2, libm.atan2(y, x), OK];
  }
  const s1 = sqrt([x - 1, y]);
  const s2 = sqrt([x + 1, y]);
  return [libm.asinh(s1[0] * s2[0] + s1[1] * s2[1]), 2 * libm.atan2(s1[1], s2[0]), OK];
}

function asinh(z: Parts): Result {
  if (!bothFinite(z)) return special(SPECIAL.asinh, z);
  const [x, y] = z;
  if (Math.abs(x) > LARGE_DOUBLE || Math.abs(y) > LARGE_DOUBLE) {
    const magnitude = libm.log(hypot(x / 2, y / 2)) + LN2 * 2;
    const real = y >= 0 ? copySign(magnitude, x) : -copySign(magnitude, -x);
    return [real, libm.atan2(y, Math.abs(x)), OK];
  }
  const s1 = sqrt([1 + y, -x]);
  const s2 = sqrt([1 - y, x]);
  return [
    libm.asinh(s1[0] * s2[1] - s2[0] * s1[1]),
    libm.atan2(y, s1[0] * s2[0] - s1[1] * s2[1]),
    OK,
  ];
}

/** f(z) = -i g(iz), the way asin, atan, sin and tan come from their hyperbolic twins. */
const rotated = (g: (z: Parts) => Result) => (z: Parts): Result => {
  const [real, imag, error] = g([-z[1], z[0]]);
  return [imag, -real, error];
};

function atanh(z: Parts): Result {
  if (!bothFinite(z)) return special(SPECIAL.atanh, z);
  const [x, y] = z;
  if (x < 0) {
    const [real, imag, error] = atanh([-x, -y]);
    return [-real, -imag, error];
  }
  const ay = Math.abs(y);
  if (x > SQRT_LARGE_DOUBLE || ay > SQRT_LARGE_DOUBLE) {
    // atanh(z) ~ 1/z +/- i*pi/2 for large |z|
    const h = hypot(x / 2, y / 2);
    return [x / 4 / h / h, copySign(Math.PI / 2, y), OK];
  }
  if (x === 1 && ay < SQRT_DBL_MIN) {
    if (ay === 0) return [Infinity, y, EDOM];
    return [
      -libm.log(Math.sqrt(ay) / Math.sqrt(hypot(ay, 2))),
      copySign(libm.atan2(2, -ay) / 2, y),
      OK,
    ];
  }
  return [
    log1p(4 * x / ((1 - x) * (1 - x) + ay * ay)) / 4,
    -libm.atan2(-2 * y, (1 - x) * (1 + x) - ay * ay) / 2,
    OK,
  ];
}

/**
 * cosh, sinh and exp share a shape: an infinite real part with a finite
 * nonzero imaginary part takes its signs from cos/sin; other non-finite
 * arguments read the table; a real part past log(DBL_MAX/4) is reduced by
 * one and the result multiplied by e, so cosh(x) overflowing alone does not
 * make the product overflow.
 */
function cosh(z: Parts): Result {
  const [x, y] = z;
  if (!bothFinite(z)) {
    let result: Parts;
    if (isInfinite(x) && Number.isFinite(y) && y !== 0) {
      const sign = x > 0 ? 1 : -1;
      result = [copySign(Infinity, libm.cos(y)), sign * copySign(Infinity, libm.sin(y))];
    } else result = specialValue(SPECIAL.cosh, x, y);
    return [...result, isInfinite(y) && !Number.isNaN(x) ? EDOM : OK];
  }
  let real: number;
  let imag: number;
  if (Math.abs(x) > LOG_LARGE_DOUBLE) {
    const xMinusOne = x - copySign(1, x);
    real = libm.cos(y) * libm.cosh(xMinusOne) * E;
    imag = libm.sin(y) * libm.sinh(xMinusOne) * E;
  } else {
    real = libm.cos(y) * libm.cosh(x);
    imag = libm.sin(y) * libm.sinh(x);
  }
  return [real, imag, isInfinite(real) || isInfinite(imag) ? ERANGE : OK];
}

function sinh(z: Parts): Result {
  const [x, y] = z;
  if (!bothFinite(z)) {
    let result: Parts;
    if (isInfinite(x) && Number.isFinite(y) && y !== 0) {
      const sign = x > 0 ? 1 : -1;
      result = [sign * copySign(Infinity, libm.cos(y)), copySign(Infinity, libm.sin(y))];
    } else result = specialValue(SPECIAL.sinh, x, y);
    return [...result, isInfinite(y) && !Number.isNaN(x) ? EDOM : OK];
  }
  let real: number;
  let imag: number;
  if (Math.abs(x) > LOG_LARGE_DOUBLE) {
    const xMinusOne = x - copySign(1, x);
    real = libm.cos(y) * libm.sinh(xMinusOne) * E;
    imag = libm.sin(y) * libm.cosh(xMinusOne) * E;
  } else {
    real = libm.cos(y) * libm.sinh(x);
    imag = libm.sin(y) * libm.cosh(x);
  }
  return [real, imag, isInfinite(real) || isInfinite(imag) ? ERANGE : OK];
}

function exp(z: Parts): Result {
  const [x, y] = z;
  if (!bothFinite(z)) {
    let result: Parts;
    if (isInfinite(x) && Number.isFinite(y) && y !== 0) {
      result = x > 0
        ? [copySign(Infinity, libm.cos(y)), copySign(Infinity, libm.sin(y))]
        : [copySign(0, libm.cos(y)), copySign(0, libm.sin(y))];
    } else result = specialValue(SPECIAL.exp, x, y);
    const domain = isInfinite(y) && (Number.isFinite(x) || x === Infinity);
    return [...result, domain ? EDOM : OK];
  }
  let real: number;
  let imag: number;
  if (x > LOG_LARGE_DOUBLE) {
    const l = libm.exp(x - 1);
    real = l * libm.cos(y) * E;
    imag = l * libm.sin(y) * E;
  } else {
    const l = libm.exp(x);
    real = l * libm.cos(y);
    imag = l * libm.sin(y);
  }
  return [real, imag, isInfinite(real) || isInfinite(imag) ? ERANGE : OK];
}

/**
 * log(|z|) in four regimes: huge parts (halve first), both parts below
 * DBL_MIN (scale by 2**53 so hypot keeps its bits; zero is EDOM), |z| near
 * 1 (log1p of |z|**2 - 1 computed without cancellation), and the plain
 * formula.
 */
function log(z: Parts): Result {
  if (!bothFinite(z)) return special(SPECIAL.log, z);
  const [x, y] = z;
  const ax = Math.abs(x);
  const ay = Math.abs(y);
  let real: number;
  if (ax > LARGE_DOUBLE || ay > LARGE_DOUBLE) {
    real = libm.log(hypot(ax / 2, ay / 2)) + LN2;
  } else if (ax < DBL_MIN && ay < DBL_MIN) {
    if (ax === 0 && ay === 0) return [-Infinity, libm.atan2(y, x), EDOM];
    real = libm.log(hypot(ldexp(ax, DBL_MANT_DIG), ldexp(ay, DBL_MANT_DIG))) -
      DBL_MANT_DIG * LN2;
  } else {
    const h = hypot(ax, ay);
    if (0.71 <= h && h <= 1.73) {
      const am = ax > ay ? ax : ay;
      const an = ax > ay ? ay : ax;
      real = log1p((am - 1) * (am + 1) + an * an) / 2;
    } else real = libm.log(h);
  }
  return [real, libm.atan2(y, x), OK];
}

function log10(z: Parts): Result {
  const [real, imag, error] = log(z);
  return [real / LN10, imag / LN10, error];
}

function tanh(z: Parts): Result {
  const [x, y] = z;
  if (!bothFinite(z)) {
    let result: Parts;
    if (isInfinite(x) && Number.isFinite(y) && y !== 0) {
      result = [x > 0 ? 1 : -1, copySign(0, 2 * libm.sin(y) * libm.cos(y))];
    } else result = specialValue(SPECIAL.tanh, x, y);
    return [...result, isInfinite(y) && Number.isFinite(x) ? EDOM : OK];
  }
  if (Math.abs(x) > LOG_LARGE_DOUBLE) {
    return [
      copySign(1, x),
      4 * libm.sin(y) * libm.cos(y) * libm.exp(-2 * Math.abs(x)),
      OK,
    ];
  }
  const tx = libm.tanh(x);
  const ty = libm.tan(y);
  const cx = 1 / libm.cosh(x);
  const txty = tx * ty;
  const denominator = 1 + txty * txty;
  return [tx * (1 + ty * ty) / denominator, ((ty / denominator) * cx) * cx, OK];
}

/** _Py_c_abs: C99's abs with infinities beating NaNs; overflow is ERANGE. */
function absolute(z: Parts): [number, number] {
  const [x, y] = z;
  if (!bothFinite(z)) {
    if (isInfinite(x)) return [Math.abs(x), OK];
    if (isInfinite(y)) return [Math.abs(y), OK];
    return [NaN, OK];
  }
  const result = hypot(x, y);
  return [result, Number.isFinite(result) ? OK : ERANGE];
}

function rect(r: number, phi: number): Result {
  if (!Number.isFinite(r) || !Number.isFinite(phi)) {
    let result: Parts;
    if (isInfinite(r) && Number.isFinite(phi) && phi !== 0) {
      const sign = r > 0 ? 1 : -1;
      result = [
        sign * copySign(Infinity, libm.cos(phi)),
        sign * copySign(Infinity, libm.sin(phi)),
      ];
    } else result = specialValue(SPECIAL.rect, r, phi);
    return [...result, r !== 0 && !Number.isNaN(r) && isInfinite(phi) ? EDOM : OK];
  }
  if (phi === 0) return [r, r * phi, OK];
  return [r * libm.cos(phi), r * libm.sin(phi), OK];
}

/** PyComplex_AsCComplex: complex, then __complex__, then __float__/__index__. */
function complexArgument(value: PyValue): Parts {
  if (value instanceof PyComplex) return [value.real, value.imag];
  if (value instanceof PyFloat) return [value.value, 0];
  const converted = callSpecial(value, "__complex__");
  if (converted !== undefined) {
    if (!(converted instanceof PyComplex)) {
      throw pyError(
        "TypeError",
        `__complex__ returned non-complex (type ${typeOf(converted).tpName})`,
      );
    }
    return [converted.real, converted.imag];
  }
  return [toDouble(value), 0];
}

function checked([real, imag, error]: Result): PyComplex {
  if (error === EDOM) throw domainError();
  if (error === ERANGE) throw rangeError();
  return new PyComplex(real, imag);
}

const FUNCTIONS: Record<string, (z: Parts) => Result> = {
  acos,
  acosh,
  asin: rotated(asinh),
  asinh,
  atan: rotated(atanh),
  atanh,
  cos: (z) => cosh([-z[1], z[0]]),
  cosh,
  exp,
  log10,
  sin: rotated(sinh),
  sinh,
  sqrt,
  tan: rotated(tanh),
  tanh,
};

/**
 * log(z, base): as in CPython, the errno that counts is the one left by
 * the base's logarithm (it overwrites z's), or EDOM when log(base) is zero
 * (_Py_c_quot's division by zero).
 */
function logWithBase(z: PyValue, base: PyValue | undefined): PyComplex {
  const [real, imag, error] = log(complexArgument(z));
  if (base === undefined) return checked([real, imag, error]);
  const [baseReal, baseImag, baseError] = log(complexArgument(base));
  if (baseReal === 0 && baseImag === 0) throw domainError();
  const [qr, qi] = complexQuotientParts([real, imag], [baseReal, baseImag]);
  return checked([qr, qi, baseError]);
}

function isclose(a: PyValue, b: PyValue, relTol?: PyValue, absTol?: PyValue): boolean {
  const x = complexArgument(a);
  const y = complexArgument(b);
  const rel = relTol === undefined ? 1e-9 : toDouble(relTol);
  const abs = absTol === undefined ? 0 : toDouble(absTol);
  if (rel < 0 || abs < 0) throw pyError("ValueError", "tolerances must be non-negative");
  if (x[0] === y[0] && x[1] === y[1]) return true;
  if ([...x, ...y].some(isInfinite)) return false;
  const [diff] = absolute([x[0] - y[0], x[1] - y[1]]);
  return diff <= rel * absolute(y)[0] || diff <= rel * absolute(x)[0] || diff <= abs;
}

export function createCmathModule(): PyModule {
  const module = newModule(
    "cmath",
    "This module provides access to mathematical functions for complex\nnumbers.",
  );
  const unary = Object.fromEntries(
    Object.entries(FUNCTIONS).map((
      [name, f],
    ) => [name, ["z, /", (z: PyValue) => checked(f(complexArgument(z)))] as const]),
  );
  addFunctions(module, {
    ...unary,
    log: ["x, base=?, /", logWithBase],
    phase: ["z, /", (z: PyValue) => {
      const [x, y] = complexArgument(z);
      const phi = libm.atan2(y, x);
      // glibc's atan2 sets ERANGE when a nonzero y/x underflows to 0; phase reports it.
      if (phi === 0 && y !== 0 && Number.isFinite(x)) throw rangeError();
      return new PyFloat(phi);
    }],
    polar: ["z, /", (z: PyValue) => {
      const parts = complexArgument(z);
      const phi = libm.atan2(parts[1], parts[0]);
      const [r, error] = absolute(parts);
      if (error === ERANGE) throw rangeError();
      return newTuple([new PyFloat(r), new PyFloat(phi)]);
    }],
    rect: ["r, phi, /", (r: PyValue, phi: PyValue) => checked(rect(toDouble(r), toDouble(phi)))],
    isfinite: ["z, /", (z: PyValue) => complexArgument(z).every(Number.isFinite)],
    isnan: ["z, /", (z: PyValue) => complexArgument(z).some(Number.isNaN)],
    isinf: ["z, /", (z: PyValue) => complexArgument(z).some(isInfinite)],
    isclose: ["a, b, *, rel_tol=?, abs_tol=?", isclose],
  });
  addValues(module, {
    pi: new PyFloat(Math.PI),
    e: new PyFloat(E),
    tau: new PyFloat(2 * Math.PI),
    inf: new PyFloat(Infinity),
    infj: new PyComplex(0, Infinity),
    nan: new PyFloat(NaN),
    nanj: new PyComplex(0, NaN),
  });
  return module;
}
