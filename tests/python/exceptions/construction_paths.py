# Exception classes instantiated the plain way (BaseException's own __new__
# and __init__ made in one step), the other ways (a Python __new__ or
# __init__, keywords, a metaclass, classes changed after their first use),
# and Base.__init__(self, ...) / with-block methods called in hot loops.


class Plain(Exception):
    pass


class WithInit(Exception):
    def __init__(self, key):
        Exception.__init__(self, "missing %r" % (key,))
        self.key = key


class WithNew(Exception):
    def __new__(cls, *args):
        self = super().__new__(cls, "from new", *args)
        self.made = True
        return self


class Meta(type):
    def __call__(cls, *args):
        print("Meta.__call__", args)
        return super().__call__(*args)


class Metered(Exception, metaclass=Meta):
    pass


def show(e):
    return (type(e).__name__, e.args, str(e), repr(e), vars(e), e.__traceback__,
            e.__context__, e.__cause__, e.__suppress_context__)


for make in [lambda: Plain(), lambda: Plain(1), lambda: Plain(1, "two", [3]),
             lambda: WithInit("k"), lambda: WithNew(), lambda: WithNew(5), lambda: Metered(7),
             lambda: ValueError("v"), lambda: KeyError("k"), lambda: OSError(2, "gone"),
             lambda: StopIteration(4), lambda: ImportError("i", name="n")]:
    print(show(make()))

for bad in [lambda: Plain(x=1), lambda: ValueError(1, x=2), lambda: WithInit(),
            lambda: WithInit(1, 2)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)

# the same args object: identical contents, a fresh tuple per instance
a, b = Plain(1, 2), Plain(1, 2)
print(a.args == b.args, a.args is b.args, a is b)
args = [1, 2]
c = Plain(*args)
args.append(3)
print(c.args)


# a class whose __init__ or __new__ is replaced after instances were made
class Later(Exception):
    pass


def make_many(cls, n):
    return [cls(i).args for i in range(n)]


print(make_many(Later, 3))
Later.__init__ = lambda self, *a: Exception.__init__(self, "patched", *a)
print(make_many(Later, 3))
del Later.__init__
print(make_many(Later, 3))
Later.__new__ = lambda cls, *a: Exception.__new__(cls, "new", *a)
print([repr(e) for e in [Later(1)]], Later(1).args)


# Base.__init__(self, ...) with builtin bases, in loops hot enough for the JIT
class MyList(list):
    def __init__(self, items):
        list.__init__(self, items)
        self.total = sum(items)


class MyDict(dict):
    def __init__(self, n):
        dict.__init__(self, a=n)
        dict.update(self, b=n + 1)


def builtin_bases(n):
    out = 0
    for i in range(n):
        lst = MyList([i, 1])
        list.append(lst, 2)
        d = MyDict(i)
        out += lst.total + len(lst) + dict.get(d, "b") + str.count("aXa", "a")
        e = WithInit(i)
        out += e.key + len(e.args[0])
    return out


print(builtin_bases(500))


# with blocks: __enter__/__exit__ of several signatures, exceptions suppressed or not
class Guard:
    def __init__(self, log):
        self.log = log

    def __enter__(self):
        self.log.append("enter")
        return self

    def __exit__(self, kind, value, tb):
        self.log.append(kind.__name__ if kind else None)
        return kind is Plain


class Loose:
    def __enter__(self, extra="e"):
        return extra

    def __exit__(self, *args):
        return args[0] is not None


class Wrong:
    def __enter__(self, needed):
        return needed

    def __exit__(self, a, b, c):
        return False


def guarded(n):
    log = []
    entered = []
    for i in range(n):
        with Guard(log) as g:
            if i % 3 == 0:
                raise Plain(i)
        with Loose() as x:
            entered.append(x)
            if i % 2:
                raise KeyError(i)
    return log[-6:], entered[-2:], len(log)


print(guarded(300))
try:
    with Wrong():
        pass
except TypeError as e:
    print("TypeError", e)
try:
    with Guard([]):
        raise ValueError("through")
except ValueError as e:
    print("ValueError", e, e.__context__)


class KwOnly:
    def __enter__(self, *, flag="kw-enter"):
        return flag

    def __exit__(self, a, b, c, *, flag="kw-exit"):
        print("exit", a, flag)


with KwOnly() as got:
    print(got)


# a builtin method read through a Python subclass, then replaced on it
def appends(n):
    lst = MyList([])
    for i in range(n):
        MyList.append(lst, i)
    return lst[-3:], len(lst)


print(appends(100))
MyList.append = lambda self, x: list.append(self, -x)
print(appends(100))


# methods read through a class object at the same site, as the class changes
class A:
    def m(self):
        return "A.m"


class B(A):
    pass


class MetaProp(type):
    @property
    def m(cls):
        return lambda self: "meta property"


class P(A, metaclass=MetaProp):
    pass


def through_class(cls, obj, n=4):
    return [cls.m(obj) for _ in range(n)][-1]


a = A()
print(through_class(A, a), through_class(B, a), through_class(P, a))
A.m = lambda self: "patched A.m"
print(through_class(A, a), through_class(B, a), through_class(P, a))
B.m = staticmethod(lambda obj: "static B.m")
print(through_class(B, a), through_class(A, a))
B.m = classmethod(lambda cls, obj: "class " + cls.__name__)
print(through_class(B, a))
del B.m


class C:
    def m(self):
        return "C.m"


B.__bases__ = (C,)
print(through_class(B, a))
del C.m
try:
    through_class(B, a)
except AttributeError as e:
    print("AttributeError", e)
print([list.copy(x) for x in ([1], [2])], [dict.get(d, "k") for d in ({"k": 1}, {})])
