# set and frozenset reduce with __getstate__'s state: __dict__ and __slots__ values.
import pickle, copy
class S(set):
    __slots__ = ("x", "__dict__")
class F(frozenset):
    __slots__ = ("x",)
for cls in (S, F, set, frozenset):
    s = cls([1, 2])
    if cls in (S, F):
        s.x = 5
    print(s.__reduce__()[0].__name__, sorted(s.__reduce__()[1][0]), s.__reduce__()[2:])
    t = pickle.loads(pickle.dumps(s))
    print(type(t).__name__, sorted(t), getattr(t, "x", None), copy.copy(s) == s)
