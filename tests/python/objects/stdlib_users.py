# Stdlib code built on builtin subclasses, weakrefs, ABCs and class namespaces.
from collections import Counter, OrderedDict, namedtuple
import enum
import weakref

P = namedtuple("P", "x y")
p = P(1, y=2)
print(p, p.x, p._asdict(), p._replace(x=5), P._make([3, 4]), p + (3,), hash(p) == hash((1, 2)))


class A:
    pass

a = A()
d = weakref.WeakValueDictionary()
d[1] = a
print(d[1] is a, len(d), 1 in d)
s = weakref.WeakSet([a])
print(a in s, len(s))
k = weakref.WeakKeyDictionary()
k[a] = 5
print(k[a], a in k)


class Color(str, enum.Enum):
    RED = "r"
    GREEN = "g"


class Num(enum.IntEnum):
    ONE = 1
    TWO = 2


print(Color.RED, Color("r"), Color.RED == "r", list(Color), Color.RED.value, Color["GREEN"])
print(Num.ONE + 1, Num(2), Num.TWO > Num.ONE, sorted([Num.TWO, Num.ONE]))
c = Counter("abracadabra")
print(c.most_common(2), c["z"], c + Counter("a"))
o = OrderedDict(a=1, b=2)
o.move_to_end("a")
print(o, list(o))
