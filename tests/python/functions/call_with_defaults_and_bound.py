# Calls the eval loop binds by copying: positional arguments with the rest
# from __defaults__, and bound methods of Python functions called through a
# variable (their self takes the NULL slot). Errors, defaults reassigned
# later, and every kind of callable that must take the general path.
import sys


def two(a, b=2, c=3):
    return (a, b, c)


print(two(1), two(1, 20), two(1, 20, 30))
for args in [(), (1, 2, 3, 4)]:
    try:
        two(*args) if False else (two() if not args else two(1, 2, 3, 4))
    except TypeError as e:
        print("TypeError", e)

two.__defaults__ = (7, 8)
print(two(1), two(1, 2))
two.__defaults__ = (9,)
print(two(1, 2))
try:
    two(1)
except TypeError as e:
    print("TypeError", e)
two.__defaults__ = None
try:
    two(1, 2)
except TypeError as e:
    print("TypeError", e)


def shared(x, acc=[]):
    acc.append(x)
    return len(acc)


print([shared(i) for i in range(3)])


def kwonly(a, b=1, *, c):
    return a, b, c


try:
    kwonly(1)
except TypeError as e:
    print("TypeError", e)


def kwonly_default(a, b=1, *, c=5):
    return a, b, c


print(kwonly_default(1), kwonly_default(1, 2))


def star(a, b=1, *rest):
    return a, b, rest


print(star(1), star(1, 2, 3))


def closure_default(n):
    def inner(k=n):
        return k + n
    return inner


print(closure_default(4)(), closure_default(4)(1))


class Counter:
    def __init__(self):
        self.count = 0

    def step(self, by=1, times=1):
        self.count += by * times
        return self.count

    @classmethod
    def make(cls, start=10):
        obj = cls()
        obj.count = start
        return obj

    @staticmethod
    def static(a, b=2):
        return a * b

    def __call__(self, x=100):
        return ("called", x)


c = Counter()
step = c.step
print(step(), step(5), step(5, 2), step(by=3))
try:
    step(1, 2, 3)
except TypeError as e:
    print("TypeError", e)
make = Counter.make
print(make().count, make(3).count)
print(Counter.static(4), c.static(4, 3))
print(c(), c(5))
callbacks = [c.step, lambda: "lambda", c, len, "abc".upper, Counter.make, print]
for cb in callbacks[:-1]:
    try:
        r = cb()
    except TypeError as e:
        r = "TypeError: " + str(e)
    print(type(cb).__name__, r if not isinstance(r, Counter) else "Counter")


class Sub(Counter):
    def step(self, by=2):
        return super().step(by)


s = Sub()
f = s.step
print(f(), f(10))

# a bound method whose function is replaced on the class keeps its own function
m = s.step
Sub.step = lambda self, by=0: "replaced"
print(m(), s.step())

# bound methods of bound methods, and of other callables
import types

bm = types.MethodType(c.step, 5)
try:
    print(bm())
except TypeError as e:
    print("TypeError", e)
bm2 = types.MethodType(two, "self")
two.__defaults__ = (2, 3)
print(bm2(), bm2("b"))
bm3 = types.MethodType(len, [1, 2, 3])
print(bm3())


# recursion through bound methods stays a RecursionError
class Deep:
    def down(self, n=0):
        f = self.down
        return f(n + 1)


try:
    Deep().down()
except RecursionError:
    print("RecursionError")


# tracebacks through a bound method called from a variable
def boom(self, x=1):
    raise ValueError(x)


class B:
    pass


B.boom = boom
b = B()
g = b.boom
try:
    g()
except ValueError as e:
    tb = e.__traceback__
    names = []
    while tb:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print("traceback", names, e.args)


# frames see the right arguments and f_back
def who(a, b=2):
    frame = sys._getframe()
    return frame.f_back.f_code.co_name, {k: v for k, v in frame.f_locals.items() if k != "frame"}


def caller():
    w = who
    return w(1)


print(caller())
