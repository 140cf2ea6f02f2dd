# Subclass instances of str/int/float/tuple in builtin operations, indexing, formatting, dict keys.
class S(str): pass
class I(int): pass
class F(float): pass
s = S("ab")
print(f"{s:>5}|", S("%s-%d") % ("x", 1), [1, 2, 3][I(1)], "abc"[I(2)], range(5)[I(3)])
print(s.join(["1", "2"]), s.split("a"), s.replace("a", "z"), s.encode(), list(s), s.count("a"))
print(int(s.__len__()), s.isalpha(), s.zfill(4), s.partition("a"), s[::-1], s[0], type(s[0]).__name__)
import math
print(math.floor(F(2.5)), round(F(2.567), 2), int(F(3.9)), I(5) // 2, -I(5), abs(I(-3)), I(3) ** 2)
print(sorted([S("b"), S("a")]), max(I(1), I(5)), sum([I(1), I(2)]), divmod(I(7), 2))
d = {}
d[S("k")] = 1
print(d, d["k"], "k" in d, S("k") in {"k"}, {S("k"): 1} == {"k": 1})
print(repr(S("x'y")), ascii(S("é")), str(S("q")) is not None, hash(S("")) == hash(""))
print(isinstance(s, S), S.__mro__, S.__bases__, s.__class__.__name__)
print(bool(S("")), bool(I(0)), bool(F(0.0)), I(3) == 3.0, F(1.0) == 1, I(2) < F(2.5))
class T(tuple): pass
print(T([1]) * 2, T((1,)) + T((2,)), type(T((1,)) + T((2,))).__name__, T((3, 1)).index(1), sorted(T((3, 1))))
x, *y = T((1, 2, 3)); print(x, y)
print(s.startswith(S("a")), s.find(S("b")), S("a,b").split(S(",")), S(" x ").strip())
