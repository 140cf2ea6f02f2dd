# str-keyed dicts through every size around the point where the key scan
# gives way to an index, with deletions, re-insertions, copies, clears and
# switches to the general strategy (non-str keys, str subclass keys).
def show(d):
    print(len(d), list(d.items()), d.get("k3"), "k3" in d, d.get("zz", "-"))

for size in (0, 1, 7, 8, 9, 16, 40):
    d = {}
    for i in range(size):
        d["k%d" % i] = i
    show(d)
    for i in range(0, size, 3):
        del d["k%d" % i]
    show(d)
    for i in range(0, size, 2):
        d["k%d" % i] = -i
    show(d)
    c = d.copy()
    c["new"] = 1
    for key in list(c)[:3]:
        c[key] = "copied"
    print(c == d, len(c), dict(d) == d, {**d} == d, list(c.items()), c.get("k1"), "k4" in c)
    while len(d) > 2:
        d.popitem()
    show(d)
    d.clear()
    d["k3"] = "again"
    show(d)

# Churn: insert and delete many times in a small dict (tombstones, compaction).
d = {"a": 1, "b": 2}
for i in range(100):
    d["x%d" % (i % 5)] = i
    del d["x%d" % (i % 5)]
    d["y%d" % i] = i
    if i % 2:
        del d["y%d" % (i - 1)]
print(len(d), list(d)[:5], list(d)[-3:])

# Leaving the str strategy from a small dict.
d = {"a": 1, "b": 2}
d[3] = "three"
print(d, d["a"], d.get(3))
class S(str):
    def __hash__(self):
        return hash(str(self))
    def __eq__(self, other):
        return str(self) == other
d = {"a": 1, "b": 2}
print(d[S("a")], S("b") in d, d.get(S("c")))
d[S("a")] = 10
print(d, type(list(d)[0]).__name__)
class Eq:
    def __hash__(self):
        return hash("b")
    def __eq__(self, other):
        return other == "b"
d = {"a": 1, "b": 2}
print(d.get(Eq()), Eq() in d)
d = dict.fromkeys("abcdefghij", 0)
d.update(k=1, l=2)
print(d, sorted(d) == list(d))
print(dict(a=1, b=2) == {"b": 2, "a": 1}, {"a": 1} != {"a": 2}, {"a": 1} == {"b": 1})
d = {"a": 1}
d.setdefault("b", []).append(1)
d.setdefault("b", []).append(2)
print(d, d.pop("a"), d, d.pop("zz", None))
