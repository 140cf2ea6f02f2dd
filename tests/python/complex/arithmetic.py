vals = [0j, 1j, -1j, 1 + 2j, -3.5 + 0.25j, complex(1e300, 1e300), complex(float("inf"), 0), complex(0, float("nan")), 2, 1.5]
for a in vals:
    row = []
    for b in [1 + 1j, -2j, 3, 0.5, 1e-300j]:
        for op in (lambda x, y: x + y, lambda x, y: x - y, lambda x, y: x * y, lambda x, y: x / y):
            try:
                row.append(op(a, b))
            except Exception as e:
                row.append(type(e).__name__)
    print(repr(a), row)
for a, b in [(1 + 1j, 0), (1j, 0j), (0j, 0.0)]:
    try:
        print(a / b)
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
for a, b in [(1j, 2), (1j, 1j), (2 + 3j, 0.5), (0j, 0), (0j, 1j), (0j, -1), (0j, 1 + 1j), (1 + 2j, 10), (-1, 0.5),
             (1j, -3), (2, 1j), (1e200j, 2), (10 + 10j, 1000), (1.5 + 0j, 2.5)]:
    try:
        print(repr(a), repr(b), a ** b)
    except (ZeroDivisionError, OverflowError) as e:
        print(repr(a), repr(b), type(e).__name__, e)
try:
    pow(1j, 2, 3)
except ValueError as e:
    print(type(e).__name__, e)
for expr in ["1j // 2", "1j % 2", "divmod(1j, 2)", "1j < 2j", "1j > 1", "int(1j)", "float(1j)", "1j & 1", "round(1j)", "abs(complex(1e308, 1e308))"]:
    try:
        print(eval(expr))
    except Exception as e:
        print(expr, type(e).__name__, e)
print(abs(3 + 4j), abs(-5j), abs(complex(float("inf"), float("nan"))), abs(complex(float("nan"), 1)))
print((1 + 2j).conjugate(), (1 + 2j).real, (1 + 2j).imag, (3j).real, -(1 + 2j), +(1 - 2j), (1j) ** 2 == -1)
print(1j == 1j, 1 + 0j == 1, 1 + 0j == 1.0, 1j != 1, complex(1, 0) == True, 1j == "1j", hash(1 + 0j) == hash(1))
print(bool(0j), bool(1j), bool(complex(0, -0.0)), 2 * (1 + 1j), (1 + 1j) * 2.5, 1 / (1 + 1j), 1 - 1j - 1)
print(complex.__add__(1j, 2), complex.__radd__(1j, 2), complex.__mul__(1j, "x"), complex.__truediv__(1j, 2j))
