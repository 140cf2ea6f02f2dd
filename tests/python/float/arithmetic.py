vals = [0.0, -0.0, 1.5, -2.25, 7.0, 1e308, 5e-324, 0.1, float("inf"), float("-inf"), float("nan")]
for a in vals:
    row = []
    for b in [2.0, -3.0, 0.5, float("inf"), 7]:
        for op in (lambda x, y: x + y, lambda x, y: x - y, lambda x, y: x * y, lambda x, y: x / y,
                   lambda x, y: x // y, lambda x, y: x % y, lambda x, y: divmod(x, y), lambda x, y: x ** y):
            try:
                row.append(op(a, b))
            except Exception as e:
                row.append(type(e).__name__)
    print(a, row)
for a, b in [(1.0, 0.0), (1.0, -0.0), (0.0, 0.0), (1, 0.0), (1.5, 0)]:
    for op in ["/", "//", "%", "divmod"]:
        try:
            print(eval(f"divmod({a!r}, {b!r})" if op == "divmod" else f"{a!r} {op} {b!r}"))
        except ZeroDivisionError as e:
            print(op, type(e).__name__, e)
for base, exp in [(0.0, -1), (-8.0, 1 / 3), (10.0, 400), (-10.0, 401), (2.0, 0.5), (-2.0, 2), (0.0, 0.0), (float("nan"), 0),
                  (1.0, float("nan")), (-1.0, float("inf")), (0.5, float("-inf")), (-0.0, -1), (-0.0, -2), (1e-300, -2),
                  (10.0, -400)]:
    try:
        print(base, exp, base ** exp)
    except (ZeroDivisionError, OverflowError, ValueError) as e:
        print(base, exp, type(e).__name__, e)
print(-7.5 % 2, 7.5 % -2, -7.5 // 2, 7.5 // -2, -1e-300 % 1, 1e-300 % -1, -0.0 % 1, 0.0 % -1, divmod(-0.0, 1))
print(10 % 3.5, 1e16 % 3, (2**60) % 0.7, -(2**60) // 0.7, 3 // 0.1, 3 % 0.1, 1 // 0.1, 1 % 0.1)
print(1e308 + 1e308, -1e308 * 10, 1e-320 / 1e10, 1e308 / 1e-10)
try:
    print(1e308 ** 2)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    print(2.0 ** 5000)
except OverflowError as e:
    print(type(e).__name__, e)
print(10**300 * 1.0, 10**30 / 1.0, 1.0 / 10**30, 2**1023 + 0.0)
try:
    print(10**400 + 1.0)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    print(10**400 * 0.0)
except OverflowError as e:
    print(type(e).__name__, e)
print(1.0 * True, 2.5 + False, 0.1 * 3, 0.7 + 0.1, 1.1 * 1.1, 1 / 3 * 3)
x = 0.0
for _ in range(10):
    x += 0.1
print(x, repr(x), abs(-0.0), -(0.0), +(-0.0))
print(pow(2.0, 3), pow(2.0, -1), pow(4.0, 0.5), pow(-8.0, 2))
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print(type(e).__name__, e)
print((2.0).__pow__(3, None))
