for v in [0j, -0j, complex(-0.0, -0.0), complex(0.0, -0.0), 1j, -1j, 1 + 2j, 1.5 - 2.25j, complex(1e16, 1e-16),
          complex(float("inf"), float("-inf")), complex(float("nan"), float("nan")), complex(-0.0, 1), 1e300j * 1e10,
          complex(1, 1e22), complex(123456789, 0.1)]:
    print(repr(v), str(v), v.real, v.imag)
for args in [(), (1,), (1, 2), (1.5, -2.5), (1j, 1j), (1j,), (1 + 2j, 3 + 4j), ("1+2j",), (" 3-4J ",), ("(1+2j)",),
             ("1e3j",), ("-j",), ("+J",), ("inf",), ("nanj",), ("-infj",), ("1_0+2_0j",), ("(  5  )",), (True, False),
             (2**60, 2**60), ("1.5e-3-0.5j",), ("0x1",), ("1+",), ("j1",), ("1 + 2j",), ("(1+2j",), ("",), ("1+2jj",),
             ("1_+2j",), ("()",)]:
    try:
        print(args, repr(complex(*args)))
    except (ValueError, TypeError) as e:
        print(args, type(e).__name__, e)
for args in [("1", 2), (1, "2"), (None,), ([],), (1, None), ({},), (b"1",)]:
    try:
        print(complex(*args))
    except TypeError as e:
        print(args, type(e).__name__, e)
print(complex(real=1, imag=2), complex(imag=3), complex(real="4j"))
class C:
    def __complex__(self):
        return 2 + 3j
class F:
    def __float__(self):
        return 1.5
class I:
    def __index__(self):
        return 4
class Bad:
    def __complex__(self):
        return 5
print(complex(C()), complex(F()), complex(I()), complex(F(), F()), complex(1, C()) if False else complex(C(), 1))
try:
    complex(Bad())
except TypeError as e:
    print(type(e).__name__, e)
class SubC(complex):
    pass
s = SubC(1, 2)
print(s, repr(s), type(s).__name__, type(s + 1).__name__, type(complex(s)).__name__, complex(s))
print(format(1 + 2j), format(1 + 2j, ""), format(1.5 - 2j, ".2f"), format(1j, "e"), format(-1j, ">20"), format(1 + 2j, "^20.3g"))
print(format(complex(1, 2), "+.1f"), format(0j, "g"), format(complex(1e20, 1), "g"), format(1j, "10"), format(2j, "<10"), f"{3+4j!r:>12}")
for spec in ["=10", "010", "c", "d", "%", "z.1f"]:
    try:
        print(repr(format(1 + 2j, spec)))
    except ValueError as e:
        print(spec, type(e).__name__, e)
print("%s %r" % (1j, 1 + 1j), "{0.real} {0.imag}".format(3 - 4j))
try:
    "%f" % 1j
except TypeError as e:
    print(type(e).__name__, e)
print(complex.__new__(SubC, 3), SubC.__mro__, (1j).__getnewargs__())
