class T(tuple):
    pass
class Point(tuple):
    __slots__ = ()
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    x = property(lambda self: self[0])
    y = property(lambda self: self[1])
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
    def __add__(self, other):
        return Point(self.x + other[0], self.y + other[1])
p = Point(1, 2)
print(p, p.x, p.y, p + (10, 20), p[0], len(p), list(p), p == (1, 2), isinstance(p, tuple), type(p[:1]).__name__, hash(p) == hash((1, 2)))
t = T([1, 2, 3])
print(t, repr(t), type(t).__name__, type(t + (4,)).__name__, type(t * 2).__name__, type(t[1:]).__name__, t.count(2), t.index(3), T() == ())
t.attr = 5
print(t.attr, vars(t), tuple(t) == t, type(tuple(t)).__name__, tuple(t) is t)
try:
    p.z = 1
except AttributeError as e:
    print(type(e).__name__, e)
class Rev(tuple):
    def __iter__(self):
        return iter(reversed(list(super().__iter__())))
    def __len__(self):
        return 100
    def __getitem__(self, i):
        return "custom"
r = Rev((1, 2, 3))
print(list(r), tuple(r), [*r], r[0], len(r), tuple.__len__(r), tuple.__getitem__(r, 0), sum(r), max(r), sorted(r), str(r))
a, b, c = r
print(a, b, c)
from collections import namedtuple
NT = namedtuple("NT", ["a", "b"], defaults=[9])
n = NT(1)
print(n, n._fields, n._field_defaults, n._replace(b=3), NT._make((5, 6)), n._asdict(), n.a, n[1], NT.__doc__)
try:
    NT()
except TypeError as e:
    print(type(e).__name__, e)
try:
    NT(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    namedtuple("Bad", ["def"])
except ValueError as e:
    print(type(e).__name__, e)
print(namedtuple("R", "x y", rename=True)(1, 2), namedtuple("S", "a, _b, c", rename=True)._fields)
