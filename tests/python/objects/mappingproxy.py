# type.__dict__ is a live, read-only mappingproxy; types.MappingProxyType wraps mappings.

class A:
    x = 1

    def f(self):
        pass

d = A.__dict__
print(type(d).__name__, d["x"], "f" in d, "zz" in d, len(d) > 2)
A.y = 5
print(d["y"], d.get("q", "no"), sorted(k for k in d if not k.startswith("__")))
try:
    d["x"] = 2
except TypeError as e:
    print(e)
try:
    d["nope"]
except KeyError as e:
    print(repr(e))
MP = type(d)
m = MP({"a": 1})
print(m, m["a"], list(m.keys()), list(m.items()), m.copy(), m | {"b": 2}, len(m))
try:
    MP([1])
except TypeError as e:
    print(e)
print(vars(A)["x"], str(m), m == {"a": 1})
try:
    m.z = 1
except AttributeError as e:
    print(e)
