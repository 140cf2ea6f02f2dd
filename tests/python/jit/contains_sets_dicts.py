# `in` on exact sets and dicts with int or constant str keys (one op in traces).
def count_in(n):
    s = set(range(0, 100, 3))
    fs = frozenset(range(0, 100, 5))
    d = {i: i * i for i in range(0, 100, 7)}
    d["name"] = 1
    total = 0
    for i in range(n):
        k = i % 120
        if k in s:
            total += 1
        if k not in fs:
            total += 2
        if k in d:
            total += 3
        if "name" in d:
            total += 4
        if "other" not in d:
            total += 5
        if k == 50:
            s.add(k + 1000)
            d[k + 1] = 0
    return total, len(s), len(d)


print(count_in(5000))


class MySet(set):
    def __contains__(self, item):
        return item == 7


def subclass(n):
    total = 0
    for i in range(n):
        total += (i % 10) in MySet() or 0
    return total


print(subclass(3000))


def mixed_keys(n):
    s = {1, 2.0, "a", (1, 2), True}
    total = 0
    for i in range(n):
        for key in (1, 2, 3, 1.0, "a", (1, 2), True, False):
            if key in s:
                total += 1
    return total


print(mixed_keys(1000))


def unhashable(n):
    s = {1, 2}
    for i in range(n):
        key = i if i < n - 1 else [i]
        key in s


try:
    unhashable(3000)
except TypeError as e:
    print("TypeError", e)
