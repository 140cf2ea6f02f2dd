tuples = [(), (0,), (1,), (-1,), (1, 2), (2, 1), (1, 2, 3), ((1, 2), 3), (1, (2, 3)), (True, False), (1.5, 2.5), ("",), (b"",),
          (0.0, -0.0), (2**64, -(2**64)), (frozenset(),), ((),), (((),),), tuple(range(20)), (1 + 2j,), (float("inf"), float("-inf"))]
for t in tuples:
    print(repr(t), hash(t))
print(hash((1, 2)) == hash((1.0, 2.0)), hash((1, "a")) == hash((True, "a")), len({(1, 2), (1.0, 2.0), (True, 2)}))
for a, b in [((1, 2), (1, 2)), ((1, 2), (1, 3)), ((1,), (1, 0)), ((), ()), ((1, [2]), (1, [2])), ((float("nan"),), (float("nan"),)),
             ((1, "a"), (1, "b")), ((2,), (1, 99)), ((1, 2, 3), (1, 2)), (("b",), ("a", "z"))]:
    print(a, b, a == b, a != b, a < b, a <= b, a > b, a >= b)
n = float("nan")
t = (n,)
print(t == t, (n,) == (n,), [n] == [n], t.count(n), t.index(n), n in t)
class E:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print("eq", self.v, getattr(other, "v", other))
        return self.v == getattr(other, "v", other)
    __hash__ = None
print((E(1), E(2)) == (E(1), E(3)))
print((1, 2) < (1, E(2)) if False else "", (E(5),) == (5,))
for bad in ["(1,) < (None,)", "(1, 2) < (1, 'a')", "() < []", "(1,) + 1", "hash((1, []))", "hash((1, {}))"]:
    try:
        print(eval(bad))
    except TypeError as e:
        print(bad, type(e).__name__, e)
