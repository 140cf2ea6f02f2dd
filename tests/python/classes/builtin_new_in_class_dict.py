# A class whose __new__ is a builtin type's own __new__ keeps the constructor
# it inherits (CPython's tp_new slot), without the visible function's checks.


def attempt(label, make):
    try:
        value = make()
        print(label, type(value).__name__, value if isinstance(value, list) else "")
    except TypeError as error:
        print(label, "TypeError:", error)


cases = [
    ("C", object, list.__new__, [(), (1,)]),
    ("D", list, object.__new__, [(), ([1, 2],)]),
    ("E", object, object.__new__, [(), (1,)]),
    ("H", int, str.__new__, [()]),
]
for name, base, new, calls in cases:
    cls = type(name, (base,), {"__new__": new})
    for args in calls:
        attempt(f"{name}{args}", lambda: cls(*args))


class F(object):
    __new__ = object.__new__

    def __init__(self, a):
        self.a = a


print("F(5).a", F(5).a)


class G(F):
    pass


print("G(6).a", G(6).a, type(G(6)).__name__)


class P(object):
    def __new__(cls, *args):
        return super().__new__(cls)


class Q(P):
    __new__ = list.__new__


# An inherited Python __new__ finds the builtin again: the checks apply.
attempt("Q()", Q)

# Called directly, the builtin __new__ still checks its argument.
attempt("list.__new__(object)", lambda: list.__new__(object))
attempt("object.__new__(list)", lambda: object.__new__(list))
attempt("object.__new__('')", lambda: object.__new__(""))
