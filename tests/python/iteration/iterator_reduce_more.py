# Pickling of builtin iterators beyond the sequence ones: range, enumerate,
# zip, map, filter, iter(callable, sentinel), and dict and set iterators.
import pickle, copy

def roundtrip(it):
    return [list(pickle.loads(pickle.dumps(it, proto))) for proto in range(pickle.HIGHEST_PROTOCOL + 1)]

for r in [range(10), range(0, 10, 3), range(9, -1, -2), range(2**70, 2**70 + 10, 3), range(0), range(2**62, 2**63 + 5, 2**61)]:
    it = iter(r)
    print(type(it).__name__, it.__reduce__())
    next(it, None)
    print(it.__reduce__())
    print(roundtrip(it)[0], list(copy.copy(it)))
    it.__setstate__(1); print(list(it))
    it = reversed(r); next(it, None)
    print(type(it).__name__, it.__reduce__(), list(it))
it = iter(range(5))
it.__setstate__(-3); print(list(it))
it = iter(range(5)); it.__setstate__(10**30 if False else 7); print(list(it))
for bad in ["x", 2**70]:
    try:
        iter(range(5)).__setstate__(bad)
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)

e = enumerate("abc", 5); next(e)
print(e.__reduce__()[0], e.__reduce__()[1][1], roundtrip(e)[2])
z = zip("ab", [1, 2, 3]); next(z)
print(z.__reduce__()[0], len(z.__reduce__()[1]), roundtrip(z)[0])
z = zip("ab", "cd", strict=True)
print(z.__reduce__()[2], roundtrip(z)[3])
z.__setstate__(False); print(len(z.__reduce__()))
m = map(pow, [2, 3], [3, 2])
print(m.__reduce__()[0], m.__reduce__()[1][0], roundtrip(m)[1])
f = filter(None, [0, 1, 2, 0, 3]); next(f)
print(f.__reduce__()[0], f.__reduce__()[1][0], roundtrip(f)[4])

calls = iter([1, 2, 3, 0, 5]).__next__
c = iter(calls, 0)
print(type(c).__name__, c.__reduce__()[0], c.__reduce__()[1][1])
print(list(copy.copy(c)), list(c))
print(c.__reduce__())

d = {"a": 1, "b": 2, "c": 3}
for it in [iter(d), iter(d.values()), iter(d.items()), reversed(d), reversed(d.values()), reversed(d.items())]:
    next(it)
    print(type(it).__name__, it.__reduce__()[1], roundtrip(it)[0], list(it))
    print(it.__reduce__())
s = {1, 2, 3}
it = iter(s); next(it)
print(type(it).__name__, sorted(it.__reduce__()[1][0]), sorted(roundtrip(it)[1]))
print(len(list(it)), it.__reduce__())
