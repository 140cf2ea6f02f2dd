class S(set):
    def add(self, x):
        super().add(x * 10)
class F(frozenset):
    def __new__(cls, *args):
        return super().__new__(cls, *args)
s = S([1, 2])
s.add(3)
print(sorted(s), type(s | {9}).__name__, type(s.copy()).__name__, type(s - {10}).__name__, S() == set(), s == {1, 2, 30})
s.update([4])
print(sorted(s), repr(S()), repr(S([5])), isinstance(s, set))
f = F([1, 2])
print(f, type(f).__name__, type(f | {3}).__name__, type(f.copy()).__name__, f.copy() is f, hash(f) == hash(frozenset([1, 2])), {f: 1}[frozenset([1, 2])])
d = {frozenset([1, 2]): "a", frozenset(): "empty"}
print(d[frozenset([2, 1])], d[frozenset()], frozenset([1, 2]) in {frozenset([1, 2])}, {1, 2} in {frozenset([1, 2])})
fs = frozenset("abc")
print(sorted(fs), len(fs), "a" in fs, fs == set("cba"), fs <= set("abcd"), fs.isdisjoint("xyz"), sorted(fs.union("d")), sorted(fs & {"a", "q"}))
try:
    fs.add("d")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    {set(): 1}
except TypeError as e:
    print(type(e).__name__, e)
print(hash(frozenset()), hash(frozenset([0])), hash(frozenset([-1])), hash(frozenset(range(100))), hash(frozenset([(1, 2), (3, 4)])))
print(hash(frozenset([1, 2, 3])) == hash(frozenset([3, 2, 1])), hash(frozenset({0.5, 1.5})))
class H:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v)
    def __eq__(self, other):
        return isinstance(other, H) and self.v == other.v
    def __repr__(self):
        return f"H({self.v})"
print(len({H(1), H(1), H(2)}), H(1) in {H(1)}, {H(1)} == {H(1)}, {H(1)} & {H(1), H(2)})
