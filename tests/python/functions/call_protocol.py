# Calling every kind of callable, and the errors of unbound builtin methods.
import functools
def show(thunk):
    try:
        print(thunk())
    except TypeError as e:
        print(type(e).__name__, e)

show(lambda: list.append([], 1))
show(lambda: list.append(1, 2))
show(lambda: list.append())
show(lambda: str.upper("abc"))
show(lambda: str.upper(1))
show(lambda: dict.fromkeys("ab", 0))
show(lambda: int.from_bytes(b"\x01\x00", "little"))
show(lambda: object.__repr__(1)[:12] == "<int object ")
show(lambda: len.__call__([1, 2]))
show(lambda: (lambda x: x).__call__(5))
show(lambda: type.__call__(int, "12"))
show(lambda: list.__dict__["append"](["x"], 1))
show(lambda: str.join(",", "ab"))

p = functools.partial(int, base=2)
show(lambda: p("101"))
show(lambda: p("101", base=10))
p2 = functools.partial(pow, 2)
show(lambda: (p2(10), p2.func is pow, p2.args, p2.keywords))
show(lambda: functools.partial(1))

class Callable:
    def __call__(self, *args, **kwargs):
        return ("called", args, kwargs)
show(lambda: Callable()(1, k=2))
show(lambda: Callable.__call__(Callable(), 3))
class MetaCall(type):
    def __call__(cls, *args):
        return f"MetaCall intercepted {args}"
class Intercepted(metaclass=MetaCall):
    pass
show(lambda: Intercepted(1, 2))
show(lambda: type(Intercepted).__call__(Intercepted, 9))

class WithStatic:
    @staticmethod
    def s(a, b=2):
        return a + b
    @classmethod
    def c(cls, a):
        return (cls.__name__, a)
show(lambda: WithStatic.s(1))
show(lambda: WithStatic().s(1, b=5))
show(lambda: WithStatic.s())
show(lambda: WithStatic.c())
show(lambda: WithStatic().c(1, 2))

bound = [3, 1, 2].sort
show(lambda: bound(reverse=True))
show(lambda: bound(1))
m = "a-b".split
show(lambda: m("-"))
show(lambda: m(sep="-", maxsplit=0))
show(lambda: getattr([], "append")(1))
show(lambda: callable(len) and callable(WithStatic.s) and callable(Callable()) and not callable(Callable))
show(lambda: map(functools.partial(max, 0), [-1, 5]).__next__())
show(lambda: functools.reduce(lambda a, b: a * b, range(1, 6)))
show(lambda: functools.reduce(lambda a, b: a + b, []))
