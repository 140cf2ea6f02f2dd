# cls(args) through type.__call__: native __new__ with object's __init__
# (float, set), native __init__ (list), Python __new__/__init__, subclasses
# of builtins, and classes changed while __new__ runs.
print(float("1.5"), float(2), set(), sorted(set([3, 1, 2])), list((1, 2)), dict(a=1), int("17", 8))
print(tuple("ab"), frozenset([1]), str(b"x", "ascii"), bytes(3), type(3).__name__)


class Plain:
    pass


try:
    Plain(1)
except TypeError as error:
    print("TypeError", error)


class F(float):
    pass


f = F("2.5")
f.note = "attr"
print(type(f).__name__, f, f.note)


class G(float):
    def __init__(self, value):
        self.doubled = float(value) * 2


print(G("1.25"), G("1.25").doubled)


class L(list):
    def __init__(self, *args):
        super().__init__(*args)
        self.size = len(self)


print(L((1, 2, 3)), L((1, 2, 3)).size)


class Five:
    def __new__(cls, *args):
        return 5

    def __init__(self, *args):
        print("never")


print(Five(1, 2))


class M:
    def __new__(cls, *args):
        return super().__new__(cls)

    def __init__(self, a):
        self.a = a


print(M(7).a)


class V:
    def __new__(cls, *args):
        cls.__init__ = lambda self, *a: setattr(self, "tag", a)
        return object.__new__(cls)


print(V(1, 2).tag)


class F2(float):
    pass


class Arg:
    def __float__(self):
        F2.__init__ = lambda self, *a: setattr(self, "late", True)
        return 1.0


print(F2(Arg()), F2(Arg()).late)


class S(set):
    def __init__(self, items, extra):
        super().__init__(items)
        self.extra = extra


print(sorted(S([2, 1], "e")), S([2, 1], "e").extra)
try:
    set(1, 2)
except TypeError as error:
    print("TypeError", error)
try:
    float(x=1)
except TypeError as error:
    print("TypeError", error)


class K:
    def __init__(self, *args, **kwargs):
        self.got = (args, kwargs)


print(K(1, b=2).got)
for i in range(3000):
    v = float("%d.5" % i) + len(set()) + len(list((i,)))
print(v)
