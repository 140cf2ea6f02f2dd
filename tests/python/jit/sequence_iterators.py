# for-loops over lists and tuples made inside hot code: the iterator is made
# straight from the exact list or tuple; subclasses with their own __iter__,
# lists that grow while iterated, and iterators kept past their loop behave
# as in CPython.


class Reversing(list):
    def __iter__(self):
        return iter(list(reversed(self)))


class Counted(tuple):
    pass


def total(items):
    t = 0
    for x in items:
        t = t * 3 + x
    return t


def grow(items):
    seen = 0
    for x in items:
        if len(items) < 12:
            items.append(x + 1)
        seen += 1
    return seen, items[-1]


def pairs(data):
    out = 0
    for a, b in data:
        out += a * b
    return out


def keep(items):
    it = iter(items)
    first = next(it)
    rest = [x for x in it]
    return first, rest, list(it), type(it).__name__


results = []
for i in range(3000):
    results = [
        total([1, 2, 3, i % 5]),
        total((4, 5, i % 3)),
        total(Reversing([1, 2, 3])),
        total(Counted((1, 2, i % 2))),
        grow([i % 4]),
        pairs([(1, 2), (3, 4), (i % 7, 2)]),
        pairs(((5, 6),)),
        keep([i % 3, 1, 2]),
        keep((7, 8)),
    ]
print(results)
try:
    total([1, None])
except TypeError as error:
    print("TypeError:", error)
try:
    pairs([(1, 2), (3,)])
except ValueError as error:
    print("ValueError:", error)
