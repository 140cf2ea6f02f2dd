# PEP 560 through an object attribute: typing.NamedTuple is a function with __mro_entries__.
from typing import NamedTuple
import tomllib


class Point(NamedTuple):
    x: int
    y: int = 2


print(Point(1), Point._fields, Point.__bases__)


def maker(): pass
maker.__mro_entries__ = lambda bases: (dict,)


class D(maker):
    pass


print(D.__mro__)
try:
    type("E", (maker,), {})
except TypeError as e:
    print(type(e).__name__, e)
print(tomllib.loads('a = 1\n[t]\nb = "x"'))
