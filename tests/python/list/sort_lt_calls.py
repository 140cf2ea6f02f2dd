# list.sort and sorted make exactly CPython 3.11's `__lt__` calls (timsort with
# powersort merges, binary insertion, galloping): the count and the sequence of
# operands, for many sizes and shapes, with key= and reverse=; equal keys keep
# their order; and a comparison that raises at the k-th call leaves the list in
# CPython's permutation.


class Item:
    calls = 0
    trace = 0
    fail_at = -1

    def __init__(self, value, index):
        self.value = value
        self.index = index

    def __lt__(self, other):
        Item.calls += 1
        Item.trace = (Item.trace * 1000003 + self.index * 7919 + other.index) % 2147483647
        if Item.calls == Item.fail_at:
            raise ArithmeticError("comparison %d" % Item.calls)
        return self.value < other.value


def lcg(seed):
    state = seed
    while True:
        state = (state * 1103515245 + 12345) % 2147483648
        yield state >> 8


def shape(kind, n):
    if kind == "random":
        g = lcg(n + 17)
        return [next(g) % (n + 1) for _ in range(n)]
    if kind == "sorted":
        return list(range(n))
    if kind == "reversed":
        return list(range(n, 0, -1))
    if kind == "equal":
        return [5] * n
    if kind == "sawtooth":
        return [i % 23 for i in range(n)]
    if kind == "few":
        g = lcg(n + 3)
        return [next(g) % 4 for _ in range(n)]
    if kind == "runs":
        # Sorted runs of mixed lengths, interleaved ranges: merges gallop.
        g = lcg(n + 99)
        values = []
        while len(values) < n:
            length = 1 + next(g) % 200
            start = next(g) % (n + 1)
            step = 1 + next(g) % 3
            values.extend(range(start, start + length * step, step))
        return values[:n]
    if kind == "blocks":
        # Two long sorted halves of disjoint ranges, then one interleaved.
        half = n // 2
        return list(range(half, n)) + list(range(half)) + [i * 2 for i in range(n - 2 * half)]
    raise ValueError(kind)


def items_of(values):
    return [Item(v, i) for i, v in enumerate(values)]


def measure(values, **options):
    Item.calls = 0
    Item.trace = 0
    out = sorted(items_of(values), **options)
    assert [x.value for x in out] == sorted(values, reverse=options.get("reverse", False))
    return Item.calls, Item.trace, out


SIZES = (0, 1, 2, 3, 5, 10, 31, 32, 33, 64, 65, 100, 1000, 5000)
SHAPES = ("random", "sorted", "reversed", "equal", "sawtooth", "few", "runs", "blocks")

for n in SIZES:
    for kind in SHAPES:
        values = shape(kind, n)
        calls, trace, out = measure(values)
        rcalls, rtrace, rout = measure(values, reverse=True)
        print(n, kind, calls, trace, rcalls, rtrace)
        # Stability: equal values keep their original order, also reversed.
        for result in (out, rout):
            for a, b in zip(result, result[1:]):
                if a.value == b.value:
                    assert a.index < b.index, (n, kind)

# key=: the keys are compared, the values move with them.
for n in (3, 33, 100, 1000):
    for kind in ("random", "few", "runs"):
        values = shape(kind, n)
        Item.calls = 0
        Item.trace = 0
        keyed = items_of(values)
        out = sorted(range(n), key=lambda i: keyed[i])
        print("key", n, kind, Item.calls, Item.trace, out[:8])
        Item.calls = 0
        Item.trace = 0
        out = sorted(range(n), key=lambda i: keyed[i], reverse=True)
        print("key reverse", n, kind, Item.calls, Item.trace, out[:8])
        for a, b in zip(out, out[1:]):
            if values[a] == values[b]:
                assert a < b

# list.sort in place agrees with sorted().
values = shape("random", 300)
lst = items_of(values)
Item.calls = 0
lst.sort()
print("in place", Item.calls, [x.index for x in lst[:10]])


def digest(indexes):
    total = 0
    for i in indexes:
        total = (total * 31 + i) % 1000000007
    return total


# A comparison that raises stops the sort; the list holds CPython's permutation.
for n, kind in ((10, "random"), (70, "random"), (300, "runs"), (1000, "random"), (400, "blocks")):
    values = shape(kind, n)
    _, _, _ = measure(values)
    total = Item.calls
    for k in sorted({1, 2, 5, total // 7, total // 3, total // 2, total - 1, total}):
        if k < 1:
            continue
        for reverse in (False, True):
            lst = items_of(values)
            Item.calls = 0
            Item.fail_at = k
            try:
                lst.sort(reverse=reverse)
                outcome = "sorted"
            except ArithmeticError as e:
                outcome = str(e)
            Item.fail_at = -1
            order = [x.index for x in lst]
            assert sorted(order) == list(range(n))
            print("raise", n, kind, k, reverse, outcome, digest(order), order[:6])

# Tuple keys whose first items are plain: ties go to the second items' `__lt__`,
# one call each (as CPython's tuple comparison of the first unequal items).
for n in (2, 10, 100, 1000):
    for kind in ("random", "few", "sorted"):
        values = shape(kind, n)
        Item.calls = 0
        Item.trace = 0
        out = sorted([(v % 3, Item(v, i)) for i, v in enumerate(values)])
        print("tuples", n, kind, Item.calls, Item.trace, [t[1].index for t in out[:6]])
