d = {}
d["self"] = d
print(d, repr(d), str(d))
a = {"list": []}
a["list"].append(a)
print(a)
b = {1: {2: {}}}
b[1][2][3] = b
print(b)
x = {"k": d.keys()}
print(x["k"])
d2 = {"v": None}
d2["v"] = d2.values()
print(d2)
d3 = {}
d3[1] = d3.items()
print(d3)
class R:
    def __repr__(self):
        return "R" + repr(self.d)
r = R()
r.d = {"r": r}
try:
    print(repr(r))
except RecursionError as e:
    print(type(e).__name__)
class KR:
    def __repr__(self):
        return "<KR>"
print({KR(): KR(), "é": "😀", 1.5: None, (1, 2): [3], frozenset(): set(), b"b": bytearray(b"ba")})
print({1: "a" * 3, "s'q": 's"q', "\n": "\t"})
