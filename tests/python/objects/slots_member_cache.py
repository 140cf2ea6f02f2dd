# Attribute sites on __slots__ members: the inline cache must follow class
# changes, deletions, subclasses and sites that see several kinds of object.
class P:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Q(P):
    __slots__ = ("z",)

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


class M:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def total(objs):
    s = 0
    for o in objs:
        s += o.x + o.y
    return s


objs = [P(i, 2 * i) for i in range(50)] + [Q(i, i, i) for i in range(50)] + [M(i, 1) for i in range(50)]
for _ in range(3):
    print(total(objs))


def bump(objs):
    for o in objs:
        o.x = o.x + 1
    return [o.x for o in objs[:3]] + [objs[60].x, objs[120].x]


print(bump(objs), bump(objs))

p = P(1, 2)
for _ in range(5):
    print(p.x)
del p.x
for _ in range(2):
    try:
        print(p.x)
    except AttributeError as e:
        print("AttributeError", e)
p.x = 7
print(p.x)

# The class changes under the cache: a property shadows the member.
def read_x(o):
    return o.x


q = Q(1, 2, 3)
print([read_x(p) for _ in range(3)], read_x(q))
P.x = property(lambda self: "prop")
print(read_x(p), read_x(q))


class R:
    __slots__ = ("a",)


r = R()


def set_a(o, v):
    o.a = v


for v in range(3):
    set_a(r, v)
print(r.a)
R.__setattr__ = lambda self, name, value: object.__setattr__(self, name, value * 10)
set_a(r, 5)
print(r.a)
try:
    set_a(R.__new__(R), "s")
except TypeError as e:
    print("TypeError", e)
