# __contains__ fallbacks, __call__, __format__, __repr__/__str__ fallbacks.
def show(thunk):
    try:
        print(thunk())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

class WithContains:
    def __contains__(self, x):
        return x == 1
class WithIter:
    def __iter__(self):
        return iter([1, 2, 3])
class WithGetitem:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10
class Nothing:
    pass
class ContainsTruthy:
    def __contains__(self, x):
        return "non-empty"
print(1 in WithContains(), 2 in WithContains(), 2 in WithIter(), 5 in WithIter())
print(20 in WithGetitem(), 25 in WithGetitem(), 1 not in WithContains(), 3 in ContainsTruthy())
show(lambda: 1 in Nothing())
show(lambda: 1 in 5)
show(lambda: "a" in ["a"] in [["a"]])
show(lambda: 1 in "abc")
show(lambda: [] in {})
class NoContains:
    __contains__ = None
    def __iter__(self):
        return iter([1])
show(lambda: 1 in NoContains())
class NoIter:
    __iter__ = None
    def __getitem__(self, i):
        return i
show(lambda: iter(NoIter()))

class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *, scale=1):
        return (self.n + x) * scale
add = Adder(3)
print(add(4), add(4, scale=2), callable(add), callable(Adder))
show(lambda: add())
show(lambda: Nothing()())
show(lambda: 5())
show(lambda: "s"())
class CallAttr:
    pass
c = CallAttr()
c.__call__ = lambda: "instance call"
show(lambda: c())
print(c.__call__())

class Fmt:
    def __format__(self, spec):
        return f"<{spec}>"
print(format(Fmt(), "x>10"), f"{Fmt():abc}", "{:hello}".format(Fmt()), f"{Fmt()}")
class BadFmt:
    def __format__(self, spec):
        return 42
show(lambda: format(BadFmt()))
show(lambda: format(Nothing(), "x"))
show(lambda: f"{Nothing():>5}")
print(format(Nothing(), "")[:9] == "<__main__", format(3, ""), format(3.5, ">6"))
show(lambda: format(1, 2))

class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"
class OnlyStr:
    def __str__(self):
        return "only str"
print(str(OnlyRepr()), repr(OnlyRepr()), str(OnlyStr()), f"{OnlyRepr()!s} {OnlyRepr()!r} {OnlyStr()}")
print([OnlyStr()][0].__str__(), repr([OnlyRepr()]), "%s %r" % (OnlyRepr(), OnlyRepr()))
class BadRepr:
    def __repr__(self):
        return 1
class BadStr:
    def __str__(self):
        return None
show(lambda: repr(BadRepr()))
show(lambda: str(BadStr()))
show(lambda: str(BadRepr()))
show(lambda: print(BadStr()))
class StrSubReturn:
    def __str__(self):
        class S(str):
            pass
        return S("sub")
r = str(StrSubReturn())
print(r)
print(ascii(OnlyRepr()), ascii("é"), repr("é"))
