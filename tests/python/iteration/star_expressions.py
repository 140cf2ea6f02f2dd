# Star expressions everywhere: call sites, returns, subscripts, for targets, nested unpacking.
def f(*args, **kwargs):
    return args, kwargs
first, *middle, last = range(6)
print(first, middle, last)
for a, *b in [(1, 2, 3), (4,)]:
    print(a, b)
for (x, y), *rest in [((1, 2), 3, 4)]:
    print(x, y, rest)
def ret():
    return *range(2), 5
print(ret())
def yielder():
    yield *"ab", "c"
print(list(yielder()))
d = {}
d[1, *[2, 3]] = "tuple key"
print(d)
print(f(*"ab", *[1], **{"k": 1}, **{"j": 2}), f(1, *(), **{}))
print([*{1: 2}], {**dict.fromkeys("ab")}, [*range(2), *(x for x in "yz")])
print(*[], sep="-")
print(*(1, 2), *[3], sep=",")
nested = [[1, [2, 3]], [4, [5, 6]]]
for p, [q, r] in nested:
    print(p + q + r, end=" ")
print()
[[a1, b1], c1] = [(1, 2), 3]
print(a1, b1, c1)
(*init,) = "xyz"
print(init)
*head, = []
print(head)
try:
    *_, tail = []
except ValueError as e:
    print(type(e).__name__, e)
try:
    a2, b2, *c2, d2 = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
def kw_after_star(*args, sep):
    return args, sep
print(kw_after_star(*[1, 2], sep=3))
def positional_after_star(a, b, c):
    return a, b, c
print(positional_after_star(*[1], 2, *[3]))
print(positional_after_star(1, *(2,), c=3))
print(max(*[3, 1, 2]), min(*"cab"), divmod(*(7, 2)), [*map(str, range(3))])
s = {*range(3), *{2, 3}}
print(sorted(s), len(s))
row = ["id", "name", 3, 4, 5]
key, name, *scores = row
print(key, name, scores, sum(scores))
