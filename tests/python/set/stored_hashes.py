# Building sets from dicts and dicts from sets reuses the stored hashes, as
# CPython does: no second __hash__ call per key.
class H(int):
    hash_count = 0
    def __hash__(self):
        self.hash_count += 1
        return int.__hash__(self)

n = 10
d = dict.fromkeys(map(H, range(n)))
count = lambda: sum(e.hash_count for e in d)
print("init", count())
s = set(d); print("set(d)", count())
s.difference(d); print("difference", count())
s.symmetric_difference_update(d); print("symmetric_difference_update", count(), len(s))
s.symmetric_difference_update(d); print("again", count(), len(s))
d2 = dict.fromkeys(set(d)); print("fromkeys(set)", count(), list(d2) == sorted(d2))
d3 = dict.fromkeys(frozenset(d), 123); print("fromkeys(frozenset)", count(), d3 == dict.fromkeys(d, 123))
mixed = dict.fromkeys({"a", 1, (2, 3), None, 2.5})
print(sorted(map(repr, mixed)))
class F(frozenset):
    pass
print(dict.fromkeys(F(d)) == dict.fromkeys(d), count() > n)
