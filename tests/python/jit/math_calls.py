# math.sqrt and math.fabs become IR ops in traces: the same results as
# CPython, and ValueError for a negative argument (the guard leaves first).
import math
s = 0.0
for i in range(3000):
    try:
        s += math.sqrt(i - 2500) + math.fabs(-i)
    except ValueError as e:
        s -= 1
print(s, math.sqrt(2), math.sqrt(float("inf")), math.sqrt(float("nan")))


def nearest(values):
    best = None
    for v in values:
        t = v * 0.5 if v > 0 else None
        if t is not None and (best is None or t < best):
            best = t
    return best


print(nearest([(i % 97) - 40.5 for i in range(3000)]))
