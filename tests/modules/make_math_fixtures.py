"""Writes tests/modules/fixtures/math.json: CPython 3.11's math results on many inputs.

Run with /usr/bin/python3.11. Values use tests/numbers' tagging ({"float": IEEE bits},
{"int": text}, {"tuple": [...]}, {"error": "Type: message"}), so the Deno test can
reuse tests/numbers/fixture_values.ts.
"""
import json
import math
import os
import random
import struct

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fixtures", "math.json")


def tag(value):
    if isinstance(value, bool):
        return {"bool": value}
    if isinstance(value, int):
        return {"int": str(value)}
    if isinstance(value, float):
        return {"float": "nan" if value != value else struct.pack(">d", value).hex()}
    if isinstance(value, tuple):
        return {"tuple": [tag(v) for v in value]}
    raise TypeError(type(value))


def outcome(thunk):
    try:
        return tag(thunk())
    except Exception as error:  # noqa: BLE001 - an exception is an expected value
        return {"error": f"{type(error).__name__}: {error}"}


rng = random.Random(20261126)


def wide():
    """A float over the whole exponent range, both signs, plus special values."""
    r = rng.random()
    if r < 0.05:
        return rng.choice([0.0, -0.0, math.inf, -math.inf, math.nan, 1.0, -1.0, 0.5, 2.0])
    if r < 0.5:
        return rng.uniform(-10, 10)
    if r < 0.8:
        return rng.uniform(-1000, 1000)
    return math.copysign(2.0 ** rng.uniform(-1070, 1023), rng.random() - 0.5)


UNARY = ["acos", "acosh", "asin", "asinh", "atan", "atanh", "cbrt", "cos", "cosh", "erf", "erfc",
         "exp", "exp2", "expm1", "fabs", "gamma", "lgamma", "log", "log10", "log1p", "log2", "sin",
         "sinh", "sqrt", "tan", "tanh", "degrees", "radians", "frexp", "modf", "ulp", "ceil",
         "floor", "trunc"]
BINARY = ["atan2", "copysign", "fmod", "remainder", "pow", "nextafter", "hypot", "log"]

cases = []
for name in UNARY:
    for _ in range(150):
        x = wide()
        cases.append([name, [tag(x)], outcome(lambda: getattr(math, name)(x))])
for name in BINARY:
    for _ in range(150):
        x, y = wide(), wide()
        if name == "pow" and rng.random() < 0.5:
            y = float(rng.randint(-20, 20))
        cases.append([name, [tag(x), tag(y)], outcome(lambda: getattr(math, name)(x, y))])
for _ in range(150):
    xs = tuple(wide() for _ in range(rng.randint(0, 6)))
    cases.append(["hypot", [tag(x) for x in xs], outcome(lambda: math.hypot(*xs))])
    cases.append(["fsum_args", [tag(x) for x in xs], outcome(lambda: math.fsum(xs))])
for _ in range(100):
    x, e = wide(), rng.randint(-1100, 1100)
    cases.append(["ldexp", [tag(x), tag(e)], outcome(lambda: math.ldexp(x, e))])
for _ in range(100):
    n = rng.choice([rng.randint(0, 300), rng.randint(-5, 5), 2 ** rng.randint(0, 200) + rng.randint(-3, 3)])
    k = rng.randint(-2, 60)
    cases.append(["comb", [tag(n), tag(k)], outcome(lambda: math.comb(n, k))])
    cases.append(["perm", [tag(n), tag(k)], outcome(lambda: math.perm(n, k))])
    cases.append(["isqrt", [tag(n)], outcome(lambda: math.isqrt(n))])
    m = rng.randint(-10**30, 10**30)
    cases.append(["gcd", [tag(n), tag(m)], outcome(lambda: math.gcd(n, m))])
    cases.append(["lcm", [tag(n), tag(m)], outcome(lambda: math.lcm(n, m))])
    cases.append(["log", [tag(n * m)], outcome(lambda: math.log(n * m))])
    cases.append(["log2", [tag(m ** 7)], outcome(lambda: math.log2(m ** 7))])
for n in range(0, 200, 7):
    cases.append(["factorial", [tag(n)], outcome(lambda: math.factorial(n))])

os.makedirs(os.path.dirname(OUT), exist_ok=True)
with open(OUT, "w") as out:
    json.dump(cases, out, separators=(",", ":"))
    out.write("\n")
