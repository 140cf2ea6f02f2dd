/**
 * The special-value tables of `cmath` (C99 Annex G, as CPython's
 * cmathmodule.c lays them out): for a function f and an argument z whose
 * real or imaginary part is infinite or NaN, f(z) is read from a 7x7 table
 * indexed by the class of z.real (row) and z.imag (column):
 *
 *     0 -inf   1 negative finite   2 -0.   3 +0.   4 positive finite   5 +inf   6 nan
 *
 * The tables are Python 3.11's (later versions changed a few cells, e.g.
 * acosh(±0 + nan i) and tanh(±0 + inf i)).
 *
 * Entries are written "real,imag" with P = pi, P14 = pi/4, P12 = pi/2,
 * P34 = 3pi/4, INF, N (nan) and U (a cell that cannot be reached: both
 * parts finite).
 */
export type Parts = [real: number, imag: number];

const NAMED: Record<string, number> = {
  P: Math.PI,
  P14: 0.25 * Math.PI,
  P12: 0.5 * Math.PI,
  P34: 0.75 * Math.PI,
  INF: Infinity,
  "-INF": -Infinity,
  "-P": -Math.PI,
  "-P14": -0.25 * Math.PI,
  "-P12": -0.5 * Math.PI,
  "-P34": -0.75 * Math.PI,
  N: NaN,
  U: NaN,
};

function table(text: string): Parts[] {
  const cells = text.trim().split(/\s+/);
  if (cells.length !== 49) throw new Error("a cmath special-value table needs 49 cells");
  return cells.map((cell) => {
    const [real, imag] = cell.split(",").map((part) => NAMED[part] ?? Number(part));
    return [real, imag];
  });
}

/** The class of a double, as CPython's special_type. */
export function specialType(d: number): number {
  if (Number.isFinite(d)) {
    if (d !== 0) return d > 0 ? 4 : 1;
    return Object.is(d, -0) ? 2 : 3;
  }
  if (Number.isNaN(d)) return 6;
  return d > 0 ? 5 : 0;
}

export function specialValue(values: Parts[], real: number, imag: number): Parts {
  return values[specialType(real) * 7 + specialType(imag)];
}

