s = {1, 2, 3}
def g():
    yield 2
    yield 4
print(s.union(g(), [5], "ab" and (6,)), s.intersection(g()), s.difference(g(), {1}), s.symmetric_difference(g()), s.issubset(range(5)), s.issuperset(g()))
print(s.union({7: "d"}), s.intersection({1: 0, 9: 0}), s.difference("123"), s.isdisjoint({4: 1}), s.isdisjoint(x for x in [3]))
t = set("hello")
t.update("world", [1], (2,), {3: 4})
print(len(t), 1 in t, "w" in t, 3 in t, 4 in t)
u = {1, 2}
u.intersection_update(g(), [2, 3])
print(u)
u = {1, 2, 3}
u.difference_update(g())
u.symmetric_difference_update(iter([3, 9]))
print(u)
f = frozenset(g())
print(f, f.union(g()), type(f.union()).__name__, f.intersection(range(3)), f.difference(), f.symmetric_difference([2]))
for bad in ["s.union(1)", "s.update(None)", "s.intersection([[]])", "s.issubset(5)", "s.symmetric_difference([{}])", "frozenset([[1]])"]:
    try:
        print(eval(bad))
    except TypeError as e:
        print(bad, type(e).__name__, e)
print(set(x % 3 for x in range(10)), {c for c in "mississippi" if c != "s"} == set("mip"), set(map(abs, [-1, 1, -2])), set(zip("ab", "ab")) == {("a", "a"), ("b", "b")})
