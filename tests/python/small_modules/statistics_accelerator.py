# _statistics._normal_dist_inv_cdf: the C accelerator of NormalDist.inv_cdf.
import _statistics
import random
import statistics
from fractions import Fraction

f = _statistics._normal_dist_inv_cdf
print(f, f.__module__, f.__text_signature__, repr(_statistics.__doc__))
print(sorted(name for name in dir(_statistics) if not name.startswith("__")))
print(statistics._normal_dist_inv_cdf.__module__)

for args in [(0, 0, 1), (1, 0, 1), (0.5, 0, 0), (0.5, 0, -1), (-0.1, 0, 1), (True, 1, 1)]:
    try:
        print(f(*args))
    except ValueError as e:
        print("ValueError", e)
print(f(float("nan"), 0, 1))
for args in [("a", 0, 1), (0.5,), (0.5, 0, 1, 2), (0.3, 10**400, 1)]:
    try:
        print(f(*args))
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    f(p=0.5, mu=0, sigma=1)
except TypeError as e:
    print("TypeError", e)
print(f(Fraction(1, 3), 0, 1), f(0.3, 2, 1))

# Every region of the rational approximation, bit for bit.
rng = random.Random(5)
for _ in range(200):
    p = rng.random()
    for pp in (p, p * 1e-10, 1 - p * 1e-12, p**30, 0.5 + (p - 0.5) * 0.85):
        if 0 < pp < 1:
            print(f(pp, 1.5, 2.25).hex(), end=" ")
print()
print(statistics.NormalDist(3, 2).inv_cdf(0.1))
