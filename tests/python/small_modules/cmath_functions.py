# cmath: branch cuts and signed zeros, log bases, conversions, isclose, constants.
import cmath

for name in ["sqrt", "log", "acos", "asin", "atan", "acosh", "asinh", "atanh"]:
    f = getattr(cmath, name)
    for z in [complex(-2.0, 0.0), complex(-2.0, -0.0), complex(2.0, 0.0), complex(2.0, -0.0),
              complex(0.0, 2.0), complex(-0.0, 2.0), complex(0.0, -2.0), complex(-0.0, -2.0)]:
        try:
            print(name, z, f(z))
        except ValueError as e:
            print(name, z, "ValueError", e)

seed = 12345
for i in range(120):
    seed = (seed * 1103515245 + 12345) % 2**31
    a = seed / 2**31 * 6 - 3
    seed = (seed * 1103515245 + 12345) % 2**31
    b = seed / 2**31 * 6 - 3
    z = complex(a, b) * 10 ** (seed % 9 - 4)
    row = []
    for name in ["exp", "log", "sqrt", "sin", "cos", "tan", "sinh", "cosh", "tanh", "asin",
                 "acos", "atan", "asinh", "acosh", "atanh", "log10"]:
        try:
            row.append(repr(getattr(cmath, name)(z)))
        except (ValueError, OverflowError) as e:
            row.append(type(e).__name__)
    print(" ".join(row))

for args in [(0,), (0, 2), (2, 1), (8, 2), (2, 0), (1j, 1 + 1j), (-1, -1), (100, 10.0)]:
    try:
        print("log", args, cmath.log(*args))
    except (ValueError, ZeroDivisionError) as e:
        print("log", args, type(e).__name__, e)
for z in [1e308 + 1e308j, complex(1e300, 1e-310), complex(-1.0, -0.0)]:
    for f in (cmath.polar, cmath.phase, abs):
        try:
            print(f.__name__, f(z))
        except OverflowError as e:
            print(f.__name__, "OverflowError", e)
print(cmath.rect(2, cmath.pi / 3), cmath.rect(1, -0.0), cmath.rect(-1, 0.0), cmath.rect(0, 5))
for z in [complex(710, 1), complex(-710, 1), complex(1, 710), complex(1e-320, 1e-320)]:
    for f in (cmath.exp, cmath.cosh, cmath.sinh, cmath.sqrt, cmath.log):
        try:
            print(f.__name__, z, f(z))
        except OverflowError as e:
            print(f.__name__, z, "OverflowError", e)

print(cmath.isclose(1 + 1j, 1 + 1.0000000001j), cmath.isclose(1, 1.1, abs_tol=0.2),
      cmath.isclose(1, 1.1, rel_tol=0.2), cmath.isclose(complex("inf"), complex("inf")),
      cmath.isclose(complex(float("inf"), 1), complex(float("inf"), 2)),
      cmath.isclose(float("nan"), float("nan")))
for kw in [dict(rel_tol=-1), dict(abs_tol=-1)]:
    try:
        cmath.isclose(1, 1, **kw)
    except ValueError as e:
        print("ValueError", e)
print(cmath.isfinite(1 + 1j), cmath.isinf(complex(1, float("inf"))), cmath.isnan(complex(float("nan"), 1)),
      cmath.isfinite(complex(float("nan"), 0)))
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.nan, cmath.infj, cmath.nanj)


class C:
    def __complex__(self):
        return 2 + 3j


class F:
    def __float__(self):
        return 2.0


class I:
    def __index__(self):
        return 9


class Bad:
    def __complex__(self):
        return 1


print(cmath.sqrt(C()), cmath.sqrt(F()), cmath.sqrt(I()), cmath.sqrt(-1), cmath.sqrt(True), cmath.exp(1))
for bad in [lambda: cmath.sqrt("a"), lambda: cmath.sqrt(None), lambda: cmath.sqrt(Bad()),
            lambda: cmath.rect(1), lambda: cmath.log(), lambda: cmath.sqrt(),
            lambda: cmath.log(1, "x"), lambda: cmath.isclose(1)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
