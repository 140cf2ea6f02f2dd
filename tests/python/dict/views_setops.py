d = {"a": 1, "b": 2, "c": 3}
e = {"b": 20, "c": 30, "d": 40}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i, len(k), "a" in k, 1 in v, ("a", 1) in i, ("a", 2) in i, ["a"] in k if False else "")
print(sorted(k & e.keys()), sorted(k | e.keys()), sorted(k - e.keys()), sorted(k ^ e.keys()), sorted(k & {"a", "z"}), sorted(k | ["x"]))
print(sorted(i & {("a", 1), ("b", 9)}), sorted(i - {("a", 1)}), sorted(i | {("z", 0)}), sorted(i ^ e.items()))
print(k == {"a", "b", "c"}, k == ["a", "b", "c"], k < {"a", "b", "c", "d"}, k <= set("abc"), k > {"a"}, k.isdisjoint({"x"}), k.isdisjoint(["a"]))
print(i == {("a", 1), ("b", 2), ("c", 3)}, i.isdisjoint([("a", 2)]), v == v, v == d.values())
print(sorted({"x", "y"} & k | {"a"}), sorted(["a", "q"] - k) if False else sorted({"a", "q"} - k), sorted(k.__rsub__({"a", "q"})))
print(list(reversed(k)), list(reversed(v)), list(reversed(i)), k.mapping, type(k).__name__, type(v).__name__, type(i).__name__)
d["z"] = 26
print(k, list(v), list(i)[-1])
del d["a"]
print(list(k), list(v))
for bad in ["k & 1", "k | None", "v & v", "v | v", "i - 5", "k < 1", "hash(k)"]:
    try:
        print(eval(bad))
    except TypeError as e:
        print(bad, type(e).__name__, e)
try:
    {1: {}}.items() & {(1, {})}
except TypeError as e:
    print(type(e).__name__, e)
print({("a", [1])} if False else "", {1: [2]}.items() == {1: [2]}.items(), ("x", []) in {1: 2}.items())
print(repr({}.keys()), repr({}.items()), repr({1: 1}.values()), {1: 2}.keys() == {1: 3}.keys(), {1: 2}.items() == {1: 3}.items())
