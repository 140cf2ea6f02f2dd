# product, combinations, combinations_with_replacement and permutations pickle
# as in CPython 3.11, with clamped __setstate__ positions.
import pickle, copy
from itertools import product, combinations, combinations_with_replacement as cwr, permutations, islice

def check(make, steps):
    it = make()
    for _ in range(steps):
        next(it, None)
    r = it.__reduce__()
    print(type(it).__name__, r[1:])
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        assert list(pickle.loads(pickle.dumps(it, proto))) == list(copy.copy(it))
    print(list(copy.deepcopy(it)), list(it))
    print(it.__reduce__()[1:])

for make in [lambda: product("ab", range(2)), lambda: product("ab", repeat=2), lambda: product("ab", ""),
             lambda: product(), lambda: combinations("abcd", 2), lambda: combinations("ab", 3),
             lambda: cwr("abc", 2), lambda: cwr("", 2), lambda: permutations("abc", 2),
             lambda: permutations("abc"), lambda: permutations("ab", 3)]:
    for steps in (0, 1, 3):
        check(make, steps)

p = product("abc", "de")
p.__setstate__((9, -4)); print(list(p))
p = product("ab", "")
p.__setstate__((0, 0)); print(list(p))
c = combinations("abcde", 3)
c.__setstate__((5, 0, 9)); print(list(c))
w = cwr("abc", 2)
w.__setstate__((-1, 7)); print(list(w))
q = permutations("abcd", 2)
q.__setstate__(((3, 2, 1, 0), (9, 0))); print(list(islice(q, 4)))
for bad in [5, ((0, 1),), ((0, 1, 2, 3), (1,))]:
    try:
        permutations("abcd", 2).__setstate__(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__)
try:
    combinations("abc", 2).__setstate__((1,))
except ValueError as e:
    print(e)
