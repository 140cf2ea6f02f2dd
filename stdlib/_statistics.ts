/**
 * The `_statistics` module: the accelerator statistics.NormalDist.inv_cdf
 * imports. `_normal_dist_inv_cdf(p, mu, sigma, /)` takes three C doubles
 * (PyFloat_AsDouble's conversions) and evaluates Wichura's AS241 rational
 * approximations of the normal quantile function. Unlike statistics.py's own
 * version it rejects p outside (0, 1) and sigma <= 0 with a ValueError; a NaN
 * p passes those comparisons and comes out as NaN.
 *
 * Every polynomial is evaluated in Horner form from its highest coefficient,
 * with one rounding per operation and the C library's log and sqrt, so the
 * results carry the same bits as CPython's.
 */
import type { PyValue } from "../vm/objects/object.ts";
import { PyFloat } from "../vm/objects/float.ts";
import { pyError } from "../vm/objects/exceptions.ts";
import type { PyModule } from "../vm/runtime/module.ts";
import { addFunctions, newModule } from "./module_helpers.ts";
import { toDouble } from "./math_real.ts";
import { libm } from "./libm.ts";

/** Wichura (1988), AS241 PPND16: the central region |p - 0.5| <= 0.425. */
const CENTRAL_NUMERATOR = [
  2.5090809287301226727e+3,
  3.3430575583588128105e+4,
  6.7265770927008700853e+4,
  4.5921953931549871457e+4,
  1.3731693765509461125e+4,
  1.9715909503065514427e+3,
  1.3314166789178437745e+2,
  3.3871328727963666080e+0,
];
const CENTRAL_DENOMINATOR = [
  5.2264952788528545610e+3,
  2.8729085735721942674e+4,
  3.9307895800092710610e+4,
  2.1213794301586595867e+4,
  5.3941960214247511077e+3,
  6.8718700749205790830e+2,
  4.2313330701600911252e+1,
  1.0,
];
/** The tails with r = sqrt(-log(min(p, 1 - p))) <= 5 (r taken less 1.6). */
const NEAR_NUMERATOR = [
  7.74545014278341407640e-4,
  2.27238449892691845833e-2,
  2.41780725177450611770e-1,
  1.27045825245236838258e+0,
  3.64784832476320460504e+0,
  5.76949722146069140550e+0,
  4.63033784615654529590e+0,
  1.42343711074968357734e+0,
];
const NEAR_DENOMINATOR = [
  1.05075007164441684324e-9,
  5.47593808499534494600e-4,
  1.51986665636164571966e-2,
  1.48103976427480074590e-1,
  6.89767334985100004550e-1,
  1.67638483018380384940e+0,
  2.05319162663775882187e+0,
  1.0,
];
/** The far tails, r > 5 (r taken less 5). */
const FAR_NUMERATOR = [
  2.01033439929228813265e-7,
  2.71155556874348757815e-5,
  1.24266094738807843860e-3,
  2.65321895265761230930e-2,
  2.96560571828504891230e-1,
  1.78482653991729133580e+0,
  5.46378491116411436990e+0,
  6.65790464350110377720e+0,
];
const FAR_DENOMINATOR = [
  2.04426310338993978564e-15,
  1.42151175831644588870e-7,
  1.84631831751005468180e-5,
  7.86869131145613259100e-4,
  1.48753612908506148525e-2,
  1.36929880922735805310e-1,
  5.99832206555887937690e-1,
  1.0,
];

function horner(coefficients: readonly number[], x: number): number {
  let sum = coefficients[0];
  for (let i = 1; i < coefficients.length; i++) sum = sum * x + coefficients[i];
  return sum;
}

export function normalDistInvCdf(p: number, mu: number, sigma: number): number {
  if (p <= 0.0 || p >= 1.0 || sigma <= 0.0) {
    throw pyError("ValueError", "inv_cdf undefined for these parameters");
  }
  const q = p - 0.5;
  if (Math.abs(q) <= 0.425) {
    const r = 0.180625 - q * q;
    const x = horner(CENTRAL_NUMERATOR, r) * q / horner(CENTRAL_DENOMINATOR, r);
    return mu + x * sigma;
  }
  let r = Math.sqrt(-libm.log(q <= 0.0 ? p : 1.0 - p));
  let x: number;
  if (r <= 5.0) {
    r = r - 1.6;
    x = horner(NEAR_NUMERATOR, r) / horner(NEAR_DENOMINATOR, r);
  } else {
    r = r - 5.0;
    x = horner(FAR_NUMERATOR, r) / horner(FAR_DENOMINATOR, r);
  }
  if (q < 0.0) x = -x;
  return mu + x * sigma;
}

export function createStatisticsModule(): PyModule {
  const module = newModule("_statistics", "Accelerators for the statistics module.\n");
  addFunctions(module, {
    _normal_dist_inv_cdf: [
      "p, mu, sigma, /",
      (p: PyValue, mu: PyValue, sigma: PyValue) =>
        new PyFloat(normalDistInvCdf(toDouble(p), toDouble(mu), toDouble(sigma))),
    ],
  });
  return module;
}
