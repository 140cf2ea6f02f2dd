/**
 * math.gamma and math.lgamma. CPython does not call libm here: it uses the
 * Lanczos approximation (N = 13, g = 6.024680040776729583740234375, the
 * Boost parameters, as a rational function), the reflection formula for
 * negative arguments, a table for small integers, and a correction for the
 * rounding error of x + g - 0.5 that pow/exp would magnify. The same method
 * and constants give the same bits. Errors are reported as CPython's errno
 * values would be: a pole or invalid argument is a ValueError, overflow an
 * OverflowError.
 */
import { pyError } from "../vm/objects/exceptions.ts";
import { libm } from "./libm.ts";
import { copySign } from "./math_bits.ts";

const LANCZOS_G = 6.024680040776729583740234375;
const LANCZOS_G_MINUS_HALF = 5.524680040776729583740234375;
const LANCZOS_NUMERATOR = [
  23531376880.410759688572007674451636754734846804940,
  42919803642.649098768957899047001988850926355848959,
  35711959237.355668049440185451547166705960488635843,
  17921034426.037209699919755754458931112671403265390,
  6039542586.3520280050642916443072979210699388420708,
  1439720407.3117216736632230727949123939715485786772,
  248874557.86205415651146038641322942321632125127801,
  31426415.585400194380614231628318205362874684987640,
  2876370.6289353724412254090516208496135991145378768,
  186056.26539522349504029498971604569928220784236328,
  8071.6720023658162106380029022722506138218516325024,
  210.82427775157934587250973392071336271166969580291,
  2.5066282746310002701649081771338373386264310793408,
];
/** x * (x+1) * ... * (x+11) expanded. */
const LANCZOS_DENOMINATOR = [
  0.0,
  39916800.0,
  120543840.0,
  150917976.0,
  105258076.0,
  45995730.0,
  13339535.0,
  2637558.0,
  357423.0,
  32670.0,
  1925.0,
  66.0,
  1.0,
];
const LOG_PI = 1.144729885849400174143427351353058711647;

/** Gamma of 1..23 exactly. */
const GAMMA_INTEGRAL: number[] = [1];
for (let i = 1; i < 23; i++) GAMMA_INTEGRAL.push(GAMMA_INTEGRAL[i - 1] * i);

function lanczosSum(x: number): number {
  let numerator = 0;
  let denominator = 0;
  if (x < 5) {
    for (let i = 12; i >= 0; i--) {
      numerator = numerator * x + LANCZOS_NUMERATOR[i];
      denominator = denominator * x + LANCZOS_DENOMINATOR[i];
    }
  } else {
    // Rational function in 1/x: no overflow for large x.
    for (let i = 0; i < 13; i++) {
      numerator = numerator / x + LANCZOS_NUMERATOR[i];
      denominator = denominator / x + LANCZOS_DENOMINATOR[i];
    }
  }
  return numerator / denominator;
}

/** sin(pi * x), exact at integers and half-integers; x finite. */
function sinPi(x: number): number {
  const y = Math.abs(x) % 2;
  const n = Math.round(2 * y);
  let r: number;
  switch (n) {
    case 0:
      r = libm.sin(Math.PI * y);
      break;
    case 1:
      r = libm.cos(Math.PI * (y - 0.5));
      break;
    case 2:
      r = libm.sin(Math.PI * (1 - y));
      break;
    case 3:
      r = -libm.cos(Math.PI * (y - 1.5));
      break;
    default:
      r = libm.sin(Math.PI * (y - 2));
  }
  return copySign(1, x) * r;
}

const domain = () => pyError("ValueError", "math domain error");
const range = () => pyError("OverflowError", "math range error");

export function gamma(x: number): number {
  if (!Number.isFinite(x)) {
    if (Number.isNaN(x) || x > 0) return x;
    throw domain();
  }
  if (x === 0) throw domain();
  if (x === Math.floor(x)) {
    if (x < 0) throw domain();
    if (x <= 23) return GAMMA_INTEGRAL[x - 1];
  }
  const absX = Math.abs(x);
  if (absX < 1e-20) {
    const r = 1 / x;
    if (!Number.isFinite(r)) throw range();
    return r;
  }
  if (absX > 200) {
    if (x < 0) return 0 / sinPi(x);
    throw range();
  }
  const y = absX + LANCZOS_G_MINUS_HALF;
  // The rounding error of y, which pow and exp would magnify.
  let z = absX > LANCZOS_G_MINUS_HALF
    ? (y - absX) - LANCZOS_G_MINUS_HALF
    : (y - LANCZOS_G_MINUS_HALF) - absX;
  z = z * LANCZOS_G / y;
  let r: number;
  if (x < 0) {
    r = -Math.PI / sinPi(absX) / absX * libm.exp(y) / lanczosSum(absX);
    r -= z * r;
    if (absX < 140) r /= libm.pow(y, absX - 0.5);
    else {
      const half = libm.pow(y, absX / 2 - 0.25);
      r /= half;
      r /= half;
    }
  } else {
    r = lanczosSum(absX) / libm.exp(y);
    r += z * r;
    if (absX < 140) r *= libm.pow(y, absX - 0.5);
    else {
      const half = libm.pow(y, absX / 2 - 0.25);
      r *= half;
      r *= half;
    }
  }
  if (!Number.isFinite(r)) throw range();
  return r;
}

export function lgamma(x: number): number {
  if (!Number.isFinite(x)) return Number.isNaN(x) ? x : Infinity;
  if (x === Math.floor(x) && x <= 2) {
    if (x <= 0) throw domain();
    return 0;
  }
  const absX = Math.abs(x);
  if (absX < 1e-20) return -libm.log(absX);
  let r = libm.log(lanczosSum(absX)) - LANCZOS_G;
  r += (absX - 0.5) * (libm.log(absX + LANCZOS_G - 0.5) - 1);
  if (x < 0) r = LOG_PI - libm.log(Math.abs(sinPi(absX))) - libm.log(absX) - r;
  if (!Number.isFinite(r)) throw range();
  return r;
}
