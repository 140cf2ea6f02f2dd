# Sets whose side index is built at the first removal (not at the first
# resize): iteration order, membership and pop order of int sets through
# adds, resizes, discards and re-adds match CPython's table.
import random
rng = random.Random(7)
for size in (3, 5, 6, 20, 40, 200):
    s = set()
    for i in range(size):
        s.add(rng.randrange(1000) - 300)
    before = list(s)
    for key in before[::3]:
        s.discard(key)
    for i in range(size // 2):
        s.add(rng.randrange(1000) - 300)
    print(size, list(s), [k in s for k in range(-300, -280)].count(True), len(s))
    while len(s) > 2:
        s.pop()
    s.update(range(size))
    print(list(s))
# n-queens-like churn on a resized table.
cols = set(range(6))
for step in range(200):
    cols.discard(step % 9)
    cols.add((step * 7) % 11)
    if step % 50 == 0:
        print(sorted(cols), list(cols))
print(list(cols), {-1, -2, 2**40, 3} - {3}, {1, 2, 3, 4, 5, 6} & {4, 5, 6, 7})
s = {i * 8 for i in range(10)}
s.remove(8)
s -= {16, 24}
s |= {1, 2}
s ^= {2, 3}
print(list(s), 8 in s, 1 in s)
fs = frozenset(s)
s.discard(0)
print(list(fs), hash(fs) == hash(frozenset(list(fs))), list(s))
