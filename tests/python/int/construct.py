import math
print(int(3.9), int(-3.9), int(1e20), int(2.0**100), int(-0.0), int(True), int(1e308) > 0)
for x in [float("inf"), float("-inf"), float("nan")]:
    try:
        int(x)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
class WithInt:
    def __int__(self):
        return 42
class WithIndex:
    def __index__(self):
        return 7
class WithTrunc:
    def __trunc__(self):
        return 9
class TruncReturnsIndex:
    def __trunc__(self):
        return WithIndex()
class BadInt:
    def __int__(self):
        return "x"
class BoolInt:
    def __int__(self):
        return True
class SubInt(int):
    pass
class ReturnsSub:
    def __int__(self):
        return SubInt(3)
import warnings
warnings.simplefilter("ignore")
print(int(WithInt()), int(WithIndex()), int(WithTrunc()), int(TruncReturnsIndex()))
r = int(ReturnsSub())
print(r, type(r).__name__)
r = int(BoolInt())
print(r, type(r).__name__)
for obj in [BadInt(), object(), [1], {}, None, 1j]:
    try:
        print(int(obj))
    except TypeError as e:
        print(type(e).__name__, e)
s = SubInt(5)
print(s, type(s).__name__, s + 1, type(s + 1).__name__, int(s), type(int(s)).__name__, repr(s))
class Big(int):
    def __new__(cls, v):
        return super().__new__(cls, v * 2)
print(Big(5), Big("5") if False else Big(6), isinstance(Big(1), int))
print(int.__new__(SubInt, "12", 8), type(int.__new__(SubInt, 3)).__name__)
print(int("12", base=8), int(" 0b11 ", 0), int(SubInt(5)))
print(int(math.pi * 10**15), int(-1.5e-300), int(1.9999999999999999))
try:
    int.__new__(str, 5)
except TypeError as e:
    print(type(e).__name__, e)
print(int.__name__, int.__qualname__, int.__module__, int.__mro__, int.__base__)
print(issubclass(bool, int), bool.__mro__, isinstance(True, int))
try:
    class B(bool):
        pass
except TypeError as e:
    print(type(e).__name__, e)
print(bool(0), bool(-1), bool(10**100), bool(0.0), bool(""), bool([]), bool(None))
try:
    bool(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    bool(x=1)
except TypeError as e:
    print(type(e).__name__, e)
print(repr(True), str(False), f"{True}", format(True, "d"), format(False, ">5"), True.real, True.imag)
