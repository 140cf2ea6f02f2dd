class D(dict):
    def __getitem__(self, key):
        return super().__getitem__(key) * 2
    def get(self, key, default=None):
        return "get:" + str(key)
d = D(a=1)
print(d["a"], d.get("a"), dict.get(d, "a"), list(d.values()), dict(d), {**d}, d.copy(), type(d.copy()).__name__)
print(d.items(), [v for v in d.values()], d.pop("a"), d)
class Ordered(dict):
    def __iter__(self):
        return iter(sorted(super().__iter__()))
    def keys(self):
        return sorted(super().keys())
o = Ordered(b=2, a=1, c=3)
print(list(o), dict(o), [k for k in o], {**o}, list(o.items()), o)
class WithInit(dict):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.extra = True
w = WithInit([("x", 1)], y=2)
print(w, w.extra, type(w).__name__, w == {"x": 1, "y": 2}, isinstance(w, dict), w.__class__.__mro__[1])
class Setter(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key.upper(), value)
s = Setter()
s["a"] = 1
s.update(b=2)
s.setdefault("c", 3)
Setter.__init__(s, d=4)
print(s, Setter({"e": 5}), dict.fromkeys("x"), Setter.fromkeys("y"))
class Hashable(dict):
    def __hash__(self):
        return 42
print(hash(Hashable()), {Hashable(): 1}, Hashable() == {})
class Eq(dict):
    def __eq__(self, other):
        return True
print(Eq() == {1: 2}, {1: 2} == Eq(), Eq() != {}, [Eq()] == [{3: 4}])
