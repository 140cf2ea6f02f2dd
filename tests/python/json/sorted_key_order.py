# sort_keys remembers the key order of each key list it sorted (by the
# list's length): dicts with equal key lists reuse it, anything else must
# sort afresh. Positions with deleted entries, keys that differ in one
# place, equal keys made separately, large dicts and non-str keys.
import json

docs = [
    {"b": 1, "a": 2, "c": 3},
    {"b": 4, "a": 5, "c": 6},
    {"b": 7, "a": 8, "d": 9},
    {"c": 1, "a": 2, "b": 3},
    {"b" + "": 1, "".join(["a"]): 2, "c": 3},
    {"x": 1, "y": 2, "z": 3},
    {"z": 1, "y": 2, "x": 3},
    {"é": 1, "e": 2, "f": 3},
    {"\U0001f600": 1, "\uffff": 2, "a": 3},
]
for d in docs:
    print(json.dumps(d, sort_keys=True), json.dumps(d, sort_keys=True, separators=(",", ":")))
print(json.dumps(docs, sort_keys=True))

# Deleted entries keep their positions: the same length, other live keys.
d1 = {"k1": 1, "k2": 2, "k3": 3, "k4": 4}
d2 = {"k4": 1, "k3": 2, "k2": 3, "k1": 4}
del d1["k2"]
del d2["k4"]
d3 = dict(d2)
print(json.dumps([d1, d2, d3, d1], sort_keys=True))
d1["k2"] = 9
print(json.dumps([d1, d2], sort_keys=True))

# Tombstones in other places, the live keys agreeing where both have one.
a = {"c": 1, "x": 2, "a": 3, "b": 4}
del a["x"]
b = {"c": 1, "d": 2, "a": 3, "b": 4}
del b["b"]
print(json.dumps([a, b, a], sort_keys=True))

# Same length, one key different (sorting last or first), in every position.
base = ["m%02d" % i for i in range(12)]
for i in range(12):
    for prefix in ("z", "a"):
        keys = list(base)
        keys[i] = prefix + keys[i]
        print(json.dumps([dict.fromkeys(base, 0), dict.fromkeys(keys, i)], sort_keys=True,
                         separators=(",", ":")))

# More keys than the insertion sort and than the remembered lengths.
for n in (15, 16, 17, 31, 32, 33, 40):
    keys = ["k%d" % ((i * 7) % n) for i in range(n)]
    d = {k: i for i, k in enumerate(keys)}
    out = json.dumps(d, sort_keys=True)
    print(n, out == json.dumps(dict(sorted(d.items()))), list(json.loads(out))[:4])
    print(json.dumps([d, dict(reversed(list(d.items())))], sort_keys=True) ==
          json.dumps([dict(sorted(d.items()))] * 2))

# Non-str keys: list.sort decides (mixed types raise its TypeError).
print(json.dumps({2: "b", 1: "a", 3: "c"}, sort_keys=True))
try:
    json.dumps({"a": 1, 2: 3}, sort_keys=True)
except TypeError as e:
    print("TypeError", e)

# default() changing a dict whose items were sorted: the items are a snapshot.
target = {"b": [], "a": object(), "c": 3}


class Mutating(json.JSONEncoder):
    def default(self, o):
        target["a2"] = 1
        target["b"].append(1)
        return "obj"


print(Mutating(sort_keys=True).encode(target))
print(Mutating(sort_keys=True).encode([target, {"a2": 0, "a": 1, "b": 2, "c": 3}]))
print(Mutating().encode({"z": 1, "a": object()}))
