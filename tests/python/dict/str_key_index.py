# str-keyed dicts past the small scan: short keys (hashed in the index table)
# and long ones (kept in a Map), deletions, re-insertions, popitem, copy,
# clear, and the switch to the general strategy, checked against a model.

def check(d, model, label):
    assert list(d.items()) == model, label
    for k, v in model:
        assert d[k] == v, (label, k)
        assert k in d
    assert len(d) == len(model)


def model_del(model, key):
    return [(k, v) for k, v in model if k != key]


keys = []
for i in range(300):
    keys.append("k%d" % i)                   # short
    keys.append("x" * (20 + i % 10) + str(i))  # long
    keys.append("y" * (i % 9) + str(i * 7))  # around the 12-unit boundary
    keys.append("long key number %d " % i * 3)  # long
d = {}
model = []
for n, k in enumerate(keys):
    d[k] = n
    model.append((k, n))
check(d, model, "filled")

# Fresh strings (built, sliced, split) find the stored keys.
for i in range(0, 300, 7):
    fresh = ("k" + str(i * 10))[:len(str(i)) + 1]
    assert d[fresh] == keys.index("k%d" % i), fresh
    assert ("long key number %d " % i * 3).split("X")[0] in d
print(d.get("k" + "1" + "7"), d.get("".join(["x"] * 23) + "x3"), d.get("nope"), d.get("x" * 40))

# Delete every other key, then look everything up again.
for k in keys[::2]:
    del d[k]
    model = model_del(model, k)
check(d, model, "after deletes")
for k in keys[::2]:
    assert k not in d
    assert d.get(k, "gone") == "gone"
try:
    d[keys[0]]
except KeyError as e:
    print("KeyError", e)

# Re-insert deleted keys: they go to the end.
for k in keys[:30:2]:
    d[k] = "back"
    model.append((k, "back"))
check(d, model, "reinserted")

# Assignment to an existing key keeps its place.
d[keys[1]] = "changed"
model = [(k, "changed" if k == keys[1] else v) for k, v in model]
check(d, model, "assigned")

# Many deletions and insertions of the same few keys (deleted slots pile up).
e = {}
for i in range(20):
    e["w%d" % i] = i
for round_ in range(200):
    k = "w%d" % (round_ % 20)
    del e[k]
    e[k] = round_
print(list(e.items())[:5], len(e))

# popitem, setdefault, pop, copy, clear.
c = d.copy()
assert c == d and list(c) == list(d)
print(c.popitem(), len(c), len(d))
print(d.setdefault("k1", "new"), d.setdefault("fresh-key", "new"))
print(d.pop("k3", None), d.pop("k3", "missing"))
c.clear()
c["again"] = 1
print(c)
small = {k: 1 for k in keys[:12]}
for k in keys[:11]:
    del small[k]
print(small.copy(), dict(small))

# A non-str key switches the dict to the general table; lookups still work.
g = {("k%d" % i): i for i in range(50)}
g[7] = "seven"
print(g["k49"], g[7], list(g)[-3:], "k5" in g)
g2 = {("k%d" % i): i for i in range(50)}
print(g2.get(3.5), g2.get(None), g2 == {("k%d" % i): i for i in range(50)})


class S(str):
    pass


print(g2[S("k10")], S("k11") in g2)
g2[S("k12")] = "sub"
print(g2["k12"], type(list(g2)[12]).__name__)

# Non-ASCII and astral keys.
u = {("é%d" % i): i for i in range(30)}
u["😀"] = "smile"
u["\ud83d"] = "lone"
print(u["é29"], u["😀"], u["\ud83d"], len(u), "😀"[:1] in u)

# Counting words: the keys are fresh strings from split() and concatenation.
text = "the cat and the hat and the bat " * 50
counts = {}
pairs = {}
prev = None
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
    if prev is not None:
        pairs[prev + " " + w] = pairs.get(prev + " " + w, 0) + 1
    prev = w
print(counts)
print(pairs)
