# Special methods found on the type are called the way CPython's slots call
# them: functions with the instance first, other descriptors through __get__,
# and callables that are not descriptors without the instance.


class Binder:
    """A descriptor whose __get__ builds the method, as unittest.mock's MagicProxy."""

    def __init__(self, name):
        self.name = name

    def __get__(self, obj, owner=None):
        return lambda *args: f"{self.name} of {type(obj).__name__} with {args}"


class Plain:
    """A callable that is not a descriptor: called without the instance."""

    def __call__(self, *args):
        return f"plain called with {len(args)} args"


class A:
    __eq__ = Binder("__eq__")
    __lt__ = Binder("__lt__")
    __add__ = Binder("__add__")
    __radd__ = Binder("__radd__")
    __len__ = staticmethod(lambda: 7)
    __getitem__ = classmethod(lambda cls, key: (cls.__name__, key))
    __repr__ = Binder("__repr__")
    __iter__ = Binder("__iter__")
    __neg__ = Plain()


a = A()
print(a == 1)
print(a < 2)
print(a + 3)
print(4 + a)
print(len(a))
print(a["k"])
print(repr(a))
print(-a)
try:
    iter(a)
except TypeError as e:
    print("TypeError:", e)


class B:
    __hash__ = Plain()
    __bool__ = staticmethod(lambda: False)


try:
    print(hash(B()))
except TypeError as e:
    print("TypeError:", e)
print(bool(B()))


class C:
    __len__ = len  # a builtin function is not a descriptor: called with no arguments


try:
    len(C())
except TypeError as e:
    print("TypeError:", e)

from unittest import mock

m = mock.MagicMock()
print(m == m, m != 3, divmod(m, 2) is not None)
print(len(m), list(m), 1 in m, bool(m))
m.__iter__.return_value = iter([1, 2])
print(list(m))
# Conversions and object's own __str__/__format__/__ne__ reach the mock's methods too.
print(int(m), float(m), complex(m), m.__index__(), format(m, "") == str(m), m != m)


class D:
    __str__ = Binder("__str__")
    __eq__ = Binder("__eq__")


print(str(D()), format(D(), ""), D() != D())
