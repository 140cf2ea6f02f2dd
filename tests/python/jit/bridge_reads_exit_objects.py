# Bridges that read what their trunk's exit made rather than stored: the
# position of a virtual list iterator (an inner `for` over a list goes round
# as its sequence and index) and a float carried round the loop, in a
# function's trace (nearest's, called from scan's loop); an instance the
# exit makes (walk), a bound method's self (methods) and a tuple's items
# (pairs) in loops' traces. Wherever such a bridge is compiled (into its
# tree, or as a function of its own), it must resume the inner loop where
# the exit left it, with the same values.


class Point:
    __slots__ = ("u", "v", "w")

    def __init__(self, u, v, w):
        self.u, self.v, self.w = u, v, w

    def __sub__(self, other):
        return Point(self.u - other.u, self.v - other.v, self.w - other.w)

    def dot(self, other):
        return self.u * other.u + self.v * other.v + self.w * other.w


class Box:
    def __init__(self, k, w):
        self.k = k
        self.w = w

    def hit(self, x):
        return x % self.k if x % 2 else None


class Ball:
    def __init__(self, k, w):
        self.k = k
        self.w = w

    def hit(self, x):
        return None if x % self.k else x * self.w


SHAPES = [Ball(3, 0.5), Box(5, 1.5), Box(7, 2.5), Ball(11, 0.25), Box(13, 0.75)]


def nearest(x):
    best_t = None
    best = None
    rest = 0.0
    for shape in SHAPES:
        t = shape.hit(x)
        if t is not None and (best_t is None or t < best_t):
            best_t = t
            best = shape
        rest += shape.w * 0.5  # a float carried round the inner loop
    return best, best_t, rest


def scan(n):
    total = 0.0
    kinds = []
    for i in range(n):
        best, t, rest = nearest(i)
        if best is not None:
            total += t + rest
            if len(kinds) < 8:
                kinds.append(type(best).__name__)
        else:
            total -= rest
    return total, kinds


def walk(n):
    # An instance and a float live at a rare exit inside the inner loop.
    origin = Point(0.5, 1.5, -2.0)
    points = [Point(float(i % 7), float(i % 5) - 2.0, 0.25 * i) for i in range(40)]
    acc = 0.0
    hits = []
    for i in range(n):
        d = Point(i * 0.5, 1.0, -1.0) - origin
        for j, p in enumerate(points):
            q = p - origin  # virtual in the trunk
            s = d.dot(q)
            if s > 100.0 and (i + j) % 37 == 0:
                hits.append((i, j, round(s, 6), q))  # q escapes: the bridge makes it
                acc += s * 0.001
            elif s < -50.0:
                acc -= d.u
            else:
                acc += 1e-6 * s
    shown = [(i, j, s, (d.u, d.v, d.w)) for i, j, s, d in hits[:3] + hits[-2:]]
    return round(acc, 6), len(hits), shown


def methods(n):
    # A bound method made by the trunk is what the exit stores; its self is read by the bridge.
    out = []
    words = ["a", "bb", "ccc", "dd", "e"]
    for i in range(n):
        grow = out.append
        for w in words:
            if len(w) == 3 and i % 11 == 0:
                grow((i, w, len(out)))
            elif i % 29 == 0:
                grow(w * 2)
    return len(out), out[:5], out[-3:]


def pairs(n):
    # A tuple built in the trunk and read back in the bridge, iterating a tuple.
    table = (3, 1, 4, 1, 5, 9, 2, 6)
    found = 0
    seen = []
    for i in range(n):
        key = (i % 5, i % 3)
        for k in table:
            if k == key[0] + key[1] and i % 7 == 0:
                seen.append(key)
                found += k
            elif k > 8:
                found += key[1]
    return found, seen[:5], len(seen)


print(scan(6000))
print(walk(600))
print(methods(2000))
print(pairs(3000))
