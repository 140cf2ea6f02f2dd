# int(x), min(a, b) and max(a, b) of numbers are trace ops (recorder.ts
# numberBuiltin); results, identities and errors as in CPython.
import math


def to_int(values):
    out = []
    for x in values:
        try:
            out.append(int(x))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__ + ": " + str(e))
    return out


def clamp(n):
    total = 0
    for i in range(n):
        c = (i % 37) * 9.5 - 40.25
        total += min(255, int(c * 2.5)) + max(-3, int(-c))
    return total


def float_pairs(n):
    picks = []
    a = 1.5
    for i in range(n):
        b = (i % 5) * 0.75
        lo = min(a, b)
        hi = max(a, b)
        if i % 250 == 0:
            picks.append((lo, hi, b, lo == min(b, a), hi == max(b, a)))
    return picks


def nan_order(n):
    nan = float("nan")
    out = []
    for i in range(n):
        x = float(i % 3)
        r = (min(nan, x), min(x, nan), max(nan, x), max(x, nan))
        if i % 400 == 1:
            out.append(tuple(str(v) for v in r))
    return out


def equal_ints(n):
    total = 0
    for i in range(n):
        total += min(i, i) - max(-i, -i) + min(-i, i)
    return total


def mixed(n):
    out = []
    for i in range(n):
        v = min(i % 4, 2.5)  # an int and a float: the builtin
        w = max(1, 2, i % 3)  # three arguments
        if i % 300 == 0:
            out.append((v, w))
    return out


def shadowed(n):
    total = 0
    for i in range(n):
        total += min(i, 10)
        if i == n // 2:
            globals()["min"] = lambda a, b: -1  # later calls get this one
    del globals()["min"]
    return total


def aliased_float(n):
    out = []
    for i in range(n):
        b = (i % 5) * 0.75
        c = b  # one float in two locals: still one object after an exit
        if i % 250 == 0:
            out.append(c is b)
    return out


def signed_zero(n):
    out = set()
    for i in range(n):
        out.add(str(int(-0.25 * (i % 3))))
    return sorted(out)


N = 2000
print(to_int([0.5, -0.5, -1.9, 2.0**52 + 0.5, 1e20, -1e20, float("nan"), float("inf"), -float("inf"), 7, True]))
print(to_int([i * 0.7 - 300.0 for i in range(N)])[-5:])
print(to_int([3.5] * N + [1e300, float("nan"), -2.0**60])[-4:])
print(clamp(N))
print(float_pairs(N))
print(nan_order(N))
print(equal_ints(N))
print(mixed(N))
print(shadowed(N))
print(aliased_float(N))
print(signed_zero(N))


# & and ^ of safe ints whose result is -2**53: a bigint (the trace leaves there).
def unsafe_bitwise(n):
    table = {-(2 ** 53): "found"}
    hits = []
    values = [-3, -(2 ** 53 - 1)] * (n // 2)
    for a in values:
        r = a & -2
        s = -1 ^ (-a if a < -3 else 3)
        hits.append((r in table, s in table, table.get(r), type(r).__name__, r == s, r + 0 in {r}))
    return hits[:2], hits[-2:], len(hits)


print(unsafe_bitwise(3000))


# float ** in traces (float_pow) and math.floor/ceil, with the cases Python
# raises for, complex results, and values past the safe integers.
import math


def powers(n):
    bases = [2.5, -2.0, 0.0, -8.0, 10.0, float("inf"), float("nan"), 1.0, -0.5, 3]
    exps = [2, 3, -1, 0.5, 400, 1 / 3, -2.0, 0, float("inf"), 32]
    out = []
    for i in range(n):
        b = bases[i % len(bases)]
        e = exps[(i // len(bases)) % len(exps)]
        try:
            r = b ** e
            out.append(r if type(r) is not complex else ("complex", round(r.real, 6)))
        except (ZeroDivisionError, OverflowError) as exc:
            out.append(type(exc).__name__ + ": " + str(exc))
    return out[-100:]


print(powers(3000))


def floors(n):
    values = [2.5, -2.5, 0.0, -0.0, 7, -7, 1e300, 2.0 ** 53 + 2, -1e-300, 0.99999]
    out = []
    for i in range(n):
        v = values[i % len(values)]
        out.append((math.floor(v), math.ceil(v)))
    for bad in (float("nan"), float("inf")):
        try:
            math.floor(bad)
        except (ValueError, OverflowError) as exc:
            out.append(type(exc).__name__ + ": " + str(exc))
    return out[-12:-2], out[-2:], type(out[-6][0]).__name__


print(floors(3000))
