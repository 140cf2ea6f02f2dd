# Pickling the builtin sequence iterators: __reduce__ rebuilds them over the same
# sequence with their position as state; exhausted ones reduce to an empty iterator.
import pickle, copy
class S:
    def __getitem__(s, i):
        if i < 3: return i * 10
        raise IndexError
    def __len__(s): return 3
def show(it):
    r = it.__reduce__()
    print(type(it).__name__, r[0].__name__ if hasattr(r[0], "__name__") else r[0], r[1:] if not isinstance(r[1][0], S) else ("S",) + r[2:])
for make in [lambda: iter([1, 2, 3]), lambda: reversed([1, 2, 3]), lambda: iter((1, 2, 3)),
             lambda: iter("abc"), lambda: iter("a\U0001f600c"), lambda: iter(b"abc"), lambda: iter(bytearray(b"abc")),
             lambda: iter(S()), lambda: reversed(S())]:
    it = make()
    show(it)
    next(it)
    show(it)
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        it2 = pickle.loads(pickle.dumps(it, proto))
        assert type(it2) is type(it), (type(it2), type(it))
    print(list(pickle.loads(pickle.dumps(it))), list(copy.copy(it)))
    it.__setstate__(0)
    print(list(it))
    show(it)
    it = make()
    it.__setstate__(-5); print(list(it))
    it = make()
    it.__setstate__(99); print(list(it))
