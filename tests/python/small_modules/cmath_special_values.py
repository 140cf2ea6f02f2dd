# Every cmath function on the grid of special and ordinary values (C99 Annex G).
import cmath

inf, nan = float("inf"), float("nan")
VALUES = [-inf, -2.5, -1.0, -0.0, 0.0, 1e-310, 0.5, 1.0, 2.0, 1e300, inf, nan]
NAMES = ["acos", "acosh", "asin", "asinh", "atan", "atanh", "cos", "cosh", "exp", "log",
         "log10", "sin", "sinh", "sqrt", "tan", "tanh"]


def show(f, *args):
    try:
        return repr(f(*args))
    except (ValueError, OverflowError) as e:
        return f"{type(e).__name__}({e})"


for name in NAMES:
    f = getattr(cmath, name)
    print(name)
    for x in VALUES:
        print(" ", x, " ".join(show(f, complex(x, y)) for y in VALUES))
for x in VALUES:
    print("rect", x, " ".join(show(cmath.rect, x, y) for y in VALUES))
    print("polar", x, " ".join(show(cmath.polar, complex(x, y)) for y in VALUES))
    print("phase", x, " ".join(show(cmath.phase, complex(x, y)) for y in VALUES))