// deno-fmt-ignore
const SPECIAL_TEXT = {
  acos: `
    P34,INF P,INF   P,INF   P,-INF   P,-INF   P34,-INF N,INF
    P12,INF U,U     U,U     U,U      U,U      P12,-INF N,N
    P12,INF U,U     P12,0   P12,-0   U,U      P12,-INF P12,N
    P12,INF U,U     P12,0   P12,-0   U,U      P12,-INF P12,N
    P12,INF U,U     U,U     U,U      U,U      P12,-INF N,N
    P14,INF 0,INF   0,INF   0,-INF   0,-INF   P14,-INF N,INF
    N,INF   N,N     N,N     N,N      N,N      N,-INF   N,N`,
  acosh: `
    INF,-P34 INF,-P  INF,-P   INF,P   INF,P   INF,P34 INF,N
    INF,-P12 U,U     U,U      U,U     U,U     INF,P12 N,N
    INF,-P12 U,U     0,-P12   0,P12   U,U     INF,P12 N,N
    INF,-P12 U,U     0,-P12   0,P12   U,U     INF,P12 N,N
    INF,-P12 U,U     U,U      U,U     U,U     INF,P12 N,N
    INF,-P14 INF,-0  INF,-0   INF,0   INF,0   INF,P14 INF,N
    INF,N    N,N     N,N      N,N     N,N     INF,N   N,N`,
  asinh: `
    -INF,-P14 -INF,-0 -INF,-0 -INF,0 -INF,0 -INF,P14 -INF,N
    -INF,-P12 U,U     U,U     U,U    U,U    -INF,P12 N,N
    -INF,-P12 U,U     -0,-0   -0,0   U,U    -INF,P12 N,N
    INF,-P12  U,U     0,-0    0,0    U,U    INF,P12  N,N
    INF,-P12  U,U     U,U     U,U    U,U    INF,P12  N,N
    INF,-P14  INF,-0  INF,-0  INF,0  INF,0  INF,P14  INF,N
    INF,N     N,N     N,-0    N,0    N,N    INF,N    N,N`,
  atanh: `
    -0,-P12 -0,-P12 -0,-P12 -0,P12 -0,P12 -0,P12 -0,N
    -0,-P12 U,U     U,U     U,U    U,U    -0,P12 N,N
    -0,-P12 U,U     -0,-0   -0,0   U,U    -0,P12 -0,N
    0,-P12  U,U     0,-0    0,0    U,U    0,P12  0,N
    0,-P12  U,U     U,U     U,U    U,U    0,P12  N,N
    0,-P12  0,-P12  0,-P12  0,P12  0,P12  0,P12  0,N
    0,-P12  N,N     N,N     N,N    N,N    0,P12  N,N`,
  cosh: `
    INF,N U,U INF,0  INF,-0 U,U INF,N INF,N
    N,N   U,U U,U    U,U    U,U N,N   N,N
    N,0   U,U 1,0    1,-0   U,U N,0   N,0
    N,0   U,U 1,-0   1,0    U,U N,0   N,0
    N,N   U,U U,U    U,U    U,U N,N   N,N
    INF,N U,U INF,-0 INF,0  U,U INF,N INF,N
    N,N   N,N N,0    N,0    N,N N,N   N,N`,
  exp: `
    0,0   U,U 0,-0   0,0   U,U 0,0   0,0
    N,N   U,U U,U    U,U   U,U N,N   N,N
    N,N   U,U 1,-0   1,0   U,U N,N   N,N
    N,N   U,U 1,-0   1,0   U,U N,N   N,N
    N,N   U,U U,U    U,U   U,U N,N   N,N
    INF,N U,U INF,-0 INF,0 U,U INF,N INF,N
    N,N   N,N N,-0   N,0   N,N N,N   N,N`,
  log: `
    INF,-P34 INF,-P  INF,-P   INF,P   INF,P  INF,P34 INF,N
    INF,-P12 U,U     U,U      U,U     U,U    INF,P12 N,N
    INF,-P12 U,U     -INF,-P  -INF,P  U,U    INF,P12 N,N
    INF,-P12 U,U     -INF,-0  -INF,0  U,U    INF,P12 N,N
    INF,-P12 U,U     U,U      U,U     U,U    INF,P12 N,N
    INF,-P14 INF,-0  INF,-0   INF,0   INF,0  INF,P14 INF,N
    INF,N    N,N     N,N      N,N     N,N    INF,N   N,N`,
  sinh: `
    INF,N U,U -INF,-0 -INF,0 U,U INF,N INF,N
    N,N   U,U U,U     U,U    U,U N,N   N,N
    0,N   U,U -0,-0   -0,0   U,U 0,N   0,N
    0,N   U,U 0,-0    0,0    U,U 0,N   0,N
    N,N   U,U U,U     U,U    U,U N,N   N,N
    INF,N U,U INF,-0  INF,0  U,U INF,N INF,N
    N,N   N,N N,-0    N,0    N,N N,N   N,N`,
  sqrt: `
    INF,-INF 0,-INF 0,-INF 0,INF 0,INF INF,INF N,INF
    INF,-INF U,U    U,U    U,U   U,U   INF,INF N,N
    INF,-INF U,U    0,-0   0,0   U,U   INF,INF N,N
    INF,-INF U,U    0,-0   0,0   U,U   INF,INF N,N
    INF,-INF U,U    U,U    U,U   U,U   INF,INF N,N
    INF,-INF INF,-0 INF,-0 INF,0 INF,0 INF,INF INF,N
    INF,-INF N,N    N,N    N,N   N,N   INF,INF N,N`,
  tanh: `
    -1,0 U,U -1,-0 -1,0 U,U -1,0 -1,0
    N,N  U,U U,U   U,U  U,U N,N  N,N
    N,N  U,U -0,-0 -0,0 U,U N,N  N,N
    N,N  U,U 0,-0  0,0  U,U N,N  N,N
    N,N  U,U U,U   U,U  U,U N,N  N,N
    1,0  U,U 1,-0  1,0  U,U 1,0  1,0
    N,N  N,N N,-0  N,0  N,N N,N  N,N`,
  rect: `
    INF,N U,U -INF,0 -INF,-0 U,U INF,N INF,N
    N,N   U,U U,U    U,U     U,U N,N   N,N
    0,0   U,U -0,0   -0,-0   U,U 0,0   0,0
    0,0   U,U 0,-0   0,0     U,U 0,0   0,0
    N,N   U,U U,U    U,U     U,U N,N   N,N
    INF,N U,U INF,-0 INF,0   U,U INF,N INF,N
    N,N   N,N N,0    N,0     N,N N,N   N,N`,
};

/**
 * Each function's table, parsed from its text the first time it is asked
 * for: parsing all eleven took ~0.6 ms while Taipan loaded, for every run.
 */
export const SPECIAL = {} as { readonly [name in keyof typeof SPECIAL_TEXT]: Parts[] };
for (const name of Object.keys(SPECIAL_TEXT) as (keyof typeof SPECIAL_TEXT)[]) {
  let parsed: Parts[] | null = null;
  Object.defineProperty(SPECIAL, name, { get: () => parsed ??= table(SPECIAL_TEXT[name]) });
}
