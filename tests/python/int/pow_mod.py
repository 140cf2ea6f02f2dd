print(pow(2, 10), pow(2, -1), pow(-2, -3), pow(0, 0), pow(10, 25), 2 ** -2, (-8) ** (1 / 3) == (-8) ** (1 / 3))
print(pow(3, 4, 5), pow(3, 200, 1000), pow(-3, 3, 7), pow(3, 3, -7), pow(-3, 3, -7), pow(2, 10**20, 10**9 + 7))
print(pow(3, -1, 7), pow(38, -1, 97), pow(3, -2, 7), pow(-3, -1, 7), pow(3, -1, -7), pow(2**100, -1, 3**50))
print(pow(0, 0, 1), pow(5, 0, 1), pow(5, 0, -1), pow(10**30, 10**30, 12345), pow(7, 1, 1))
for args in [(2, -1, 4), (0, -1, 5), (3, 2, 0), (3, -1, 0), (3, 2.0, 5), (3.0, 2, 5), (3, 2, 5.0), ("a", 2, 3),
             (2, 3, "x"), (6, -1, 9)]:
    try:
        print(pow(*args))
    except Exception as e:
        print(type(e).__name__, e)
for base, exp in [(0, -1), (0, -2), (0.0, -1), (10, -400)]:
    try:
        print(pow(base, exp))
    except Exception as e:
        print(type(e).__name__, e)
print((-2) ** 0.5)
print(2 ** 0.5, 4 ** 0.5, (-1) ** 2, (-1) ** 3, 1 ** 10**20, (-1) ** (10**20 + 1), 0 ** 10**20)
print(pow(base=2, exp=5), pow(base=2, exp=5, mod=3))
print(int.__pow__(2, 3), int.__pow__(2, 3, 5), int.__rpow__(2, 3), (2).__pow__(-1))
print(pow(True, 2), pow(2, True), pow(True, -1, 3))
print(10 ** -1, 10 ** -20, 2 ** -1074, 2 ** -1075)
try:
    print(2 ** -1076 == 0.0, 2.0 ** -1076)
except Exception as e:
    print(type(e).__name__, e)
try:
    print(2 ** 10000 * 1.0)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    print(10 ** 10 ** 10 if False else 3 ** 5)
except Exception as e:
    print(type(e).__name__, e)
