# Objects a loop makes and passes to its next iteration (a loop-carried local)
# go round a peeled loop trace in their fields (opt/virtuals.ts): results,
# identities, escapes and exits, as in CPython.
import sys


class V:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, o):
        return V(self.x + o.x, self.y + o.y)

    def __mul__(self, k):
        return V(self.x * k, self.y * k)


class P:
    def __init__(self, a, b):
        self.a = a
        self.b = b


class F:
    def __init__(self, a, b):
        self.a = a
        self.b = b


class Half:
    __slots__ = ("p", "q")

    def __init__(self, p):
        self.p = p


def motion(n):
    pos = V(0.0, 0.0)
    vel = V(1.0, 0.5)
    for i in range(n):
        pos = pos + vel * 0.01
    return pos.x, pos.y, type(pos).__name__


def fibonacci_pairs(n):
    p = P(0, 1)
    resets = 0
    for i in range(n):
        p = P(p.b, p.a + p.b)
        if p.b > 1000000:
            p = P(0, 1)  # another allocation site, same shape
            resets += 1
    return p.a, p.b, resets


def float_attributes(n):
    p = F(0.5, 1.5)  # float-kind attributes (raw doubles in the instance)
    for i in range(n):
        p = F(p.b * 0.5, p.a + 1.0)
    return p.a, p.b


def aliases(n):
    a = b = P(0, 0)
    for i in range(n):
        a = b = P(a.a + 1, i)
    return a is b, a.a, b.b


def sometimes_kept(n):
    kept = []
    p = P(0, 0)
    for i in range(n):
        p = P(p.a + 1, p.b + i)
        if i % 97 == 0:
            kept.append(p)  # escapes on some iterations only
    return p.a, p.b, [(k.a, k.b) for k in kept[:3]], len(kept)


def changing_shape(n):
    p = P(0, 0)
    for i in range(n):
        q = P(p.a + 1, p.b)
        if i % 50 == 49:
            q.extra = i  # another map at the jump now and then
        p = q
    return p.a, p.b, getattr(p, "extra", None)


def nested(n):
    p = P(P(0, 0), 0)
    for i in range(n):
        p = P(P(p.a.a + 1, i), p.b + 2)
    return p.a.a, p.a.b, p.b


def unset_members(n):
    h = Half(0)
    for i in range(n):
        h = Half(h.p + 1)
    return h.p, hasattr(h, "q")


def observed(n):
    p = P(0, 0)
    seen = None
    for i in range(n):
        p = P(p.a + 1, -i)
        if i == n - 3:
            seen = sys._getframe().f_locals["p"].a  # the frame's locals are real
    return seen, p.a


def raising(n):
    p = P(0, 1)
    try:
        for i in range(n):
            p = P(p.a + 1, p.b)
            if i == n - 10:
                p.b = 0
            p = P(p.a, 10 // p.b)
    except ZeroDivisionError as e:
        return p.a, p.b, str(e)


def identity(n):
    p = P(0, 0)
    first = p
    same = 0
    for i in range(n):
        p = P(p.a + 1, p)
        if p.b is not first and p is not first:
            same += 1
        p = P(p.a, first)
    return same, p.b is first


N = 3000
print(motion(N))
print(fibonacci_pairs(N))
print(float_attributes(N))
print(aliases(N))
print(sometimes_kept(N))
print(changing_shape(N))
print(nested(N))
print(unset_members(N))
print(observed(N))
print(raising(N))
print(identity(N))
