d = {"a": 1, "b": 2}
k = d.keys()
v = d.values()
i = d.items()
print(len(k), len(v), len(i), list(k), list(v), list(i), "a" in k, 2 in v, ("b", 2) in i, ("b", 3) in i, ["b", 2] in i if False else "")
print(k == {"a", "b"}, k == ["a", "b"], v == [1, 2], i == {("a", 1), ("b", 2)}, k != {"a"}, k.isdisjoint("xyz"), i.isdisjoint({("a", 2)}))
print(type(k).__name__, type(v).__name__, type(i).__name__, type(iter(k)).__name__, type(iter(v)).__name__, type(iter(i)).__name__)
print(type(reversed(k)).__name__, type(reversed(v)).__name__, type(reversed(i)).__name__, list(reversed(i)))
print(k.mapping, v.mapping, i.mapping, k.mapping is d if False else "", repr(k), repr(v), repr(i))
it = iter(i)
first = next(it)
print(first, type(first).__name__, next(it, "end"), next(it, "end"))
for bad in ["hash(k)", "k[0]", "v[0]", "i + i", "len(k, 1)"]:
    try:
        print(eval(bad))
    except TypeError as e:
        print(bad, type(e).__name__, e)
print(sorted(k | "cd"), sorted(k - "a"), sorted("ab" and (k ^ {"b", "z"})), sorted(i | {1}), sorted({("a", 1)} & i), sorted([("b", 2)] - i if False else i - [("b", 2)]))
e = {}
print(e.keys(), e.values(), e.items(), list(e.keys() | {1}), e.keys() == set(), bool(e.keys()), bool(k))
d2 = dict.fromkeys(range(5))
ks = d2.keys()
d2[10] = None
del d2[0]
print(ks, len(ks), 10 in ks, 0 in ks)
