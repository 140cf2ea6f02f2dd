/**
 * The C math library CPython's `math` module calls, reached through Deno's
 * FFI so that sin, exp, erf, pow, ... return the very bits CPython prints.
 *
 * V8's Math functions are a port of fdlibm: accurate to within one ulp, but
 * glibc's newer implementations round differently in the last bit often
 * enough that `print(math.sin(x))` would disagree with CPython. Where no libm
 * can be opened (no FFI permission, another platform) the JS functions stand
 * in, and erf/erfc fall back to CPython's own series/continued-fraction
 * method (the one it uses on platforms without erf).
 */
type Unary = (x: number) => number;
type Binary = (x: number, y: number) => number;

const UNARY_NAMES = [
  "acos",
  "acosh",
  "asin",
  "asinh",
  "atan",
  "atanh",
  "cbrt",
  "cos",
  "cosh",
  "erf",
  "erfc",
  "exp",
  "exp2",
  "expm1",
  "log",
  "log10",
  "log1p",
  "log2",
  "sin",
  "sinh",
  "tan",
  "tanh",
] as const;
const BINARY_NAMES = ["atan2", "pow"] as const;

type UnaryName = (typeof UNARY_NAMES)[number];
type BinaryName = (typeof BINARY_NAMES)[number];

const SQRT_PI = 1.772453850905516;

/** erf(x) for |x| < 1.5 by its power series (25 terms). */
function erfSeries(x: number): number {
  const x2 = x * x;
  let acc = 0;
  let fk = 25.5;
  for (let i = 0; i < 25; i++) {
    acc = 2 + x2 * acc / fk;
    fk -= 1;
  }
  return acc * x * Math.exp(-x2) / SQRT_PI;
}

/** erfc(x) for x >= 1.5 by its continued fraction (50 terms). */
function erfcContinuedFraction(x: number): number {
  if (x >= 30) return 0;
  const x2 = x * x;
  let a = 0;
  let da = 0.5;
  let p = 1;
  let pLast = 0;
  let q = da + x2;
  let qLast = 1;
  for (let i = 0; i < 50; i++) {
    a += da;
    da += 2;
    const b = da + x2;
    [p, pLast] = [b * p - a * pLast, p];
    [q, qLast] = [b * q - a * qLast, q];
  }
  return p / q * x * Math.exp(-x2) / SQRT_PI;
}

const fallbackUnary: Record<UnaryName, Unary> = {
  acos: Math.acos,
  acosh: Math.acosh,
  asin: Math.asin,
  asinh: Math.asinh,
  atan: Math.atan,
  atanh: Math.atanh,
  cbrt: Math.cbrt,
  cos: Math.cos,
  cosh: Math.cosh,
  erf: (x) => {
    if (Number.isNaN(x)) return x;
    if (Math.abs(x) < 1.5) return erfSeries(x);
    const cf = erfcContinuedFraction(Math.abs(x));
    return x > 0 ? 1 - cf : cf - 1;
  },
  erfc: (x) => {
    if (Number.isNaN(x)) return x;
    if (Math.abs(x) < 1.5) return 1 - erfSeries(x);
    const cf = erfcContinuedFraction(Math.abs(x));
    return x > 0 ? cf : 2 - cf;
  },
  exp: Math.exp,
  exp2: (x) => 2 ** x,
  expm1: Math.expm1,
  log: Math.log,
  log10: Math.log10,
  log1p: Math.log1p,
  log2: Math.log2,
  sin: Math.sin,
  sinh: Math.sinh,
  tan: Math.tan,
  tanh: Math.tanh,
};

const fallbackBinary: Record<BinaryName, Binary> = { atan2: Math.atan2, pow: Math.pow };

function openLibm(): Deno.DynamicLibrary<Record<string, Deno.ForeignFunction>> | null {
  const symbols: Record<string, Deno.ForeignFunction> = {};
  for (const name of UNARY_NAMES) symbols[name] = { parameters: ["f64"], result: "f64" };
  for (const name of BINARY_NAMES) symbols[name] = { parameters: ["f64", "f64"], result: "f64" };
  for (const path of ["libm.so.6", "libm.so", "libSystem.B.dylib"]) {
    try {
      return Deno.dlopen(path, symbols);
    } catch {
      // not this name, or no FFI permission: try the next, then fall back
    }
  }
  return null;
}

/** Opened by the first call of any function: dlopen costs every start-up otherwise. */
let library: ReturnType<typeof openLibm> | undefined;

function symbol<F>(name: UnaryName | BinaryName): F | undefined {
  if (library === undefined) library = openLibm();
  return library?.symbols[name] as F | undefined;
}

/** Each entry replaces itself by the C function (or its stand-in) on its first call. */
export const libm = {} as Record<UnaryName, Unary> & Record<BinaryName, Binary>;
for (const name of UNARY_NAMES) {
  libm[name] = (x) => (libm[name] = symbol<Unary>(name) ?? fallbackUnary[name])(x);
}
for (const name of BINARY_NAMES) {
  libm[name] = (x, y) => (libm[name] = symbol<Binary>(name) ?? fallbackBinary[name])(x, y);
}
