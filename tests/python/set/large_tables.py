# Sets whose tables grow past 2**14 slots (the fresh arrays a resize makes are
# copies of kept templates up to some size, then doubled): every slot of the
# new table must start empty, so the layout, and with it iteration order, is
# CPython's at each size up to 2**20 slots.


def fingerprint(s):
    # Order-sensitive digest of the iteration order.
    h = 0
    for position, key in enumerate(s):
        h = (h * 1000003 + hash(key) * 31 + position) & 0xFFFFFFFFFFFF
    return h


# Keys that collide in the low bits, so the probes see many slots.
for count in (11000, 20000, 40000, 80000, 160000, 330000):
    s = set()
    for i in range(count):
        s.add((i * 2654435761) % (1 << 40))
    print(count, len(s), fingerprint(s), list(s)[:4], list(s)[-4:])

# Sequential ints added from several sets in turn (each at its home slot), then
# some removed and others added on top of the dummies.
sets = [set() for _ in range(5)]
for i in range(150000):
    sets[i % 5].add(i // 5 * 3)
for k, s in enumerate(sets):
    for j in range(0, 30000, 7 + k):
        s.discard(j * 3)
    for j in range(40000, 52000):
        s.add(-j)
    print(k, len(s), fingerprint(s), list(s)[:3], list(s)[-3:])

# Copies and unions of large sets keep the layout too.
big = set(range(0, 300000, 7))
print(fingerprint(set(big)), fingerprint(big | {-5, -6}), fingerprint(frozenset(big)))
print(fingerprint({x * 1.5 for x in range(25000)}))
