# Lookups, adds and discards after many deletions: keys found past runs of
# dummies, keys whose hashes collide (-1 and -2 both hash to -2), keys equal
# but not identical, ints beyond 32 bits, and iteration order throughout.
import random

rng = random.Random(7)
s = set(range(40))
for k in range(0, 40, 3):
    s.discard(k)
print(sorted(s) == [k for k in range(40) if k % 3], list(s))

# Churn: add and remove the same small keys, as a backtracking search does.
cols = set()
for step in range(2000):
    c = rng.randrange(12)
    if c in cols:
        cols.discard(c)
    else:
        cols.add(c)
    assert (c in cols) == (c in set(cols))
print(len(cols), list(cols))

# -1 hashes to -2: both in one set, found and removed separately.
t = {-1, -2, 62, -66, 126}
for k in (-1, -2, 62):
    t.discard(k)
    print(k, k in t, -1 in t, -2 in t, sorted(t))
t.add(-1)
t.add(-2)
print(list(t), -1 in t, -2 in t)

# Equal keys that are not the same object: big ints and tuples.
big = set()
for i in range(30):
    big.add(2**40 + i)
    big.add((i, i))
for i in range(0, 30, 2):
    big.discard(2**40 + i)
    big.discard((i, i))
print(len(big), (2**40 + 1) in big, (2**40 + 2) in big, (1, 1) in big, (2, 2) in big)
print(list(big)[:6])

# True and 1, False and 0 are the same key.
u = set(range(20))
for k in range(10):
    u.discard(k)
u.add(True)
print(1 in u, True in u, 0 in u, False in u, list(u))
u.discard(1)
print(True in u, list(u))

# Floats equal to ints find the int.
v = set(range(100))
for k in range(50):
    v.discard(k)
print(60.0 in v, 10.0 in v, list(v)[:5])
v.discard(75.0)
print(75 in v, len(v))

# A copy after churn iterates like the original.
w = set(range(64))
for k in range(0, 64, 2):
    w.discard(k)
w.add(100)
print(list(w) == list(set(w)), list(w)[:8])

# Probe windows that straddle 32-slot words: churn keys homed near slots 28-40
# and 60-70 of a 256-slot table, re-adding each into the slot CPython picks.
x = set(range(100))
for round_ in range(30):
    for k in range(26 + round_ % 5, 42, 2):
        x.discard(k)
    for k in range(60, 71, 3):
        x.discard(k)
    for k in (41, 29, 33, 27, 39, 63, 69, 66, 60, 31 + round_ % 7):
        x.add(k)
print(len(x), list(x)[:48])
print(list(x)[48:])
