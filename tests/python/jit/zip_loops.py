# zip over ranges, lists, tuples and reversed() in traces: the pairs are
# taken apart without a tuple, the loop ends where the shortest does, and
# an iterator zip has already advanced when another one runs out loses
# that item, as in CPython; strict=True raises at the end; zips over
# generators or more than four iterables take the interpreter's way.
def dot(xs, ys):
    total = 0.0
    for x, y in zip(xs, ys):
        total += x * y
    return total


def lost_item(n):
    first = iter(list(range(n)))
    second = iter(range(n // 2))
    pairs = 0
    for a, b in zip(first, second):
        pairs += a - b
    return pairs, next(first), list(first)[:3]


def strict(n, m):
    out = 0
    try:
        for a, b in zip(range(n), range(m), strict=True):
            out += a * b
    except ValueError as e:
        return out, str(e)
    return out


def many(n):
    t = 0
    for a, b, c in zip(range(n), reversed(range(n)), [i * 2 for i in range(n)]):
        t += a - b + c
    for v in zip(range(n), range(n), range(n), range(n), range(n)):
        t += sum(v)
    for a, b in zip((i for i in range(n)), range(n)):
        t += a + b
    return t


def kept(n):
    pairs = []
    for p in zip(range(n), "abcdefgh" * (n // 8 + 1)):
        pairs.append(p)
    return pairs[-3:]


for _ in range(3):
    print(dot([i * 0.5 for i in range(3000)], tuple(range(2999))), lost_item(3000))
    print(strict(2000, 2000), strict(2000, 1999), strict(1999, 2000))
    print(many(2000), kept(2000))
