# reversed() of lists and exact tuples in traces: items read in place from
# the end; a list that shrinks under the iterator ends it early, one that
# grows does not change where it started; enumerate over it, tuple
# subclasses (their own __getitem__), pickling and length hints part-way.
import operator
import pickle


def total(seq):
    t = 0
    for x in reversed(seq):
        t = t * 3 + x
    return t


def shrinking(n):
    items = list(range(n))
    seen = []
    for x in reversed(items):
        seen.append(x)
        if x % 3 == 0 and items:
            del items[:2]
    return seen


def growing(n):
    items = list(range(n))
    seen = []
    for x in reversed(items):
        seen.append(x)
        if len(items) < 2 * n:
            items.append(-x)
    return seen


def pairs(seq):
    return [(i, x) for i, x in enumerate(reversed(seq))][:4]


class Doubled(tuple):
    def __getitem__(self, i):
        return 2 * tuple.__getitem__(self, i)


def compose(*functions):
    def composed(x):
        for f in reversed(functions):
            x = f(x)
        return x
    return composed


pipeline = compose(lambda x: x + 1, lambda x: x * 2, lambda x: x - 3)
print(sum(pipeline(i) for i in range(3000)))
for _ in range(3):
    print(total(list(range(40))) % 1000003, total(tuple(range(30))) % 1000003,
          total(Doubled(range(20))) % 1000003)
    print(shrinking(30)[-5:], len(growing(25)), pairs((5, 6, 7, 8, 9)))
it = reversed((1, 2, 3, 4))
next(it)
print(operator.length_hint(it), list(pickle.loads(pickle.dumps(it))), list(it), list(it))
it = reversed([1, 2, 3])
print(next(it), it.__length_hint__(), it.__reduce__()[0].__name__, list(it))


# reversed(...) called inside the loop: lists, tuples, a list subclass with its
# own __reversed__, a tuple subclass, `reversed` rebound, and iter() of the result.
class Backwards(list):
    def __reversed__(self):
        return iter(["custom"])


class Pair(tuple):
    pass


def calls(n):
    seqs = [[1, 2, 3], (4, 5), Backwards([6]), Pair((7, 8)), [], ()]
    out = []
    for i in range(n):
        seq = seqs[i % len(seqs)]
        it = reversed(seq)
        out.append((type(it).__name__, list(iter(it)), list(it)))
    return out[:6], len(out)


print(calls(3000))


def same_kind(seq, n):
    names = set()
    total = 0
    for i in range(n):
        it = reversed(seq)
        names.add(type(it).__name__)
        for x in iter(it):
            total += x if type(x) is int else len(x)
    return sorted(names), total


for seq in ([1, 2, 3], (4, 5), Backwards([6]), Pair((7, 8))):
    print(same_kind(seq, 3000))


def mutated(n):
    total = 0
    for i in range(n):
        items = [i, i + 1, i + 2]
        it = reversed(items)
        total += next(it)
        items.pop()
        total += sum(it)
    return total


print(mutated(3000))
real_reversed = reversed


def rebinding(n):
    global reversed
    out = 0
    for i in range(n):
        if i == n // 2:
            reversed = lambda seq: iter(seq)
        out = out * 3 + next(reversed((1, 2))) & 0xFFFF
    reversed = real_reversed
    return out


print(rebinding(3000))
try:
    reversed(5)
except TypeError as e:
    print(e)
