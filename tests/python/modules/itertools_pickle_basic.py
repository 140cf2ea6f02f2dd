# itertools objects pickle and copy as in CPython 3.11 (__reduce__ and __setstate__).
import pickle, copy
from itertools import (accumulate, chain, compress, count, cycle, dropwhile, filterfalse,
                       islice, repeat, starmap, takewhile)
import operator

def small(x):
    return x < 3


def show(it, take=6):
    r = it.__reduce__()
    print(type(it).__name__, type(r[0]).__name__ if not isinstance(r[0], type) else r[0].__name__, len(r))
    copies = []
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        copies.append(list(islice(pickle.loads(pickle.dumps(it, proto)), take)))
    copies.append(list(islice(copy.deepcopy(it), take)))
    assert all(c == copies[0] for c in copies), copies
    print(copies[0], list(islice(it, take)))

for make in [
    lambda: count(), lambda: count(5), lambda: count(1.5, 0.5), lambda: count(2, 3), lambda: count(2**70),
    lambda: cycle("abc"), lambda: repeat("x", 3), lambda: repeat(7),
    lambda: accumulate([1, 2, 3, 4]), lambda: accumulate([1, 2, 3], operator.mul),
    lambda: accumulate([1, 2, 3], initial=10), lambda: accumulate([None, None], operator.is_),
    lambda: chain("ab", "cd"), lambda: chain.from_iterable(["xy", "z"]),
    lambda: compress("abcdef", [1, 0, 1, 0, 1, 1]),
    lambda: dropwhile(small, [1, 2, 3, 4, 1]), lambda: takewhile(small, [1, 2, 3, 1]),
    lambda: filterfalse(None, [0, 1, 0, 2]), lambda: starmap(pow, [(2, 3), (3, 2)]),
    lambda: islice("abcdefgh", 1, 7, 2), lambda: islice(count(), 3), lambda: islice("ab", None),
]:
    it = make()
    show(it)
    it = make()
    next(it, None)
    next(it, None)
    show(it)

print(count(5).__reduce__(), count(1.5, 2).__reduce__(), repeat("x", 2).__reduce__())
c = cycle("ab"); next(c); next(c); next(c)
r = c.__reduce__(); print(r[0].__name__, r[2], list(islice(r[1][0], 5)))
c = cycle("abc"); next(c)
r = c.__reduce__(); print(r[2])
c.__setstate__((["q", "r"], True)); print(list(islice(c, 5)))
for bad in [5, ("x", 1), ([1],)]:
    try:
        cycle("a").__setstate__(bad)
    except TypeError as e:
        print("TypeError")
ch = chain("ab", "cd"); next(ch)
print(len(ch.__reduce__()[2]))
ch.__setstate__((iter(["xy", "z"]),)); print(list(ch))
try:
    chain().__setstate__((5,))
except TypeError as e:
    print(e)
ch = chain("a"); list(ch); print(ch.__reduce__())
d = dropwhile(bool, [1, 0, 1]); print(d.__reduce__()[2]); d.__setstate__(True); print(list(d))
t = takewhile(bool, [1, 1, 0]); t.__setstate__(1); print(list(t))
s = islice("abcdef", 1, None, 2); next(s)
r = s.__reduce__(); print(r[1][1:], r[2])
list(s); r = s.__reduce__(); print(r[1][1:], r[2])
a = accumulate([1, 2, 3]); next(a); print(a.__reduce__()[2]); a.__setstate__(100); print(list(a))
it = accumulate([None, None, None], operator.is_)
print(next(it), it.__reduce__()[0].__name__, list(pickle.loads(pickle.dumps(it))), list(copy.copy(it)))
for bad in [[list("ab"), 0], (tuple("ab"), 0), (list("ab"), "x"), (), ([],)]:
    try:
        cycle("a").__setstate__(bad)
    except TypeError:
        print("TypeError")
