# Assigning a function's __code__ (or __defaults__, __kwdefaults__, a closure
# cell, a class's method) while a compiled trace has the function inlined:
# the trace must run the new body from then on.

N = 3000
SWAP = 2000


def f(x):
    return x + 1


def g(x):
    return x * 100


def plain():
    total = 0
    for i in range(N):
        if i == SWAP:
            f.__code__ = g.__code__
        total += f(i)
    return total


print("plain", plain())


def d(x, y=1):
    return x + y


def defaults():
    total = 0
    for i in range(N):
        if i == SWAP:
            d.__defaults__ = (7,)
        total += d(i)
    return total


print("defaults", defaults())


def k(x, *, y=1):
    return x + y


def kwdefaults():
    total = 0
    for i in range(N):
        if i == SWAP:
            k.__kwdefaults__ = {"y": 9}
        total += k(i)
    return total


print("kwdefaults", kwdefaults())


def make_counter():
    step = 1

    def add(x):
        return x + step

    def set_step(n):
        nonlocal step
        step = n

    return add, set_step


def closure_cells():
    add, set_step = make_counter()
    total = 0
    for i in range(N):
        if i == SWAP:
            set_step(5)
        if i == SWAP + 500:
            add.__closure__[0].cell_contents = 11
        total += add(i)
    return total


print("closure", closure_cells())


class C:
    def __init__(self, v):
        self.v = v

    def m(self, x):
        return x + self.v

    def __add__(self, other):
        return self.v + other.v

    @property
    def p(self):
        return self.v

    def __enter__(self):
        return self.v

    def __exit__(self, *exc):
        return False


def other_m(self, x):
    return x * 3


def methods(c, target, code):
    total = 0
    for i in range(N):
        if i == SWAP:
            target.__code__ = code
        total += c.m(i)
    return total


print("method code", methods(C(2), C.m, other_m.__code__))


def replaced():
    c = C(2)
    total = 0
    for i in range(N):
        if i == SWAP:
            C.m = lambda self, x: x - 1
        total += c.m(i)
    return total


print("method replaced", replaced())


def other_add(self, other):
    return self.v * other.v


def dunder():
    a, b = C(3), C(4)
    total = 0
    for i in range(N):
        if i == SWAP:
            C.__add__.__code__ = other_add.__code__
        total += a + b
    return total


print("dunder", dunder())


def other_get(self):
    return self.v * 10


def prop():
    c = C(5)
    total = 0
    for i in range(N):
        if i == SWAP:
            C.p.fget.__code__ = other_get.__code__
        total += c.p
    return total


print("property", prop())


def other_init(self, v):
    self.v = -v


def init():
    total = 0
    for i in range(N):
        if i == SWAP:
            C.__init__.__code__ = other_init.__code__
        total += C(i).v
    return total


print("init", init())


def other_enter(self):
    return self.v + 1000


def enter():
    c = C(1)
    total = 0
    for i in range(N):
        if i == SWAP:
            C.__enter__.__code__ = other_enter.__code__
        with c as v:
            total += v
    return total


print("enter", enter())


def maker(n):
    def inner(x):
        return x + n

    return inner


def other_maker(n):
    def inner(x):
        return x * 2 + n

    return inner


def other_inner(x):
    return x * 2


def made():
    total = 0
    for i in range(N):
        h = maker(i & 3)
        if i >= SWAP:
            h.__code__ = other_maker(0).__code__
        total += h(i)
    return total


print("made", made())


try:
    maker(1).__code__ = other_inner.__code__
except ValueError as error:
    print("ValueError", error)


# The code changes while the method is on the stack (in an argument), or
# while a bound method waits in a variable; and through a subclass, a
# staticmethod and a classmethod.
class D:
    def m(self, x):
        return x + 1

    @staticmethod
    def s(x):
        return x + 2

    @classmethod
    def c(cls, x):
        return x + 3


class E(D):
    pass


def d_other(self, x):
    return x * 5


def s_other(x):
    return x * 6


def c_other(cls, x):
    return x * 7


saved = {}


def swap(i, target, code):
    if i == SWAP:
        saved[target] = target.__code__
        target.__code__ = code
    return i


def in_argument():
    d = D()
    total = 0
    for i in range(N):
        total += d.m(swap(i, D.m, d_other.__code__))
    D.m.__code__ = saved.pop(D.m)
    return total


print("in argument", in_argument())


def bound_waiting():
    d = D()
    total = 0
    for i in range(N):
        bound = d.m
        swap(i, D.m, d_other.__code__)
        total += bound(i)
    D.m.__code__ = saved.pop(D.m)
    return total


print("bound", bound_waiting())


print("subclass", methods(E(), D.m, d_other.__code__))


def static_and_class():
    e = E()
    total = 0
    for i in range(N):
        if i == SWAP:
            D.__dict__["s"].__func__.__code__ = s_other.__code__
            D.__dict__["c"].__func__.__code__ = c_other.__code__
        total += e.s(i) + D.s(i) + e.c(i) + E.c(i)
    return total


print("static and class", static_and_class())



# A call the trace does not inline (it loops) swaps the code now and then
# between the method's lookup and its call, and the trace goes on after it.
class T:
    def m(self, x):
        return x + 1


def t_plus(self, x):
    return x + 1


def t_times(self, x):
    return x * 3


CODES = (t_plus.__code__, t_times.__code__)


def maybe_swap(i, target):
    for _ in range(2):
        pass
    if i % 700 == 0:
        target.__code__ = CODES[(i // 700) & 1]
    return i


def swapping():
    t = T()
    total = 0
    for i in range(N):
        total += t.m(maybe_swap(i, T.m))
    return total


print("swapping", swapping())


def swapping_global():
    total = 0
    for i in range(N):
        total += f(0, maybe_swap(i, f))
    return total


print("swapping global", swapping_global())
