# Arbitrary-precision arithmetic across the small/big boundary.
big = 2**64
vals = [0, 1, -1, 7, -7, 2**53 - 1, 2**53, 2**53 + 1, -(2**53), big, -big, 10**30 + 7, -(10**30) - 3]
for a in vals:
    for b in [1, -1, 3, -3, 2**53, -(2**53) - 1, big + 1, -(10**20)]:
        print(a, b, a + b, a - b, a * b, a // b, a % b, divmod(a, b))
print(2**1000 // 3**200)
print((2**521 - 1) % 1000000007)
print(-(2**200) // 7, -(2**200) % 7)
print(12345678901234567890 * 98765432109876543210)
print(abs(-(10**40)), -(-(10**40)), +(10**40))
print((10**40) == 10**40, 10**40 > 10**39, -(10**40) < 1)
print(2**63 - 1 + 1 == 2**63, type(2**63 - 2**63))
print(9007199254740993 - 1, 9007199254740992 + 1)
print(sum(range(10**6)), 3 * (2**52) + 3 * (2**52))
for a, b in [(7, 0), (0, 0), (10**30, 0)]:
    for op in ("//", "%", "divmod"):
        try:
            if op == "//":
                a // b
            elif op == "%":
                a % b
            else:
                divmod(a, b)
        except ZeroDivisionError as e:
            print(op, type(e).__name__, e)
try:
    1 / 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(7 / 2, -7 / 2, 10**30 / 10**10, (10**400) / (10**399))
try:
    print(10**400 / 3)
except OverflowError as e:
    print(type(e).__name__, e)
print(2**1100 // 2**1000, 2**1100 / 2**1099)
try:
    float(10**400)
except OverflowError as e:
    print(type(e).__name__, e)
print(True + True, True * 10, False - 1, True / 2, True // 2, -True, ~True, True << 3)
print(True & False, True | False, True ^ True, type(True & True), type(True + 0))
print(divmod(True, 2), True ** 10, 2 ** True)
x = 5
x += 10**20
x -= 10**20
print(x, type(x))
print(int.__add__(3, 4), int.__sub__(3, 4), (3).__mul__(2.0), (3).__radd__(1))
print(int.__floordiv__(-7, 2), int.__mod__(-7, 2), int.__truediv__(1, 4))
try:
    int.__add__(3, "x")
    print(int.__add__(3, "x"))
except TypeError as e:
    print(type(e).__name__, e)
try:
    3 + "x"
except TypeError as e:
    print(type(e).__name__, e)
try:
    "x" - 3
except TypeError as e:
    print(type(e).__name__, e)
