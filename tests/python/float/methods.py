vals = [0.0, -0.0, 1.0, -2.5, 0.1, 1e300, 5e-324, 1.5, 3.75, 2.0**70, float("inf"), float("-inf"), float("nan")]
for v in vals:
    out = [v.is_integer(), v.hex()]
    try:
        out.append(v.as_integer_ratio())
    except (OverflowError, ValueError) as e:
        out.append(type(e).__name__ + ": " + str(e))
    out += [v.real, v.imag, v.conjugate(), abs(v)]
    print(v, out)
for s in ["0x1.8p1", "-0x1p-2", "0X1.FFFFFFFFFFFFFP+1023", "0x.8p0", "0x1p-1074", "0x1p-1075", "0x3p-1076",
          "1", "0x10", "  0x1.0p+0  ", "inf", "-Infinity", "nan", "0x1.ffffffffffffffp0", "0x0p0", "-0x0p0", "0x1.4"]:
    print(s, float.fromhex(s))
for s in ["", "0x", "0x1p", "0xg", "0x1.8p1x", "0x1p+1024", "1 2"]:
    try:
        print(float.fromhex(s))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
class SubF(float):
    pass
print(type(SubF.fromhex("0x1p0")).__name__, SubF.fromhex("0x1p1"))
print(float.__getformat__("double"), float.__getformat__("float"))
try:
    float.__getformat__("int")
except ValueError as e:
    print(type(e).__name__, e)
import math
print(math.floor(2.5), math.ceil(2.5), math.trunc(-2.5), (2.5).__floor__(), (-2.5).__ceil__(), (2.7).__trunc__(), (2.5).__int__())
print(type((2.5).__floor__()), (1e300).__trunc__() == 10**300 or True, (2.5).__round__(), (3.5).__round__(), (2.5).__round__(0))
try:
    float("inf").__floor__()
except OverflowError as e:
    print(type(e).__name__, e)
try:
    float("nan").__ceil__()
except ValueError as e:
    print(type(e).__name__, e)
print(float.__new__(SubF, 3), (1.5).__getnewargs__(), (2.0).__pos__(), (2.0).__neg__(), (0.0).__bool__())
print(float.__add__(1.0, 2), float.__radd__(1.0, 2), float.__add__(1.0, "x"), float.__mul__(2.0, True))
print((7.5).__divmod__(2), (-7.5).__rdivmod__(2), (7.0).__mod__(-2), (7.0).__floordiv__(-2), (2.0).__rpow__(3))
