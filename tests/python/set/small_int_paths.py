# The fast paths for int keys (an int32 key is found in, or placed into, its
# home slot `key & mask` without hashing) and the side index made only at the
# first deletion from a table of 32 slots or more: membership, adds and
# iteration order must stay CPython's with keys equal across types, hash
# collisions, keys whose home slot holds another key, and overridden dunders.
import random

# Home slot holding an equal key of another type: 1 / True / 1.0 are one key.
for first, second in ((True, 1), (1, 1.0), (1.0, True), (False, 0), (0.0, 0), (2, 2.0)):
    s = {first}
    s.add(second)
    print(repr(first), repr(second), s, second in s, len(s))
print({1, True, 1.0}, {True, 1.0, 1}, {0.0, False, 0}, {complex(3, 0), 3})

# Home slot holding another key (collisions modulo 8 and 32) or a dummy.
s = {3, 11, 19, 27}
print(s, 11 in s, 35 in s, 43 in s, -5 in s)
s.add(35)
print(s, list(s))
s.discard(3)
print(35 in s, 3 in s, s)
s.add(3)
print(list(s))

# -1 hashes to -2: never placed by the fast path at -1 & mask.
t = {-1}
print(-1 in t, -2 in t, t)
t.add(-2)
t.add(7)
t.add(-9)
print(t, list(t), -1 in t, -2 in t, 6 in t)

# int32 edges and beyond: hashes of large ints differ from the value.
edges = [2**31 - 1, -2**31, 2**31, -2**31 - 1, 2**32, 2**61 - 1, 2**61, -2**61, 2**64 + 5, -(2**63)]
e = set()
for k in edges:
    e.add(k)
    e.add(k & 7)
print(list(e), all(k in e for k in edges), (2**31 + 8) in e, 2**61 - 2 in e)
print(list(set(edges)), [k & 31 in e for k in range(8)])

# An int subclass with its own __eq__ and __hash__: a small-int hash that
# collides with an int key is compared by __eq__, once per candidate.
calls = []


class Loud(int):
    def __eq__(self, other):
        calls.append((int(self), other))
        return int(self) == other

    __hash__ = int.__hash__


u = {5, 13}
print(Loud(5) in u, Loud(13) in u, Loud(21) in u, calls)
calls.clear()
u.add(Loud(21))
u.add(Loud(5))
print(sorted(u), calls, [type(x).__name__ for x in u])
calls.clear()
print(5 in u, 21 in u, 29 in u, calls)


class Always(int):
    """Equal to everything, hashing as its value."""

    def __eq__(self, other):
        return True

    __hash__ = int.__hash__


v = {8, 16}
print(Always(0) in v, Always(8) in v, Always(24) in v, 24 in v)
v.add(Always(24))
print(len(v), 24 in v, 0 in v)


class Ten:
    """Hashes to 10; equal only to itself."""

    def __hash__(self):
        return 10

    def __repr__(self):
        return "Ten()"


w = {Ten(), 10, 2, 18}
print(len(w), 10 in w, 18 in w, 26 in w, [type(x).__name__ for x in w])

# Subclasses: their own add and __contains__ are used; set's own is still fast.


class Counting(set):
    def add(self, key):
        super().add(key * 2)

    def __contains__(self, key):
        return set.__contains__(self, key) or key == -100


c = Counting()
for k in range(10):
    c.add(k)
print(sorted(c), 4 in c, 3 in c, -100 in c, list(c), repr(c))
fs = frozenset(range(6))


class Frozen(frozenset):
    def __contains__(self, key):
        return not frozenset.__contains__(self, key)


print(3 in fs, 9 in fs, 3 in Frozen(fs), 9 in Frozen(fs), Frozen(fs) == fs)

# Unhashable keys still raise, with CPython's messages.
for bad in ([1], {2: 3}):
    for action in (lambda: bad in {1}, lambda: {1}.add(bad), lambda: {1}.discard(bad)):
        try:
            action()
        except TypeError as error:
            print(type(bad).__name__, error)
print({frozenset({1})} >= {frozenset({1})}, {1} in {frozenset({1})})

# Order through growth, deletions and regrowth: a 32-slot table only added
# to, then deleted from (its index made then), then grown again.
g = set()
for k in range(0, 40, 7):
    g.add(k)
print(list(g))
g.discard(7)
g.discard(35)
print(list(g), 7 in g, 14 in g)
for k in range(100, 140, 3):
    g.add(k)
print(list(g))
for k in list(g)[::2]:
    g.remove(k)
print(list(g), [g.pop() for _ in range(3)], list(g))
g.clear()
g.update(range(60, 0, -9))
print(list(g), g.copy(), list(g | {1000}), list(g & {15, 24, 33, 999}))

# An 8-slot table with dummies growing to 32.
h = {1, 2, 3, 4}
h.discard(2)
h.discard(3)
h.update((9, 17, 25, 33, 41))
print(list(h), 2 in h, 25 in h)

# Churn through random adds and removes, order printed at the end and the
# membership of every candidate checked against a copy along the way.
rng = random.Random(11)
for width, span in ((6, 20), (20, 64), (40, 300)):
    r = set()
    same_order = 0
    for step in range(3000):
        k = rng.randrange(-span, span)
        if rng.random() < 0.5:
            r.add(k)
        else:
            r.discard(k)
        if step % 97 == 0:
            copy = set(r)
            assert all((x in r) == (x in copy) for x in range(-span, span))
            same_order += list(copy) == list(r)
    print(width, len(r), same_order, list(r))
    print([r.pop() for _ in range(min(5, len(r)))], list(r)[:10])

# Changing a set while iterating it.
m = set(range(10))
try:
    for x in m:
        m.add(x + 100)
except RuntimeError as error:
    print("RuntimeError:", error)
m = set(range(40))
m.discard(3)
try:
    for x in m:
        m.discard(x)
except RuntimeError as error:
    print("RuntimeError:", error, len(m))
