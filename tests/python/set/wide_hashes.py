# A set keeps high hash words only once a key's hash is wider than its low
# 32 bits sign-extended (floats, big ints, tuples): keys whose low words
# collide with narrow ones, lookups of wide keys in narrow sets, dummies next
# to wide keys, and the frozenset hash must all behave as in CPython.

# Low word 5 with high words 0, 1 and -1; low word -1 with high word 0.
wide = [2**32 + 5, -(2**32) + 5, 2**32 - 1, 2**33 - 1, 2**63 - 1, -(2**63)]
s = {5, 13, 21}
print([k in s for k in wide], 5 in s, s)
for k in wide:
    s.add(k)
    print(k in s, 5 in s, list(s))
s.discard(5)
print([k in s for k in wide], 5 in s, list(s))
s.add(5)
print(list(s), len(s))
for k in wide[::2]:
    s.remove(k)
print(list(s), [k in s for k in wide])

# Floats and tuples into a set of small ints, and the reverse.
t = set(range(6))
t.add(0.5)
t.add((1, 2))
t.add(2.0)
t.add(-0.25)
print(t, list(t), 2 in t, 0.5 in t, (1, 2) in t, 1.5 in t)
u = {0.5, 1.5, (3, 4)}
for k in range(10):
    u.add(k)
print(list(u), [k in u for k in (1.5, 2, 2.0, 9, 10)])
for k in range(0, 10, 2):
    u.discard(k)
print(list(u), u.pop(), u.pop(), list(u))

# Wide keys first, then growth, deletions and regrowth.
v = set()
for k in range(30):
    v.add(k + 0.5 if k % 3 == 0 else k)
print(list(v))
for k in range(0, 30, 4):
    v.discard(k)
    v.discard(k + 0.5)
for k in range(100, 110):
    v.add(k * 2**40)
print(list(v), len(v), (104 * 2**40) in v, 3.5 in v, 4.5 in v)

# The frozenset hash and equality across narrow and wide tables.
a = frozenset([1, 2, 3, 2**40])
b = frozenset([2**40, 3, 2, 1])
c = frozenset([1, 2, 3])
print(hash(a) == hash(b), a == b, hash(c), hash(frozenset([1.5, -7, (1,)])), hash(frozenset()))
print(hash(frozenset(range(40))), hash(frozenset(x / 4 for x in range(40))))
print({a, b, c}, a | c, c <= a, a > c, a & {1, 2**40}, a ^ c, a - c)

# set(d) and dict.fromkeys(s) reuse the stored hashes, narrow or wide.
d = dict.fromkeys([1, 2.5, 2**50, "x", (1, 2), -1])
ds = set(d)
print(sorted(map(repr, ds)), sorted(map(repr, dict.fromkeys(ds))), len(ds))
narrow = {1, 2, 3, -5}
print(list(dict.fromkeys(narrow)), list(dict.fromkeys(frozenset(narrow), 0).items()))


# An __eq__ that adds a wide key to the set being searched.
class Grow:
    def __init__(self, target):
        self.target = target

    def __hash__(self):
        return 7

    def __eq__(self, other):
        if len(self.target) < 12:
            self.target.add(2**40 + len(self.target))
        return False


w = {7, 15}
g = Grow(w)
w.add(g)
print(len(w), g in w, 7 in w, sorted(x for x in w if isinstance(x, int)))

# Copies of wide sets into tables of another size (keys re-inserted without
# comparisons) and of the same size (the table copied).
for n in (3, 5, 7, 12, 25):
    src = {k * 0.5 for k in range(n)} | {2**40 + k for k in range(n)}
    for copy in (set(src), frozenset(src), src.copy(), set(frozenset(src)), {*src}):
        assert all(k in copy for k in src) and copy == src, n
        assert all(k + 0.25 not in copy for k in src), n
    print(n, list(set(src)) == list(src), list(set(src))[:8], list(frozenset(src))[-4:])
