vals = [0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 1.005, 0.125, 0.375, 1234.5678, -1234.5678, 1e20, 1e-20, 5e-324,
        1.7976931348623157e308, 123456.5, 0.0, -0.0, 2.5e-8, 9.995, 1.15, 1.25, 1.35]
for v in vals:
    out = [round(v)]
    for n in [0, 1, 2, 3, -1, -2, 5, 20, -400, 400]:
        out.append(round(v, n))
    print(repr(v), out)
print(type(round(2.5)), type(round(2.5, 0)), type(round(2.5, None)), round(2.5, None))
for v in [float("inf"), float("-inf"), float("nan")]:
    print(round(v, 2), round(v, -2))
    try:
        round(v)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
try:
    round(1.5, "x")
except TypeError as e:
    print(type(e).__name__, e)
try:
    round("x")
except TypeError as e:
    print(type(e).__name__, e)
print(round(1e300), round(-1.5e16), round(4.5e15 + 0.5), round(0.49999999999999994), round(-0.49999999999999994))
print(round(1.5, 10**20), round(1.5, -(10**20)))
class R:
    def __round__(self, n=None):
        return ("rounded", n)
print(round(R()), round(R(), 3), round(R(), None))
class NoRound:
    pass
try:
    round(NoRound())
except TypeError as e:
    print(type(e).__name__, e)
import math
print(math.floor(-0.5), math.ceil(-0.5), -0.0 == 0.0, math.copysign(1, round(-0.4)), math.copysign(1, round(-0.4, 1)))
