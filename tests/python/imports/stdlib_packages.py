# Standard-library packages and modules that import through several layers
# (collections is a package; functools and enum pull in further modules).
import sys
import collections
import collections.abc
import functools
import enum

print(collections.__name__, collections.__package__, collections.__path__[0].endswith("collections"))
print(collections.abc.__name__, collections.abc.__package__, collections.abc is sys.modules["collections.abc"])
print(collections.OrderedDict(a=1, b=2), collections.Counter("abracadabra").most_common(2))
Point = collections.namedtuple("Point", "x y")
print(Point(1, 2), Point(1, 2)._asdict(), issubclass(list, collections.abc.Sequence))

@functools.lru_cache(maxsize=None)
def fibonacci(n):
    return n if n < 2 else fibonacci(n - 1) + fibonacci(n - 2)

print(fibonacci(40), fibonacci.cache_info().hits)
print(functools.reduce(lambda a, b: a * b, range(1, 10)), functools.partial(max, 3)(1, 5))

class Colour(enum.Enum):
    RED = 1
    GREEN = 2

print(Colour.RED, Colour(2), [c.name for c in Colour], Colour.__module__)
print(all(name in sys.modules for name in ["collections", "functools", "enum", "keyword", "operator"]))
