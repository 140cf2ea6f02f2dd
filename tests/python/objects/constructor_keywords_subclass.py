# Builtin constructors that take no keyword arguments reject them for the type
# itself and for subclasses that keep its other half; a subclass overriding
# __init__ (or __new__, for types that parse in __init__) may take keywords.
import itertools, operator

for base, args in [(list, ([1, 2],)), (tuple, ([1, 2],)), (set, ([1, 2],)), (frozenset, ([1, 2],)),
                   (filter, (None, [0, 1])), (map, (str, [1, 2])),
                   (itertools.chain, ([1], [2])), (itertools.islice, ([1, 2, 3], 2)),
                   (itertools.cycle, ([1],)), (itertools.starmap, (pow, [(2, 3)])),
                   (itertools.takewhile, (bool, [1, 0])), (itertools.dropwhile, (bool, [1, 0])),
                   (itertools.filterfalse, (None, [0, 1]))]:
    class Plain(base):
        pass
    try:
        Plain(*args, newarg=3)
    except TypeError as e:
        print("plain:", e)

    class WithInit(base):
        def __init__(self, *args, newarg=None):
            self.newarg = newarg
    u = WithInit(*args, newarg=3)
    print(base.__name__, type(u).__name__, u.newarg, list(itertools.islice(u, 3)))

    class WithNew(base):
        def __new__(cls, *args, newarg=None):
            self = super().__new__(cls, *args)
            self.newarg = newarg
            return self
    try:
        u = WithNew(*args, newarg=3)
        print(base.__name__, "new", u.newarg, list(itertools.islice(u, 3)))
    except TypeError as e:
        print("new:", e)

try:
    list([1], x=1)
except TypeError as e:
    print(e)
try:
    tuple([1], x=1)
except TypeError as e:
    print(e)
