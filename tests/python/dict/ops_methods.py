a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print(a | b, b | a, {**a, **b}, a | {}, {} | a)
c = dict(a)
c |= b
print(c)
c |= [("w", 0)]
c |= (("q", 9),)
print(c)
for bad in ["a | [('k', 1)]", "a | 1", "c.__ior__(1)", "c.__ior__([1])", "c.__ior__(['ab', 'cde'])"]:
    try:
        print(eval(bad))
    except (TypeError, ValueError) as e:
        print(bad, type(e).__name__, e)
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], []), dict.fromkeys(range(3), 0), dict.fromkeys(()))
fk = dict.fromkeys("ab", [])
fk["a"].append(1)
print(fk)
class OD(dict):
    pass
print(type(OD.fromkeys("a")).__name__, OD.fromkeys("ab", 1))
d = {}
print(d.setdefault("a", 1), d.setdefault("a", 2), d.setdefault("b"), d)
print(d.get("a"), d.get("q"), d.get("q", "dflt"), d.pop("a"), d.pop("q", None), d)
try:
    d.pop("q")
except KeyError as e:
    print(type(e).__name__, e)
d = {1: "a", 2: "b", 3: "c"}
print(d.popitem(), d.popitem(), d, d.popitem(), d)
try:
    d.popitem()
except KeyError as e:
    print(type(e).__name__, e)
d = dict(a=1, b=2)
d.update({"c": 3}, d=4)
d.update([("e", 5)])
d.update(f=6)
d.update()
print(d, dict([("a", 1)], b=2), dict({"x": 1}), dict(zip("ab", range(2))), dict(), dict(**{"k": "v"}))
for bad in ["dict(1)", "dict([1])", "dict([(1, 2, 3)])", "dict(['ab', 'c'])", "d.update(1)", "d.update([1, 2])", "dict({}, {})",
            "{}['missing']", "{}[[]]", "{[]: 1}", "d.get()", "d.pop()", "d.setdefault()", "dict.fromkeys()", "dict.fromkeys(1)",
            "{}.popitem(1)", "d.update({}, {})", "d.keys(1)", "{1: 2} < {1: 2}"]:
    try:
        print(eval(bad))
    except Exception as e:
        print(bad, type(e).__name__, e)
print({1: 2} == {1: 2}, {1: 2} == {1: 3}, {1: 2, 3: 4} == {3: 4, 1: 2}, {1: 1} == {1.0: 1.0}, {} != {1: 1}, {"a": [1]} == {"a": [1]})
e = {"k": 1}
f = e.copy()
f["k"] = 2
e.clear()
print(e, f, len(f), list(f), "k" in f, f.__contains__("z"), f.__getitem__("k"), f.__len__(), iter(f).__next__())
d = {}
d[1] = "int"
d[1.0] = "float"
d[True] = "bool"
print(d, {0: 0, False: 1, 0.0: 2, -0.0: 3}, {(1, 2): "t", frozenset([1]): "fs", None: "n", "": "e", b"": "b"})
n = float("nan")
d = {n: 1}
print(d[n], n in d, float("nan") in d, len({float("nan"): 1, float("nan"): 2}))
print(list({i: None for i in range(10)}), list({-i: None for i in range(10)}), list({str(i): i for i in range(5)}))
d = {"first": 1, "second": 2}
d["first"] = 10
del d["second"]
d["second"] = 2
print(d, list(d.items()))
print(dict.__name__, {}.__class__, isinstance({}, dict), dict.__hash__, list(reversed({1: 2, 3: 4})))
