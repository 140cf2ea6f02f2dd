# Nested container reprs count against the recursion limit (RecursionError
# past it), while recursive containers still print as [...].
import sys
for make in (lambda d: {1: d}, lambda d: [d], lambda d: (d,), lambda d: {frozenset([1]): d}):
    d = {}
    for i in range(sys.getrecursionlimit() + 100):
        d = make(d)
    try:
        repr(d)
        print("no error")
    except RecursionError as e:
        print("RecursionError", e)
d = {}
for i in range(500):
    d = {1: d}
print(len(repr(d)))
x = []; x.append(x); print(repr(x), repr({1: x}))
