# groupby (and its groupers) and zip_longest pickle as in CPython 3.11.
import pickle, copy
from itertools import groupby, zip_longest, islice

def roundtrips(it):
    return [pickle.loads(pickle.dumps(it, proto)) for proto in range(pickle.HIGHEST_PROTOCOL + 1)]

g = groupby("aaabbc")
print([(k, list(v)) for k, v in roundtrips(g)[0]])
k, grp = next(g)
print(k, g.__reduce__()[2], [(k2, list(v)) for k2, v in copy.deepcopy(g)])
r = grp.__reduce__()
print(type(r[0]).__name__, r[1][1])
print([list(x) for x in roundtrips(grp)])
print(list(grp), [(k2, list(v)) for k2, v in g])
old = groupby("xxy", key=str.upper)
k, first = next(old)
next(old)
print(first.__reduce__())
def parity(x):
    return x % 2


g = groupby([1, 1, 2, 3, 3], key=parity)
next(g)
print([(k, list(v)) for k, v in pickle.loads(pickle.dumps(g))])

z = zip_longest("abc", [1], fillvalue="-")
print(z.__reduce__()[2], [list(x) for x in roundtrips(z)][0])
next(z); next(z)
r = z.__reduce__()
print(len(r[1]), r[1][1], r[2], list(pickle.loads(pickle.dumps(z))), list(z))
print(z.__reduce__()[1][1])
z = zip_longest("ab", "c")
z.__setstate__(0)
print(list(z))
print(list(zip_longest()), zip_longest().__reduce__())
