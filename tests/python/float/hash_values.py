import math, sys
vals = [0.0, -0.0, 0.5, -0.5, 1.5, 2.5, 1e-10, 1e10, 1e100, 1e300, 1e-300, 5e-324, math.pi, -math.e, 2.0**60, 2.0**61, 2.0**62,
        1.7976931348623157e308, 123456.789, float("inf"), float("-inf")]
for v in vals:
    print(repr(v), hash(v))
n0 = float("nan")
print(hash(n0) == hash(n0), hash(1.0) == hash(1), hash(2.0**61) == hash(2**61), hash(-2.0**61) == hash(-(2**61)))
print(sys.hash_info.modulus == 2**61 - 1, hash(2**61 - 1.0) if False else hash(float(2**61 - 1)), hash(0.1) == hash(0.1), {0.5: 1, 1 / 2: 2})
nan = float("nan")
d = {nan: 1}
d[nan] = 2
d[float("nan")] = 3
print(len(d), d[nan], sorted(d.values()))
class F(float):
    pass
print(hash(F(1.5)) == hash(1.5), F(1.5) == 1.5, {F(2.0): 1}[2])
