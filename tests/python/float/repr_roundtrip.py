vals = [0.0, -0.0, 1.0, 0.1, 0.2 + 0.1, 1 / 3, 2 / 3, 1e16, 1e15, 123456789012345678.0, 1e-5, 1e-4, 0.0001234,
        1.5e300, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 9007199254740993.0, 1e22, 1e23,
        123.456, -2.5, 100.0, 1e100, 12345678901234567890.0, 0.3, 4.35, 1 / 7, 3.141592653589793, 2.0**60]
for v in vals:
    r = repr(v)
    print(r, str(v), float(r) == v, v.hex())
print(float("inf"), float("-inf"), float("nan"), -float("nan"), repr(float("infinity")), float("-Infinity"))
print(float(" 1.5 "), float("1_000.5"), float("1e-3"), float("+.5"), float("5."), float("-0"), float("0x10".replace("0x", "")))
print(float("\u0661\u0662.\u0663"), float("  \t-1E+2\n"), float(b"2.5"), float(bytearray(b"1e3")), float("nAn"), float("-iNF"))
for s in ["", " ", "1.5.2", "1e", "e5", "1__0.0", "_1.0", "1.0_", "0x10", "inf inity", "1,5", "nan1", "++1", "1e5.0", "1_e5"]:
    try:
        print(float(s))
    except ValueError as e:
        print(type(e).__name__, e)
for obj in [None, [], "1" * 0 or object(), 1j]:
    try:
        print(float(obj))
    except TypeError as e:
        print(type(e).__name__, e)
class F:
    def __float__(self):
        return 2.5
class I:
    def __index__(self):
        return 3
class Bad:
    def __float__(self):
        return 1
print(float(F()), float(I()), float(10**20), float(True), float(-(2**63)))
try:
    float(Bad())
except TypeError as e:
    print(type(e).__name__, e)
class SubF(float):
    pass
s = SubF(1.25)
print(s, repr(s), type(s).__name__, type(s + 1).__name__, float(s), type(float(s)).__name__, SubF("2.5"))
try:
    float(10**400)
except OverflowError as e:
    print(type(e).__name__, e)
print(float("1e400"), float("-1e400"), float("1e-400"), 1e308 * 10, -1e308 * 10)
print(2**53 + 1.0, float(2**53 + 1), float(2**54 + 3), float(-(2**70) - 1), float(10**22 + 1))
print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-15, 1e-323, 5e-324 / 2, -5e-324 / 2)
try:
    float(x=1)
except TypeError as e:
    print(type(e).__name__, e)
