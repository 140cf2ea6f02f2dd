print(ascii("abc"), ascii("é"), ascii("😀"), ascii("\n\t"), ascii(["é", b"\xff"]), ascii({"ü": 1}), ascii(1.5), ascii(None))
class R:
    def __repr__(self):
        return "Ré😀"
print(ascii(R()), repr(R()), str(R()), format(R()), "%a" % R(), f"{R()!a}")
print(repr("x"), repr(1), repr([1, "a"]), repr(None), repr(...), repr(NotImplemented), repr(type), repr(int))
class BadRepr:
    def __repr__(self):
        return 5
for f in [repr, str, ascii]:
    try:
        print(f(BadRepr()))
    except TypeError as e:
        print(type(e).__name__, e)
class BadStr:
    def __str__(self):
        return None
try:
    str(BadStr())
except TypeError as e:
    print(type(e).__name__, e)
class StrSub(str):
    pass
class ReturnsSub:
    def __str__(self):
        return StrSub("sub")
    def __repr__(self):
        return StrSub("rsub")
s = str(ReturnsSub())
print(s, type(s).__name__, repr(ReturnsSub()), type(repr(ReturnsSub())).__name__)
print(format(5), format(5, "03"), format("a", "^3"), format(1.5, ".3f"), format([1]), format(None, ""), format(True, "d"))
for bad in ["format(5, 5)", "format([1], 'x')", "format(5, 'q')", "format()", "format(1, '', 2)"]:
    try:
        print(eval(bad))
    except (TypeError, ValueError) as e:
        print(bad, type(e).__name__, e)
class F:
    def __format__(self, spec):
        return spec[::-1]
print(format(F(), "abc"), format(F()), "{:xyz}".format(F()))
import sys
print("a", "b", sep="-", end="!\n")
print("x", "y", sep="", end="")
print()
print(1, 2, 3, sep=None, end=None)
print(sep="x")
print("to stderr", file=sys.stderr)
print("flushed", flush=True)
print("multi", "sep", sep=" | ")
print(*[1, 2, 3], sep="\n")
print("none file", file=None)
for bad in ["print(sep=1)", "print(end=2)", "print(file=5)", "print(bogus=1)"]:
    try:
        eval(bad)
    except (TypeError, AttributeError) as e:
        print(bad, type(e).__name__, e)
class W:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
w = W()
print("a", 1, sep=",", end=";", file=w)
print(w.parts)
