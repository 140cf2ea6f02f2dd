vals = [0j, 1j, -1j, 1 + 1j, 3.5 - 2j, complex(1e300, -1e300), complex(float("inf"), 1), complex(1, float("nan")), complex(-0.0, 0.0)]
for v in vals:
    print(repr(v), hash(v) if v == v else "nan", abs(v) if abs(v) == abs(v) else "nan", v.conjugate(), bool(v), v == complex(v.real, v.imag), -v, +v)
print(hash(1 + 0j) == hash(1), hash(1.5 + 0j) == hash(1.5), hash(complex(0, 1)), hash(complex(2, 3)), hash(complex(-1, 0)))
try:
    abs(complex(1e308, 1e308))
except OverflowError as e:
    print(type(e).__name__, e)
for a, b in [(1 + 2j, 1 + 2j), (1 + 0j, 1), (1 + 0j, 1.0), (1j, 1), (0j, False), (1 + 0j, True), (2 ** 53 + 1 + 0j, 2 ** 53 + 1)]:
    print(repr(a), repr(b), a == b, a != b, b == a)
print(complex.__eq__(1j, "x"), complex.__ne__(1j, 1j), (1j).__eq__(1j), (1j).__hash__() == hash(1j))
for expr in ["1j < 1j", "1j <= 2", "2 > 1j", "1j >= 1.0"]:
    try:
        eval(expr)
    except TypeError as e:
        print(expr, type(e).__name__, e)
print((1 + 2j).real.__class__, (1 + 2j).imag.is_integer(), complex(5).imag, (3 + 4j).__abs__(), (2j).__neg__(), (1j).__pos__(), (1j).__bool__())
print((1 + 1j) ** 0, (1 + 1j) ** 1, (1 + 1j) ** 2, (1 + 1j) ** -1, (1 + 1j) ** 0.5, 2 ** (1j), 0j ** 0j, (-1) ** 0.5)
print((1e155 + 1e155j) ** 2 if False else "", (1j) ** 101, (1 + 1j) ** 100, (0.5 + 0.5j) ** 1000)
for base, exp in [(0j, -1), (0j, 1j), (1e300 + 1e300j, 2), (10 + 0j, 1000.0)]:
    try:
        print(base ** exp)
    except (ZeroDivisionError, OverflowError) as e:
        print(repr(base), repr(exp), type(e).__name__, e)
print(1j.__class__.__name__, complex.__name__, complex.__mro__, isinstance(1j, complex), issubclass(complex, object))
print(divmod(5, 2), (1 + 2j).__getnewargs__())
print(complex("1e500"), complex("-1e500j"), complex("nan+nanj"), complex("infj"), complex(" ( -1-1j ) "))
