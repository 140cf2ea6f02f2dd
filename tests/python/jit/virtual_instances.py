# Instances a trace makes and drops (jit/opt/virtuals.ts): results, identity,
# exits with the object still virtual, and escapes, as in CPython.
import sys


class Vec:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def scaled(self, k):
        return Vec(self.x * k, self.y * k, self.z * k)


class Pair:
    def __init__(self, a, b):
        self.a = a
        self.b = b


class Half:
    __slots__ = ("p", "q")

    def __init__(self, p):
        self.p = p  # q is never set


class Reversed:
    __slots__ = ("a", "b", "c")

    def __init__(self, v):
        self.c = v  # members set out of order, b never
        self.a = v + 1


def out_of_order(n):
    seen = []
    for i in range(n):
        r = Reversed(i)
        if i % 9 == 0:
            seen.append((r.a, r.c, hasattr(r, "b")))
    return seen[:3], len(seen)


def dots(n):
    total = 0.0
    base = Vec(1.0, 2.0, 3.0)
    for i in range(n):
        w = base.scaled(i * 0.5)
        total += w.dot(base)
    return total


def exits_with_virtual(n):
    # The guard on i % 7 fails with `pair` virtual in a local: the exit makes it.
    out = []
    for i in range(n):
        pair = Pair(i, Vec(float(i), 0.0, -1.0))
        if i % 7 == 3:
            out.append((pair.a, pair.b.x, type(pair).__name__, type(pair.b).__name__))
    return out


def aliasing(n):
    same = 0
    kept = []
    for i in range(n):
        p = Pair(i, None)
        q = p
        r = Pair(i, None)
        if p is q and p is not r and q.a == r.a:
            same += 1
        q.a = i * 2  # seen through p too
        if p.a != i * 2:
            return "broken alias"
        if i % 11 == 0:
            kept.append(p)  # made here, with a = 2 * i
        if i % 13 == 0:
            r.b = q  # r escapes at the next exit with q inside
            sys._getframe()  # a residual call: the frame's locals are written back
    return same, sum(k.a for k in kept), [k.a for k in kept[:3]]


def nested_identity(n):
    # The inner object is named twice at an exit (a local and a field): one object.
    bad = 0
    for i in range(n):
        inner = Pair(i, i + 1)
        outer = Pair(inner, inner)
        if i % 5 == 0:
            if outer.a is not inner or outer.b is not inner:
                bad += 1
    return bad


def escapes(n):
    kept = []
    for i in range(n):
        p = Pair(i, float(i) / 2)
        if i % 3 == 0:
            kept.append(p)
        p.b = p.b + 1.0  # changed after escaping (for kept ones) or while virtual
    return [(k.a, k.b) for k in kept[:4]], len(kept)


def seen_by_callee(n):
    def look():
        frame = sys._getframe(1)
        return type(frame.f_locals["obj"]).__name__, frame.f_locals["obj"].a

    result = None
    for i in range(n):
        obj = Pair(i, i)
        if i == n - 2:
            result = look()
    return result


def unset_member(n):
    caught = 0
    for i in range(n):
        h = Half(i)
        try:
            if i % 4 == 0:
                h.q
        except AttributeError as error:
            caught += 1
            last = str(error)
    return caught, last


def floats_then_other(n):
    # A float attribute later given an int: the instance changes layout.
    total = 0
    for i in range(n):
        p = Pair(1.5, 2.5)
        if i % 10 == 0:
            p.a = i
        total += p.a
    return total


def cycle(n):
    count = 0
    for i in range(n):
        a = Pair(None, i)
        b = Pair(a, i)
        a.a = b
        if a.a.a is a:
            count += 1
    return count


def raising_init(n):
    class Strict:
        def __init__(self, v):
            self.v = v
            if v == n - 5:
                raise ValueError("bad %d" % v)

    done = 0
    try:
        for i in range(n):
            s = Strict(i)
            done += s.v
    except ValueError as error:
        return done, str(error)


def returned(n):
    def make(i):
        return Pair(i, -i)

    total = 0
    last = None
    for i in range(n):
        last = make(i)
        total += last.a - last.b
    return total, last.a, last.b


N = 3000
print(dots(N))
print(exits_with_virtual(60)[:5], len(exits_with_virtual(N)))
print(aliasing(N))
print(nested_identity(N))
print(escapes(N))
print(seen_by_callee(N))
print(unset_member(N))
print(floats_then_other(N))
print(cycle(N))
print(raising_init(N))
print(returned(N))
print(out_of_order(N))
