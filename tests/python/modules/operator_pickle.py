# operator.methodcaller pickles (keywords through functools.partial), as do
# itemgetter and attrgetter.
import operator, pickle, copy

for f in [operator.methodcaller("upper"), operator.methodcaller("split", ","),
          operator.methodcaller("split", sep=",", maxsplit=1),
          operator.methodcaller("rsplit", ",", maxsplit=1)]:
    r = f.__reduce__()
    print(repr(f), type(r[0]).__name__, r[1])
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        g = pickle.loads(pickle.dumps(f, proto))
    print(repr(g), g("a,b,a"), copy.deepcopy(f)("a,b,a"))
for f in [operator.itemgetter(1), operator.itemgetter(0, 2), operator.attrgetter("real", "imag")]:
    print(repr(pickle.loads(pickle.dumps(f))), f.__reduce__()[1])
