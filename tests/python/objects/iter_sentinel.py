# iter(callable, sentinel) and ranges beyond 2**53.
it = iter([1, 2, 3, 0, 5]).__next__
print(list(iter(it, 0)))
n = [0]


def f():
    n[0] += 1
    return n[0]

c = iter(f, 4)
print(type(c).__name__, list(c), list(c))
try:
    iter(1, 2)
except TypeError as e:
    print(e)

r = range(1 << 100)
print(r, type(iter(r)).__name__, next(iter(r)), 5 in r, r[-1], bool(r), bool(range(0)))
try:
    len(r)
except OverflowError as e:
    print(e)
print(list(range(2**53 - 2, 2**53 + 2)), range(3)[1], range(-(2**60), 0, 2**59).step)
