# sum() of generators (push mode) and of lists: small ints added natively,
# past 2**53 as big ints, bools, floats, start values, and iter() of a
# generator being the generator itself.
def gen(values):
    for v in values:
        yield v


print(sum(x for x in [1, 2, 3]))
print(sum(x for x in range(100000)))
big = 2**52
print(sum(gen([big, big, big, big])))
print(sum(gen([2**53 - 1, 1, 1])))
print(sum(gen([-(2**53), -1, -1])))
print(sum(gen([9007199254740991, 9007199254740991])) == 2 * 9007199254740991)
print(sum([big] * 5), sum((big,) * 5))
print(sum(gen([True, True, 1])))
print(sum(gen([1, 2.5, 3])))
print(sum(gen([-0.0])), sum(gen([-0.0]), -0.0), sum(gen([0, -0.0])))
print(sum(gen([1, 2]), 10), sum(gen([]), 7), sum(gen([1, 2]), 0.5))
print(sum(gen([-5, 5])), sum(gen([5, -5, -1])))
print(sum((v * v for v in {"a": 3, "b": 4}.values()), 0))


class Acc:
    def __init__(self, n):
        self.n = n

    def __add__(self, other):
        return Acc(self.n + other * 10)

    def __repr__(self):
        return "Acc(%d)" % self.n


print(sum(gen([1, 2, 3]), Acc(0)))
print(sum((x for x in [1, 2, 3]), Acc(1)))

try:
    sum(gen([1, "a"]))
except TypeError as e:
    print("TypeError:", e)

g = (x for x in [1, 2])
print(iter(g) is g)
next(g)
print(sum(g))
print(sum(g))


def walk(value):
    if isinstance(value, dict):
        return sum(walk(v) for v in value.values()) + len(value)
    if isinstance(value, list):
        return sum(walk(v) for v in value) + 1
    return value


tree = [{"a": [i, [i + 1, [i + 2]]], "b": {"c": i}} for i in range(3000)]
print(walk(tree))


async def coro():
    return 1


c = coro()
try:
    iter(c)
except TypeError as e:
    print("TypeError:", e)
c.close()
