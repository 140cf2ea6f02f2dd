# Float numerics: the spectral norm of an infinite matrix by the power method.
import math

from _bench import main


def entry(i, j):
    s = i + j
    return 1.0 / (s * (s + 1) // 2 + i + 1)


def times(v, transpose):
    n = len(v)
    out = []
    for i in range(n):
        acc = 0.0
        if transpose:
            for j in range(n):
                acc += entry(j, i) * v[j]
        else:
            for j in range(n):
                acc += entry(i, j) * v[j]
        out.append(acc)
    return out


def times_ata(v):
    return times(times(v, False), True)


def kernel(n):
    u = [1.0] * n
    v = u
    for _ in range(10):
        v = times_ata(u)
        u = times_ata(v)
    vbv = sum(a * b for a, b in zip(u, v))
    vv = sum(b * b for b in v)
    return "%.9f" % math.sqrt(vbv / vv)


main(kernel, 280, 20, iterations=5)
