# `__slots__` members in traces: loads and stores are direct member accesses
# behind class and type-version guards; an unset member leaves the trace and
# the interpreter raises CPython's AttributeError.


class Vec:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y, self.z + o.z)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z


def walk(n):
    p = Vec(0.0, 0.0, 0.0)
    d = Vec(0.5, 0.25, 0.125)
    s = 0.0
    for i in range(n):
        p = p + d
        s += p.dot(d)
    return round(s, 6), p.x, p.y, p.z


print(walk(3000))


class Partial:
    __slots__ = ("a", "b")


def partial(n):
    items = [Partial() for _ in range(10)]
    for k, item in enumerate(items):
        item.a = k
        if k != 7:
            item.b = -k
    total = 0
    for i in range(n):
        item = items[i % 10]
        try:
            total += item.a * item.b
        except AttributeError as e:
            total += 1
            last = str(e)
        if i == n // 2:
            del items[3].a
    return total, last


print(partial(3000))


class Tagged(Vec):
    __slots__ = ("tag",)


def tagged(n):
    t = Tagged(1, 2, 3)
    t.tag = 0
    for i in range(n):
        t.tag = t.tag + t.x
        t.x += 1
    return t.tag, t.x


print(tagged(3000))
