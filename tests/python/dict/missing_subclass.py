class Counter(dict):
    def __missing__(self, key):
        return 0
c = Counter()
c["a"] += 1
c["a"] += 1
print(c, c["zz"], "zz" in c, c.get("zz"), c.get("zz", "default"), len(c))
class Auto(dict):
    def __missing__(self, key):
        v = self[key] = Auto()
        return v
t = Auto()
t["x"]["y"]["z"] = 1
print(t, type(t["x"]).__name__)
class Raising(dict):
    def __missing__(self, key):
        raise KeyError(f"no {key}")
try:
    Raising()["k"]
except KeyError as e:
    print(type(e).__name__, e)
class NotMissing(dict):
    __missing__ = None
try:
    NotMissing()["k"]
except TypeError as e:
    print(type(e).__name__, e)
class Logged(dict):
    def __setitem__(self, key, value):
        print("set", key, value)
        super().__setitem__(key, value)
    def __getitem__(self, key):
        print("get", key)
        return super().__getitem__(key)
l = Logged(a=1)
l["b"] = 2
l.update(c=3)
l.setdefault("d", 4)
print(l["a"], l.get("b"), dict(l), {**l}, l | {"e": 5}, type(l | {}).__name__, type(l.copy()).__name__)
class KeysOnly:
    def keys(self):
        return ["p", "q"]
    def __getitem__(self, key):
        return key * 2
print(dict(KeysOnly()), {**KeysOnly()}, Counter(KeysOnly()))
d = {}
d.update(KeysOnly())
print(d)
class Hashy:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return 1
    def __eq__(self, other):
        return isinstance(other, Hashy) and self.v == other.v
    def __repr__(self):
        return f"H{self.v}"
hd = {Hashy(1): "a", Hashy(2): "b", Hashy(1): "c"}
print(hd, hd[Hashy(2)], Hashy(3) in hd)
class BadHash:
    def __hash__(self):
        raise ValueError("no hash")
try:
    {BadHash(): 1}
except ValueError as e:
    print(type(e).__name__, e)
class Unhashable:
    __hash__ = None
try:
    {}[Unhashable()]
except TypeError as e:
    print(type(e).__name__, e)
from collections import OrderedDict, defaultdict
od = OrderedDict(a=1, b=2)
od.move_to_end("a")
print(od, list(od), od == {"b": 2, "a": 1}, od == OrderedDict(a=1, b=2))
dd = defaultdict(list)
dd["x"].append(1)
print(dd, dd["y"], dict(dd))
