t = (1, 2, 3, 2, 1)
print(t, t[0], t[-1], t[1:4], t[::-1], t[::2], t.index(2), t.index(1, 1), t.count(2), len(t), 2 in t, 9 not in t)
print((), (1,), tuple(), tuple([1, 2]), tuple("ab"), tuple(range(3)), tuple({1: 2}), tuple(x * 2 for x in range(3)), (1, 2) + (3,), (1,) * 3, 2 * (0,))
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9), () < (0,), (1, 2) == (1, 2), (1, 2) == [1, 2], (1, "a") < (1, "b"), (1.0, 2) == (1, 2.0))
for bad in ["(1,) < ('a',)", "(1,) + [2]", "(1,)[5]", "(1,)['a']", "(1,).index(5)", "(1,)[0:1:0]", "() * 1.5", "(1,) < 1", "t[0] = 5",
            "del t[0]", "t.append(1)", "tuple(1)", "tuple(1, 2)", "(1, 2).index(1, 'x')", "hash(([],))"]:
    try:
        print(eval(bad) if "=" not in bad and "del" not in bad else exec(bad))
    except Exception as e:
        print(bad, type(e).__name__, e)
print(hash((1, 2)) == hash((1, 2)), hash(()) == hash(()), hash((1, (2, 3))) == hash((1, (2, 3))), hash((1,)) != hash((1, 0)))
print(hash(()), hash((1,)), hash((1, 2)), hash((-1, -2)), hash(("a",)) == hash(("a",)), hash((1.5, None, True)) == hash((1.5, None, 1)))
a, *b, c = (1, 2, 3, 4)
print(a, b, c, (lambda *args: args)(1, 2), (*range(2), *"ab"))
class P(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
p = P(3, 4)
print(p, p.x, type(p).__name__, type(p + (5,)).__name__, type(p[:1]).__name__, p == (3, 4), hash(p) == hash((3, 4)), repr(p))
from collections import namedtuple
Point = namedtuple("Point", "x y")
pt = Point(1, y=2)
print(pt, pt.x, pt._asdict(), pt._replace(x=9), Point._fields, pt + (3,), pt == (1, 2), tuple(pt), Point._make([5, 6]))
try:
    Point(1)
except TypeError as e:
    print(type(e).__name__, e)
n = ((1, 2), [3])
n[1].append(4)
print(n, t.__getitem__(slice(1, 3)), t.__len__(), t.__contains__(3), t.__add__((9,)), tuple.__mul__((1,), 2))
big = tuple(range(100000))
print(len(big), big[-1], big.count(5), big.index(99999), sum(big[::1000]))
print(repr((1,)), repr(((),)), str(("a", 'b"')), repr((1, (2, (3, ())))))
x = (1, 2)
print(x is tuple(x), (lambda: ())() is (), tuple.__name__, isinstance((), tuple))
